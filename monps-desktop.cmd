@echo off
rem Starts the Mon_PS desktop from a clone: builds what is missing with the Maven wrapper, then opens the window.
rem Needs a JDK 25 (JAVA_HOME, else the java on the PATH). Arguments go to the desktop: --data-dir DIR, --snapshot DIR.
setlocal
cd /d "%~dp0"
rem test-compile, not compile: the reactor resolves core's test-jar (a test dependency of desktop) only once it is built
call mvnw.cmd -q -pl desktop -am test-compile dependency:build-classpath -DincludeScope=runtime -Dmdep.outputFile=target/runtime.classpath
if errorlevel 1 exit /b 1
set /p CP=<desktop\target\runtime.classpath
if "%MONPS_PRISM%"=="" set "MONPS_PRISM=d3d,sw"
set "JAVA=java"
if not "%JAVA_HOME%"=="" set "JAVA=%JAVA_HOME%\bin\java"
"%JAVA%" --enable-native-access=ALL-UNNAMED "-Dprism.order=%MONPS_PRISM%" -cp "desktop\target\classes;%CP%" com.monps.desktop.app.Launcher %*
exit /b %ERRORLEVEL%

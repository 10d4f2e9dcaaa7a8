@echo off
rem Starts the Mon_PS workstation of this folder (a portable archive, docs/installers.md) with a JDK 25 or newer:
rem %JAVA_HOME%\bin\java.exe, else the java on the PATH. Options go to the workstation (--data-dir DIR, --snapshot DIR);
rem JAVA_TOOL_OPTIONS adds JVM options. Written for cmd.exe; not run on Windows by the project (docs/installers.md).
setlocal
set "HERE=%~dp0"
set "REQUIRED=25"

set "JAVA="
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
if not defined JAVA for /f "delims=" %%j in ('where java.exe 2^>nul') do if not defined JAVA set "JAVA=%%j"

rem The major version from "java -version": openjdk version "25.0.1" 2025-10-21 (Java 8: "1.8.0_452"). That line is not
rem the first when JAVA_TOOL_OPTIONS is set ("Picked up JAVA_TOOL_OPTIONS: ...").
set "VERSION_LINE="
set "MAJOR=0"
if defined JAVA for /f "tokens=2,3" %%a in ('call "%JAVA%" -version 2^>^&1') do if "%%a"=="version" if not defined VERSION_LINE set "VERSION_LINE=%%~b"
if defined VERSION_LINE for /f "delims=.-+_" %%m in ("%VERSION_LINE%") do set "MAJOR=%%m"
if %MAJOR% GEQ %REQUIRED% goto run
rem No parenthesised blocks with these values: a path such as "C:\Program Files (x86)" would end the block.
set "FOUND=%JAVA%, version %MAJOR%"
if not defined JAVA set "FOUND=no java"
echo Mon_PS needs Java %REQUIRED% or newer (found: %FOUND%): install a JDK %REQUIRED% from https://adoptium.net and set JAVA_HOME to it, or put its bin folder on the PATH 1>&2
rem Opened by a double-click, the window would close before the message is read.
echo %CMDCMDLINE% | find /i "%~nx0" >nul && pause
exit /b 1

:run
rem The data folder the workstation uses (com.monps.desktop.app.DataFolder), for the start-up (CDS) archive the JVM
rem writes at the first exit and maps at every later start. The JVM neither uses nor rewrites an archive whose jars
rem changed, so its name carries the version, and "portable" (the installed app's jars differ).
if not defined APPDATA set "APPDATA=%USERPROFILE%\AppData\Roaming"
set "DATA=%APPDATA%\Mon_PS"
if defined MONPS_HOME set "DATA=%MONPS_HOME%"
for %%f in ("%HERE%lib\monps-desktop-*.jar") do set "APP_VERSION=%%~nf"
set "APP_VERSION=%APP_VERSION:monps-desktop-=%"

rem JavaFX on the module path (its natives are in its platform jars), everything else on the class path. NTFS lists a
rem folder in name order, so "lib\*" expands to the same class path at every start, as the archive needs.
"%JAVA%" --module-path "%HERE%javafx" --add-modules javafx.controls,javafx.swing --enable-native-access=javafx.graphics -XX:+AutoCreateSharedArchive "-XX:SharedArchiveFile=%DATA%\desktop-portable-%APP_VERSION%.jsa" "-Xlog:cds*=off" -cp "%HERE%lib\*" com.monps.desktop.app.Launcher %*
exit /b %ERRORLEVEL%

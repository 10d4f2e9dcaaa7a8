#!/bin/sh
# Starts the Mon_PS workstation of this folder (a portable archive, docs/installers.md) with a JDK 25 or newer:
# $JAVA_HOME/bin/java, else the java on the PATH. Linux: Mon_PS.sh; macOS: the same script as Mon_PS.command (opens in
# Terminal on a double-click). Options go to the workstation (--data-dir DIR, --snapshot DIR); JAVA_TOOL_OPTIONS adds
# JVM options (-Dprism.order=sw under Xvfb).
here=$(cd "$(dirname "$0")" && pwd)
required=25

if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
  java=$JAVA_HOME/bin/java
else
  java=$(command -v java)
fi
# The major version from `java -version`: openjdk version "25.0.1" 2025-10-21 (Java 8: "1.8.0_452"). That line is not
# the first when JAVA_TOOL_OPTIONS is set ("Picked up JAVA_TOOL_OPTIONS: ...").
major=
[ -n "$java" ] && major=$("$java" -version 2>&1 | sed -n 's/.* version "\([0-9]*\).*/\1/p' | head -n 1)
if [ -z "$major" ] || [ "$major" -lt "$required" ]; then
  echo "Mon_PS needs Java $required or newer (found: ${java:-no java}${major:+, version $major}): install a JDK $required from https://adoptium.net and set JAVA_HOME to it, or put its bin folder on the PATH" >&2
  exit 1
fi

# The data folder the workstation uses (com.monps.desktop.app.DataFolder), for the start-up (CDS) archive the JVM
# writes at the first exit and maps at every later start. The JVM neither uses nor rewrites an archive whose jars
# changed, so its name carries the version, and "portable": the installed app's jars and runtime differ (the workstation
# deletes the archives of the others, SharedArchiveFolder, and creates the folder, which the JVM does not).
case "$(uname -s)" in
  Darwin) data=${MONPS_HOME:-$HOME/Library/Application Support/Mon_PS} ;;
  *)
    xdg=${XDG_DATA_HOME:-}
    case "$xdg" in /*) ;; *) xdg=$HOME/.local/share ;; esac
    data=${MONPS_HOME:-$xdg/monps}
    ;;
esac
jar=$(ls "$here"/lib/monps-desktop-*.jar)
version=${jar##*/monps-desktop-}
version=${version%.jar}

# The class path in the shell's sorted order: the archive holds it, and the JVM expands "lib/*" in the order of the
# directory's entries, which another file system may change.
classpath=
for entry in "$here"/lib/*.jar; do
  classpath=${classpath:+$classpath:}$entry
done

# JavaFX on the module path (its natives are in its platform jars), everything else on the class path, as in the
# installed image (jlink/build-desktop.sh).
exec "$java" --module-path "$here/javafx" --add-modules javafx.controls,javafx.swing \
  --enable-native-access=javafx.graphics \
  -XX:+AutoCreateSharedArchive "-XX:SharedArchiveFile=$data/desktop-portable-$version.jsa" "-Xlog:cds*=off" \
  -cp "$classpath" com.monps.desktop.app.Launcher "$@"

#!/usr/bin/env bash
# The desktop's runtime image, app-image and installers, into jlink/target/desktop/.
#
#   jlink/build-desktop.sh VERSION MAIN_JAR CLASSPATH [TYPES]
#
# Normally run by Maven: ./mvnw -pl desktop -am -Pinstallers -DskipTests package (README, "Installers").
# CLASSPATH is the desktop's runtime class path (Maven's %classpath). TYPES defaults to this platform's: "app-image deb"
# on Linux, "app-image msi" on Windows (Git Bash; jpackage needs WiX), "app-image dmg" on macOS; "rpm" needs rpmbuild.
# Start-up: the runtime carries the CDS archive of its own classes; the application's classes go to a dynamic archive
# that the JVM writes at the end of the first run into the user's data folder and maps at every later start
# (-XX:+AutoCreateSharedArchive). The JVM does not rewrite an archive whose jars changed, so its name carries the
# version: an upgrade starts a new one (the app deletes the old one: SharedArchiveFolder). jpackage expands $HOME in the
# options and splits them at spaces, except within single quotes (macOS's folder has one).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
. "$here/common.sh"

[ $# -ge 3 ] || { sed -n 4p "$0" >&2; exit 2; }
version=$(app_version "$1")
main_jar=$2
classpath=$3
types=${4:-$(default_types)}
out=$here/target/desktop
name=Mon_PS
main_class=com.monps.desktop.app.Launcher
java_options=--enable-native-access=javafx.graphics
# The data folder of each platform (com.monps.desktop.app.DataFolder).
case "$(uname -s)" in
  MINGW*|MSYS*|CYGWIN*) cds_archive="\$APPDATA\\Mon_PS\\desktop-$version.jsa" ;;
  Darwin) cds_archive="\$HOME/Library/Application Support/Mon_PS/desktop-$version.jsa" ;;
  *) cds_archive="\$HOME/.local/share/monps/desktop-$version.jsa" ;;
esac

rm -rf "$out"
mkdir -p "$out/input" "$out/javafx" "$out/installers"

# The zonky binaries this platform runs (the others are ~70 MB of PostgreSQL for other systems). zonky's pom brings
# darwin-amd64 but not darwin-arm64v8: on Apple silicon, build from the macos-aarch64 portable archive's jars
# (.github/workflows/release-desktop.yml), which has it.
case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) postgres=linux-amd64 ;;
  Linux-aarch64) postgres=linux-arm64v8 ;;
  Darwin-arm64) postgres=darwin-arm64v8 ;;
  Darwin-*) postgres=darwin-amd64 ;;
  *) postgres=windows-amd64 ;;
esac

# JavaFX's platform jars are modules for jlink; the rest of the class path goes to the app folder.
separator=:
case "$classpath" in *\;*) separator=';' ;; esac
IFS="$separator" read -r -a entries <<< "$classpath"
for entry in "${entries[@]}"; do
  file=$(basename "$entry")
  case "$entry" in
    *.jar) ;;
    *) continue ;;  # the desktop's own classes folder: MAIN_JAR holds them
  esac
  case "$file" in
    javafx-*-linux*.jar|javafx-*-win*.jar|javafx-*-mac*.jar) cp "$entry" "$out/javafx/" ;;
    javafx-*.jar|jdk-jsobject-*.jar) ;;  # empty placeholders of the platform jars; jsobject only serves javafx.web
    embedded-postgres-binaries-"$postgres"-[0-9]*.jar) cp "$entry" "$out/input/" ;;
    embedded-postgres-binaries-*.jar) ;;
    *) cp "$entry" "$out/input/" ;;
  esac
done
cp "$main_jar" "$out/input/"
ls "$out"/input/embedded-postgres-binaries-"$postgres"-*.jar >/dev/null 2>&1 \
  || { echo "no embedded-postgres-binaries-$postgres jar on the class path: the desktop could not start its database" >&2; exit 1; }

make_runtime "$here/desktop.modules" "$out/runtime" "$out/javafx" --include-locales=en,fr
# The runtime's base CDS archive again, with the launcher's options: an archive dumped without them has its module graph
# refused at every start. The archive for -XX:-UseCompressedOops (heaps over 32 GB) is of no use to the desktop.
"$out/runtime/bin/java" $java_options -Xshare:dump -Xlog:cds=error
rm -f "$out/runtime/lib/server/classes_nocoops.jsa"
echo "runtime image: $(size_of "$out/runtime"), app jars: $(size_of "$out/input")"

case "$(uname -s)" in
  Darwin) icon=$here/icon/monps.icns ;;
  MINGW*|MSYS*|CYGWIN*) icon=$here/icon/monps.ico ;;
  *) icon=$here/icon/monps.png ;;
esac
common=(--name "$name" --app-version "$version" --vendor "Mon_PS" --icon "$icon"
  --description "Quantitative sports-betting workstation: P&L, bets with CLV, opportunities, analytics")
jpackage=$(jdk_tool jpackage)

"$jpackage" --type app-image "${common[@]}" --dest "$out" --runtime-image "$out/runtime" --input "$out/input" \
  --main-jar "$(basename "$main_jar")" --main-class "$main_class" \
  --java-options "$java_options" --java-options "-XX:+AutoCreateSharedArchive" \
  --java-options "'-XX:SharedArchiveFile=$cds_archive'" --java-options "-Xlog:cds*=off"
image=$out/$name
[ "$(uname -s)" = Darwin ] && image=$out/$name.app
echo "app-image: $image ($(size_of "$image"))"

for type in $types; do
  case "$type" in
    app-image) continue ;;
    deb) options=(--resource-dir "$here/linux" --linux-package-name monps-desktop --linux-shortcut --linux-menu-group "Office;Finance;"
           --linux-app-category misc --linux-deb-maintainer "monps@localhost" --linux-package-deps "libgtk-3-0, libgl1") ;;
    rpm) options=(--linux-package-name monps-desktop --linux-shortcut --linux-menu-group "Office;Finance;"
           --linux-rpm-license-type "Proprietary" --linux-package-deps "gtk3, mesa-libGL") ;;
    msi) options=(--win-menu --win-menu-group "$name" --win-shortcut --win-dir-chooser
           --win-upgrade-uuid 6c1e5d1e-3b7a-4f0e-9a57-8f0c2b7d4e61) ;;
    dmg|pkg) options=(--mac-package-identifier com.monps.desktop --mac-package-name "$name") ;;
    *) echo "unknown installer type $type" >&2; exit 2 ;;
  esac
  "$jpackage" --type "$type" "${common[@]}" --dest "$out/installers" --app-image "$image" "${options[@]}"
done
ls -la "$out/installers"

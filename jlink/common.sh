# Shared by build-desktop.sh and build-agent.sh (sourced, not run).

jdk_tool() {
  local tool=$1
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/$tool" ]; then echo "$JAVA_HOME/bin/$tool"; return; fi
  if command -v "$tool" >/dev/null 2>&1; then command -v "$tool"; return; fi
  echo "$tool not found: set JAVA_HOME to a JDK 25" >&2
  exit 1
}

# The modules named in a *.modules file (one per line, '#' starts a comment), comma-separated.
module_list() {
  sed -e 's/#.*//' -e 's/[[:space:]]//g' "$1" | grep -v '^$' | paste -sd, -
}

# make_runtime MODULES_FILE OUT_DIR MODULE_PATH [JLINK_OPTION...]: a compressed jlink image with a default CDS archive
# of its own classes (MODULE_PATH may be empty).
make_runtime() {
  local modules out=$2 module_path=$3
  modules=$(module_list "$1")
  shift 3
  echo "jlink: $modules"
  rm -rf "$out"
  "$(jdk_tool jlink)" ${module_path:+--module-path "$module_path"} --add-modules "$modules" \
    --compress zip-6 --strip-debug --no-header-files --no-man-pages --generate-cds-archive \
    "$@" --output "$out"
}

# Version for installers: the pom's, without a qualifier (-SNAPSHOT); MONPS_APP_VERSION overrides it (macOS refuses 0.x).
app_version() {
  echo "${MONPS_APP_VERSION:-${1%%-*}}"
}

# The installer types this platform can build, besides the app-image.
default_types() {
  case "$(uname -s)" in
    Linux) echo "app-image deb" ;;
    Darwin) echo "app-image dmg" ;;
    MINGW*|MSYS*|CYGWIN*) echo "app-image msi" ;;
    *) echo "app-image" ;;
  esac
}

size_of() {
  du -sh "$1" | cut -f1
}

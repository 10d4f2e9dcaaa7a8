#!/usr/bin/env bash
# The agent's runnable image, into jlink/target/monps-agent/ and jlink/target/monps-agent-VERSION-OS-ARCH.tar.gz:
#   java/              a jlink runtime with only the modules of agent.modules
#   monps-agent.jar    the shaded jar
#   bin/monps-agent    the launcher
#
#   jlink/build-agent.sh VERSION AGENT_JAR
#
# Normally run by Maven: ./mvnw -pl server-agent -am -Pinstallers -DskipTests package (README, "Installers").
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
. "$here/common.sh"

[ $# -ge 2 ] || { sed -n 7p "$0" >&2; exit 2; }
version=$(app_version "$1")
jar=$2
out=$here/target/monps-agent

rm -rf "$out"
mkdir -p "$out/bin"
make_runtime "$here/agent.modules" "$out/java" ""
# The base archive for -XX:-UseCompressedOops (heaps over 32 GB) is of no use to the agent.
rm -f "$out/java/lib/server/classes_nocoops.jsa"
cp "$jar" "$out/monps-agent.jar"
cp "$here/agent/monps-agent" "$out/bin/monps-agent"

"$out/bin/monps-agent" --version >/dev/null || { echo "the image does not start the agent" >&2; exit 1; }
archive=$here/target/monps-agent-$version-$(uname -s | tr '[:upper:]' '[:lower:]')-$(uname -m).tar.gz
tar -C "$out" -czf "$archive" .
echo "agent image: $out ($(size_of "$out"); runtime $(size_of "$out/java")), archive: $archive ($(size_of "$archive"))"

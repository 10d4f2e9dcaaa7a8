#!/usr/bin/env bash
# Regenerates core/src/generated/java from the migrations in sql/ (embedded PostgreSQL + Flyway + jOOQ codegen).
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
# core's tests start the embedded PostgreSQL of the embedded-db module: install it (and the parent pom) first.
./mvnw -q -pl embedded-db -am install -DskipTests
./mvnw -q -pl core test-compile exec:java -Dexec.mainClass=com.monps.core.tools.JooqCodegen -Dexec.classpathScope=test -Dexec.args="$PWD/core/src/generated/java"
echo "jOOQ classes regenerated in core/src/generated/java"

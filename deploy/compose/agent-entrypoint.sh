#!/bin/sh
# Reads each secret from the file named by VARIABLE_FILE (Docker secrets) into VARIABLE, so that no secret is written
# in compose.yaml or shown by `docker inspect`; then runs the agent with the given command (run, migrate, status...).
set -eu
for name in MONPS_DB_PASSWORD ODDS_API_KEY MONPS_AGENT_TOKEN; do
  eval "file=\${${name}_FILE:-}"
  if [ -n "$file" ]; then
    if [ ! -r "$file" ]; then
      echo "${name}_FILE names $file, which cannot be read" >&2
      exit 2
    fi
    value=$(cat "$file")
    export "$name=$value"
    unset "${name}_FILE"
  fi
done
exec java -jar /opt/monps/monps-agent.jar "$@"

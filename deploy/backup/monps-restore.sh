#!/usr/bin/env bash
# Restores a monps-backup.sh archive into an EMPTY database, in one transaction: all of it or nothing.
#   monps-restore.sh ARCHIVE TARGET_DATABASE
# Connection through the libpq variables (PGHOST, PGPORT, PGUSER, PGPASSFILE); the group roles monps_agent_role and
# monps_desktop_role must exist on the target server (V50 creates them) because the archive holds their grants.
# An archive of a TimescaleDB database (named ...-timescaledb-VERSION.dump by monps-backup.sh, or MONPS_TIMESCALEDB_VERSION)
# is restored as TimescaleDB requires: that extension version created first, then timescaledb_pre_restore(), the data,
# timescaledb_post_restore(). The target server must have that version installed and preloaded.
set -euo pipefail

if [ "$#" -ne 2 ]; then
  echo "usage: $0 ARCHIVE TARGET_DATABASE" >&2
  exit 2
fi
archive="$1"
target="$2"
bin="${MONPS_PG_BIN:+$MONPS_PG_BIN/}"

if [ ! -r "$archive" ]; then
  echo "cannot read archive $archive" >&2
  exit 2
fi
tables=$("${bin}psql" --no-psqlrc --quiet --tuples-only --no-align --dbname="$target" \
  --command="SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
if [ "$tables" != "0" ]; then
  echo "database $target already has $tables tables in schema public: restore only into an empty database" >&2
  exit 3
fi

psql_target() { "${bin}psql" --no-psqlrc --quiet --tuples-only --no-align --set=ON_ERROR_STOP=1 --dbname="$target" "$@"; }
timescaledb=""
contents=$("${bin}pg_restore" --list "$archive") # read whole: grep -q under pipefail would fail on pg_restore's SIGPIPE
if grep -q " EXTENSION - timescaledb\b" <<<"$contents"; then
  timescaledb="${MONPS_TIMESCALEDB_VERSION:-}"
  if [ -z "$timescaledb" ] && [[ "$(basename "$archive")" =~ -timescaledb-([0-9][0-9.]*)\.dump$ ]]; then
    timescaledb="${BASH_REMATCH[1]}"
  fi
  if [ -z "$timescaledb" ]; then
    echo "$archive holds a TimescaleDB database but names no version: set MONPS_TIMESCALEDB_VERSION to the source's" >&2
    exit 2
  fi
  psql_target --command="CREATE EXTENSION timescaledb VERSION '$timescaledb'" --command="SELECT timescaledb_pre_restore()" >/dev/null
  # a failed restore leaves the target as empty as it was
  trap 'psql_target --command="SELECT timescaledb_post_restore()" --command="DROP EXTENSION IF EXISTS timescaledb CASCADE" >/dev/null' ERR
fi

"${bin}pg_restore" --exit-on-error --single-transaction --no-owner --dbname="$target" "$archive"
if [ -n "$timescaledb" ]; then
  trap - ERR
  psql_target --command="SELECT timescaledb_post_restore()" >/dev/null
fi
echo "restored $archive into $target"

#!/usr/bin/env bash
# Restores a monps-backup.sh archive into an EMPTY database, in one transaction: all of it or nothing.
#   monps-restore.sh ARCHIVE TARGET_DATABASE
# Connection through the libpq variables (PGHOST, PGPORT, PGUSER, PGPASSFILE); the group roles monps_agent_role and
# monps_desktop_role must exist on the target server (V50 creates them) because the archive holds their grants.
# With TimescaleDB, wrap the restore in SELECT timescaledb_pre_restore(); ... SELECT timescaledb_post_restore();
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

"${bin}pg_restore" --exit-on-error --single-transaction --no-owner --dbname="$target" "$archive"
echo "restored $archive into $target"

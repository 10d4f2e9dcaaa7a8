#!/usr/bin/env bash
# Logical backup of the Mon_PS database: one pg_dump archive (custom format) per run, archives older than the
# retention removed. Connection through the standard libpq variables (PGHOST, PGPORT, PGUSER, PGDATABASE) and a
# password file (PGPASSFILE, mode 0600) rather than a password on the command line.
#   MONPS_BACKUP_DIR              where archives go (default /var/backups/monps)
#   MONPS_BACKUP_RETENTION_DAYS   archives older than this many days are deleted (default 14)
#   MONPS_PG_BIN                  folder holding pg_dump/pg_restore of the server's major version (default: PATH)
# On TimescaleDB the archive's name ends in -timescaledb-VERSION.dump: a restore must create that same extension version
# before the data (monps-restore.sh reads it from the name).
# Prints the path of the new archive. pg_dump refuses a server newer than itself: use the client of the server's version.
set -euo pipefail

database="${PGDATABASE:-monps}"
backup_dir="${MONPS_BACKUP_DIR:-/var/backups/monps}"
retention_days="${MONPS_BACKUP_RETENTION_DAYS:-14}"
bin="${MONPS_PG_BIN:+$MONPS_PG_BIN/}"

if ! [[ "$retention_days" =~ ^[0-9]+$ ]]; then
  echo "MONPS_BACKUP_RETENTION_DAYS must be a whole number of days (got '$retention_days')" >&2
  exit 2
fi

umask 077
mkdir -p "$backup_dir"
timescaledb=$("${bin}psql" --no-psqlrc --quiet --tuples-only --no-align --dbname="$database" \
  --command="SELECT '-timescaledb-' || extversion FROM pg_extension WHERE extname = 'timescaledb'")
archive="$backup_dir/monps-$database-$(date -u +%Y%m%dT%H%M%SZ)$timescaledb.dump"
partial="$archive.partial"
trap 'rm -f "$partial"' EXIT

"${bin}pg_dump" --format=custom --compress=6 --file="$partial" --dbname="$database"
# An archive that pg_restore cannot list is no backup: fail now rather than on the day it is needed.
"${bin}pg_restore" --list "$partial" >/dev/null
mv "$partial" "$archive"

find "$backup_dir" -maxdepth 1 -type f -name "monps-$database-*.dump" -mtime +"$retention_days" -print -delete >&2
echo "$archive"

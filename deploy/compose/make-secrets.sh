#!/usr/bin/env bash
# Creates the secret files compose.yaml reads (random values, mode 0600) unless they exist. The Odds API key and the
# SMTP password are yours: the script leaves placeholders and says so.
set -euo pipefail
cd "$(dirname "$0")/secrets"
umask 077
for name in db_owner_password agent_db_password desktop_db_password grafana_db_password grafana_admin_password agent_token; do
  [ -s "$name" ] || openssl rand -hex 32 | tr -d '\n' > "$name"
done
for name in odds_api_key smtp_password; do
  if [ ! -s "$name" ]; then
    printf 'change-me' > "$name"
    echo "write your value into $(pwd)/$name" >&2
  fi
done
chmod 0600 ./*_password ./*_key ./agent_token
echo "secrets ready in $(pwd)"

#!/bin/bash
# First start of the database container only (docker-entrypoint-initdb.d): the group roles of V50 and one LOGIN per
# program, each password read from its Docker secret. The migrations (service "migrate", as the owner) grant the rights.
set -euo pipefail

password() { tr -d '\n' < "/run/secrets/$1"; }

psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
     -v agent_pw="$(password agent_db_password)" \
     -v desktop_pw="$(password desktop_db_password)" \
     -v grafana_pw="$(password grafana_db_password)" <<'SQL'
SELECT 'CREATE ROLE monps_agent_role NOLOGIN' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'monps_agent_role') \gexec
SELECT 'CREATE ROLE monps_desktop_role NOLOGIN' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'monps_desktop_role') \gexec
CREATE ROLE monps_agent LOGIN PASSWORD :'agent_pw' IN ROLE monps_agent_role;
CREATE ROLE monps_desktop LOGIN PASSWORD :'desktop_pw' IN ROLE monps_desktop_role;
CREATE ROLE monps_grafana LOGIN PASSWORD :'grafana_pw' IN ROLE pg_read_all_data;
SQL

#!/usr/bin/env bash
# Starts a local PostgreSQL for the AO tests (-Ddb=postgres) and makes sure role and database exist.
# Idempotent; runs as root on a fresh Debian 12 machine or on one where PostgreSQL is already running.
# Only Debian's own layout is relied on (pg_ctlcluster, /usr/lib/postgresql/<v>/bin), never a pg_ctl on PATH.
# Settings (defaults match the pom): PG_USER, PG_PASSWORD, PG_DATABASE, PG_PORT.
set -euo pipefail

PG_USER="${PG_USER:-samraad}"
PG_PASSWORD="${PG_PASSWORD:-samraad}"
PG_DATABASE="${PG_DATABASE:-samraad_test}"
PG_PORT="${PG_PORT:-5432}"

log() { echo "start-postgres: $*"; }

if [ "$(id -u)" -ne 0 ]; then
  exec sudo --preserve-env=PG_USER,PG_PASSWORD,PG_DATABASE,PG_PORT "$0" "$@"
fi

# Newest installed server (a client-only install also has /usr/lib/postgresql/<v>/bin, without postgres).
newest_version() {
  local bin
  for bin in /usr/lib/postgresql/*/bin/postgres; do
    if [ -x "$bin" ]; then basename "$(dirname "$(dirname "$bin")")"; fi
  done | sort -n | tail -1
}

if [ -z "$(newest_version)" ] || ! command -v pg_ctlcluster >/dev/null 2>&1; then
  log "installing postgresql"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq postgresql >/dev/null
fi
VERSION="$(newest_version)"
BIN="/usr/lib/postgresql/$VERSION/bin"

as_postgres() { runuser -u postgres -- "$@"; }
ready() { "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT"; }

if ready; then
  log "PostgreSQL already accepting connections on port $PG_PORT"
else
  # A cluster on our port, if Debian already made one (normally $VERSION/main on 5432).
  CLUSTER="$(pg_lsclusters --no-header 2>/dev/null | awk -v p="$PG_PORT" '$3 == p {print $1 " " $2; exit}')"
  if [ -z "$CLUSTER" ]; then
    log "creating cluster $VERSION/samraad on port $PG_PORT"
    pg_createcluster --port "$PG_PORT" "$VERSION" samraad >/dev/null
    CLUSTER="$VERSION samraad"
  fi
  log "starting cluster $CLUSTER"
  # shellcheck disable=SC2086
  pg_ctlcluster $CLUSTER start || true   # "already running" is fine; readiness below is the real check
fi

for _ in $(seq 1 60); do
  ready && break
  sleep 1
done
ready || { log "PostgreSQL did not become ready on port $PG_PORT"; pg_lsclusters || true; exit 1; }

# Debian's clusters put their socket in /var/run/postgresql; a server started by hand often uses /tmp.
SOCKET_DIR=/var/run/postgresql
[ -S "$SOCKET_DIR/.s.PGSQL.$PG_PORT" ] || SOCKET_DIR=/tmp
psql_admin() { as_postgres "$BIN/psql" -p "$PG_PORT" -h "$SOCKET_DIR" -v ON_ERROR_STOP=1 -tAq "$@"; }

if [ "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = '$PG_USER'")" != "1" ]; then
  log "creating role $PG_USER"
  psql_admin -c "CREATE ROLE \"$PG_USER\" LOGIN PASSWORD '$PG_PASSWORD'"
else
  psql_admin -c "ALTER ROLE \"$PG_USER\" LOGIN PASSWORD '$PG_PASSWORD'"
fi
if [ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$PG_DATABASE'")" != "1" ]; then
  log "creating database $PG_DATABASE"
  psql_admin -c "CREATE DATABASE \"$PG_DATABASE\" OWNER \"$PG_USER\" ENCODING 'UTF8' TEMPLATE template0"
fi
# PostgreSQL 15 no longer lets every role create tables in "public"; the AO tests migrate there.
psql_admin -d "$PG_DATABASE" -c "ALTER SCHEMA public OWNER TO \"$PG_USER\""

PGPASSWORD="$PG_PASSWORD" "$BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U "$PG_USER" -d "$PG_DATABASE" -tAqc "SELECT 1" >/dev/null
log "ready: jdbc:postgresql://localhost:$PG_PORT/$PG_DATABASE (user $PG_USER)"

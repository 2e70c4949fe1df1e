#!/usr/bin/env bash
# Starts a local MariaDB for the AO tests on MySQL (-Ddb=mysql) and makes sure user and database exist.
# Debian 12 packages no MySQL server; MariaDB is its MySQL-compatible server, and the tests talk to it through
# MySQL Connector/J on a jdbc:mysql: URL, the driver and URL Confluence uses for MySQL.
# Idempotent; runs as root on a fresh Debian 12 machine or on one where MariaDB is already running (no systemd
# needed: the init script, else mysqld_safe). The server is set up as Atlassian asks for MySQL under Confluence:
# utf8mb4 with the case-sensitive utf8mb4_bin collation (a *_ci collation would make user keys and names match
# regardless of case), READ-COMMITTED isolation, InnoDB; see
# https://support.atlassian.com/confluence/kb/confluence-will-not-start-using-mysql-515-with-statement-binary-logging/
# and https://confluence.atlassian.com/confkb/confluence-fails-to-start-and-throws-mysql-session-isolation-level-repeatable-read-is-no-longer-supported-error-241568536.html
# Settings (defaults match TestDatabase): MY_USER, MY_PASSWORD, MY_DATABASE, MY_PORT.
set -euo pipefail

MY_USER="${MY_USER:-samraad}"
MY_PASSWORD="${MY_PASSWORD:-samraad}"
MY_DATABASE="${MY_DATABASE:-samraad_test}"
MY_PORT="${MY_PORT:-3306}"

log() { echo "start-mariadb: $*"; }

if [ "$(id -u)" -ne 0 ]; then
  exec sudo --preserve-env=MY_USER,MY_PASSWORD,MY_DATABASE,MY_PORT "$0" "$@"
fi

if ! command -v mariadbd >/dev/null 2>&1 || ! command -v mariadb >/dev/null 2>&1; then
  log "installing mariadb-server"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq mariadb-server >/dev/null
fi

CONF=/etc/mysql/mariadb.conf.d/90-samraad.cnf
if [ ! -f "$CONF" ]; then
  log "writing $CONF"
  cat >"$CONF" <<EOF
# Written by .ci/start-mariadb.sh: the settings Atlassian requires of a MySQL database for Confluence.
[mysqld]
port = $MY_PORT
bind-address = 127.0.0.1
character-set-server = utf8mb4
collation-server = utf8mb4_bin
default-storage-engine = InnoDB
transaction-isolation = READ-COMMITTED
EOF
fi

# Root logs in through the unix socket (Debian's default), so no password is needed here.
admin() { mariadb --protocol=socket -uroot -N -B "$@"; }
ready() { mariadb-admin --protocol=socket -uroot ping >/dev/null 2>&1; }

if ready; then
  log "MariaDB already running"
else
  log "starting MariaDB"
  mkdir -p /run/mysqld && chown mysql:mysql /run/mysqld
  if ! service mariadb start >/dev/null 2>&1; then
    log "service mariadb start failed; starting mysqld_safe"
    nohup mysqld_safe >/var/log/samraad-mysqld_safe.log 2>&1 &
  fi
fi

for _ in $(seq 1 60); do
  ready && break
  sleep 1
done
ready || { log "MariaDB did not come up"; tail -20 /var/log/samraad-mysqld_safe.log 2>/dev/null || true; exit 1; }

admin -e "CREATE DATABASE IF NOT EXISTS \`$MY_DATABASE\` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"
# Both host forms: Connector/J on "localhost" connects over TCP, which MariaDB sees as 127.0.0.1 or localhost.
for host in localhost 127.0.0.1; do
  admin -e "CREATE USER IF NOT EXISTS '$MY_USER'@'$host' IDENTIFIED BY '$MY_PASSWORD'"
  admin -e "ALTER USER '$MY_USER'@'$host' IDENTIFIED BY '$MY_PASSWORD'"
  admin -e "GRANT ALL PRIVILEGES ON \`$MY_DATABASE\`.* TO '$MY_USER'@'$host'"
done

mariadb -h 127.0.0.1 -P "$MY_PORT" -u"$MY_USER" -p"$MY_PASSWORD" -N -B -e "SELECT 1" "$MY_DATABASE" >/dev/null
log "ready: jdbc:mysql://localhost:$MY_PORT/$MY_DATABASE (user $MY_USER)"

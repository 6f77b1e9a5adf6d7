#!/usr/bin/env bash
# Start a throw-away PostgreSQL server for the tests and print its URL on stdout.
# Installs Debian's postgresql when it is missing. Runs as root; the server runs as `postgres`.
set -euo pipefail
PGPORT="${PGPORT:-55432}"
PGDATA_DIR="${PGDATA_DIR:-/tmp/station-test-pg}"
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi
BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
id postgres >/dev/null 2>&1 || useradd --system --home /var/lib/postgresql postgres
if [ -f "$PGDATA_DIR/postmaster.pid" ]; then
  runuser -u postgres -- "$BIN/pg_ctl" -D "$PGDATA_DIR" -m fast stop >&2 || true
fi
rm -rf "$PGDATA_DIR"
# A server left running on the port (by an earlier run whose folder is gone) must not stop us:
# take the next free port instead.
for _ in $(seq 1 20); do
  if "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PGPORT" >/dev/null 2>&1 \
     || (exec 3<>"/dev/tcp/127.0.0.1/$PGPORT") 2>/dev/null; then
    PGPORT=$((PGPORT + 1))
  else
    break
  fi
done
mkdir -p "$PGDATA_DIR"
chown postgres "$PGDATA_DIR"
runuser -u postgres -- "$BIN/initdb" -D "$PGDATA_DIR" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >&2
runuser -u postgres -- "$BIN/pg_ctl" -D "$PGDATA_DIR" -l "$PGDATA_DIR/server.log" -w \
  -o "-p $PGPORT -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off" start >&2
runuser -u postgres -- "$BIN/createdb" -h 127.0.0.1 -p "$PGPORT" -U postgres station_test >&2
echo "postgresql://postgres@127.0.0.1:$PGPORT/station_test"

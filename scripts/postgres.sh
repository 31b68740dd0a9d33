#!/usr/bin/env bash
# start_postgres / stop_postgres: a throwaway PostgreSQL server (Debian's postgresql package) in a
# temporary directory on 127.0.0.1, for tests. As root it runs the server as the postgres user.
# Sets PG_URL.

pg_bin() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do
    [ -x "$dir/pg_ctl" ] && { echo "$dir"; return; }
  done
  dirname "$(command -v pg_ctl)"
}

start_postgres() {
  local bin; bin="$(pg_bin)"
  if [ ! -x "$bin/initdb" ]; then
    echo "PostgreSQL is not installed: apt-get install -y postgresql" >&2
    return 1
  fi
  PG_PORT="${PG_PORT:-55432}"
  PG_DIR="$(mktemp -d /tmp/samdrift-pg.XXXXXX)"
  local run=()
  if [ "$(id -u)" = "0" ]; then
    chown postgres "$PG_DIR"
    run=(su postgres -s /bin/sh -c)
  else
    run=(sh -c)
  fi
  "${run[@]}" "'$bin/initdb' -D '$PG_DIR/data' -U postgres -A trust --no-sync -E UTF8 --locale=C.UTF-8 >'$PG_DIR/initdb.log' 2>&1"
  "${run[@]}" "'$bin/pg_ctl' -D '$PG_DIR/data' -l '$PG_DIR/server.log' -w -o \"-p $PG_PORT -k '$PG_DIR' -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200\" start >/dev/null"
  PG_URL="postgres://postgres@127.0.0.1:$PG_PORT/postgres"
  export PG_URL PG_DIR
  echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT"
}

stop_postgres() {
  [ -n "${PG_DIR:-}" ] || return 0
  local bin; bin="$(pg_bin)"
  if [ "$(id -u)" = "0" ]; then
    su postgres -s /bin/sh -c "'$bin/pg_ctl' -D '$PG_DIR/data' -m fast stop" >/dev/null 2>&1 || true
  else
    "$bin/pg_ctl" -D "$PG_DIR/data" -m fast stop >/dev/null 2>&1 || true
  fi
  rm -rf "$PG_DIR"
}

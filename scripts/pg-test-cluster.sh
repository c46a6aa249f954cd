#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the data-layer tests and for development, from Debian's
# packages (apt-get install -y postgresql), without a container and without touching the
# system's own cluster. Used by .ci/run and by developers (README: "Running on PostgreSQL").
#
#   scripts/pg-test-cluster.sh start [--dir DIR] [--port PORT]   # prints: export PG_TEST_URL=...
#   scripts/pg-test-cluster.sh stop  [--dir DIR]                 # stops it and deletes DIR
#   eval "$(scripts/pg-test-cluster.sh start --port 5433)"       # start and set PG_TEST_URL
#
# The cluster listens on 127.0.0.1 only, with trust authentication (a test cluster: nothing in it
# is secret). It holds a login role "hindsight" (not a superuser: it owns the database, may create
# databases for the tests and the app's group role "hindsight_app" that the migrations grant to)
# and a database "hindsight" owned by it. Run as root, the server runs as the postgres user.
set -euo pipefail

cmd="${1:-}"
shift || true
dir="${PGTEST_DIR:-/tmp/hindsight-pg}"
port="${PGTEST_PORT:-5433}"
while [ $# -gt 0 ]; do
  case "$1" in
    --dir) dir="$2"; shift 2 ;;
    --port) port="$2"; shift 2 ;;
    *) echo "pg-test-cluster: unknown argument $1" >&2; exit 2 ;;
  esac
done

bin="${PG_BIN:-}"
if [ -z "$bin" ]; then
  bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
fi
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "pg-test-cluster: PostgreSQL's server binaries were not found under /usr/lib/postgresql/*/bin." >&2
  echo "  Install them with: sudo apt-get install -y postgresql   (or set PG_BIN to the folder holding initdb)" >&2
  exit 1
fi

# As root, initdb refuses to run: the cluster belongs to the postgres user.
as_owner() {
  if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$cmd" in
  start)
    if [ -f "$dir/data/postmaster.pid" ] && as_owner "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
      echo "pg-test-cluster: already running in $dir" >&2
    else
      rm -rf "$dir"
      mkdir -p "$dir"
      if [ "$(id -u)" = "0" ]; then chown postgres:postgres "$dir"; fi
      as_owner "$bin/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
        { cat "$dir/initdb.log" >&2; exit 1; }
      # fsync off: a throwaway cluster trades crash safety for speed.
      as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null ||
        { cat "$dir/server.log" >&2; exit 1; }
      psql_cmd=("$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -qAt)
      "${psql_cmd[@]}" -c "CREATE ROLE hindsight LOGIN CREATEDB CREATEROLE" >/dev/null
      "${psql_cmd[@]}" -c "CREATE DATABASE hindsight OWNER hindsight" >/dev/null
    fi
    echo "export PG_TEST_URL=postgres://hindsight@127.0.0.1:$port/hindsight"
    ;;
  stop)
    if [ -d "$dir/data" ]; then as_owner "$bin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null 2>&1 || true; fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: scripts/pg-test-cluster.sh start|stop [--dir DIR] [--port PORT]" >&2
    exit 2
    ;;
esac

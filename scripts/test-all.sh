#!/usr/bin/env bash
# npm run test:all: every test. `npm test` (type check, lint, unit tests with the PostgreSQL
# data-layer tests, production build, browser tests) and the browser smoke test on PostgreSQL
# (two app instances on one database). Unless PG_TEST_URL names a PostgreSQL to use, a throwaway
# cluster is started from Debian's server binaries (apt-get install postgresql) in a temporary
# folder on a port of its own, and stopped and removed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${PG_TEST_URL:-}" ]; then
  if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    echo "test:all needs PostgreSQL's server binaries for the PostgreSQL tests: apt-get install postgresql (or set PG_TEST_URL to a database server to use)." >&2
    exit 2
  fi
  PG_DIR="$(mktemp -d /tmp/hindsight-test-pg.XXXXXX)"
  trap 'scripts/pg-test-cluster.sh stop --dir "$PG_DIR"' EXIT
  eval "$(scripts/pg-test-cluster.sh start --dir "$PG_DIR" --port "${PGTEST_PORT:-55432}")"
  export PG_TEST_URL
fi

npm test
npm run test:e2e:pg

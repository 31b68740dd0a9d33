#!/usr/bin/env bash
# The full suite: unit and integration tests on PGlite, the same tests on a real PostgreSQL server
# this script starts and removes itself, and the browser tests in headless Chromium.
# Needs Debian's postgresql and chromium packages (see README). Usage: npm run test:full
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== 1/3 tests on PGlite"
npm test

echo "== 2/3 tests on PostgreSQL"
source scripts/postgres.sh
start_postgres
trap stop_postgres EXIT
TEST_DATABASE_URL="$PG_URL" npm test

echo "== 3/3 browser tests (Chromium)"
npm run build
npm run test:browser

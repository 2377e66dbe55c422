#!/usr/bin/env bash
# After `npm run build`: starts the production server on a fresh SQLite database and on a fresh
# PostgreSQL database (migrations run on start), waits for the first 200 from the API, and stops it.
set -euo pipefail
pg_admin="${TEST_DATABASE_URI:-postgres://postgres@127.0.0.1:5432/postgres}"
port=${SMOKE_PORT:-3917}
data=$(mktemp -d)
db="sb_smoke_$$"
cleanup() { rm -rf "$data"; psql "$pg_admin" -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true; }
trap cleanup EXIT

smoke() {
  local label=$1 uri=$2
  local started=$(date +%s%N)
  DATABASE_URI="$uri" DATA_DIR="$data/$label" PAYLOAD_SECRET=smoke-secret-not-for-production-0123456789 PORT=$port PUBLIC_SERVER_URL="http://127.0.0.1:$port" SEED_ON_START=false \
    NODE_ENV=production node_modules/.bin/tsx --conditions=production src/server.ts >"$data/$label.log" 2>&1 &
  local pid=$!
  for _ in $(seq 1 300); do
    if curl -fs -o /dev/null "http://127.0.0.1:$port/api/users/me"; then
      local ms=$(( ($(date +%s%N) - started) / 1000000 ))
      local health=$(curl -s "http://127.0.0.1:$port/healthz")
      echo "smoke $label: first 200 from /api/users/me after ${ms} ms; /healthz $health"
      # The document as the production server serves it, for the typed client's check below.
      curl -fs "http://127.0.0.1:$port/api/openapi.json" >"$data/openapi-$label.json"
      kill -TERM $pid; wait $pid || true
      return 0
    fi
    if ! kill -0 $pid 2>/dev/null; then break; fi
    sleep 0.2
  done
  echo "smoke $label: production server did not answer"; cat "$data/$label.log"; kill $pid 2>/dev/null || true
  return 1
}

smoke sqlite ""
psql "$pg_admin" -qc "CREATE DATABASE $db"
smoke postgres "${pg_admin%/*}/$db"

# Types generated from the served document match the committed ones, and the typed client compiles.
bash scripts/check-openapi-client.sh "$data/openapi-sqlite.json"

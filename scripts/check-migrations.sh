#!/usr/bin/env bash
# Fails when the collections changed without a migration for each SQL adapter: asks Payload for a
# migration and fails if it writes one (the probe's files are removed again).
set -euo pipefail
list() { find src/migrations -type f | sort; }
before=$(list)
cp src/migrations/sqlite/index.ts /tmp/check-migrations-sqlite-index.ts
cp src/migrations/postgres/index.ts /tmp/check-migrations-postgres-index.ts
bash scripts/create-migrations.sh schema_check >/dev/null 2>&1
added=$(comm -13 <(echo "$before") <(list))
cp /tmp/check-migrations-sqlite-index.ts src/migrations/sqlite/index.ts
cp /tmp/check-migrations-postgres-index.ts src/migrations/postgres/index.ts
if [ -n "$added" ]; then
  echo "$added" | xargs rm -f
  echo "The schema changed without a migration. Run: npm run migrate:create -- <name>, then commit src/migrations."
  echo "Payload wanted to write:"; echo "$added"
  exit 1
fi
echo "migrations: up to date for sqlite and postgres"

#!/usr/bin/env bash
# Fails when the collections changed without a committed migration for each SQL adapter.
set -euo pipefail
bash scripts/create-migrations.sh schema_check >/dev/null 2>&1
pending=$(git status --porcelain -- src/migrations)
if [ -n "$pending" ]; then
  echo "The schema changed without a migration. Run: npm run migrate:create -- <name>, then commit src/migrations."
  echo "$pending"
  git checkout -- src/migrations && git clean -fdq -- src/migrations
  exit 1
fi
echo "migrations: up to date for sqlite and postgres"

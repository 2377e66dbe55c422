#!/usr/bin/env bash
# Writes a migration for each SQL adapter (src/migrations/sqlite, src/migrations/postgres) after a
# schema change: `npm run migrate:create -- <name>`. Needs a PostgreSQL at TEST_DATABASE_URI.
set -euo pipefail
name="${1:-schema}"
pg="${TEST_DATABASE_URI:-postgres://postgres@127.0.0.1:5432/postgres}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
DATABASE_URI="file:$tmp/migrate.db" npm run payload -- migrate:create "$name" --skip-empty
DATABASE_URI="$pg" npm run payload -- migrate:create "$name" --skip-empty

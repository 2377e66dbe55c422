#!/usr/bin/env bash
# Fails when the committed generated files (types, admin import map) are out of date.
set -euo pipefail
npm run --silent generate:types >/dev/null 2>&1
npm run --silent generate:importmap >/dev/null 2>&1
if ! git diff --quiet -- src/payload-types.ts 'src/app/(payload)/admin/importMap.js'; then
  echo "Generated files are out of date: run npm run generate:types && npm run generate:importmap, then commit."
  git diff --stat -- src/payload-types.ts 'src/app/(payload)/admin/importMap.js'
  exit 1
fi
echo "generated files: up to date"

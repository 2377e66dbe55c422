#!/usr/bin/env bash
# Fails when the generated files (types, admin import map) do not match the collections: regenerates
# them and compares with what is in the working tree.
set -euo pipefail
files=(src/payload-types.ts 'src/app/(payload)/admin/importMap.js')
snapshot=$(mktemp -d)
for f in "${files[@]}"; do cp "$f" "$snapshot/$(basename "$f")"; done
npm run --silent generate:types >/dev/null 2>&1
npm run --silent generate:importmap >/dev/null 2>&1
status=0
for f in "${files[@]}"; do
  if ! cmp -s "$f" "$snapshot/$(basename "$f")"; then
    echo "$f is out of date: run npm run generate:types && npm run generate:importmap, then commit."
    status=1
  fi
done
rm -rf "$snapshot"
[ $status -eq 0 ] && echo "generated files: up to date"
exit $status

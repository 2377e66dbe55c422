#!/usr/bin/env bash
# The typed frontend (examples/openapi-client) against an OpenAPI document: generates TypeScript
# types from it with openapi-typescript, fails when they differ from the committed api.d.ts, then
# type-checks the client strictly, where every deliberately wrong call must be refused on its line.
# Usage: check-openapi-client.sh [document.json] (default: what `npm run openapi` prints).
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
document=${1:-}
if [ -z "$document" ]; then
  document="$work/openapi.json"
  npm run --silent openapi >"$document" 2>/dev/null
fi
npx openapi-typescript "$document" -o "$work/api.d.ts" >/dev/null
if ! cmp -s "$work/api.d.ts" examples/openapi-client/api.d.ts; then
  diff -u examples/openapi-client/api.d.ts "$work/api.d.ts" | head -40 || true
  echo "examples/openapi-client/api.d.ts is out of date: run npm run openapi:types, then commit."
  exit 1
fi
npx tsc -p examples/openapi-client
echo "typed client: types from the document are current, the client compiles and every wrong call is refused"

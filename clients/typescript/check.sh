#!/usr/bin/env bash
# Type-checks the generated TypeScript contract, the fetch client and the recorded Delivery API responses.
# Installs a pinned TypeScript from npm into a temporary folder (nothing is left in the repository).
# Exit code: 0 when everything type-checks, non-zero otherwise.
set -euo pipefail

TYPESCRIPT_VERSION="5.9.3"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
recorded="$repo/samples/Diplomatic.Magazine/Recorded"

command -v node >/dev/null 2>&1 || { echo "check.sh: node is required (apt-get install -y nodejs npm)" >&2; exit 1; }
command -v npm >/dev/null 2>&1 || { echo "check.sh: npm is required (apt-get install -y npm)" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "check.sh: installing typescript@$TYPESCRIPT_VERSION into $work"
npm install --prefix "$work" --no-audit --no-fund --no-save --loglevel=error "typescript@$TYPESCRIPT_VERSION" >/dev/null
tsc="$work/node_modules/typescript/bin/tsc"
echo "check.sh: $(node "$tsc" --version)"

echo "check.sh: recorded responses from $recorded"
node "$here/check/write-recorded-checks.mjs" "$recorded" "$work/recorded" "$here/diplomatic-content"
# Items of every type with every property set, as a real Umbraco 17 prints them (recorded by the integration tests).
echo "check.sh: every-property responses from $here/check/real-site"
node "$here/check/write-recorded-checks.mjs" "$here/check/real-site" "$work/real-site" "$here/diplomatic-content"

cat > "$work/tsconfig.json" <<JSON
{
  "extends": "$here/tsconfig.json",
  "compilerOptions": { "noUnusedLocals": false, "typeRoots": [] },
  "include": ["$here/*.ts", "$here/check/*.ts", "$work/recorded/*.ts", "$work/real-site/*.ts"]
}
JSON

echo "check.sh: tsc --noEmit (strict) on diplomatic-content.ts, client.ts, check/contract-negative.ts and the recorded responses"
if node "$tsc" -p "$work/tsconfig.json" --pretty false; then
  echo "check.sh: OK: the TypeScript contract type-checks and accepts every recorded response"
else
  echo "check.sh: FAILED: see the tsc errors above" >&2
  exit 1
fi

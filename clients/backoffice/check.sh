#!/usr/bin/env bash
# Type-checks the plugin's backoffice manifest (src/Diplomatic.Umbraco/wwwroot/App_Plugins/Diplomatic/umbraco-package.json)
# against the types of a pinned @umbraco-cms/backoffice, written out as an object literal so that unknown keys fail,
# plus a file of manifests that must be rejected. Installs the pinned packages from npm into a temporary folder
# (nothing is left in the repository). Exit code: 0 when everything type-checks, non-zero otherwise.
set -euo pipefail

# The newest 17.x on npm (17.5.2, the plugin's floor, is not published there); the previewOption types are the same
# in the 17.5.2 source. --legacy-peer-deps: only the types are needed, not lit, Monaco, TipTap and the rest.
BACKOFFICE_VERSION="17.1.0"
TYPESCRIPT_VERSION="5.9.3"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
manifest="${1:-$repo/src/Diplomatic.Umbraco/wwwroot/App_Plugins/Diplomatic/umbraco-package.json}"

command -v node >/dev/null 2>&1 || { echo "check.sh: node is required (apt-get install -y nodejs npm)" >&2; exit 1; }
command -v npm >/dev/null 2>&1 || { echo "check.sh: npm is required (apt-get install -y npm)" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "check.sh: installing @umbraco-cms/backoffice@$BACKOFFICE_VERSION and typescript@$TYPESCRIPT_VERSION into $work"
npm install --prefix "$work" --no-audit --no-fund --no-save --loglevel=error --legacy-peer-deps \
  "@umbraco-cms/backoffice@$BACKOFFICE_VERSION" "typescript@$TYPESCRIPT_VERSION" >/dev/null
tsc="$work/node_modules/typescript/bin/tsc"
echo "check.sh: $(node "$tsc" --version)"

# In the temporary folder, so that the imports find its node_modules.
mkdir "$work/check"
cp "$here"/check/*.ts "$work/check/"
echo "check.sh: manifest $manifest"
# Its own findings (attachment, weight) are reported, and tsc still runs, so one run names every problem.
options_status=0
node "$here/check/write-manifest-check.mjs" "$manifest" "$work/check/manifest.ts" "$work/node_modules/@umbraco-cms/backoffice" || options_status=$?
[ -f "$work/check/manifest.ts" ] || exit 1

cat > "$work/tsconfig.json" <<JSON
{
  "compilerOptions": {
    "target": "ES2022",
    "lib": ["ES2022", "DOM"],
    "module": "ESNext",
    "moduleResolution": "Bundler",
    "strict": true,
    "noEmit": true,
    "skipLibCheck": true,
    "types": []
  },
  "include": ["check/*.ts"]
}
JSON

echo "check.sh: tsc --noEmit (strict) on the manifest and check/manifest-negative.ts"
tsc_status=0
node "$tsc" -p "$work/tsconfig.json" --pretty false || { tsc_status=$?; echo; }
if [ "$tsc_status" -eq 0 ] && [ "$options_status" -eq 0 ]; then
  echo "check.sh: OK: the manifest type-checks as @umbraco-cms/backoffice $BACKOFFICE_VERSION's types and the bad ones are rejected"
else
  echo "check.sh: FAILED: see the errors above" >&2
  exit 1
fi

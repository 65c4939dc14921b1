#!/usr/bin/env bash
# Re-vendors Paged.js from the npm registry: the one polyfill file the print view loads, and its licence.
# Usage: bash update.sh [version] [sha512 integrity from `npm view pagedjs@<version> dist.integrity`]
set -euo pipefail
cd "$(dirname "$0")"
version=${1:-0.4.3}
integrity=${2:-sha512-YtAN9JAjsQw1142gxEjEAwXvOF5nYQuDwnQ67RW2HZDkMLI+b4RsBE37lULZa9gAr6kDAOGBOhXI4wGMoY3raw==}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "pagedjs@${version}" >/dev/null)
actual="sha512-$(openssl dgst -sha512 -binary "$work/pagedjs-${version}.tgz" | base64 -w0)"
if [ "$actual" != "$integrity" ]; then
  echo "update.sh: pagedjs-${version}.tgz has integrity ${actual}, expected ${integrity}" >&2
  exit 1
fi
tar -xzf "$work/pagedjs-${version}.tgz" -C "$work"
cp "$work/package/dist/paged.polyfill.min.js" paged.polyfill.min.js
cp "$work/package/LICENSE.md" LICENSE.md
sha256sum paged.polyfill.min.js

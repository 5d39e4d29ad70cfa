#!/usr/bin/env bash
# The README's first command: everything the demo needs, then the demo itself.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-system-deps.sh >/dev/null
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund >/dev/null
fi
exec node bin/tenant.js profiles list "$@"

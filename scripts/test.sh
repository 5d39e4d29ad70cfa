#!/usr/bin/env bash
# The one test command (README, .ci/run): installs what the tests talk to, then runs the static checks
# and the whole vitest suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-system-deps.sh
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
echo "== node 24 for the bundle tests"; bash scripts/fetch-node24.sh >/dev/null
echo "== typecheck"; npx tsc --noEmit -p tsconfig.json
echo "== eslint"; npx eslint src test bench scripts
echo "== prettier"; npx prettier --check . >/dev/null || { npx prettier --check . ; exit 1; }
echo "== vitest"; npx vitest run "$@"

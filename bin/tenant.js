#!/usr/bin/env node
// The `tenant` command: runs the CLI bundle built by `npm run build`.
import '../dist/cli/index.js';

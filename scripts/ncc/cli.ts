// Bundle entry for dist/cli, compiled from this folder (see tsconfig.json here and NCC_ENTRY in ../build.mjs).
import '../../src/cli/index.js';

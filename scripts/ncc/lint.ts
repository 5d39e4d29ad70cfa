// Bundle entry for dist/lint, compiled from this folder (see tsconfig.json here and NCC_ENTRY in ../build.mjs).
import '../../src/actions/lint/index.js';

// Bundle entry for dist/launch, compiled from this folder (see tsconfig.json here and NCC_ENTRY in ../build.mjs).
import '../../src/actions/launch/index.js';

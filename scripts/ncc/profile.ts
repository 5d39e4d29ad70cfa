// Bundle entry for dist/profile, compiled from this folder (see tsconfig.json here and NCC_ENTRY in ../build.mjs).
import '../../src/actions/profile/index.js';

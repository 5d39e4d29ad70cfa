// Bundle entry for dist/verify-resume, compiled from this folder (see tsconfig.json here and NCC_ENTRY in ../build.mjs).
import '../../src/actions/verify-resume/index.js';

// First import of every bundle entry: ssh2's bundled emscripten glue reads __dirname at load time, which
// an ESM bundle lacks (see shared/reference/deps.md, Q2).
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const g = globalThis as { __dirname?: string };
g.__dirname ??= dirname(fileURLToPath(import.meta.url));

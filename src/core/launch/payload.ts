/**
 * The payload plan: which files go to the box, how many bytes, and whether the lint's `shell/crlf` rule
 * refuses them (a shell script with CRLF line endings fails on the box with `$'\r': command not found`).
 */
import { ConfigurationError } from '../errors.js';
import { shellCrlf } from '../lint/rules/shell-crlf.js';
import { makeSourceFile } from '../lint/source-file.js';
import { VolatileMatcher } from '../lint/volatile.js';

export interface PayloadFile {
  /** Relative to the workspace, forward slashes. */
  path: string;
  size: number;
}

export interface PayloadPlan {
  files: PayloadFile[];
  bytes: number;
  /** Shell scripts the CRLF rule flags (pushed anyway only with allow-crlf). */
  crlf: { path: string; message: string }[];
}

const NO_VOLATILE = new VolatileMatcher([]);
/** Larger files are not read for the CRLF check (no shell script is this big). */
const MAX_SCRIPT_BYTES = 4 * 1024 * 1024;

/** Runs the lint's CRLF rule over the payload; `read` returns a file's bytes. */
export function planPayload(files: readonly PayloadFile[], read: (path: string) => Buffer): PayloadPlan {
  const crlf: PayloadPlan['crlf'] = [];
  const check = shellCrlf.text?.check;
  for (const f of files) {
    if (!check) break;
    if (f.size > MAX_SCRIPT_BYTES) continue;
    const bytes = read(f.path);
    const source = makeSourceFile(f.path, bytes);
    if (!shellCrlf.text?.kinds.includes(source.kind)) continue;
    const found = check(source, { volatile: NO_VOLATILE });
    if (found[0]) crlf.push({ path: f.path, message: `${f.path}:${found[0].line}: ${found[0].message}` });
  }
  return { files: [...files], bytes: files.reduce((n, f) => n + f.size, 0), crlf };
}

/** Throws the refusal naming every CRLF script, unless allowed. */
export function assertNoCrlf(plan: PayloadPlan, allowCrlf: boolean): void {
  if (allowCrlf || plan.crlf.length === 0) return;
  const names = plan.crlf.map((c) => c.path);
  throw new ConfigurationError(
    `refusing to push ${names.length} shell script${names.length === 1 ? '' : 's'} with CRLF line endings (${shellCrlf.id}): ${names.join(', ')}. ` +
      `bash on the box would fail with "$'\\r': command not found". Convert them (tenant lint --fix) or set allow-crlf: true.`,
    'allow-crlf',
  );
}

/**
 * One file under lint: its bytes, its kind (by name, then by shebang) and lazily decoded text.
 */
import type { FileKind } from './types.js';

const SHELL_EXT = /\.(sh|bash|zsh|ksh|dash)(\.template|\.tmpl|\.in)?$/;
const SHEBANG_SHELL = /^#!\s*(?:\/usr)?\/bin\/(?:env\s+(?:-S\s+)?)?(bash|sh|dash|zsh|ksh)\b/;
const SHEBANG_PYTHON = /^#!\s*(?:\/usr)?\/(?:local\/)?bin\/(?:env\s+)?python[0-9.]*\b/;

export interface SourceFile {
  /** Repository-relative, forward slashes. */
  path: string;
  bytes: Buffer;
  kind: FileKind;
  /** Git's index records the blob with CRLF line endings (`git ls-files --eol`: `i/crlf`). */
  indexCrlf: boolean;
  /** The file has the executable bit in git's index or on disk. */
  executable: boolean;
  text(): string;
  lines(): string[];
  /** The first line when it starts with `#!`. */
  shebang(): string | undefined;
}

export function kindOf(path: string, head: Buffer): FileKind {
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (SHELL_EXT.test(name)) return 'shell';
  if (/\.pyw?$/.test(name)) return 'python';
  if (/^\.github\/workflows\/[^/]+\.ya?ml$/.test(path) || /(^|\/)action\.ya?ml$/.test(path)) return 'workflow';
  if (/\.ya?ml$/.test(name)) return 'yaml';
  if (/\.json$/.test(name)) return 'json';
  if (name === '.gitattributes') return 'gitattributes';
  if (head[0] === 0x23 && head[1] === 0x21) {
    const first = head.toString('latin1', 0, Math.min(head.length, 120)).split('\n')[0] ?? '';
    if (SHEBANG_SHELL.test(first)) return 'shell';
    if (SHEBANG_PYTHON.test(first)) return 'python';
  }
  return 'other';
}

export function makeSourceFile(
  path: string,
  bytes: Buffer,
  extra: { indexCrlf?: boolean; executable?: boolean } = {},
): SourceFile {
  let text: string | undefined;
  let lines: string[] | undefined;
  return {
    path,
    bytes,
    kind: kindOf(path, bytes.subarray(0, 120)),
    indexCrlf: extra.indexCrlf ?? false,
    executable: extra.executable ?? false,
    text: () => (text ??= bytes.toString('utf8')),
    lines: () => (lines ??= (text ??= bytes.toString('utf8')).split('\n')),
    shebang() {
      if (bytes[0] !== 0x23 || bytes[1] !== 0x21) return undefined;
      const end = bytes.indexOf(0x0a);
      return bytes.toString('utf8', 0, end === -1 ? Math.min(bytes.length, 200) : end).replace(/\r$/, '');
    },
  };
}

/** The interpreter a shebang names: `bash` for `#!/usr/bin/env bash`. */
export function shebangInterpreter(shebang: string | undefined): string | undefined {
  if (!shebang) return undefined;
  const m = /^#!\s*(\S+)(?:\s+(?:-S\s+)?(\S+))?/.exec(shebang);
  if (!m) return undefined;
  const prog = (m[1] ?? '').split('/').pop() ?? '';
  return prog === 'env' ? m[2]?.split('/').pop() : prog;
}

import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ExecMarkerScanner, MAX_COMMAND_LINE_BYTES, planRemoteCommand } from '../../src/core/host/remote-command.js';

const NONCE = '0123456789abcdef';
const MARK = `\x1etenant-exec:${NONCE}:`;

/** Runs a planned line the way sshd does: `$SHELL -c LINE`, here with bash and with dash. */
function runLine(shell: string, line: string, input = ''): { stdout: string; stderr: string; status: number | null } {
  const r = spawnSync(shell, ['-c', line], { encoding: 'utf8', input });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

describe('planRemoteCommand', () => {
  it.each(['bash', 'dash'])('builds a line the login shell (%s) runs as intended', (shell) => {
    const plan = planRemoteCommand(
      { argv: ['sh', '-c', 'printf "%s|%s|" "$X" "$(pwd)"; printf "%s" "$1"', 'sh', "a'b $(id) `x` ;"] },
      { env: { X: 'v a l"ue' }, cwd: '/tmp' },
      NONCE,
    );
    expect(plan.upload).toBeUndefined();
    const r = runLine(shell, plan.line);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('v a l"ue|/tmp|a\'b $(id) `x` ;');
    expect(r.stderr).toMatch(new RegExp(`^\\x1etenant-exec:${NONCE}:\\d+\\n$`));
  });

  it('puts the command in its own process group and reports that group in the marker', () => {
    // spawnSync's child is not a group leader here, so the line must fall back to setsid.
    const plan = planRemoteCommand({ script: 'set -- $(cat /proc/$$/stat); echo "$1 $5"' }, {}, NONCE);
    const r = runLine('bash', plan.line);
    const [pid, pgid] = r.stdout.trim().split(' ');
    expect(pid).toBe(pgid);
    expect(r.stderr).toBe(`${MARK}${pid}\n`);
  });

  it('reports a missing working directory through the marker and runs nothing', () => {
    const plan = planRemoteCommand({ argv: ['echo', 'ran'] }, { cwd: '/nonexistent/dir' }, NONCE);
    const r = runLine('dash', plan.line);
    expect(r.stdout).toBe('');
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`${MARK}nocwd\n`);
  });

  it('plans an upload for a script longer than one argument may be', () => {
    const script = 'echo hi\n' + '#'.repeat(MAX_COMMAND_LINE_BYTES) + '\n';
    const plan = planRemoteCommand({ script }, {}, NONCE);
    expect(plan.upload).toEqual({ path: `.tenant-exec-${NONCE}.sh`, content: script });
    expect(Buffer.byteLength(plan.line)).toBeLessThan(2000);
    expect(plan.line).toContain('exec bash /dev/fd/9');
  });

  it('refuses a too-long argv, bad env names, NUL bytes, option-like programs and a bad nonce', () => {
    expect(() => planRemoteCommand({ argv: ['echo', 'x'.repeat(MAX_COMMAND_LINE_BYTES)] }, {}, NONCE)).toThrow(
      RangeError,
    );
    expect(() => planRemoteCommand({ argv: ['true'] }, { env: { 'A;B': '1' } }, NONCE)).toThrow(
      /environment variable name/,
    );
    expect(() => planRemoteCommand({ argv: ['echo', 'a\0'] }, {}, NONCE)).toThrow(/NUL/);
    expect(() => planRemoteCommand({ script: 'a\0' }, {}, NONCE)).toThrow(/NUL/);
    expect(() => planRemoteCommand({ argv: ['--help'] }, {}, NONCE)).toThrow(/argv\[0\]/);
    expect(() => planRemoteCommand({ argv: ['true'] }, {}, 'not hex!')).toThrow(/nonce/);
  });
});

describe('ExecMarkerScanner', () => {
  it('strips the marker, keeps stderr before and after it, and reads the group id', () => {
    const s = new ExecMarkerScanner(NONCE);
    const out = Buffer.concat([s.push(Buffer.from(`rc noise\n${MARK}4242\nreal stderr\n`)), s.flush()]);
    expect(out.toString()).toBe('rc noise\nreal stderr\n');
    expect(s.marker).toEqual({ kind: 'pgid', pgid: 4242 });
  });

  it('finds a marker split across chunks, byte by byte', () => {
    const s = new ExecMarkerScanner(NONCE);
    const text = `x${MARK}77\nafter`;
    const parts: Buffer[] = [];
    for (const b of Buffer.from(text)) parts.push(s.push(Buffer.from([b])));
    parts.push(s.flush());
    expect(Buffer.concat(parts).toString()).toBe('xafter');
    expect(s.marker).toEqual({ kind: 'pgid', pgid: 77 });
  });

  it('reports nocwd, ignores another nonce, and passes everything through when no marker comes', () => {
    const a = new ExecMarkerScanner(NONCE);
    a.push(Buffer.from(`${MARK}nocwd\n`));
    expect(a.marker).toEqual({ kind: 'nocwd' });
    const b = new ExecMarkerScanner(NONCE);
    const other = '\x1etenant-exec:ffffffffffffffff:12\n';
    expect(Buffer.concat([b.push(Buffer.from(other)), b.flush()]).toString()).toBe(other);
    expect(b.marker).toBeUndefined();
  });
});

/**
 * One contract suite for both implementations of the Host port: SshHost against a real OpenSSH sshd started
 * by the harness, and LocalHost on this machine. Both see the same filesystem (the sshd runs here), so the
 * suite can check effects directly.
 */
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalHost } from '../../src/adapters/local-host.js';
import { SshHost } from '../../src/adapters/ssh-host.js';
import { HostError } from '../../src/core/errors.js';
import type { Host, StreamLine } from '../../src/core/host/host.js';
import { startSshd, type SshdHarness } from '../harness/sshd.js';

const PY = '/usr/bin/python3';

let sshd: SshdHarness | undefined;
const work = mkdtempSync(join(tmpdir(), 'tenant-contract-'));

afterAll(async () => {
  await sshd?.stop();
  rmSync(work, { recursive: true, force: true });
});

interface Impl {
  name: string;
  /** Opens a fresh host (for SSH: a new connection). */
  open: () => Promise<Host>;
}

const impls: Impl[] = [
  {
    name: 'SshHost',
    open: async () => {
      sshd ??= await startSshd();
      return SshHost.connect(sshd.settings());
    },
  },
  {
    name: 'SshHost without persistent shell',
    open: async () => {
      sshd ??= await startSshd();
      return SshHost.connect(sshd.settings(), { persistentShell: false });
    },
  },
  { name: 'LocalHost', open: async () => new LocalHost() },
];

/** Hostile strings of anchors-reliability A1 (metacharacters) and A2 (option injection), and friends. */
function hostileStrings(pwned: string): string[] {
  return [
    `$(touch ${pwned})`,
    `\`touch ${pwned}\``,
    `;touch ${pwned};`,
    `' ; touch ${pwned} ; '`,
    `"; touch ${pwned}; #`,
    `a\ntouch ${pwned}`,
    `\ntouch ${pwned}\n`,
    '${IFS}',
    '$HOME',
    '~',
    '~root',
    '*',
    '*.py',
    '?',
    '[a-z]*',
    '{a,b}',
    `-oProxyCommand=touch ${pwned}`,
    '--rsh=sh -c id',
    '-e',
    '--delete',
    '--',
    '-',
    '',
    ' ',
    '  two  spaces  ',
    '\t',
    'tab\there',
    'cr\rhere',
    '\x01\x02\x7f',
    "'",
    '"',
    "''",
    '\\',
    '\\n',
    '!',
    '!!',
    '#not a comment',
    '&& touch x',
    '| cat',
    `> ${pwned}`,
    '< /etc/passwd',
    '%s%n%x',
    'ünïcødé ✓',
    '\u202Eevil\u200B\u200D',
    '🚀 emoji',
    'e\u0301',
    '\u00a0nbsp',
    'it\'s "quoted" `back` $(sub) ${var}',
    'x'.repeat(4096) + `'$(touch ${pwned})'`,
  ];
}

/** Gone means absent, or a zombie waiting for init (PID 1 on this VM can be slow to reap). */
async function processGone(host: Host, pid: string): Promise<boolean> {
  const r = await host.exec({
    script: `s=$(cat /proc/${pid}/stat 2>/dev/null) || { echo gone; exit 0; }; set -- $s; echo "$3"`,
  });
  const state = r.stdout.trim();
  return state === 'gone' || state === 'Z' || state === 'X';
}

describe.each(impls)('Host contract: $name', ({ name, open }) => {
  let host: Host;
  let dir: string;

  beforeAll(async () => {
    host = await open();
    dir = join(work, name);
    mkdirSync(dir, { recursive: true });
  });
  afterAll(async () => {
    await host.close();
  });

  describe('exec', () => {
    it('runs argv and collects stdout, stderr and the exit code', async () => {
      const r = await host.exec({ argv: ['sh', '-c', 'echo out; echo err >&2; exit 7'] });
      expect(r).toEqual({ code: 7, signal: null, stdout: 'out\n', stderr: 'err\n', timedOut: false });
    });

    it('runs a bash script', async () => {
      const r = await host.exec({
        script: 'set -e\nx=$(( 6 * 7 ))\nfor i in 1 2; do echo "$i:$x"; done\n[[ -n $BASH_VERSION ]] && echo bash',
      });
      expect(r.code).toBe(0);
      expect(r.stdout).toBe('1:42\n2:42\nbash\n');
      expect(r.stderr).toBe('');
    });

    it('feeds stdin and closes it', async () => {
      const r = await host.exec({ argv: ['cat'] }, { stdin: 'line 1\nsecret-ish ✓\n' });
      expect(r.stdout).toBe('line 1\nsecret-ish ✓\n');
      const big = Buffer.alloc(3_000_000, 0x61);
      const wc = await host.exec({ argv: ['wc', '-c'] }, { stdin: big });
      expect(wc.stdout.trim()).toBe('3000000');
      const none = await host.exec({ argv: ['cat'] });
      expect(none).toMatchObject({ code: 0, stdout: '' });
    });

    it('exports env inside the command and runs in cwd', async () => {
      const value = `a b $(touch ${join(dir, 'env-pwned')}) 'q' "dq" \`x\` \n line2`;
      const r = await host.exec({ script: 'printf %s "$TENANT_X"; echo; pwd' }, { env: { TENANT_X: value }, cwd: dir });
      expect(r.stdout).toBe(`${value}\n${dir}\n`);
      expect(existsSync(join(dir, 'env-pwned'))).toBe(false);
      await expect(host.exec({ argv: ['true'] }, { env: { 'BAD-NAME': 'x' } })).rejects.toThrow(TypeError);
    });

    it('refuses a missing working directory instead of running elsewhere', async () => {
      const err = await host.exec({ argv: ['pwd'] }, { cwd: join(dir, 'nope') }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(HostError);
      expect((err as HostError).code).toBe('ENOENT');
    });

    it('reports a missing program as exit 127', async () => {
      const r = await host.exec({ argv: ['tenant-no-such-program-x'] });
      expect(r.code).toBe(127);
      expect(r.stderr).toMatch(/not found/);
    });

    it('reports death by signal', async () => {
      const term = await host.exec({ script: 'echo before; kill -TERM $$; echo after' });
      expect(term).toMatchObject({ code: null, signal: 'TERM', stdout: 'before\n', timedOut: false });
      const kill = await host.exec({ script: 'kill -KILL $$' });
      expect(kill).toMatchObject({ code: null, signal: 'KILL' });
    });

    it('kills the whole process group on timeout (the grandchild too)', async () => {
      const started = Date.now();
      const r = await host.exec(
        { script: 'sleep 300 & echo $!; sh -c "sleep 301" & echo $!; wait' },
        { timeoutMs: 800 },
      );
      expect(Date.now() - started).toBeLessThan(6000);
      expect(r).toMatchObject({ code: null, signal: 'KILL', timedOut: true });
      const pids = r.stdout.trim().split('\n');
      expect(pids).toHaveLength(2);
      await new Promise((res) => setTimeout(res, 200));
      for (const pid of pids) expect(await processGone(host, pid)).toBe(true);
    });

    it('streams output through onStdout/onStderr and collects several MB', async () => {
      let seen = 0;
      let errSeen = '';
      const r = await host.exec(
        { script: 'head -c 6000000 /dev/zero | tr "\\0" x; echo tail >&2' },
        { onStdout: (c) => (seen += c.length), onStderr: (c) => (errSeen += c.toString()) },
      );
      expect(r.code).toBe(0);
      expect(r.stdout.length).toBe(6_000_000);
      expect(seen).toBe(6_000_000);
      expect(r.stderr).toBe('tail\n');
      expect(errSeen).toBe('tail\n');
    });

    it('runs a script larger than one command line may be, with stdin still free', async () => {
      const script = `echo start\n${'# padding line to make the script big\n'.repeat(8000)}echo "end $(cat)"\n`;
      expect(script.length).toBeGreaterThan(250_000);
      const r = await host.exec({ script }, { stdin: 'from-stdin', cwd: dir });
      expect(r).toMatchObject({ code: 0, stdout: 'start\nend from-stdin\n', stderr: '' });
      // the uploaded script file is removed before the script runs
      const leftovers = (await host.exec({ script: 'ls -a ~ | grep -c "^.tenant-exec-" || true' })).stdout.trim();
      expect(leftovers).toBe('0');
    });

    it('passes every hostile argv element byte for byte', async () => {
      const pwned = join(dir, 'pwned');
      const hostile = hostileStrings(pwned);
      const code = 'import sys,os,json; print(json.dumps([os.fsencode(a).hex() for a in sys.argv[1:]]))';
      const r = await host.exec({ argv: [PY, '-c', code, ...hostile] }, { cwd: dir });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const got = JSON.parse(r.stdout) as string[];
      expect(got).toHaveLength(hostile.length);
      hostile.forEach((h, i) =>
        expect(Buffer.from(got[i] as string, 'hex').toString('utf8'), JSON.stringify(h)).toBe(h),
      );
      // and through printf, the shell builtin path
      for (const h of hostile.slice(0, 12)) {
        const p = await host.exec({ argv: ['printf', '%s', h] });
        expect(p.stdout).toBe(h);
      }
      expect(existsSync(pwned)).toBe(false);
    });

    it('refuses NUL bytes and option-like program names', async () => {
      await expect(host.exec({ argv: ['echo', 'a\0b'] })).rejects.toThrow(TypeError);
      await expect(host.exec({ argv: ['-rf'] })).rejects.toThrow(TypeError);
      await expect(host.exec({ argv: [] })).rejects.toThrow(TypeError);
    });

    it('runs several commands at once on one host', async () => {
      const results = await Promise.all(
        Array.from({ length: 16 }, (_, i) => host.exec({ script: `sleep 0.2; echo ${i}` })),
      );
      expect(results.map((r) => r.stdout.trim())).toEqual(Array.from({ length: 16 }, (_, i) => String(i)));
    });
  });

  describe('files', () => {
    it('writes atomically with a mode, reads back, and leaves no temp file', async () => {
      const path = join(dir, 'env');
      await host.writeFile(path, 'A=1\n', { mode: 0o600 });
      await host.writeFile(path, 'A=2\nB=ü\n', { mode: 0o600 });
      expect((await host.readFile(path)).toString('utf8')).toBe('A=2\nB=ü\n');
      expect(readFileSync(path, 'utf8')).toBe('A=2\nB=ü\n');
      const st = await host.stat(path);
      expect(st).toMatchObject({ path, type: 'file', size: Buffer.byteLength('A=2\nB=ü\n'), mode: 0o600 });
      expect(Math.abs((st?.mtimeMs ?? 0) - Date.now())).toBeLessThan(5000);
      expect((await host.list(dir)).filter((n) => n.includes('tenant-') && n.endsWith('.tmp'))).toEqual([]);
    });

    it('writes binary data and applies the default and explicit modes exactly', async () => {
      const bin = Buffer.from(Array.from({ length: 300_000 }, (_, i) => (i * 31) % 256));
      const path = join(dir, 'blob.bin');
      await host.writeFile(path, bin);
      expect((await host.readFile(path)).equals(bin)).toBe(true);
      expect((await host.stat(path))?.mode).toBe(0o644);
      await host.writeFile(join(dir, 'run.sh'), '#!/bin/sh\n', { mode: 0o750 });
      expect((await host.stat(join(dir, 'run.sh')))?.mode).toBe(0o750);
    });

    it('never shows a half-written file under the final name', async () => {
      const path = join(dir, 'status.json');
      const a = JSON.stringify({ v: 'a'.repeat(200_000) });
      const b = JSON.stringify({ v: 'b'.repeat(200_000) });
      await host.writeFile(path, a);
      let bad = 0;
      let reads = 0;
      const writer = (async () => {
        for (let i = 0; i < 10; i++) await host.writeFile(path, i % 2 ? a : b);
      })();
      let writing = true;
      void writer.finally(() => (writing = false));
      while (writing) {
        const text = readFileSync(path, 'utf8');
        reads++;
        if (text !== a && text !== b) bad++;
        await new Promise((r) => setImmediate(r));
      }
      await writer;
      expect(reads).toBeGreaterThan(0);
      expect(bad).toBe(0);
    });

    it('fails clearly for missing files and directories', async () => {
      const missing = join(dir, 'missing');
      await expect(host.readFile(missing)).rejects.toMatchObject({ name: 'HostError', code: 'ENOENT' });
      await expect(host.writeFile(join(missing, 'f'), 'x')).rejects.toMatchObject({
        name: 'HostError',
        code: 'ENOENT',
      });
      await expect(host.list(missing)).rejects.toMatchObject({ name: 'HostError', code: 'ENOENT' });
      await expect(host.list(join(dir, 'env'))).rejects.toMatchObject({ name: 'HostError', code: 'ENOTDIR' });
      expect(await host.stat(missing)).toBeNull();
    });

    it('stats files, directories and symlinks (without following them) and lists sorted names', async () => {
      const sub = join(dir, 'tree');
      mkdirSync(sub, { recursive: true });
      for (const n of ['b.txt', 'a.txt', 'C', '.hidden', 'ü']) writeFileSync(join(sub, n), n);
      mkdirSync(join(sub, 'dir'));
      symlinkSync('a.txt', join(sub, 'link'));
      expect(await host.list(sub)).toEqual(['.hidden', 'C', 'a.txt', 'b.txt', 'dir', 'link', 'ü']);
      expect((await host.stat(sub))?.type).toBe('dir');
      expect((await host.stat(join(sub, 'link')))?.type).toBe('symlink');
      expect(await host.stat(join(sub, 'a.txt'))).toMatchObject({ type: 'file', size: 5 });
    });
  });

  describe('stream', () => {
    it('follows an appending writer by offset; resuming from any offset repeats and loses nothing', async () => {
      const path = join(dir, 'train.log');
      writeFileSync(path, '');
      const expected = Array.from({ length: 300 }, (_, i) => `step ${i} loss=${(1 / (i + 1)).toFixed(4)} ✓`);
      let written = 0;
      let done = false;
      // The writer appends lines in pieces, splitting lines (and the 3-byte ✓) across writes.
      const writer = (async () => {
        const bytes = Buffer.from(expected.map((l) => l + '\n').join(''));
        for (let pos = 0; pos < bytes.length;) {
          const n = 1 + ((pos * 7919) % 97);
          appendFileSync(path, bytes.subarray(pos, pos + n));
          pos += n;
          written = pos;
          if (pos % 5 === 0) await new Promise((r) => setTimeout(r, 1));
        }
        done = true;
      })();

      const first: StreamLine[] = [];
      for await (const l of host.stream(path, { pollMs: 20 })) {
        first.push(l);
        if (first.length === 120) break;
      }
      const resumeAt = first[first.length - 1]?.offset ?? 0;
      // A new host (for SSH: a new connection), resuming from the last offset seen.
      const again = await open();
      const rest: StreamLine[] = [];
      try {
        for await (const l of again.stream(path, { offset: resumeAt, pollMs: 20, until: () => done })) rest.push(l);
      } finally {
        await again.close();
      }
      await writer;
      expect(written).toBeGreaterThan(0);
      expect([...first, ...rest].map((l) => l.line)).toEqual(expected);
      // Offsets are byte positions just past each line.
      const all = [...first, ...rest];
      const text = readFileSync(path);
      all.forEach((l, i) => {
        const start = i === 0 ? 0 : (all[i - 1] as StreamLine).offset;
        expect(text.subarray(start, l.offset).toString('utf8')).toBe(l.line + '\n');
      });
      expect(all[all.length - 1]?.offset).toBe(text.length);
    });

    it('waits for a file that does not exist yet, yields a final unterminated line when done, and stops on abort', async () => {
      const path = join(dir, 'later.log');
      let done = false;
      setTimeout(() => writeFileSync(path, 'one\ntwo'), 150);
      setTimeout(() => (done = true), 400);
      const lines: string[] = [];
      for await (const l of host.stream(path, { pollMs: 20, until: () => done })) lines.push(l.line);
      expect(lines).toEqual(['one', 'two']);

      const ac = new AbortController();
      setTimeout(() => ac.abort(), 150);
      const started = Date.now();
      const none: string[] = [];
      for await (const l of host.stream(join(dir, 'never.log'), { pollMs: 20, signal: ac.signal })) none.push(l.line);
      expect(none).toEqual([]);
      expect(Date.now() - started).toBeLessThan(3000);
    });
  });

  describe('killGroup', () => {
    it('signals every process of a group and says whether the group existed', async () => {
      const r = await host.exec({
        script: 'setsid sh -c "sleep 300 & sleep 301 & wait" </dev/null >/dev/null 2>&1 & echo $!',
      });
      const pgid = Number(r.stdout.trim());
      expect(pgid).toBeGreaterThan(1);
      await new Promise((res) => setTimeout(res, 200));
      const members = (await host.exec({ script: `ps -o pid= -g ${pgid}` })).stdout.trim().split(/\s+/);
      expect(members.length).toBeGreaterThanOrEqual(3);
      expect(await host.killGroup(pgid, 'TERM')).toBe(true);
      await new Promise((res) => setTimeout(res, 300));
      for (const pid of members) expect(await processGone(host, pid)).toBe(true);
      // a group that never existed
      let unused = 4_000_000;
      while (existsSync(`/proc/${unused}`)) unused++;
      expect(await host.killGroup(unused, 'KILL')).toBe(false);
    });

    it('validates signal names and group ids', async () => {
      await expect(host.killGroup(1, 'TERM')).rejects.toThrow(TypeError);
      await expect(host.killGroup(0, 'TERM')).rejects.toThrow(TypeError);
      await expect(host.killGroup(12345, 'NOPE; rm -rf /')).rejects.toThrow(TypeError);
    });
  });

  it('closes idempotently, and refuses work afterwards', async () => {
    const h = await open();
    expect((await h.exec({ argv: ['true'] })).code).toBe(0);
    await h.close();
    await h.close();
    await expect(h.exec({ argv: ['true'] })).rejects.toMatchObject({ name: 'HostError' });
  });
});

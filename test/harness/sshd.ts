/**
 * Test harness: Debian's OpenSSH sshd started as our own process, on 127.0.0.1 and a free port, with its own
 * host keys, config, authorized_keys and client keys in a temp dir. Key-only auth (no passwords, no PAM).
 *
 * The sshd is killed by pid in `stop()`, on process exit, and by a small watchdog process if this process
 * dies without running its exit handlers (a crashed or SIGKILLed test worker), which also removes the temp dir.
 */
import { spawn, spawnSync, type ChildProcess, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, connect as netConnect } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { CONNECTION_DEFAULTS, type ConnectionSettings } from '../../src/core/host/connection.js';

export interface ClientKey {
  /** Private key file (mode 0600). */
  path: string;
  /** Private key text. */
  text: string;
  /** `ssh-ed25519 AAAA… comment` */
  publicLine: string;
  passphrase?: string;
}

export interface SshdOptions {
  /** Also give sshd an RSA host key (the server then offers both). */
  rsaHostKey?: boolean;
  /** sshd LogLevel; DEBUG1 shows every userauth request. Default VERBOSE. */
  logLevel?: 'INFO' | 'VERBOSE' | 'DEBUG1' | 'DEBUG2';
  /**
   * Set SHLVL=1 for sessions so Debian's bash does not source ~/.bashrc on every command (root's runs pyenv,
   * ≈150 ms). Default true; false measures the box as users have it.
   */
  cleanShell?: boolean;
  /** Environment for every session (one SetEnv line: sshd honours only the first). */
  sessionEnv?: Record<string, string>;
  /** Extra sshd_config lines. */
  extraConfig?: string[];
}

export interface SshdHarness {
  readonly host: '127.0.0.1';
  readonly port: number;
  readonly user: string;
  readonly dir: string;
  readonly pid: number;
  /** known_hosts line for the ed25519 host key: `[127.0.0.1]:PORT ssh-ed25519 AAAA…` */
  readonly hostKeyLine: string;
  /** `SHA256:…` of the ed25519 host key, as `ssh-keygen -lf` prints it. */
  readonly hostKeyFingerprint: string;
  readonly rsaHostKeyLine: string | undefined;
  readonly rsaHostKeyFingerprint: string | undefined;
  /** A host key this sshd does NOT have (for mismatch tests): known_hosts line and fingerprint. */
  readonly otherHostKeyLine: string;
  readonly otherHostKeyFingerprint: string;
  /** A known_hosts file holding hostKeyLine (and the rsa line when present). */
  readonly knownHostsFile: string;
  readonly clientKeys: {
    ed25519: ClientKey;
    ed25519Passphrase: ClientKey & { passphrase: string };
    rsa: ClientKey;
    /** A valid key that is NOT in authorized_keys. */
    stranger: ClientKey;
  };
  /** ConnectionSettings for this sshd: ed25519 key, pinned by known_hosts line. */
  settings(overrides?: Partial<ConnectionSettings>): ConnectionSettings;
  /** OpenSSH client arguments (before the command) for this sshd, or for a port forwarding to it. */
  sshArgs(key?: ClientKey, port?: number): string[];
  /** Run the OpenSSH client: `ssh -i key -o UserKnownHostsFile=… -p PORT root@127.0.0.1 CMD`. */
  ssh(
    command: string,
    options?: { key?: ClientKey; input?: string; timeoutMs?: number; port?: number },
  ): SpawnSyncReturns<string>;
  /** sshd's log so far (stderr, `-e`). */
  log(): string;
  stop(): Promise<void>;
}

function run(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr || r.error?.message}`);
  return r.stdout;
}

function keygen(path: string, type: 'ed25519' | 'rsa', passphrase = '', comment = 'tenant-test'): void {
  const bits = type === 'rsa' ? ['-b', '2048'] : [];
  run('ssh-keygen', ['-q', '-t', type, ...bits, '-N', passphrase, '-C', comment, '-f', path]);
}

function clientKey(path: string, passphrase?: string): ClientKey {
  return {
    path,
    text: readFileSync(path, 'utf8'),
    publicLine: readFileSync(`${path}.pub`, 'utf8').trim(),
    ...(passphrase !== undefined ? { passphrase } : {}),
  };
}

/** The `SHA256:…` token of `ssh-keygen -lf FILE`. */
function fingerprintOf(pubPath: string): string {
  const out = run('ssh-keygen', ['-lf', pubPath]);
  const fp = out.split(/\s+/)[1];
  if (!fp?.startsWith('SHA256:')) throw new Error(`unexpected ssh-keygen -lf output: ${out}`);
  return fp;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** Resolves once something on the port answers with an SSH banner. */
async function waitForBanner(port: number, child: ChildProcess, deadlineMs: number): Promise<void> {
  const start = Date.now();
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error('sshd exited during start-up');
    const ok = await new Promise<boolean>((resolve) => {
      const sock = netConnect({ host: '127.0.0.1', port });
      let buf = '';
      const done = (v: boolean): void => {
        sock.destroy();
        resolve(v);
      };
      sock.setTimeout(1000, () => done(false));
      sock.on('data', (d) => {
        buf += d.toString('latin1');
        if (buf.includes('\n')) done(buf.startsWith('SSH-2.0-'));
      });
      sock.on('error', () => done(false));
      sock.on('close', () => done(false));
    });
    if (ok) return;
    if (Date.now() - start > deadlineMs) throw new Error(`sshd did not accept connections on port ${port}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const live = new Set<number>();
let exitHookInstalled = false;
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const pid of live) {
      try {
        process.kill(pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
  });
}

function setEnvLine(options: SshdOptions): string[] {
  const env: Record<string, string> = {
    ...(options.cleanShell === false ? {} : { SHLVL: '1' }),
    ...options.sessionEnv,
  };
  const pairs = Object.entries(env).map(([k, v]) => {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(k) || /[\s"]/.test(v)) throw new Error(`unsupported session env ${k}=${v}`);
    return `${k}=${v}`;
  });
  return pairs.length > 0 ? [`SetEnv ${pairs.join(' ')}`] : [];
}

export async function startSshd(options: SshdOptions = {}): Promise<SshdHarness> {
  installExitHook();
  const dir = mkdtempSync(join(tmpdir(), 'tenant-sshd-'));
  const user = userInfo().username;
  keygen(join(dir, 'host_ed25519'), 'ed25519', '', 'host');
  if (options.rsaHostKey) keygen(join(dir, 'host_rsa'), 'rsa', '', 'host');
  keygen(join(dir, 'other_host_ed25519'), 'ed25519', '', 'other-host');
  keygen(join(dir, 'client_ed25519'), 'ed25519');
  const passphrase = 'correct horse battery staple';
  keygen(join(dir, 'client_ed25519_pass'), 'ed25519', passphrase);
  keygen(join(dir, 'client_rsa'), 'rsa');
  keygen(join(dir, 'client_stranger'), 'ed25519', '', 'stranger');
  const clientKeys = {
    ed25519: clientKey(join(dir, 'client_ed25519')),
    ed25519Passphrase: clientKey(join(dir, 'client_ed25519_pass'), passphrase) as ClientKey & { passphrase: string },
    rsa: clientKey(join(dir, 'client_rsa')),
    stranger: clientKey(join(dir, 'client_stranger')),
  };
  writeFileSync(
    join(dir, 'authorized_keys'),
    [clientKeys.ed25519, clientKeys.ed25519Passphrase, clientKeys.rsa].map((k) => k.publicLine).join('\n') + '\n',
    { mode: 0o600 },
  );
  // Privilege separation directory sshd insists on.
  mkdirSync('/run/sshd', { recursive: true, mode: 0o755 });

  let lastError: unknown;
  for (let attempt = 0; attempt < 5; attempt++) {
    const port = await freePort();
    const config = [
      `ListenAddress 127.0.0.1:${port}`,
      `HostKey ${join(dir, 'host_ed25519')}`,
      ...(options.rsaHostKey ? [`HostKey ${join(dir, 'host_rsa')}`] : []),
      `PidFile ${join(dir, 'sshd.pid')}`,
      `AuthorizedKeysFile ${join(dir, 'authorized_keys')}`,
      'PubkeyAuthentication yes',
      'PasswordAuthentication no',
      'KbdInteractiveAuthentication no',
      'HostbasedAuthentication no',
      'UsePAM no',
      'PermitRootLogin prohibit-password',
      `AllowUsers ${user}`,
      // the temp dir's parent (/tmp) is world-writable, which StrictModes rejects
      'StrictModes no',
      'UseDNS no',
      'MaxSessions 64',
      'MaxStartups 100:30:200',
      'Subsystem sftp /usr/lib/openssh/sftp-server',
      `LogLevel ${options.logLevel ?? 'VERBOSE'}`,
      ...setEnvLine(options),
      ...(options.extraConfig ?? []),
    ].join('\n');
    const configPath = join(dir, 'sshd_config');
    writeFileSync(configPath, config + '\n');
    const logPath = join(dir, 'sshd.log');
    writeFileSync(logPath, '');
    const logChunks: Buffer[] = [];
    const child = spawn('/usr/sbin/sshd', ['-D', '-e', '-f', configPath], { stdio: ['ignore', 'ignore', 'pipe'] });
    child.stderr?.on('data', (d: Buffer) => logChunks.push(d));
    const pid = child.pid;
    if (pid === undefined) throw new Error('could not start /usr/sbin/sshd');
    live.add(pid);
    // Watchdog: kills sshd if this process disappears without running its exit hook.
    const watchdog = spawn(
      'sh',
      [
        '-c',
        'while kill -0 "$1" 2>/dev/null && kill -0 "$2" 2>/dev/null; do sleep 1; done; ' +
          'if ! kill -0 "$1" 2>/dev/null; then kill "$2" 2>/dev/null; rm -rf -- "$3"; fi',
        'watchdog',
        String(process.pid),
        String(pid),
        dir,
      ],
      { stdio: 'ignore', detached: true },
    );
    watchdog.unref();
    const stop = async (): Promise<void> => {
      live.delete(pid);
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise<void>((r) => child.once('exit', () => r()));
        try {
          process.kill(pid, 'SIGTERM');
        } catch {
          // gone
        }
        await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
      }
      if (watchdog.pid !== undefined) {
        try {
          process.kill(watchdog.pid, 'SIGTERM');
        } catch {
          // gone
        }
      }
      rmSync(dir, { recursive: true, force: true });
    };
    try {
      await waitForBanner(port, child, 10_000);
    } catch (err) {
      lastError = new Error(`${String(err)}; sshd said: ${Buffer.concat(logChunks).toString('utf8')}`);
      live.delete(pid);
      try {
        process.kill(pid, 'SIGTERM');
      } catch {
        // gone
      }
      if (watchdog.pid !== undefined) {
        try {
          process.kill(watchdog.pid, 'SIGTERM');
        } catch {
          // gone
        }
      }
      continue; // most likely the port was taken between freePort() and bind
    }

    const pub = (name: string): string =>
      readFileSync(join(dir, `${name}.pub`), 'utf8')
        .trim()
        .split(/\s+/)
        .slice(0, 2)
        .join(' ');
    const hostName = `[127.0.0.1]:${port}`;
    const hostKeyLine = `${hostName} ${pub('host_ed25519')}`;
    const rsaHostKeyLine = options.rsaHostKey ? `${hostName} ${pub('host_rsa')}` : undefined;
    const knownHostsFile = join(dir, 'known_hosts');
    writeFileSync(knownHostsFile, [hostKeyLine, ...(rsaHostKeyLine ? [rsaHostKeyLine] : [])].join('\n') + '\n');

    const sshArgs = (key: ClientKey = clientKeys.ed25519, viaPort: number = port): string[] => [
      '-i',
      key.path,
      '-o',
      'IdentitiesOnly=yes',
      '-o',
      `UserKnownHostsFile=${knownHostsFile}`,
      '-o',
      'GlobalKnownHostsFile=/dev/null',
      '-o',
      'StrictHostKeyChecking=yes',
      '-o',
      'BatchMode=yes',
      '-o',
      'LogLevel=ERROR',
      '-F',
      '/dev/null',
      '-o',
      'HostKeyAlias=' + `[127.0.0.1]:${port}`,
      '-p',
      String(viaPort),
      `${user}@127.0.0.1`,
    ];
    const harness: SshdHarness = {
      host: '127.0.0.1',
      port,
      user,
      dir,
      pid,
      hostKeyLine,
      hostKeyFingerprint: fingerprintOf(join(dir, 'host_ed25519.pub')),
      rsaHostKeyLine,
      rsaHostKeyFingerprint: options.rsaHostKey ? fingerprintOf(join(dir, 'host_rsa.pub')) : undefined,
      otherHostKeyLine: `${hostName} ${pub('other_host_ed25519')}`,
      otherHostKeyFingerprint: fingerprintOf(join(dir, 'other_host_ed25519.pub')),
      knownHostsFile,
      clientKeys,
      settings: (overrides = {}) => ({
        profile: 'generic-ssh',
        host: '127.0.0.1',
        port,
        user,
        privateKey: clientKeys.ed25519.text,
        knownHosts: hostKeyLine,
        hostKeyPolicy: CONNECTION_DEFAULTS.hostKeyPolicy,
        connectTimeoutMs: 10_000,
        ...overrides,
      }),
      sshArgs,
      ssh: (command, opts = {}) =>
        spawnSync('ssh', [...sshArgs(opts.key, opts.port), command], {
          encoding: 'utf8',
          input: opts.input ?? '',
          timeout: opts.timeoutMs ?? 30_000,
        }),
      log: () => Buffer.concat(logChunks).toString('utf8'),
      stop,
    };
    return harness;
  }
  rmSync(dir, { recursive: true, force: true });
  throw lastError instanceof Error ? lastError : new Error('could not start sshd');
}

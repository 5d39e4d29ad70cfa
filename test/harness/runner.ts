/**
 * Runs a script the way the GitHub runner runs an action: inputs as INPUT_<NAME> env vars, and
 * GITHUB_OUTPUT / GITHUB_STATE / GITHUB_STEP_SUMMARY / GITHUB_ENV as files that exist beforehand. The post
 * phase is run with the state the main phase saved (STATE_<name> env vars), as the runner does.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RunnerResult {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  state: Record<string, string>;
  summary: string;
  /** Directory holding the runner files and RUNNER_TEMP. */
  dir: string;
}

export interface RunnerOptions {
  inputs?: Record<string, string>;
  /** State saved by an earlier phase (STATE_* env). */
  state?: Record<string, string>;
  env?: Record<string, string>;
  /** Node binary (default: this process's). */
  node?: string;
  /** Extra node flags (e.g. ['--import', 'tsx']). */
  nodeArgs?: string[];
  cwd?: string;
  timeoutMs?: number;
  /** Signal sent at timeoutMs (default SIGKILL); SIGINT is what the runner sends a cancelled step first. SIGKILL follows 10 s later. */
  killSignal?: NodeJS.Signals;
  /** Send killSignal as soon as stdout matches this (instead of waiting for timeoutMs). */
  killOn?: RegExp;
  dir?: string;
}

/** Parses the `name<<DELIM\nvalue\nDELIM` blocks (and legacy `name=value` lines) of a runner file. */
export function parseCommandFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delim] = heredoc as unknown as [string, string, string];
      const value: string[] = [];
      i++;
      while (i < lines.length && lines[i] !== delim) value.push(lines[i++] ?? '');
      out[name] = value.join('\n');
    } else if (line.includes('=')) {
      const at = line.indexOf('=');
      out[line.slice(0, at)] = line.slice(at + 1);
    }
  }
  return out;
}

function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

export async function runLikeRunner(script: string, options: RunnerOptions = {}): Promise<RunnerResult> {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'tenant-runner-'));
  const files = {
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STATE: join(dir, 'state'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
    GITHUB_ENV: join(dir, 'env'),
  };
  for (const f of Object.values(files)) writeFileSync(f, '');
  const runnerTemp = join(dir, 'runner-temp');
  mkdirSync(runnerTemp, { recursive: true });
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? '/root',
    GITHUB_ACTIONS: 'true',
    RUNNER_TEMP: runnerTemp,
    GITHUB_WORKSPACE: options.cwd ?? process.cwd(),
    ...files,
    ...options.env,
  };
  for (const [k, v] of Object.entries(options.inputs ?? {})) env[inputEnvName(k)] = v;
  for (const [k, v] of Object.entries(options.state ?? {})) env[`STATE_${k}`] = v;

  const child = spawn(options.node ?? process.execPath, [...(options.nodeArgs ?? []), script], {
    cwd: options.cwd ?? process.cwd(),
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  let hard: NodeJS.Timeout | undefined;
  const kill = (): void => {
    if (hard) return;
    child.kill(options.killSignal ?? 'SIGKILL');
    hard = setTimeout(() => child.kill('SIGKILL'), 10_000);
  };
  child.stdout.on('data', (d: Buffer) => {
    stdout += d.toString();
    if (options.killOn?.test(stdout)) kill();
  });
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const timer = setTimeout(kill, options.timeoutMs ?? 60_000);
  const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
  clearTimeout(timer);
  clearTimeout(hard);
  return {
    code,
    stdout,
    stderr,
    outputs: parseCommandFile(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
    state: parseCommandFile(readFileSync(files.GITHUB_STATE, 'utf8')),
    summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
    dir,
  };
}

let node24Path: string | undefined;

/**
 * The Node 24 binary (the runtime `node24` actions get), fetched once from the npm registry by
 * scripts/fetch-node24.sh into .cache/. The tests' own Node (process.execPath) is the machine's Node 20.
 */
export function node24(): string {
  if (node24Path) return node24Path;
  const res = spawnSync('bash', ['scripts/fetch-node24.sh'], { encoding: 'utf8' });
  if (res.status !== 0) throw new Error(`scripts/fetch-node24.sh failed: ${res.stderr}`);
  node24Path = res.stdout.trim().split('\n').pop() ?? '';
  return node24Path;
}

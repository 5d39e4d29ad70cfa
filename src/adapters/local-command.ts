/**
 * Runs the user's `verify-command` on the runner for one checkpoint: `bash -c COMMAND tenant-verify PATH`
 * (so the path is $1 and never spliced into the command text), with TENANT_CHECKPOINT and TENANT_CHECKPOINT_REL
 * set, in its own process group so a timeout stops everything it started.
 */
import { spawn } from 'node:child_process';
import { dirname } from 'node:path';
import type { CheckRunner, CommandOutcome } from '../core/transfer/checkpoint-check.js';

const KEEP_OUTPUT = 16 * 1024;

export function localCheckRunner(cwd: string): CheckRunner {
  return (command, absolutePath, rel, timeoutMs) =>
    new Promise<CommandOutcome>((resolve) => {
      let output = '';
      const keep = (d: Buffer): void => {
        output = (output + d.toString('utf8')).slice(-KEEP_OUTPUT);
      };
      const child = spawn('bash', ['-c', command, 'tenant-verify', absolutePath], {
        cwd: cwd || dirname(absolutePath),
        env: { ...process.env, TENANT_CHECKPOINT: absolutePath, TENANT_CHECKPOINT_REL: rel },
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
      });
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        try {
          if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
        } catch {
          // gone
        }
      }, timeoutMs);
      child.stdout.on('data', keep);
      child.stderr.on('data', keep);
      child.on('error', (err) => {
        clearTimeout(timer);
        resolve({ code: 127, timedOut: false, output: `could not run bash: ${err.message}` });
      });
      child.on('close', (code) => {
        clearTimeout(timer);
        resolve({ code, timedOut, output });
      });
    });
}

/**
 * The session file: how `launch` hands a box and a run to the actions after it (design §9). Versioned,
 * validated with zod, and never holding a secret: no key, passphrase or env value is in its schema, and
 * unknown keys are stripped on write.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { ConfigurationError } from '../errors.js';

export const SESSION_ENV = 'TENANT_SESSION' as const;
export const SESSION_VERSION = 1 as const;

export const pulledRecordSchema = z.object({
  at: z.string(),
  manifestSha256: z.string().regex(/^[0-9a-f]{64}$/),
  files: z.number().int().nonnegative(),
  bytes: z.number().int().nonnegative(),
  remotePaths: z.array(z.string()),
  verified: z.boolean(),
});

export const sessionSchema = z.object({
  version: z.literal(SESSION_VERSION),
  profile: z.string(),
  connection: z
    .object({
      host: z.string(),
      port: z.number().int().min(1).max(65535),
      user: z.string(),
      /** The host key seen and accepted, as an OpenSSH SHA256 fingerprint: downstream actions pin it. */
      hostKeyFingerprint: z.string().regex(/^SHA256:[A-Za-z0-9+/]+=*$/),
    })
    .nullable(),
  run: z
    .object({
      runId: z.string(),
      remoteDir: z.string(),
      workdir: z.string(),
      checkpointDir: z.string(),
      logPath: z.string(),
      pgid: z.number().int().nullable(),
      command: z.string(),
      startedAt: z.string(),
    })
    .nullable(),
  pulls: z.array(pulledRecordSchema),
});

export type Session = z.infer<typeof sessionSchema>;
export type PulledRecord = z.infer<typeof pulledRecordSchema>;

export function emptySession(profile: string): Session {
  return { version: SESSION_VERSION, profile, connection: null, run: null, pulls: [] };
}

/** Where the session lives: `$TENANT_SESSION` when set, else `$RUNNER_TEMP/tenant/session.json`. */
export function sessionPath(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env[SESSION_ENV]) return env[SESSION_ENV];
  if (env.RUNNER_TEMP) return join(env.RUNNER_TEMP, 'tenant', 'session.json');
  return undefined;
}

export function readSession(path: string): Session | undefined {
  if (!existsSync(path)) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new ConfigurationError(
      `session file ${path} is not valid JSON (${(err as Error).message}); run launch again`,
      SESSION_ENV,
    );
  }
  const parsed = sessionSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') || '(root)';
    throw new ConfigurationError(
      `session file ${path} is not a tenant v${SESSION_VERSION} session (${where}: ${issue?.message}); run launch again`,
      SESSION_ENV,
    );
  }
  return parsed.data;
}

/** Atomic write (tmp + rename), mode 0600. Returns the path written. */
export function writeSession(path: string, session: Session): string {
  const clean = sessionSchema.parse(session);
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(clean, null, 2) + '\n', { mode: 0o600 });
  renameSync(tmp, path);
  return path;
}

import { z } from 'zod';

/**
 * The shape of `profiles/<id>.yml`: the single source of truth for platform facts. `profiles/schema.json` is
 * generated from this file (`npm run profiles:schema`), the loader validates against it, and `Profile` is the
 * type every other module reads.
 *
 * Rule: every fact is an object that carries its `value` (or, for list items, its fields) together with
 * `source` (file and section it came from) and `verified` (the month it was last checked). Every object is
 * strict: an unknown key is an error, so a misspelt field cannot silently fall back to a default.
 */

export const SOURCE_REQUIRED = 'required — every fact needs the seed file and section it came from';
export const VERIFIED_REQUIRED = 'required — every fact needs the month (YYYY-MM) it was last verified';

/** Where a fact came from, e.g. `seed/remote-gpu-trainer/profiles/autodl.md §2 Storage`. */
export const SourceSchema = z
  .string({
    error: (issue) => (issue.input === undefined ? SOURCE_REQUIRED : 'must be a string naming a file and section'),
  })
  .min(5, {
    error: 'too short: name the file and the section, e.g. "seed/remote-gpu-trainer/profiles/autodl.md §2 Storage"',
  })
  .regex(/§/, { error: 'must name the section it came from with "§", e.g. "…/autodl.md §2 Storage"' })
  .meta({
    id: 'ProfileFactSource',
    description:
      'The file and section the fact came from, e.g. "seed/remote-gpu-trainer/profiles/autodl.md §2 Storage". ' +
      'Paths are relative to the shared/ folder. When the value is null (unknown), say here why.',
  });

/** The month a fact was last checked against its source: `YYYY-MM`. */
export const MonthSchema = z
  .string({
    error: (issue) => (issue.input === undefined ? VERIFIED_REQUIRED : 'must be a quoted month string "YYYY-MM"'),
  })
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'must be a month "YYYY-MM", e.g. "2026-06"' })
  .meta({ id: 'ProfileFactMonth', description: 'The month (YYYY-MM) the fact was last verified against its source.' });

const Note = z.string().min(1).describe('Free text: caveats, wording of the source, why a value was chosen.');

/** The fields every fact carries besides its value. */
const provenance = { source: SourceSchema, verified: MonthSchema, note: Note.optional() };

/** A single value with its provenance. `null` values mean "unknown / not stated" (the source says why). */
export function fact<T extends z.ZodType>(value: T) {
  return z.strictObject({ value, ...provenance });
}

const Slug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'must be lower-case kebab-case, e.g. "china-matpool"' });

/**
 * A path on the box. Absolute, or starting with a placeholder: `~`, `$HOME`, `$VAR`, `${VAR}`, `<name>`.
 * Placeholders stand for one path segment (`$HOME`/`~` for the home directory); queries keep them as written.
 */
export const BoxPathSchema = z
  .string()
  .regex(/^(\/|~|\$\{?[A-Za-z_][A-Za-z0-9_]*\}?|<[a-z0-9-]+>)/, {
    error: 'must be an absolute path or start with ~, $VAR, ${VAR} or <placeholder>',
  })
  .meta({
    id: 'ProfileBoxPath',
    description: 'A path on the box: absolute, or starting with ~, $VAR, ${VAR} or <placeholder>.',
  });

export const PROFILE_KINDS = ['ssh-rental', 'cloud-api', 'ssh', 'slurm', 'kubernetes', 'local'] as const;
export const LOSS_EVENTS = ['stop', 'destroy', 'restart', 'session-end'] as const;
export const DETACH_PRIMITIVES = [
  'tmux',
  'setsid',
  'nohup',
  'screen',
  'sbatch',
  'kubectl-job',
  'onstart-hook',
] as const;
export const TOOL_PRESENCE = [
  'preinstalled',
  'auto-attached',
  'often-absent',
  'install-required',
  'host-dependent',
  'absent',
] as const;
export const PORT_STYLES = ['fixed-22', 'mapped-per-instance', 'provider-assigned', 'none'] as const;
export const PORT_CHANGE_EVENTS = ['recreate', 'reset', 'restart', 'relaunch', 'migration', 'never'] as const;
export const CLOCK_TRIGGERS = [
  'stopped',
  'running',
  'idle',
  'balance-low',
  'balance-zero',
  'rental-end',
  'walltime',
  'session',
] as const;
export const SIGNALS = ['TERM', 'KILL'] as const;
export const CREDENTIAL_INJECTION = ['stdin-stream', 'platform-env-at-create', 'k8s-secret', 'runner-env'] as const;

export const SshFlavorSchema = z
  .strictObject({
    id: Slug,
    transport: z.enum(['direct-tcp', 'proxied']),
    isDefault: z.boolean().describe('What a fresh instance gets without asking.'),
    scp: z.boolean().nullable(),
    rsync: z.boolean().nullable().describe('null: the source does not say.'),
    requires: z.array(z.string().min(1)).describe('Preconditions, as the source states them.'),
    ...provenance,
  })
  .meta({ id: 'ProfileSshFlavor' });

export const MountSchema = z
  .strictObject({
    path: BoxPathSchema,
    name: z.string().min(1).describe("The platform's name for this storage tier."),
    survivesStop: fact(z.boolean().nullable()).describe('Data kept across the platform stop (and start again).'),
    survivesDestroy: fact(z.boolean().nullable()).describe(
      'Data kept after the instance is destroyed/released/terminated.',
    ),
    billedWhileStopped: fact(z.boolean().nullable()),
    ...provenance,
  })
  .meta({
    id: 'ProfileMount',
    description: 'A storage tier: its mount path and what it survives. `source` is for the path.',
  });

export const VolatileSchema = z
  .strictObject({
    path: BoxPathSchema,
    lostOn: z.array(z.enum(LOSS_EVENTS)).min(1),
    note: Note,
    source: SourceSchema,
    verified: MonthSchema,
  })
  .meta({ id: 'ProfileVolatilePath', description: 'A path whose contents are lost on the listed events.' });

export const DangerClockSchema = z
  .strictObject({
    id: Slug,
    trigger: z.enum(CLOCK_TRIGGERS),
    afterSeconds: z
      .number()
      .int()
      .nonnegative()
      .nullable()
      .describe('null: the clock exists but its length is not stated.'),
    effect: z.string().min(1),
    ...provenance,
  })
  .meta({ id: 'ProfileDangerClock' });

export const TerminationSchema = z
  .strictObject({
    signal: z.enum(SIGNALS).describe('What the training process receives first when the platform interrupts it.'),
    graceSeconds: z.number().nonnegative().describe('Seconds between that signal and SIGKILL (0 = abrupt).'),
    ...provenance,
  })
  .meta({ id: 'ProfileTermination' });

export const ContradictionSchema = z
  .strictObject({
    field: z.string().min(1).describe('The profile field the disagreement is about.'),
    claims: z
      .array(z.strictObject({ says: z.string().min(1), source: SourceSchema }))
      .min(2)
      .describe('What each source says.'),
    chosen: z.string().min(1).describe('What this profile uses, and why.'),
    source: SourceSchema,
    verified: MonthSchema,
  })
  .meta({ id: 'ProfileContradiction' });

const StringList = z.array(z.string().min(1));

export const ProfileSchema = z
  .strictObject({
    schemaVersion: z.literal(1),
    id: Slug.describe('Equal to the file name without .yml.'),
    name: z.string().min(1),
    kind: z.enum(PROFILE_KINDS),
    summary: z.string().min(1).describe('One line: what this platform is.'),
    ssh: z.strictObject({
      defaultUser: fact(z.string().min(1).nullable()),
      portStyle: fact(z.enum(PORT_STYLES)),
      portChangesOn: fact(z.array(z.enum(PORT_CHANGE_EVENTS)).nullable()),
      connection: fact(z.string().min(1).nullable()).describe('The connection string as the source writes it.'),
      jump: fact(z.string().min(1).nullable()).describe(
        'Proxy / jump-host specifics; null when connections are direct.',
      ),
      flavors: z.array(SshFlavorSchema),
    }),
    tools: z.strictObject({
      rsync: fact(z.enum(TOOL_PRESENCE).nullable()),
      tmux: fact(z.enum(TOOL_PRESENCE).nullable()),
    }),
    storage: z.strictObject({
      mounts: z.array(MountSchema).min(1),
      volatile: z.array(VolatileSchema),
      checkpointDir: fact(BoxPathSchema).describe(
        'Where a run writes checkpoints so they survive kills, restarts and stops.',
      ),
      checkpointDirRequires: fact(z.string().min(1).nullable()).describe(
        'Precondition for checkpointDir to be durable.',
      ),
      archiveDir: fact(BoxPathSchema.nullable()).describe(
        'An on-box dir that outlives destroy; null when only off-box copies do.',
      ),
      codeDir: fact(BoxPathSchema.nullable()).describe('Where code is pushed and runs live (<codeDir>/.tenant/runs).'),
    }),
    detach: z.strictObject({
      primitives: fact(z.array(z.enum(DETACH_PRIMITIVES)).min(1)).describe('In order of preference.'),
      survivesRestart: fact(z.boolean().nullable()).describe('Whether a detached run survives an instance restart.'),
      relaunchHook: fact(z.string().min(1).nullable()).describe('A hook the platform re-runs on every start.'),
    }),
    lifecycle: z.strictObject({
      meterStop: z.strictObject({
        verb: fact(z.string().min(1).nullable()).describe(
          "The platform's own word for the action that stops the GPU meter.",
        ),
        irreversible: fact(z.boolean().nullable()),
        stillBilled: fact(z.string().min(1).nullable()).describe('What keeps billing after that action.'),
      }),
      zeroBilling: fact(StringList).describe('Every action needed before nothing bills any more.'),
      dangerClocks: z.array(DangerClockSchema),
    }),
    preemption: z.strictObject({
      spot: fact(z.boolean()),
      termination: TerminationSchema,
      warning: fact(z.string().min(1).nullable()).describe(
        'Advance notice that can be requested, e.g. Slurm --signal.',
      ),
      resume: fact(z.string().min(1).nullable()),
    }),
    network: z.strictObject({
      behindGfw: fact(z.boolean().nullable()),
      proxyHook: fact(z.string().min(1).nullable()).describe('A shell line to run before any network call.'),
      proxyWhitelist: fact(StringList.nullable()),
      mirrors: fact(z.record(z.string(), z.string())).describe('Env name → mirror URL, e.g. HF_ENDPOINT.'),
      env: fact(z.record(z.string(), z.string())).describe('Other env a job on this platform should export.'),
    }),
    credentials: z.strictObject({
      platformApiKeyEnv: fact(z.string().min(1).nullable()),
      jobSecretEnvs: fact(StringList),
      injection: fact(z.enum(CREDENTIAL_INJECTION)),
      credFile: fact(z.string().min(1).nullable()),
      forbiddenLocations: fact(StringList),
    }),
    contradictions: z.array(ContradictionSchema),
  })
  .superRefine((p, ctx) => {
    const seen = new Map<string, number>();
    p.storage.mounts.forEach((m, i) => {
      const prior = seen.get(m.path);
      if (prior !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['storage', 'mounts', i, 'path'],
          message: `duplicate mount path '${m.path}' (also storage.mounts[${prior}])`,
        });
      }
      seen.set(m.path, i);
    });
    const clocks = new Set<string>();
    p.lifecycle.dangerClocks.forEach((c, i) => {
      if (clocks.has(c.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['lifecycle', 'dangerClocks', i, 'id'],
          message: `duplicate clock id '${c.id}'`,
        });
      }
      clocks.add(c.id);
    });
  })
  .meta({
    id: 'TenantProfile',
    title: 'tenant platform profile',
    description:
      'Facts about one GPU platform; every fact carries source and verified. Generated from src/core/profiles/schema.ts.',
  });

export type Profile = z.infer<typeof ProfileSchema>;
export type Mount = z.infer<typeof MountSchema>;
export type VolatileEntry = z.infer<typeof VolatileSchema>;
export type DangerClock = z.infer<typeof DangerClockSchema>;
export type Termination = z.infer<typeof TerminationSchema>;
export type LossEvent = (typeof LOSS_EVENTS)[number];
export type DetachPrimitive = (typeof DETACH_PRIMITIVES)[number];
/** Any fact: a value with its provenance. */
export interface Fact<T> {
  value: T;
  source: string;
  verified: string;
  note?: string | undefined;
}

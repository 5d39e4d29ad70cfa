export const id = 900;
export const ids = [900];
export const modules = {

/***/ 9750:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ formatFieldPath)
/* harmony export */ });
/** `['storage', 'mounts', 1, 'survivesStop']` → `storage.mounts[1].survivesStop` */
function formatFieldPath(path) {
    let out = '';
    for (const seg of path) {
        if (typeof seg === 'number')
            out += `[${seg}]`;
        else
            out += out ? `.${String(seg)}` : String(seg);
    }
    return out || '(top level)';
}


/***/ }),

/***/ 3900:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Z3: () => (/* reexport */ locate/* PROFILES_DIR_ENV */.Z3),
  a5: () => (/* binding */ loadAllProfiles),
  iH: () => (/* binding */ loadProfile),
  loadProfileFile: () => (/* binding */ loadProfileFile)
});

// UNUSED EXPORTS: clearProfileCache, formatFieldPath, listProfileIds, parseProfile, profileDirs, profileFile

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ../../node_modules/yaml/dist/index.js
var dist = __webpack_require__(3483);
// EXTERNAL MODULE: ../../src/core/errors.ts
var errors = __webpack_require__(7322);
// EXTERNAL MODULE: ../../src/core/package-root.ts
var package_root = __webpack_require__(2182);
// EXTERNAL MODULE: ../../src/core/profiles/field-path.ts
var field_path = __webpack_require__(9750);
// EXTERNAL MODULE: ../../src/core/profiles/locate.ts
var locate = __webpack_require__(652);
// EXTERNAL MODULE: ../../src/core/profiles/prevalidated.ts
var prevalidated = __webpack_require__(1771);
// EXTERNAL MODULE: ../../node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8476);
;// CONCATENATED MODULE: ../../src/core/profiles/schema.ts

/**
 * The shape of `profiles/<id>.yml`: the single source of truth for platform facts. `profiles/schema.json` is
 * generated from this file (`npm run profiles:schema`), the loader validates against it, and `Profile` is the
 * type every other module reads.
 *
 * Rule: every fact is an object that carries its `value` (or, for list items, its fields) together with
 * `source` (file and section it came from) and `verified` (the month it was last checked). Every object is
 * strict: an unknown key is an error, so a misspelt field cannot silently fall back to a default.
 */
const SOURCE_REQUIRED = 'required — every fact needs the seed file and section it came from';
const VERIFIED_REQUIRED = 'required — every fact needs the month (YYYY-MM) it was last verified';
/** Where a fact came from, e.g. `seed/remote-gpu-trainer/profiles/autodl.md §2 Storage`. */
const SourceSchema = schemas/* string */.YjP({
    error: (issue) => (issue.input === undefined ? SOURCE_REQUIRED : 'must be a string naming a file and section'),
})
    .min(5, {
    error: 'too short: name the file and the section, e.g. "seed/remote-gpu-trainer/profiles/autodl.md §2 Storage"',
})
    .regex(/§/, { error: 'must name the section it came from with "§", e.g. "…/autodl.md §2 Storage"' })
    .meta({
    id: 'ProfileFactSource',
    description: 'The file and section the fact came from, e.g. "seed/remote-gpu-trainer/profiles/autodl.md §2 Storage". ' +
        'Paths are relative to the shared/ folder. When the value is null (unknown), say here why.',
});
/** The month a fact was last checked against its source: `YYYY-MM`. */
const MonthSchema = schemas/* string */.YjP({
    error: (issue) => (issue.input === undefined ? VERIFIED_REQUIRED : 'must be a quoted month string "YYYY-MM"'),
})
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'must be a month "YYYY-MM", e.g. "2026-06"' })
    .meta({ id: 'ProfileFactMonth', description: 'The month (YYYY-MM) the fact was last verified against its source.' });
const Note = schemas/* string */.YjP().min(1).describe('Free text: caveats, wording of the source, why a value was chosen.');
/** The fields every fact carries besides its value. */
const provenance = { source: SourceSchema, verified: MonthSchema, note: Note.optional() };
/** A single value with its provenance. `null` values mean "unknown / not stated" (the source says why). */
function fact(value) {
    return schemas/* strictObject */.rej({ value, ...provenance });
}
const Slug = schemas/* string */.YjP()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'must be lower-case kebab-case, e.g. "china-matpool"' });
/**
 * A path on the box. Absolute, or starting with a placeholder: `~`, `$HOME`, `$VAR`, `${VAR}`, `<name>`.
 * Placeholders stand for one path segment (`$HOME`/`~` for the home directory); queries keep them as written.
 */
const BoxPathSchema = schemas/* string */.YjP()
    .regex(/^(\/|~|\$\{?[A-Za-z_][A-Za-z0-9_]*\}?|<[a-z0-9-]+>)/, {
    error: 'must be an absolute path or start with ~, $VAR, ${VAR} or <placeholder>',
})
    .meta({
    id: 'ProfileBoxPath',
    description: 'A path on the box: absolute, or starting with ~, $VAR, ${VAR} or <placeholder>.',
});
const PROFILE_KINDS = ['ssh-rental', 'cloud-api', 'ssh', 'slurm', 'kubernetes', 'local'];
const LOSS_EVENTS = ['stop', 'destroy', 'restart', 'session-end'];
const DETACH_PRIMITIVES = [
    'tmux',
    'setsid',
    'nohup',
    'screen',
    'sbatch',
    'kubectl-job',
    'onstart-hook',
];
const TOOL_PRESENCE = [
    'preinstalled',
    'auto-attached',
    'often-absent',
    'install-required',
    'host-dependent',
    'absent',
];
const PORT_STYLES = ['fixed-22', 'mapped-per-instance', 'provider-assigned', 'none'];
const PORT_CHANGE_EVENTS = ['recreate', 'reset', 'restart', 'relaunch', 'migration', 'never'];
const CLOCK_TRIGGERS = [
    'stopped',
    'running',
    'idle',
    'balance-low',
    'balance-zero',
    'rental-end',
    'walltime',
    'session',
];
const SIGNALS = ['TERM', 'KILL'];
const CREDENTIAL_INJECTION = ['stdin-stream', 'platform-env-at-create', 'k8s-secret', 'runner-env'];
const SshFlavorSchema = schemas/* strictObject */.rej({
    id: Slug,
    transport: schemas/* enum */.k5n(['direct-tcp', 'proxied']),
    isDefault: schemas/* boolean */.zMY().describe('What a fresh instance gets without asking.'),
    scp: schemas/* boolean */.zMY().nullable(),
    rsync: schemas/* boolean */.zMY().nullable().describe('null: the source does not say.'),
    requires: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).describe('Preconditions, as the source states them.'),
    ...provenance,
})
    .meta({ id: 'ProfileSshFlavor' });
const MountSchema = schemas/* strictObject */.rej({
    path: BoxPathSchema,
    name: schemas/* string */.YjP().min(1).describe("The platform's name for this storage tier."),
    survivesStop: fact(schemas/* boolean */.zMY().nullable()).describe('Data kept across the platform stop (and start again).'),
    survivesDestroy: fact(schemas/* boolean */.zMY().nullable()).describe('Data kept after the instance is destroyed/released/terminated.'),
    billedWhileStopped: fact(schemas/* boolean */.zMY().nullable()),
    ...provenance,
})
    .meta({
    id: 'ProfileMount',
    description: 'A storage tier: its mount path and what it survives. `source` is for the path.',
});
const VolatileSchema = schemas/* strictObject */.rej({
    path: BoxPathSchema,
    lostOn: schemas/* array */.YOg(schemas/* enum */.k5n(LOSS_EVENTS)).min(1),
    note: Note,
    source: SourceSchema,
    verified: MonthSchema,
})
    .meta({ id: 'ProfileVolatilePath', description: 'A path whose contents are lost on the listed events.' });
const DangerClockSchema = schemas/* strictObject */.rej({
    id: Slug,
    trigger: schemas/* enum */.k5n(CLOCK_TRIGGERS),
    afterSeconds: schemas/* number */.aig()
        .int()
        .nonnegative()
        .nullable()
        .describe('null: the clock exists but its length is not stated.'),
    effect: schemas/* string */.YjP().min(1),
    ...provenance,
})
    .meta({ id: 'ProfileDangerClock' });
const TerminationSchema = schemas/* strictObject */.rej({
    signal: schemas/* enum */.k5n(SIGNALS).describe('What the training process receives first when the platform interrupts it.'),
    graceSeconds: schemas/* number */.aig().nonnegative().describe('Seconds between that signal and SIGKILL (0 = abrupt).'),
    ...provenance,
})
    .meta({ id: 'ProfileTermination' });
const ContradictionSchema = schemas/* strictObject */.rej({
    field: schemas/* string */.YjP().min(1).describe('The profile field the disagreement is about.'),
    claims: schemas/* array */.YOg(schemas/* strictObject */.rej({ says: schemas/* string */.YjP().min(1), source: SourceSchema }))
        .min(2)
        .describe('What each source says.'),
    chosen: schemas/* string */.YjP().min(1).describe('What this profile uses, and why.'),
    source: SourceSchema,
    verified: MonthSchema,
})
    .meta({ id: 'ProfileContradiction' });
const StringList = schemas/* array */.YOg(schemas/* string */.YjP().min(1));
const ProfileSchema = schemas/* strictObject */.rej({
    schemaVersion: schemas/* literal */.euz(1),
    id: Slug.describe('Equal to the file name without .yml.'),
    name: schemas/* string */.YjP().min(1),
    kind: schemas/* enum */.k5n(PROFILE_KINDS),
    summary: schemas/* string */.YjP().min(1).describe('One line: what this platform is.'),
    ssh: schemas/* strictObject */.rej({
        defaultUser: fact(schemas/* string */.YjP().min(1).nullable()),
        portStyle: fact(schemas/* enum */.k5n(PORT_STYLES)),
        portChangesOn: fact(schemas/* array */.YOg(schemas/* enum */.k5n(PORT_CHANGE_EVENTS)).nullable()),
        connection: fact(schemas/* string */.YjP().min(1).nullable()).describe('The connection string as the source writes it.'),
        jump: fact(schemas/* string */.YjP().min(1).nullable()).describe('Proxy / jump-host specifics; null when connections are direct.'),
        flavors: schemas/* array */.YOg(SshFlavorSchema),
    }),
    tools: schemas/* strictObject */.rej({
        rsync: fact(schemas/* enum */.k5n(TOOL_PRESENCE).nullable()),
        tmux: fact(schemas/* enum */.k5n(TOOL_PRESENCE).nullable()),
    }),
    storage: schemas/* strictObject */.rej({
        mounts: schemas/* array */.YOg(MountSchema).min(1),
        volatile: schemas/* array */.YOg(VolatileSchema),
        checkpointDir: fact(BoxPathSchema).describe('Where a run writes checkpoints so they survive kills, restarts and stops.'),
        checkpointDirRequires: fact(schemas/* string */.YjP().min(1).nullable()).describe('Precondition for checkpointDir to be durable.'),
        archiveDir: fact(BoxPathSchema.nullable()).describe('An on-box dir that outlives destroy; null when only off-box copies do.'),
        codeDir: fact(BoxPathSchema.nullable()).describe('Where code is pushed and runs live (<codeDir>/.tenant/runs).'),
    }),
    detach: schemas/* strictObject */.rej({
        primitives: fact(schemas/* array */.YOg(schemas/* enum */.k5n(DETACH_PRIMITIVES)).min(1)).describe('In order of preference.'),
        survivesRestart: fact(schemas/* boolean */.zMY().nullable()).describe('Whether a detached run survives an instance restart.'),
        relaunchHook: fact(schemas/* string */.YjP().min(1).nullable()).describe('A hook the platform re-runs on every start.'),
    }),
    lifecycle: schemas/* strictObject */.rej({
        meterStop: schemas/* strictObject */.rej({
            verb: fact(schemas/* string */.YjP().min(1).nullable()).describe("The platform's own word for the action that stops the GPU meter."),
            irreversible: fact(schemas/* boolean */.zMY().nullable()),
            stillBilled: fact(schemas/* string */.YjP().min(1).nullable()).describe('What keeps billing after that action.'),
        }),
        zeroBilling: fact(StringList).describe('Every action needed before nothing bills any more.'),
        dangerClocks: schemas/* array */.YOg(DangerClockSchema),
    }),
    preemption: schemas/* strictObject */.rej({
        spot: fact(schemas/* boolean */.zMY()),
        termination: TerminationSchema,
        warning: fact(schemas/* string */.YjP().min(1).nullable()).describe('Advance notice that can be requested, e.g. Slurm --signal.'),
        resume: fact(schemas/* string */.YjP().min(1).nullable()),
    }),
    network: schemas/* strictObject */.rej({
        behindGfw: fact(schemas/* boolean */.zMY().nullable()),
        proxyHook: fact(schemas/* string */.YjP().min(1).nullable()).describe('A shell line to run before any network call.'),
        proxyWhitelist: fact(StringList.nullable()),
        mirrors: fact(schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP())).describe('Env name → mirror URL, e.g. HF_ENDPOINT.'),
        env: fact(schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP())).describe('Other env a job on this platform should export.'),
    }),
    credentials: schemas/* strictObject */.rej({
        platformApiKeyEnv: fact(schemas/* string */.YjP().min(1).nullable()),
        jobSecretEnvs: fact(StringList),
        injection: fact(schemas/* enum */.k5n(CREDENTIAL_INJECTION)),
        credFile: fact(schemas/* string */.YjP().min(1).nullable()),
        forbiddenLocations: fact(StringList),
    }),
    contradictions: schemas/* array */.YOg(ContradictionSchema),
})
    .superRefine((p, ctx) => {
    const seen = new Map();
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
    const clocks = new Set();
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
    description: 'Facts about one GPU platform; every fact carries source and verified. Generated from src/core/profiles/schema.ts.',
});

;// CONCATENATED MODULE: ../../src/core/profiles/loader.ts











const EXT = locate/* PROFILE_EXT */.a$;
const cache = new Map();
/** Forget every parsed profile (tests that rewrite fixture files in place). */
function clearProfileCache() {
    cache.clear();
}
/** Loads and validates one profile (cached by file, re-read when the file changes). */
function loadProfile(id, opts = {}) {
    return loadProfileFile((0,locate/* requireProfileFile */.xv)(id, opts));
}
/** Loads every profile, sorted by id. Throws on the first invalid file. */
function loadAllProfiles(opts = {}) {
    return (0,locate/* listProfileIds */.m4)(opts).map((id) => loadProfile(id, opts));
}
/** Loads one profile file by path; its id must equal the file name. */
function loadProfileFile(file) {
    const abs = (0,external_node_path_.resolve)(file);
    const st = (0,external_node_fs_.statSync)(abs);
    const hit = cache.get(abs);
    if (hit && hit.mtimeMs === st.mtimeMs && hit.size === st.size)
        return hit.profile;
    const text = (0,external_node_fs_.readFileSync)(abs, 'utf8');
    const profile = (0,prevalidated/* prevalidatedProfile */.L9)(abs, text) ?? parseProfile(text, abs);
    cache.set(abs, { mtimeMs: st.mtimeMs, size: st.size, profile });
    return profile;
}
/**
 * Parses and validates profile text. `file` is used in messages and, when it ends in `.yml`, its stem must be
 * the profile's id. Every problem is reported on its own line as `FILE: field.path: what is wrong`.
 */
function parseProfile(text, file) {
    const shown = displayPath(file);
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { prettyErrors: false, uniqueKeys: true, lineCounter });
    if (doc.errors.length > 0) {
        const lines = doc.errors.map((e) => {
            const pos = lineCounter.linePos(e.pos[0]);
            const where = pos ? `${shown}:${pos.line}:${pos.col}` : shown;
            return `${where}: malformed YAML — ${firstLine(e.message)}`;
        });
        throw new errors/* ConfigurationError */.j1(lines.join('\n'), shown);
    }
    const data = doc.toJS();
    if (data === null || data === undefined)
        throw new errors/* ConfigurationError */.j1(`${shown}: the file is empty; a profile is a YAML mapping`, shown);
    const parsed = ProfileSchema.safeParse(data, { reportInput: true });
    if (!parsed.success) {
        const lines = parsed.error.issues.flatMap((issue) => describeIssue(issue).map((l) => `${shown}: ${l}`));
        throw new errors/* ConfigurationError */.j1(lines.join('\n'), shown);
    }
    const stem = (0,external_node_path_.basename)(file).endsWith(EXT) ? (0,external_node_path_.basename)(file).slice(0, -EXT.length) : undefined;
    if (stem !== undefined && parsed.data.id !== stem) {
        throw new errors/* ConfigurationError */.j1(`${shown}: id: '${parsed.data.id}' must equal the file name '${stem}'`, shown);
    }
    return parsed.data;
}
function firstLine(s) {
    return s.split('\n')[0]?.trim() ?? s;
}
function displayPath(file) {
    const abs = (0,external_node_path_.resolve)(file);
    const inside = (root) => {
        const rel = (0,external_node_path_.relative)(root, abs);
        return rel && !rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel) ? rel : undefined;
    };
    let root;
    try {
        root = (0,package_root/* packageRoot */.Z)();
    }
    catch {
        root = undefined;
    }
    return (root && inside(root)) ?? inside(process.cwd()) ?? abs;
}
function show(input) {
    if (input === null)
        return 'null';
    if (Array.isArray(input))
        return 'a list';
    if (typeof input === 'object')
        return 'a mapping';
    if (typeof input === 'string')
        return JSON.stringify(input);
    return String(input);
}
function describeIssue(issue) {
    const at = (0,field_path/* formatFieldPath */.v)(issue.path);
    switch (issue.code) {
        case 'unrecognized_keys': {
            const allowed = objectKeysAt(issue.path);
            return issue.keys.map((key) => `${(0,field_path/* formatFieldPath */.v)([...issue.path, key])}: unknown key` +
                (allowed ? ` — allowed here: ${allowed.join(', ')}` : ''));
        }
        case 'invalid_type': {
            if (issue.input === undefined) {
                if (issue.message.startsWith('required'))
                    return [`${at}: ${issue.message}`];
                const hint = issue.expected === 'object' && looksLikeFact(issue.path) ? ' (a fact: {value, source, verified})' : '';
                return [`${at}: required${hint}`];
            }
            if (issue.message.startsWith('must'))
                return [`${at}: ${issue.message}, got ${show(issue.input)}`];
            return [
                `${at}: must be ${issue.expected === 'object' ? 'a mapping' : issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}, got ${show(issue.input)}`,
            ];
        }
        case 'invalid_value':
            return [
                `${at}: must be one of ${issue.values.map((v) => JSON.stringify(v)).join(' | ')}, got ${show(issue.input)}`,
            ];
        case 'invalid_format':
        case 'too_small':
        case 'too_big':
        case 'custom':
            return [
                `${at}: ${issue.message}${issue.input !== undefined && issue.code !== 'custom' ? `, got ${show(issue.input)}` : ''}`,
            ];
        default:
            return [`${at}: ${issue.message}`];
    }
}
function unwrap(s) {
    let cur = s;
    for (let i = 0; cur && i < 10; i++) {
        const def = cur._zod.def;
        if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default')
            cur = def.innerType;
        else if (def.type === 'pipe')
            cur = def.in;
        else
            break;
    }
    return cur;
}
/** The keys the schema allows for the mapping at `path`, if it is an object there. */
function objectKeysAt(path) {
    let s = unwrap(ProfileSchema);
    for (const seg of path) {
        if (!s)
            return undefined;
        if (typeof seg === 'number') {
            if (s._zod.def.type !== 'array')
                return undefined;
            s = unwrap(s._zod.def.element);
        }
        else {
            if (s._zod.def.type !== 'object')
                return undefined;
            s = unwrap(s._zod.def.shape[String(seg)]);
        }
    }
    return s && s._zod.def.type === 'object' ? Object.keys(s._zod.def.shape) : undefined;
}
function looksLikeFact(path) {
    const keys = objectKeysAt(path);
    return !!keys && keys.includes('value') && keys.includes('source');
}


/***/ })

};

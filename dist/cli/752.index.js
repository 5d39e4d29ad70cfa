export const id = 752;
export const ids = [752,900];
export const modules = {

/***/ 5752:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createProfilesCommand: () => (/* binding */ createProfilesCommand),
  profilesCommand: () => (/* binding */ profilesCommand)
});

// EXTERNAL MODULE: ../../src/core/errors.ts
var errors = __webpack_require__(7322);
// EXTERNAL MODULE: ../../src/core/profiles/field-path.ts
var field_path = __webpack_require__(9750);
// EXTERNAL MODULE: ../../src/core/profiles/loader.ts + 1 modules
var loader = __webpack_require__(3900);
// EXTERNAL MODULE: ../../src/core/profiles/queries.ts + 1 modules
var queries = __webpack_require__(4940);
;// CONCATENATED MODULE: ../../src/core/profiles/staleness.ts
/**
 * Facts go stale: platforms change prices, paths and clocks. A fact whose `verified` month is more than
 * `maxAgeMonths` before `now` (or after it: a typo) is reported so someone re-checks it against its source.
 */

const MAX_FACT_AGE_MONTHS = 6;
function monthIndex(month) {
    const [y, m] = month.split('-').map(Number);
    return (y ?? 0) * 12 + ((m ?? 1) - 1);
}
/** Every object carrying `verified` (a fact, a mount, a clock, a contradiction), with its field path. */
function verifiedFacts(p) {
    const out = [];
    const walk = (node, path) => {
        if (Array.isArray(node)) {
            node.forEach((item, i) => walk(item, [...path, i]));
            return;
        }
        if (node === null || typeof node !== 'object')
            return;
        const obj = node;
        if (typeof obj.verified === 'string') {
            out.push({
                field: (0,field_path/* formatFieldPath */.v)(path),
                verified: obj.verified,
                source: typeof obj.source === 'string' ? obj.source : '',
            });
        }
        for (const [key, value] of Object.entries(obj))
            walk(value, [...path, key]);
    };
    walk(p, []);
    return out;
}
function staleFacts(p, opts = {}) {
    const now = opts.now ?? new Date();
    const max = opts.maxAgeMonths ?? MAX_FACT_AGE_MONTHS;
    const current = now.getUTCFullYear() * 12 + now.getUTCMonth();
    return verifiedFacts(p)
        .map((f) => ({ profile: p.id, ...f, ageMonths: current - monthIndex(f.verified) }))
        .filter((f) => f.ageMonths > max || f.ageMonths < 0);
}
/** One line per stale fact, naming profile, field, month and where to re-check it. */
function stalenessWarnings(p, opts = {}) {
    const max = opts.maxAgeMonths ?? MAX_FACT_AGE_MONTHS;
    return staleFacts(p, opts).map((f) => f.ageMonths < 0
        ? `${f.profile}: ${f.field} says it was verified in ${f.verified}, which is in the future; fix the month`
        : `${f.profile}: ${f.field} was last verified in ${f.verified}, ${f.ageMonths} months ago (more than ${max}); re-check it against ${f.source}`);
}

// EXTERNAL MODULE: ../../src/cli/command.ts
var command = __webpack_require__(9625);
;// CONCATENATED MODULE: ../../src/cli/commands/profiles.ts






const USAGE = `Usage: tenant profiles list [--json]
       tenant profiles show ID [--json]

Platform profiles: where checkpoints survive a stop or a destroy, how runs detach, and how each platform
interrupts a run. 'show' prints every fact with the file and section it came from. Facts last verified more
than ${MAX_FACT_AGE_MONTHS} months ago are flagged. Add your own profiles as <id>.yml files in the folder named
by ${loader/* PROFILES_DIR_ENV */.Z3}.
`;
function yesNo(v) {
    return v === null ? '?' : v ? 'yes' : 'no';
}
function interruptText(p) {
    const { signal, graceSeconds } = (0,queries/* preemption */.Ug)(p);
    return graceSeconds === 0 ? `${signal} (abrupt)` : `${signal} +${graceSeconds}s`;
}
/** Terminal columns a string takes: CJK and full-width characters take two. */
function displayWidth(text) {
    let w = 0;
    for (const ch of text)
        w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch)
            ? 2
            : 1;
    return w;
}
function table(rows) {
    const widths = rows[0]?.map((_, col) => Math.max(...rows.map((r) => displayWidth(r[col] ?? '')))) ?? [];
    const pad = (cell, col) => cell + ' '.repeat(Math.max(0, (widths[col] ?? 0) - displayWidth(cell)));
    return (rows.map((r) => r.map((cell, col) => (col === r.length - 1 ? cell : pad(cell, col))).join('  ')).join('\n') + '\n');
}
function listSummary(p) {
    const dir = (0,queries/* durableCheckpointDir */.pS)(p);
    const s = (0,queries/* survives */.sg)(p, dir);
    const pre = (0,queries/* preemption */.Ug)(p);
    return {
        id: p.id,
        name: p.name,
        kind: p.kind,
        checkpointDir: dir,
        checkpointDirSurvives: { stop: s.stop, destroy: s.destroy, source: s.source },
        preemption: pre,
        detach: (0,queries/* detachPrimitives */.kJ)(p),
    };
}
function list(profiles, ctx, now) {
    for (const p of profiles) {
        const stale = staleFacts(p, { now });
        if (stale.length === 0)
            continue;
        const oldest = stale.map((f) => f.verified).sort()[0];
        ctx.ui.warning(`${p.id}: ${stale.length} fact(s) not verified within ${MAX_FACT_AGE_MONTHS} months (oldest ${oldest}); run 'tenant profiles show ${p.id}' for the list`);
    }
    const summaries = profiles.map(listSummary);
    if (ctx.json) {
        ctx.stdout(JSON.stringify({ profiles: summaries }, null, 2) + '\n');
        return command/* EXIT */.d.ok;
    }
    const rows = [['ID', 'NAME', 'CHECKPOINT DIR', 'SURVIVES STOP/DESTROY', 'INTERRUPTED BY']];
    for (const [i, s] of summaries.entries()) {
        const p = profiles[i];
        rows.push([
            s.id,
            s.name,
            s.checkpointDir,
            `${yesNo(s.checkpointDirSurvives.stop)}/${yesNo(s.checkpointDirSurvives.destroy)}`,
            interruptText(p),
        ]);
    }
    ctx.stdout(table(rows));
    return command/* EXIT */.d.ok;
}
function valueText(v) {
    if (v === null || v === undefined)
        return 'unknown';
    if (Array.isArray(v))
        return v.length === 0 ? '(none)' : v.map(valueText).join(', ');
    if (typeof v === 'object') {
        const entries = Object.entries(v);
        return entries.length === 0 ? '(none)' : entries.map(([k, x]) => `${k}=${valueText(x)}`).join(' ');
    }
    return String(v);
}
const PROVENANCE = new Set(['source', 'verified', 'note']);
/** Every object that carries a source, flattened to lines: field, value, source, month, note. */
function factLines(p) {
    const lines = [];
    let section = '';
    const walk = (node, path) => {
        if (Array.isArray(node)) {
            node.forEach((item, i) => walk(item, [...path, i]));
            return;
        }
        if (node === null || typeof node !== 'object')
            return;
        const obj = node;
        if (typeof obj.source === 'string') {
            const top = String(path[0] ?? '');
            if (top !== section) {
                section = top;
                lines.push('', `[${section}]`);
            }
            const own = Object.entries(obj).filter(([k, v]) => !PROVENANCE.has(k) &&
                !(v !== null && typeof v === 'object' && !Array.isArray(v) && 'source' in v) &&
                !(Array.isArray(v) && v.some((x) => x && typeof x === 'object' && 'source' in x)));
            const value = own.length === 1 && own[0]?.[0] === 'value'
                ? valueText(own[0][1])
                : own.map(([k, v]) => `${k}=${valueText(v)}`).join(' ');
            const when = typeof obj.verified === 'string' ? `, verified ${obj.verified}` : '';
            lines.push(`  ${(0,field_path/* formatFieldPath */.v)(path)}: ${value}`, `      source: ${obj.source}${when}`);
            if (typeof obj.note === 'string')
                lines.push(`      note: ${obj.note}`);
        }
        for (const [key, value] of Object.entries(obj))
            if (!PROVENANCE.has(key))
                walk(value, [...path, key]);
    };
    walk(p, []);
    return lines;
}
function show(p, ctx, now) {
    for (const w of stalenessWarnings(p, { now }))
        ctx.ui.warning(w);
    if (ctx.json) {
        const doc = { profile: p, volatilePaths: (0,queries/* volatilePaths */.Zd)(p), stale: staleFacts(p, { now }) };
        ctx.stdout(JSON.stringify(doc, null, 2) + '\n');
        return command/* EXIT */.d.ok;
    }
    const out = [
        `${p.id} — ${p.name} (${p.kind})`,
        p.summary,
        ...factLines(p),
        '',
        '[volatile paths, including universal ones]',
    ];
    for (const v of (0,queries/* volatilePaths */.Zd)(p))
        out.push(`  ${v.path}: lost on ${v.lostOn.join(', ')}`, `      source: ${v.source}`, `      note: ${v.note}`);
    ctx.stdout(out.join('\n') + '\n');
    return command/* EXIT */.d.ok;
}
function createProfilesCommand(options = {}) {
    return {
        name: 'profiles',
        summary: 'list platform profiles, or show one with the source of every fact',
        usage: USAGE,
        async run(args, ctx) {
            const flags = args.filter((a) => a.startsWith('-'));
            if (flags.length > 0) {
                throw new errors/* ConfigurationError */.j1(`tenant profiles: unknown option ${flags.join(' ')}; see 'tenant profiles --help'`, 'profiles');
            }
            const [sub, ...rest] = args;
            const loadOpts = options.dir !== undefined ? { dir: options.dir, env: ctx.env } : { env: ctx.env };
            const now = (options.now ?? (() => new Date()))();
            if (sub === 'list' && rest.length === 0)
                return list((0,loader/* loadAllProfiles */.a5)(loadOpts), ctx, now);
            if (sub === 'show' && rest.length === 1 && rest[0])
                return show((0,loader/* loadProfile */.iH)(rest[0], loadOpts), ctx, now);
            if (sub === 'show')
                throw new errors/* ConfigurationError */.j1("'tenant profiles show' takes one profile id, e.g. 'tenant profiles show autodl'", 'profiles');
            throw new errors/* ConfigurationError */.j1(sub === undefined
                ? "'tenant profiles' needs a subcommand: list or show ID"
                : `unknown subcommand '${[sub, ...rest].join(' ')}'; use list or show ID`, 'profiles');
        },
    };
}
const profilesCommand = createProfilesCommand();


/***/ }),

/***/ 2182:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ packagePath),
/* harmony export */   Z: () => (/* binding */ packageRoot)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);



let cached;
/**
 * The root of the tenant checkout or package: the nearest directory above this module (or above the ncc
 * bundle it was compiled into, `dist/<name>/index.js`) whose package.json is named `tenant`. Profiles and
 * assets are read from there at run time, so bundles need no copies of them.
 */
function packageRoot() {
    if (cached)
        return cached;
    const override = process.env.TENANT_ROOT;
    if (override)
        return (cached = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(override));
    let dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url));
    for (;;) {
        const pkg = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'package.json');
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(pkg)) {
            try {
                const parsed = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(pkg, 'utf8'));
                if (parsed.name === 'tenant')
                    return (cached = dir);
            }
            catch {
                // not ours; keep walking up
            }
        }
        const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir);
        if (parent === dir) {
            throw new Error(`tenant: cannot find the package root above ${(0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url)}; set TENANT_ROOT`);
        }
        dir = parent;
    }
}
/** A file or directory inside the package, e.g. `profiles` or `assets/probe.py`. */
function packagePath(...parts) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(packageRoot(), ...parts);
}


/***/ }),

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


/***/ }),

/***/ 652:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z3: () => (/* binding */ PROFILES_DIR_ENV),
/* harmony export */   a$: () => (/* binding */ PROFILE_EXT),
/* harmony export */   m4: () => (/* binding */ listProfileIds),
/* harmony export */   pw: () => (/* binding */ ID_PATTERN),
/* harmony export */   xv: () => (/* binding */ requireProfileFile)
/* harmony export */ });
/* unused harmony exports profileDirs, profileFile */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7322);
/* harmony import */ var _package_root_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2182);
/**
 * Where profiles come from: the directories searched (TENANT_PROFILES_DIR first, then the built-in
 * `profiles/`), the ids found there, and the file an id is read from. No parsing here, so callers that only
 * look a profile up do not load the YAML parser or the schema.
 */




/** Set to a directory of extra `<id>.yml` profiles; they are read before the built-in ones and win on a clash. */
const PROFILES_DIR_ENV = 'TENANT_PROFILES_DIR';
const PROFILE_EXT = '.yml';
/** What a profile id looks like (it is the file's name). */
const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** The directories searched, highest priority first. */
function profileDirs(opts = {}) {
    if (opts.dir !== undefined)
        return [(0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(opts.dir)];
    const dirs = [];
    const extra = (opts.env ?? process.env)[PROFILES_DIR_ENV];
    if (extra) {
        const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(extra);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dir) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(dir).isDirectory()) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`${PROFILES_DIR_ENV}=${extra} is not a directory; point it at a folder of <id>.yml profiles or unset it`, PROFILES_DIR_ENV);
        }
        dirs.push(dir);
    }
    dirs.push((0,_package_root_js__WEBPACK_IMPORTED_MODULE_3__/* .packagePath */ .C)('profiles'));
    return dirs;
}
function idsIn(dir) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dir))
        return [];
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir)
        .filter((f) => f.endsWith(PROFILE_EXT) && !f.startsWith('_'))
        .map((f) => f.slice(0, -PROFILE_EXT.length))
        .filter((id) => ID_PATTERN.test(id));
}
/** Every profile id that can be loaded, sorted. */
function listProfileIds(opts = {}) {
    const ids = new Set();
    for (const dir of profileDirs(opts))
        for (const id of idsIn(dir))
            ids.add(id);
    return [...ids].sort();
}
/** The file a profile id is read from, or undefined. */
function profileFile(id, opts = {}) {
    if (!ID_PATTERN.test(id))
        return undefined;
    for (const dir of profileDirs(opts)) {
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, id + PROFILE_EXT);
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
            return file;
    }
    return undefined;
}
/** The file of a profile id; a ConfigurationError naming the known ids when there is none. */
function requireProfileFile(id, opts = {}) {
    const file = profileFile(id, opts);
    if (file)
        return file;
    const known = listProfileIds(opts);
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1(`unknown profile '${id}'; known profiles: ${known.length ? known.join(', ') : '(none found)'}` +
        (opts.dir === undefined ? ` (add your own as <id>.yml in a folder named by ${PROFILES_DIR_ENV})` : ''), 'profile');
}


/***/ }),

/***/ 1771:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L9: () => (/* binding */ prevalidatedProfile)
/* harmony export */ });
/* unused harmony exports PREVALIDATED_DIR, textDigest */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _package_root_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2182);
/* harmony import */ var _locate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(652);
/**
 * The built-in profiles, validated when profiles/prevalidated/ was generated
 * (scripts/gen-prevalidated-profiles.ts): a file whose name and exact text match an entry there yields the
 * profile `parseProfile` returned for that text, without loading the YAML parser or building the zod schema.
 * Any other text (an edited file, a profile of your own) misses and is parsed and validated as usual, so this
 * only ever saves time.
 */





const PREVALIDATED_DIR = 'prevalidated';
/** The entry for an id; undefined when there is none (or it cannot be read: then the file is validated). */
function entryFor(id) {
    try {
        return JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)((0,_package_root_js__WEBPACK_IMPORTED_MODULE_3__/* .packagePath */ .C)('profiles', PREVALIDATED_DIR, `${id}.json`), 'utf8'));
    }
    catch {
        return undefined;
    }
}
function textDigest(text) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text, 'utf8').digest('hex');
}
/** The validated profile for this file name and text, when they are a built-in one as generated. */
function prevalidatedProfile(file, text) {
    const name = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(file);
    if (!name.endsWith(_locate_js__WEBPACK_IMPORTED_MODULE_4__/* .PROFILE_EXT */ .a$))
        return undefined;
    const id = name.slice(0, -_locate_js__WEBPACK_IMPORTED_MODULE_4__/* .PROFILE_EXT */ .a$.length);
    const entry = _locate_js__WEBPACK_IMPORTED_MODULE_4__/* .ID_PATTERN */ .pw.test(id) ? entryFor(id) : undefined;
    if (!entry || entry.sha256 !== textDigest(text))
        return undefined;
    return entry.profile;
}


/***/ }),

/***/ 4940:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ZL: () => (/* binding */ codeDir),
  kJ: () => (/* binding */ detachPrimitives),
  pS: () => (/* binding */ durableCheckpointDir),
  aD: () => (/* reexport */ expandPath),
  Qf: () => (/* reexport */ placeholdersIn),
  Ug: () => (/* binding */ preemption),
  sg: () => (/* binding */ survives),
  Zd: () => (/* binding */ volatilePaths)
});

// UNUSED EXPORTS: codeDirOrNull

// EXTERNAL MODULE: ../../src/core/errors.ts
var errors = __webpack_require__(7322);
;// CONCATENATED MODULE: ../../src/core/profiles/box-path.ts
/**
 * Paths as profiles write them: absolute, or starting with a placeholder (`~`, `$HOME`, `$TMPDIR`, `<workspace>`).
 * A leading placeholder stands for a whole directory and matches only itself (`$HOME` also matches `/root` and
 * `/home/<user>`); a placeholder after the first segment (`/scratch/$USER`, `/lambda/nfs/<name>`) is one segment.
 * Used for longest-prefix matching of a path against a profile's mounts and volatile paths.
 */
/** Env placeholders that name the same thing as a profile placeholder. */
const ALIASES = { GITHUB_WORKSPACE: 'workspace' };
function segment(raw) {
    const env = /^\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?$/.exec(raw);
    if (env?.[1])
        return { kind: 'placeholder', name: ALIASES[env[1]] ?? env[1] };
    const angle = /^<([a-z0-9-]+)>$/.exec(raw);
    if (angle?.[1])
        return { kind: 'placeholder', name: angle[1] };
    return { kind: 'literal', text: raw };
}
/** True when the path is absolute or starts with a placeholder (so it does not depend on a working dir). */
function isRooted(path) {
    return /^(\/|~(\/|$)|\$\{?[A-Za-z_]|<[a-z0-9-]+>)/.test(path);
}
/** Splits a path into segments, resolving `.` and `..` and turning a leading `~` into `$HOME`. */
function segments(path) {
    const text = path.replace(/^~(?=\/|$)/, '$HOME');
    const out = [];
    for (const raw of text.split('/')) {
        if (raw === '' || raw === '.')
            continue;
        if (raw === '..') {
            const last = out[out.length - 1];
            if (last?.kind === 'literal' && last.text !== '..')
                out.pop();
            else if (last)
                out.push({ kind: 'literal', text: '..' }); // above a placeholder: cannot be resolved
            continue;
        }
        out.push(segment(raw));
    }
    return out;
}
/**
 * Whether `prefix` (a profile path) is a prefix of `path` (the path asked about), segment by segment.
 * An inner placeholder in the prefix matches the same placeholder or any one literal segment; a placeholder
 * in the path only matches the same placeholder (we cannot know what it expands to).
 */
function matchPrefix(prefix, path) {
    let i = 0;
    let literals = 0;
    for (const p of prefix) {
        const s = path[i];
        if (!s)
            return undefined;
        if (p.kind === 'literal') {
            if (s.kind !== 'literal' || s.text !== p.text)
                return undefined;
            literals++;
            i++;
            continue;
        }
        if (s.kind === 'placeholder') {
            if (s.name !== p.name)
                return undefined;
            i++;
            continue;
        }
        if (i === 0) {
            // A leading placeholder stands for a whole directory ($TMPDIR, <workspace>): only $HOME has known shapes.
            if (p.name !== 'HOME')
                return undefined;
            if (s.text === 'root')
                i += 1;
            else if (s.text === 'home' && path[i + 1]?.kind === 'literal')
                i += 2;
            else
                return undefined;
            continue;
        }
        i++;
    }
    return { length: prefix.length, literals };
}
/** The placeholders a path still contains, e.g. `['name']` for `/lambda/nfs/<name>/checkpoints`. */
function placeholdersIn(path) {
    return segments(path).flatMap((s) => (s.kind === 'placeholder' ? [s.name] : []));
}
/**
 * Replaces placeholders with values: `vars` keys are placeholder names (`HOME`, `USER`, `name`, `workspace`).
 * Unknown placeholders are left as written, so callers can check `placeholdersIn` afterwards.
 */
function expandPath(path, vars) {
    const text = path.replace(/^~(?=\/|$)/, '$HOME');
    return text
        .split('/')
        .map((raw) => {
        const s = segment(raw);
        if (s.kind === 'literal')
            return raw;
        const value = vars[s.name];
        return value === undefined ? raw : value.replace(/\/+$/, '');
    })
        .join('/')
        .replace(/\/{2,}/g, '/');
}

// EXTERNAL MODULE: ../../src/core/profiles/universal-paths.ts
var universal_paths = __webpack_require__(5188);
;// CONCATENATED MODULE: ../../src/core/profiles/queries.ts
/**
 * What the rest of tenant asks a profile. Everything here is a pure function of a loaded `Profile`; each
 * answer carries the `source` of the fact it came from so callers can cite it in messages and reports.
 */




/** Where a run writes checkpoints so they survive kills, restarts and stops (may hold `<name>` / `$VAR`). */
function durableCheckpointDir(p) {
    return p.storage.checkpointDir.value;
}
/**
 * Where code is pushed and `.tenant/runs/` lives. Throws ConfigurationError for a profile without one
 * (kubernetes: the code is baked into the image); use `codeDirOrNull` to ask without throwing.
 */
function codeDir(p) {
    const dir = p.storage.codeDir.value;
    if (dir === null) {
        throw new errors/* ConfigurationError */.j1(`profile '${p.id}' has no code directory: ${p.storage.codeDir.note ?? 'nothing is pushed to it'} (${p.storage.codeDir.source})`, 'profile');
    }
    return dir;
}
function codeDirOrNull(p) {
    return p.storage.codeDir.value;
}
const LOST_BEFORE_TEARDOWN = ['stop', 'restart', 'session-end'];
function fromMount(m) {
    const note = [m.survivesStop.note, m.survivesDestroy.note].filter(Boolean).join(' ');
    return {
        path: m.path,
        stop: m.survivesStop.value,
        destroy: m.survivesDestroy.value,
        source: m.source,
        ...(note ? { note } : {}),
        volatile: false,
        universal: false,
    };
}
function fromVolatile(v, universal) {
    return {
        path: v.path,
        stop: !v.lostOn.some((e) => LOST_BEFORE_TEARDOWN.includes(e)),
        destroy: false,
        source: v.source,
        note: v.note,
        volatile: true,
        universal,
    };
}
function better(a, b) {
    if (a.length !== b.length)
        return a.length > b.length;
    if (a.literals !== b.literals)
        return a.literals > b.literals;
    return a.c.volatile && !b.c.volatile; // on a tie, the pessimistic answer wins
}
function bestMatch(candidates, path) {
    let best;
    for (const c of candidates) {
        const m = matchPrefix(segments(c.path), path);
        if (m && (!best || better({ ...m, c }, best)))
            best = { ...m, c };
    }
    return best?.c;
}
/** Three-valued AND: false wins, then unknown. */
function both(a, b) {
    if (a === false || b === false)
        return false;
    if (a === null || b === null)
        return null;
    return true;
}
function profileCandidates(p) {
    return [...p.storage.mounts.map(fromMount), ...p.storage.volatile.map((v) => fromVolatile(v, false))];
}
function universalFor(p) {
    const own = new Set(p.storage.volatile.map((v) => v.path));
    return universal_paths/* UNIVERSAL_VOLATILE */.j.filter((u) => !own.has(u.path));
}
/**
 * Whether data at `path` survives a stop and a destroy on this platform: the longest matching mount or
 * volatile path decides. A relative path is taken relative to the profile's code directory. A universal
 * volatile path (/tmp, /dev/shm, /var/tmp) can only make the answer worse than the mount it sits on.
 */
function survives(p, path) {
    let target;
    if (isRooted(path))
        target = segments(path);
    else {
        const base = p.storage.codeDir.value;
        if (base === null) {
            return {
                stop: null,
                destroy: null,
                source: `profiles/${p.id}.yml §storage.codeDir (none, so relative path '${path}' cannot be placed)`,
            };
        }
        target = segments(`${base}/${path}`);
    }
    if (target.some((s) => s.kind === 'literal' && s.text === '..')) {
        return {
            stop: null,
            destroy: null,
            source: `profiles/${p.id}.yml §storage.mounts ('${path}' climbs above a placeholder)`,
        };
    }
    const own = bestMatch(profileCandidates(p), target);
    const universal = bestMatch(universalFor(p).map((u) => fromVolatile(u, true)), target);
    const ownLength = own ? segments(own.path).length : -1;
    if (universal && segments(universal.path).length > ownLength) {
        const note = [universal.note, own?.note].filter(Boolean).join(' ');
        return {
            stop: both(universal.stop, own ? own.stop : true),
            destroy: both(universal.destroy, own ? own.destroy : true),
            mount: universal.path,
            source: universal.source,
            ...(note ? { note } : {}),
        };
    }
    if (!own) {
        return { stop: null, destroy: null, source: `profiles/${p.id}.yml §storage.mounts (no mount covers '${path}')` };
    }
    return {
        stop: own.stop,
        destroy: own.destroy,
        mount: own.path,
        source: own.source,
        ...(own.note ? { note: own.note } : {}),
    };
}
/**
 * Paths whose contents are lost before or at teardown: the profile's own list, mounts that do not survive a
 * stop, then the universal ones (/tmp, /dev/shm, /var/tmp) unless the profile lists that path itself.
 */
function volatilePaths(p) {
    const out = p.storage.volatile.map((v) => ({
        path: v.path,
        lostOn: [...v.lostOn],
        platform: p.id,
        note: v.note,
        source: v.source,
    }));
    const listed = new Set(out.map((v) => v.path));
    for (const m of p.storage.mounts) {
        if (m.survivesStop.value !== false || listed.has(m.path))
            continue;
        const lostOn = ['stop'];
        if (m.survivesDestroy.value === false)
            lostOn.push('destroy');
        out.push({
            path: m.path,
            lostOn,
            platform: p.id,
            note: `${m.name}: ${m.survivesStop.note ?? 'does not survive a stop'}`,
            source: m.survivesStop.source,
        });
        listed.add(m.path);
    }
    for (const u of universal_paths/* UNIVERSAL_VOLATILE */.j) {
        if (listed.has(u.path))
            continue;
        out.push({ path: u.path, lostOn: [...u.lostOn], platform: p.id, note: u.note, source: u.source });
    }
    return out;
}
/** The signal a training process gets when the platform interrupts it, and the seconds before SIGKILL. */
function preemption(p) {
    const t = p.preemption.termination;
    return { signal: t.signal, graceSeconds: t.graceSeconds, source: t.source };
}
/** Ways to detach a run on this platform, most preferred first, e.g. `['tmux', 'setsid', 'nohup']`. */
function detachPrimitives(p) {
    return [...p.detach.primitives.value];
}


/***/ }),

/***/ 5188:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ UNIVERSAL_VOLATILE)
/* harmony export */ });
/**
 * Paths that are volatile on every Linux box, whatever the platform. A profile that lists the same path
 * itself (e.g. Paperspace's `/tmp`) replaces the entry here. Sources follow the same rule as profile facts.
 */
const UNIVERSAL_VOLATILE = [
    {
        path: '/tmp',
        lostOn: ['stop', 'restart', 'destroy'],
        note: 'Scratch space: cleared at boot on most distributions (tmpfs or systemd-tmpfiles) and never promised to persist.',
        source: 'FHS 3.0 §3.18 /tmp (programs must not assume files are preserved between invocations)',
        verified: '2026-11',
    },
    {
        path: '/dev/shm',
        lostOn: ['stop', 'restart', 'destroy'],
        note: 'Shared memory held in RAM: gone at every restart, and only 64 MB by default in Docker containers.',
        source: 'seed/remote-gpu-trainer/references/training/data-pipeline.md §DP15',
        verified: '2026-06',
    },
    {
        path: '/var/tmp',
        lostOn: ['destroy'],
        note: 'Kept across reboots, but systemd-tmpfiles prunes old files and it lives on the system or container disk.',
        source: 'FHS 3.0 §5.15 /var/tmp (preserved between reboots; temporary by contract)',
        verified: '2026-11',
    },
];


/***/ })

};

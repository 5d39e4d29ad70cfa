export const id = 752;
export const ids = [752];
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
// EXTERNAL MODULE: ../../src/core/profiles/loader.ts + 3 modules
var loader = __webpack_require__(9327);
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


/***/ })

};

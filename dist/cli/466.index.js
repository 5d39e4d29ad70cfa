export const id = 466;
export const ids = [466];
export const modules = {

/***/ 8466:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pathsForProfiles: () => (/* binding */ pathsForProfiles),
  profilePaths: () => (/* binding */ profilePaths)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ../../src/core/profiles/locate.ts
var locate = __webpack_require__(652);
// EXTERNAL MODULE: ../../src/core/profiles/prevalidated.ts
var prevalidated = __webpack_require__(1771);
;// CONCATENATED MODULE: ../../src/core/profiles/load-async.ts
/**
 * `loadProfile` for entry points that start cold and usually ask for a built-in profile (actions/profile):
 * a pre-validated built-in is returned without loading the YAML parser or the zod schema; anything else is
 * loaded by the loader, imported on demand, with the same validation and messages.
 */



async function loadProfileAsync(id, opts = {}) {
    const file = (0,locate/* requireProfileFile */.xv)(id, opts);
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch {
        text = undefined; // the loader reports it
    }
    const quick = text === undefined ? undefined : (0,prevalidated/* prevalidatedProfile */.L9)(file, text);
    if (quick)
        return quick;
    const { loadProfileFile } = await Promise.all(/* import() */[__webpack_require__.e(476), __webpack_require__.e(483), __webpack_require__.e(900)]).then(__webpack_require__.bind(__webpack_require__, 3900));
    return loadProfileFile(file);
}

// EXTERNAL MODULE: ../../src/core/profiles/queries.ts + 1 modules
var queries = __webpack_require__(4940);
;// CONCATENATED MODULE: ../../src/core/lint/profile-roots.ts
/**
 * The volatile and durable paths of the selected profiles, for ckpt/volatile-path: each profile's volatile
 * paths, its mounts that a stop or a destroy wipes (a data disk lost on release is a warning, a container
 * disk wiped on stop an error), and its mounts that survive both, which override a shorter volatile root
 * (RunPod: `/` is the container disk, `/workspace` is not).
 */


const UNIVERSAL = new Set(['/tmp', '/dev/shm', '/var/tmp']);
/** A profile path up to its first placeholder segment (`/lambda/nfs/<name>` → `/lambda/nfs`). */
function literalPrefix(path) {
    if (path.startsWith('$'))
        return /^\$\{?[A-Za-z_][A-Za-z0-9_]*\}?$/.test(path.split('/')[0] ?? '')
            ? path.split('/')[0]?.replace(/[{}]/g, '')
            : undefined;
    const segs = path.split('/');
    const cut = segs.findIndex((s) => /[<$*]/.test(s));
    const kept = cut === -1 ? segs : segs.slice(0, cut);
    const out = kept.join('/') || '/';
    return out.startsWith('/') ? out : undefined;
}
function profilePaths(profile) {
    const platform = profile.name;
    const volatile = [];
    const seen = new Set();
    for (const v of (0,queries/* volatilePaths */.Zd)(profile)) {
        const path = literalPrefix(v.path);
        if (!path || UNIVERSAL.has(path) || seen.has(path))
            continue;
        seen.add(path);
        volatile.push({ path, platform, lostOn: [...v.lostOn], note: v.note, source: v.source });
    }
    const durable = [];
    for (const m of profile.storage.mounts) {
        const path = literalPrefix(m.path);
        if (!path || seen.has(path))
            continue;
        const lostOn = [];
        if (m.survivesStop.value === false)
            lostOn.push('stop');
        if (m.survivesDestroy.value === false)
            lostOn.push('destroy');
        if (lostOn.length === 0) {
            durable.push(path);
            continue;
        }
        seen.add(path);
        const note = [m.name, m.survivesDestroy.note ?? m.survivesStop.note].filter(Boolean).join(': ');
        volatile.push({ path, platform, lostOn, note, source: m.survivesDestroy.source });
    }
    return { volatile, durable };
}
/** Loads each profile id (ConfigurationError for an unknown one) and merges their paths. */
async function pathsForProfiles(ids) {
    const out = { volatile: [], durable: [] };
    for (const id of ids) {
        const p = profilePaths(await loadProfileAsync(id));
        out.volatile.push(...p.volatile);
        out.durable.push(...p.durable);
    }
    return out;
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


/***/ })

};

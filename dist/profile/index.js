import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 1382:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _src_actions_profile_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8939);
var __webpack_async_dependencies__ = __webpack_handle_async_dependencies__([_src_actions_profile_index_js__WEBPACK_IMPORTED_MODULE_0__]);
_src_actions_profile_index_js__WEBPACK_IMPORTED_MODULE_0__ = (__webpack_async_dependencies__.then ? (await __webpack_async_dependencies__)() : __webpack_async_dependencies__)[0];
// Bundle entry for dist/profile, compiled from this folder (see tsconfig.json here and NCC_ENTRY in ../build.mjs).


__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } });

/***/ }),

/***/ 8939:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _dirname_shim_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2799);
/* harmony import */ var _runtime_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8997);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9130);



await (0,_runtime_js__WEBPACK_IMPORTED_MODULE_1__/* .runAction */ .Cs)({ name: 'profile', main: _main_js__WEBPACK_IMPORTED_MODULE_2__/* .main */ .i });

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 9130:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// UNUSED EXPORTS: OUTPUTS

// EXTERNAL MODULE: ../../src/adapters/actions-io.ts + 13 modules
var actions_io = __nccwpck_require__(7560);
// EXTERNAL MODULE: ../../src/core/errors.ts
var errors = __nccwpck_require__(7322);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: ../../src/core/profiles/locate.ts
var locate = __nccwpck_require__(652);
// EXTERNAL MODULE: ../../src/core/profiles/prevalidated.ts + 1 modules
var prevalidated = __nccwpck_require__(3938);
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
    const { loadProfileFile } = await Promise.all(/* import() */[__nccwpck_require__.e(678), __nccwpck_require__.e(952)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3952));
    return loadProfileFile(file);
}

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
function box_path_isRooted(path) {
    return /^(\/|~(\/|$)|\$\{?[A-Za-z_]|<[a-z0-9-]+>)/.test(path);
}
/** Splits a path into segments, resolving `.` and `..` and turning a leading `~` into `$HOME`. */
function box_path_segments(path) {
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
function box_path_matchPrefix(prefix, path) {
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
    return box_path_segments(path).flatMap((s) => (s.kind === 'placeholder' ? [s.name] : []));
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

;// CONCATENATED MODULE: ../../src/core/profiles/universal-paths.ts
/**
 * Paths that are volatile on every Linux box, whatever the platform. A profile that lists the same path
 * itself (e.g. Paperspace's `/tmp`) replaces the entry here. Sources follow the same rule as profile facts.
 */
const universal_paths_UNIVERSAL_VOLATILE = [
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
        throw new ConfigurationError(`profile '${p.id}' has no code directory: ${p.storage.codeDir.note ?? 'nothing is pushed to it'} (${p.storage.codeDir.source})`, 'profile');
    }
    return dir;
}
function codeDirOrNull(p) {
    return p.storage.codeDir.value;
}
const LOST_BEFORE_TEARDOWN = (/* unused pure expression or super */ null && (['stop', 'restart', 'session-end']));
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
    return UNIVERSAL_VOLATILE.filter((u) => !own.has(u.path));
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
    for (const u of UNIVERSAL_VOLATILE) {
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

;// CONCATENATED MODULE: ../../src/core/report/markdown.ts
/**
 * Markdown building blocks for job summaries. Cells are escaped so remote or user text cannot break the
 * table or inject HTML.
 */
/** Escape text for a markdown table cell: pipes, newlines, and the HTML-significant characters. */
function cell(value) {
    const text = value === null || value === undefined ? '' : String(value);
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\|/g, '\\|')
        .replace(/\r?\n/g, '<br>');
}
function table(headers, rows) {
    const head = `| ${headers.map(cell).join(' | ')} |`;
    const rule = `| ${headers.map(() => '---').join(' | ')} |`;
    const body = rows.map((r) => `| ${headers.map((_, i) => cell(r[i])).join(' | ')} |`);
    return [head, rule, ...body].join('\n') + '\n';
}
function heading(level, text) {
    return `${'#'.repeat(level)} ${text}\n\n`;
}
/** A fenced code block whose fence is longer than any backtick run inside the text. */
function codeBlock(text, lang = '') {
    const longest = Math.max(2, ...Array.from(text.matchAll(/`+/g), (m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    return `${fence}${lang}\n${text.replace(/\n$/, '')}\n${fence}\n`;
}
function details(summary, body) {
    return `<details><summary>${cell(summary)}</summary>\n\n${body}\n</details>\n`;
}

;// CONCATENATED MODULE: ../../src/core/report/profile-summary.ts


const yesNo = (v) => (v === null ? 'unknown' : v ? 'yes' : 'no');
function profileSummaryMarkdown(p) {
    const term = preemption(p);
    const parts = [
        heading(3, `tenant profile: ${p.name} (\`${p.id}\`)`),
        `${p.summary}\n\n`,
        `Checkpoints go to \`${durableCheckpointDir(p)}\`. On interruption the training gets **SIG${term.signal}**` +
            (term.graceSeconds > 0 ? ` and ${term.graceSeconds} s before SIGKILL` : ' with no grace') +
            ` (${term.source}).\n\n`,
        table(['mount', 'path', 'survives stop', 'survives destroy', 'source'], p.storage.mounts.map((m) => [
            m.name,
            m.path,
            yesNo(m.survivesStop.value),
            yesNo(m.survivesDestroy.value),
            m.survivesDestroy.source,
        ])),
    ];
    if (p.lifecycle.dangerClocks.length > 0) {
        parts.push('\n', table(['danger clock', 'after', 'effect', 'source'], p.lifecycle.dangerClocks.map((c) => [
            c.id,
            c.afterSeconds === null ? 'unstated' : `${c.afterSeconds} s`,
            c.effect,
            c.source,
        ])));
    }
    return parts.join('');
}

;// CONCATENATED MODULE: ../../src/actions/profile/main.ts
/**
 * `actions/profile`: resolve a platform profile into outputs a workflow can use (the durable checkpoint
 * dir, the preemption window) and a job summary of its storage facts with their sources.
 */





const OUTPUTS = {
    checkpointDir: 'checkpoint-dir',
    codeDir: 'code-dir',
    preemptionSignal: 'preemption-signal',
    graceSeconds: 'grace-seconds',
    detach: 'detach',
};
async function main(ui) {
    const id = (0,actions_io/* readInput */.R5)('profile');
    if (!id)
        throw new errors/* ConfigurationError */.j1("input 'profile' is required: name a platform, e.g. 'autodl' or 'local'", 'profile');
    const profile = await loadProfileAsync(id);
    const signal = preemption(profile);
    ui.setOutput(OUTPUTS.checkpointDir, durableCheckpointDir(profile));
    ui.setOutput(OUTPUTS.codeDir, codeDirOrNull(profile) ?? '');
    ui.setOutput(OUTPUTS.preemptionSignal, signal.signal);
    ui.setOutput(OUTPUTS.graceSeconds, signal.graceSeconds);
    ui.setOutput(OUTPUTS.detach, detachPrimitives(profile).join(','));
    ui.info(`profile ${id}: checkpoints in ${durableCheckpointDir(profile)}; ${signal.signal} with ${signal.graceSeconds}s grace`);
    await ui.summary(profileSummaryMarkdown(profile));
}


/***/ }),

/***/ 8997:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cs: () => (/* binding */ runAction)
/* harmony export */ });
/* unused harmony exports STATE, currentPhase, failureMessage */
/* harmony import */ var _adapters_actions_io_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7560);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7322);
/**
 * The action runtime: one entry point for every action. It dispatches main or post by a state flag the
 * main phase saves, turns any throw (Error or not) into a failed step that names the action, and exits
 * explicitly so an open socket or timer can never keep the step hanging.
 */


const STATE = {
    isPost: 'tenant-is-post',
};
function currentPhase() {
    return (0,_adapters_actions_io_js__WEBPACK_IMPORTED_MODULE_0__/* .readState */ .un)(STATE.isPost) === 'true' ? 'post' : 'main';
}
/** Message for a failed step: configuration errors are one line; others carry the action name. */
function failureMessage(action, err) {
    const text = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(err);
    if (err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1)
        return `tenant/${action}: ${text}`;
    return `tenant/${action} failed: ${text}`;
}
async function runAction(def) {
    const ui = new _adapters_actions_io_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionsUi */ .ur();
    const phase = currentPhase();
    let code = 0;
    try {
        if (phase === 'main') {
            (0,_adapters_actions_io_js__WEBPACK_IMPORTED_MODULE_0__/* .saveState */ .LZ)(STATE.isPost, 'true');
            await def.main(ui);
        }
        else if (def.post) {
            await def.post(ui);
        }
        if (process.exitCode !== undefined && process.exitCode !== 0)
            code = Number(process.exitCode);
    }
    catch (err) {
        (0,_adapters_actions_io_js__WEBPACK_IMPORTED_MODULE_0__/* .failStep */ .vy)(failureMessage(def.name, err));
        if (!(err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1) && err instanceof Error && err.stack) {
            ui.debug(err.stack);
        }
        code = 1;
    }
    return process.exit(code);
}


/***/ }),

/***/ 7560:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ur: () => (/* binding */ ActionsUi),
  vy: () => (/* binding */ failStep),
  R5: () => (/* binding */ readInput),
  un: () => (/* binding */ readState),
  LZ: () => (/* binding */ actions_io_saveState)
});

// UNUSED EXPORTS: exportVariable, readMultilineInput

;// CONCATENATED MODULE: external "os"
const external_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");
;// CONCATENATED MODULE: ../../node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function utils_toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ../../node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function command_issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_namespaceObject.EOL);
}
function command_issue(name, message = '') {
    command_issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
;// CONCATENATED MODULE: external "crypto"
const external_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");
;// CONCATENATED MODULE: external "fs"
const external_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");
;// CONCATENATED MODULE: ../../node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_namespaceObject.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_namespaceObject.appendFileSync(filePath, `${utils_toCommandValue(message)}${external_os_namespaceObject.EOL}`, {
        encoding: 'utf8'
    });
}
function file_command_prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_namespaceObject.randomUUID()}`;
    const convertedValue = utils_toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_namespaceObject.EOL}${convertedValue}${external_os_namespaceObject.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
;// CONCATENATED MODULE: external "path"
const external_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");
;// CONCATENATED MODULE: ../../node_modules/@actions/http-client/lib/auth.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
class BasicCredentialHandler {
    constructor(username, password) {
        this.username = username;
        this.password = password;
    }
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`${this.username}:${this.password}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class auth_BearerCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Bearer ${this.token}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class PersonalAccessTokenCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`PAT:${this.token}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
//# sourceMappingURL=auth.js.map
;// CONCATENATED MODULE: ../../node_modules/@actions/core/lib/oidc-utils.js
var oidc_utils_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



class oidc_utils_OidcClient {
    static createHttpClient(allowRetry = true, maxRetry = 10) {
        const requestOptions = {
            allowRetries: allowRetry,
            maxRetries: maxRetry
        };
        return new HttpClient('actions/oidc-client', [new BearerCredentialHandler(oidc_utils_OidcClient.getRequestToken())], requestOptions);
    }
    static getRequestToken() {
        const token = process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
        if (!token) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable');
        }
        return token;
    }
    static getIDTokenUrl() {
        const runtimeUrl = process.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
        if (!runtimeUrl) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
        }
        return runtimeUrl;
    }
    static getCall(id_token_url) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            var _a;
            const httpclient = oidc_utils_OidcClient.createHttpClient();
            const res = yield httpclient
                .getJson(id_token_url)
                .catch(error => {
                throw new Error(`Failed to get ID Token. \n 
        Error Code : ${error.statusCode}\n 
        Error Message: ${error.message}`);
            });
            const id_token = (_a = res.result) === null || _a === void 0 ? void 0 : _a.value;
            if (!id_token) {
                throw new Error('Response json body do not have ID Token field');
            }
            return id_token;
        });
    }
    static getIDToken(audience) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            try {
                // New ID Token is requested from action service
                let id_token_url = oidc_utils_OidcClient.getIDTokenUrl();
                if (audience) {
                    const encodedAudience = encodeURIComponent(audience);
                    id_token_url = `${id_token_url}&audience=${encodedAudience}`;
                }
                debug(`ID token url is ${id_token_url}`);
                const id_token = yield oidc_utils_OidcClient.getCall(id_token_url);
                setSecret(id_token);
                return id_token;
            }
            catch (error) {
                throw new Error(`Error message: ${error.message}`);
            }
        });
    }
}
//# sourceMappingURL=oidc-utils.js.map
;// CONCATENATED MODULE: ../../node_modules/@actions/core/lib/summary.js
var summary_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_namespaceObject.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return summary_awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_namespaceObject.constants.R_OK | external_fs_namespaceObject.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return summary_awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return summary_awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_namespaceObject.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ../../node_modules/@actions/core/lib/path-utils.js

/**
 * toPosixPath converts the given path to the posix form. On Windows, \\ will be
 * replaced with /.
 *
 * @param pth. Path to transform.
 * @return string Posix path.
 */
function toPosixPath(pth) {
    return pth.replace(/[\\]/g, '/');
}
/**
 * toWin32Path converts the given path to the win32 form. On Linux, / will be
 * replaced with \\.
 *
 * @param pth. Path to transform.
 * @return string Win32 path.
 */
function toWin32Path(pth) {
    return pth.replace(/[/]/g, '\\');
}
/**
 * toPlatformPath converts the given path to a platform-specific path. It does
 * this by replacing instances of / and \ with the platform-specific path
 * separator.
 *
 * @param pth The path to platformize.
 * @return string The platform-specific path.
 */
function toPlatformPath(pth) {
    return pth.replace(/[/\\]/g, path.sep);
}
//# sourceMappingURL=path-utils.js.map
;// CONCATENATED MODULE: ../../node_modules/@actions/core/lib/platform.js
var platform_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const getWindowsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout: version } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Version"', undefined, {
        silent: true
    });
    const { stdout: name } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Caption"', undefined, {
        silent: true
    });
    return {
        name: name.trim(),
        version: version.trim()
    };
});
const getMacOsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    var _a, _b, _c, _d;
    const { stdout } = yield exec.getExecOutput('sw_vers', undefined, {
        silent: true
    });
    const version = (_b = (_a = stdout.match(/ProductVersion:\s*(.+)/)) === null || _a === void 0 ? void 0 : _a[1]) !== null && _b !== void 0 ? _b : '';
    const name = (_d = (_c = stdout.match(/ProductName:\s*(.+)/)) === null || _c === void 0 ? void 0 : _c[1]) !== null && _d !== void 0 ? _d : '';
    return {
        name,
        version
    };
});
const getLinuxInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout } = yield exec.getExecOutput('lsb_release', ['-i', '-r', '-s'], {
        silent: true
    });
    const [name, version] = stdout.trim().split('\n');
    return {
        name,
        version
    };
});
const platform = external_os_namespaceObject.platform();
const arch = external_os_namespaceObject.arch();
const isWindows = platform === 'win32';
const isMacOS = platform === 'darwin';
const isLinux = platform === 'linux';
function getDetails() {
    return platform_awaiter(this, void 0, void 0, function* () {
        return Object.assign(Object.assign({}, (yield (isWindows
            ? getWindowsInfo()
            : isMacOS
                ? getMacOsInfo()
                : getLinuxInfo()))), { platform,
            arch,
            isWindows,
            isMacOS,
            isLinux });
    });
}
//# sourceMappingURL=platform.js.map
;// CONCATENATED MODULE: ../../node_modules/@actions/core/lib/core.js
var core_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};






/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
//-----------------------------------------------------------------------
// Variables
//-----------------------------------------------------------------------
/**
 * Sets env variable for this action and future actions in the job
 * @param name the name of the variable to set
 * @param val the value of the variable. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function exportVariable(name, val) {
    const convertedVal = toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return issueFileCommand('ENV', prepareKeyValueMessage(name, val));
    }
    issueCommand('set-env', { name }, convertedVal);
}
/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function core_setSecret(secret) {
    command_issueCommand('add-mask', {}, secret);
}
/**
 * Prepends inputPath to the PATH (for this action and future actions)
 * @param inputPath
 */
function addPath(inputPath) {
    const filePath = process.env['GITHUB_PATH'] || '';
    if (filePath) {
        issueFileCommand('PATH', inputPath);
    }
    else {
        issueCommand('add-path', {}, inputPath);
    }
    process.env['PATH'] = `${inputPath}${path.delimiter}${process.env['PATH']}`;
}
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options && options.required && !val) {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    if (options && options.trimWhitespace === false) {
        return val;
    }
    return val.trim();
}
/**
 * Gets the values of an multiline input.  Each value is also trimmed.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string[]
 *
 */
function getMultilineInput(name, options) {
    const inputs = getInput(name, options)
        .split('\n')
        .filter(x => x !== '');
    if (options && options.trimWhitespace === false) {
        return inputs;
    }
    return inputs.map(input => input.trim());
}
/**
 * Gets the input value of the boolean type in the YAML 1.2 "core schema" specification.
 * Support boolean input list: `true | True | TRUE | false | False | FALSE` .
 * The return value is also in boolean type.
 * ref: https://yaml.org/spec/1.2/spec.html#id2804923
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   boolean
 */
function getBooleanInput(name, options) {
    const trueValue = ['true', 'True', 'TRUE'];
    const falseValue = ['false', 'False', 'FALSE'];
    const val = getInput(name, options);
    if (trueValue.includes(val))
        return true;
    if (falseValue.includes(val))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return file_command_issueFileCommand('OUTPUT', file_command_prepareKeyValueMessage(name, value));
    }
    process.stdout.write(external_os_namespaceObject.EOL);
    command_issueCommand('set-output', { name }, utils_toCommandValue(value));
}
/**
 * Enables or disables the echoing of commands into stdout for the rest of the step.
 * Echoing is disabled by default if ACTIONS_STEP_DEBUG is not set.
 *
 */
function setCommandEcho(enabled) {
    issue('echo', enabled ? 'on' : 'off');
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
//-----------------------------------------------------------------------
// Logging Commands
//-----------------------------------------------------------------------
/**
 * Gets whether Actions Step Debug is on or not
 */
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/**
 * Writes debug message to user log
 * @param message debug message
 */
function core_debug(message) {
    command_issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    command_issueCommand('error', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    command_issueCommand('warning', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    command_issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + external_os_namespaceObject.EOL);
}
/**
 * Begin an output group.
 *
 * Output until the next `groupEnd` will be foldable in this group
 *
 * @param name The name of the output group
 */
function startGroup(name) {
    command_issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    command_issue('endgroup');
}
/**
 * Wrap an asynchronous function call in a group.
 *
 * Returns the same type as the function itself.
 *
 * @param name The name of the group
 * @param fn The function to wrap in the group
 */
function group(name, fn) {
    return core_awaiter(this, void 0, void 0, function* () {
        startGroup(name);
        let result;
        try {
            result = yield fn();
        }
        finally {
            endGroup();
        }
        return result;
    });
}
//-----------------------------------------------------------------------
// Wrapper action state
//-----------------------------------------------------------------------
/**
 * Saves state for current action, the state can only be retrieved by this action's post job execution.
 *
 * @param     name     name of the state to store
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function saveState(name, value) {
    const filePath = process.env['GITHUB_STATE'] || '';
    if (filePath) {
        return file_command_issueFileCommand('STATE', file_command_prepareKeyValueMessage(name, value));
    }
    command_issueCommand('save-state', { name }, utils_toCommandValue(value));
}
/**
 * Gets the value of an state set by this action's main execution.
 *
 * @param     name     name of the state to get
 * @returns   string
 */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function getIDToken(aud) {
    return core_awaiter(this, void 0, void 0, function* () {
        return yield OidcClient.getIDToken(aud);
    });
}
/**
 * Summary exports
 */

/**
 * @deprecated use core.summary
 */

/**
 * Path exports
 */

/**
 * Platform utilities exports
 */

//# sourceMappingURL=core.js.map
;// CONCATENATED MODULE: ../../src/adapters/actions-io.ts
/**
 * The @actions/core adapter: the only place (with the other adapters) that imports @actions/*.
 * It gives core logic a `Ui` and gives action entries their inputs and state.
 */

function toCoreProps(props) {
    if (!props)
        return undefined;
    return {
        file: props.file,
        startLine: props.line,
        endLine: props.endLine,
        startColumn: props.column,
        title: props.title,
    };
}
class ActionsUi {
    info(message) {
        info(message);
    }
    debug(message) {
        core_debug(message);
    }
    notice(message, props) {
        notice(message, toCoreProps(props));
    }
    warning(message, props) {
        warning(message, toCoreProps(props));
    }
    error(message, props) {
        error(message, toCoreProps(props));
    }
    mask(secret) {
        if (!secret)
            return;
        core_setSecret(secret);
        // A multi-line secret (a private key) is masked line by line too, since the runner masks per line.
        for (const line of secret.split(/\r?\n/))
            if (line.trim().length >= 4)
                core_setSecret(line);
    }
    setOutput(name, value) {
        setOutput(name, value);
    }
    async summary(markdown) {
        if (!process.env.GITHUB_STEP_SUMMARY)
            return;
        await summary.addRaw(markdown, true).write();
    }
    async group(title, fn) {
        return group(title, fn);
    }
}
/** Raw inputs as the runner passes them (`INPUT_<NAME>`), trimmed; '' when absent. */
function readInput(name) {
    return getInput(name);
}
function readMultilineInput(name) {
    return core.getMultilineInput(name);
}
function actions_io_saveState(name, value) {
    saveState(name, value);
}
function readState(name) {
    return getState(name);
}
/** Sets an environment variable for the steps after this one (GITHUB_ENV). Never a secret. */
function actions_io_exportVariable(name, value) {
    core.exportVariable(name, value);
}
function failStep(message) {
    setFailed(message);
}


/***/ }),

/***/ 7322:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   j1: () => (/* binding */ ConfigurationError)
/* harmony export */ });
/* unused harmony export HostError */
/**
 * Errors the user can fix by changing an input. The message names the input and says what to change;
 * the runtime prints it as one line without a stack trace.
 */
class ConfigurationError extends Error {
    name = 'ConfigurationError';
    /** The input, flag or file at fault, e.g. `private-key` or `profiles/autodl.yml`. */
    input;
    constructor(message, input) {
        super(message);
        this.input = input;
    }
}
/** A remote or local operation failed for a reason outside the user's inputs (network, remote process). */
class HostError extends Error {
    name = 'HostError';
    code;
    constructor(code, message, options) {
        super(message, options);
        this.code = code;
    }
}
/** Turns anything thrown (Error or not) into a one-line message. */
function describeError(err) {
    if (err instanceof Error)
        return err.message || err.name;
    if (typeof err === 'string')
        return err;
    try {
        return JSON.stringify(err) ?? String(err);
    }
    catch {
        return String(err);
    }
}


/***/ }),

/***/ 2182:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ packagePath),
/* harmony export */   Z: () => (/* binding */ packageRoot)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);



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

/***/ 652:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   a$: () => (/* binding */ PROFILE_EXT),
/* harmony export */   pw: () => (/* binding */ ID_PATTERN),
/* harmony export */   xv: () => (/* binding */ requireProfileFile)
/* harmony export */ });
/* unused harmony exports PROFILES_DIR_ENV, profileDirs, listProfileIds, profileFile */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7322);
/* harmony import */ var _package_root_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2182);
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

/***/ 3938:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  L9: () => (/* binding */ prevalidatedProfile)
});

// UNUSED EXPORTS: PREVALIDATED_DIR, textDigest

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ../../src/core/package-root.ts
var package_root = __nccwpck_require__(2182);
// EXTERNAL MODULE: ../../src/core/profiles/locate.ts
var locate = __nccwpck_require__(652);
;// CONCATENATED MODULE: ../../src/core/profiles/prevalidated.ts
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
        return JSON.parse((0,external_node_fs_.readFileSync)((0,package_root/* packagePath */.C)('profiles', PREVALIDATED_DIR, `${id}.json`), 'utf8'));
    }
    catch {
        return undefined;
    }
}
function textDigest(text) {
    return (0,external_node_crypto_namespaceObject.createHash)('sha256').update(text, 'utf8').digest('hex');
}
/** The validated profile for this file name and text, when they are a built-in one as generated. */
function prevalidatedProfile(file, text) {
    const name = (0,external_node_path_.basename)(file);
    if (!name.endsWith(locate/* PROFILE_EXT */.a$))
        return undefined;
    const id = name.slice(0, -locate/* PROFILE_EXT */.a$.length);
    const entry = locate/* ID_PATTERN */.pw.test(id) ? entryFor(id) : undefined;
    if (!entry || entry.sha256 !== textDigest(text))
        return undefined;
    return entry.profile;
}


/***/ }),

/***/ 2799:
/***/ ((__unused_webpack_module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_url__WEBPACK_IMPORTED_MODULE_1__);
// First import of every bundle entry: ssh2's bundled emscripten glue reads __dirname at load time, which
// an ESM bundle lacks (see shared/reference/deps.md, Q2).


const g = globalThis;
g.__dirname ??= (0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_1__.fileURLToPath)(import.meta.url));


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(1382);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

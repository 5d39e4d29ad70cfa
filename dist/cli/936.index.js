export const id = 936;
export const ids = [936];
export const modules = {

/***/ 8936:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  settingsFromFlags: () => (/* binding */ settingsFromFlags),
  verifyResumeCommand: () => (/* binding */ verifyResumeCommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ../../src/adapters/open-host.ts + 10 modules
var open_host = __webpack_require__(9749);
// EXTERNAL MODULE: ../../src/core/errors.ts
var errors = __webpack_require__(7322);
// EXTERNAL MODULE: ../../src/core/profiles/loader.ts + 1 modules
var loader = __webpack_require__(3900);
;// CONCATENATED MODULE: ../../src/core/resume/kill-strategy.ts
/**
 * When to kill. `random` (seeded, so a failing run can be replayed), `step:N`, or `during-save` (the watcher
 * on the box kills the group the moment the next checkpoint write starts).
 */

function parseKillSpec(text, input = 'kill') {
    const t = text.trim();
    if (t === '' || t === 'random')
        return { mode: 'random' };
    if (t === 'during-save')
        return { mode: 'during-save' };
    const m = /^step:(\d+)$/.exec(t);
    if (m)
        return { mode: 'step', step: Number(m[1]) };
    throw new errors/* ConfigurationError */.j1(`${input} must be random, step:N or during-save, got ${JSON.stringify(text)}`, input);
}
function describeKill(spec) {
    return spec.mode === 'step' ? `step:${spec.step}` : spec.mode;
}
/** mulberry32: a small, fast, seedable PRNG; the same seed gives the same kill points. */
function seededRandom(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
/** At most this many steps after a save: enough to lose work and compare the redone steps, without idling. */
const MAX_STEPS_PAST_SAVE = 3;
/**
 * The random kill step: `u` in [0, 1) picks one of the first few steps after the save at `savedStep`, staying
 * before the next save (`interval` steps later). One draw per kill; the target is re-based when a newer save
 * is seen first. The instant inside that step is drawn separately (a fraction of the step's duration).
 */
function randomKillStep(u, savedStep, interval) {
    const span = Math.max(1, Math.min(Math.round(interval) - 1, MAX_STEPS_PAST_SAVE));
    return savedStep + 1 + Math.min(span - 1, Math.floor(u * span));
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ../../src/core/host/quote.ts
var quote = __webpack_require__(5684);
// EXTERNAL MODULE: ../../src/core/run/kill.ts
var kill = __webpack_require__(5271);
// EXTERNAL MODULE: ../../src/core/run/start.ts
var start = __webpack_require__(2059);
// EXTERNAL MODULE: ../../src/core/run/status.ts
var run_status = __webpack_require__(7109);
;// CONCATENATED MODULE: ../../src/core/resume/error-signatures.ts
/** Known failure signatures in a relaunch's output, each with what it means for a resume. */
const ERROR_SIGNATURES = [
    {
        id: 'torn-checkpoint',
        re: /PytorchStreamReader failed reading zip archive|failed finding central directory|file not found: archive\/data\.pkl/,
        meaning: 'the checkpoint file is torn: a kill landed during a save that overwrote it in place',
    },
    {
        id: 'truncated-pickle',
        re: /EOFError: Ran out of input|pickle data was truncated|UnpicklingError: (?!Weights only)/,
        meaning: 'the checkpoint is truncated or unreadable',
    },
    {
        id: 'weights-only-load',
        re: /Weights only load failed|WeightsUnpickler error|Unsupported global: GLOBAL/,
        meaning: 'torch.load refused the checkpoint under weights_only (the default since torch 2.6); load your own file with weights_only=False or allowlist its globals',
    },
    {
        id: 'missing-keys',
        re: /Missing key\(s\) in state_dict/,
        meaning: "the checkpoint's model keys do not match the model (a module. / _orig_mod. prefix from DDP or torch.compile, or a changed architecture)",
    },
    {
        id: 'unexpected-keys',
        re: /Unexpected key\(s\) in state_dict/,
        meaning: 'the checkpoint has keys the model does not (often a module. / _orig_mod. prefix)',
    },
    {
        id: 'size-mismatch',
        re: /size mismatch for \S+/,
        meaning: 'a tensor in the checkpoint has another shape than the model',
    },
    {
        id: 'scaler-not-restored',
        re: /No inf checks were recorded for this optimizer/,
        meaning: 'the AMP GradScaler state was not restored with the optimizer',
    },
    {
        id: 'rng-restore',
        re: /RNG state must be a torch\.ByteTensor|Expected a 'cpu' device type for generator|set_rng_state/,
        meaning: 'restoring an RNG state failed (a CUDA/CPU RNG mix-up, or map_location moved the RNG tensor to the GPU)',
    },
    {
        id: 'torn-json',
        re: /JSONDecodeError|json\.decoder\.JSONDecodeError/,
        meaning: 'a JSON checkpoint or state file is truncated',
    },
    { id: 'traceback', re: /^Traceback \(most recent call last\):/, meaning: 'the program raised an exception' },
];
/** Scans one line; returns the first matching signature. */
function matchSignature(text, line) {
    for (const sig of ERROR_SIGNATURES) {
        if (sig.re.test(text))
            return { id: sig.id, line, text: text.slice(0, 400), meaning: sig.meaning };
    }
    return undefined;
}
/** The most specific hit: a named signature beats the generic traceback. */
function mostSpecific(hits) {
    return hits.find((h) => h.id !== 'traceback') ?? hits[0];
}

;// CONCATENATED MODULE: ../../src/core/resume/evidence.ts
/** The checkpoint a relaunch resumes from: the highest-step (else newest) loadable final-name match. */
function anchorOf(doc) {
    if (!doc)
        return undefined;
    const ok = doc.matches.filter((m) => m.ok);
    return [...ok].sort((a, b) => (b.step ?? -1) - (a.step ?? -1) || (b.mtimeMs ?? 0) - (a.mtimeMs ?? 0))[0];
}

// EXTERNAL MODULE: ../../src/core/package-root.ts
var package_root = __webpack_require__(2182);
;// CONCATENATED MODULE: ../../src/core/resume/probe-client.ts
/**
 * Runs the checkpoint probe (assets/probe.py) on the box with the training's interpreter. The script travels
 * on stdin (`python -`), so nothing is written to the box; it only reads.
 */



const sources = new Map();
/** The text of an asset shipped with tenant (read once). */
function assetSource(name) {
    let text = sources.get(name);
    if (text === undefined) {
        text = (0,external_node_fs_.readFileSync)((0,package_root/* packagePath */.C)('assets', name), 'utf8');
        sources.set(name, text);
    }
    return text;
}
async function runProbe(host, options) {
    const argv = [options.python, '-', '--workdir', options.workdir, '--limit', String(options.limit ?? 8)];
    if (options.allowPickle)
        argv.push('--allow-pickle');
    if (options.noTorch)
        argv.push('--no-torch');
    argv.push('--', ...options.patterns);
    const res = await host.exec({ argv }, { stdin: assetSource('probe.py'), timeoutMs: options.timeoutMs ?? 300_000 });
    const line = res.stdout.trim().split('\n').pop() ?? '';
    if (res.code !== 0 || !line.startsWith('{')) {
        const why = res.timedOut ? 'timed out' : res.stderr.trim().split('\n').slice(-3).join(' | ') || `exit ${res.code}`;
        throw new errors/* HostError */.dh('EPROBE', `the checkpoint probe failed on ${host.label} (${options.python}): ${why}`);
    }
    return JSON.parse(line);
}
/** The checkpoint a relaunch should resume from: the newest loadable final-name match. */
function newestLoadable(doc) {
    return [...doc.matches].filter((m) => m.ok).sort((a, b) => (b.mtimeMs ?? 0) - (a.mtimeMs ?? 0))[0];
}

;// CONCATENATED MODULE: ../../src/core/resume/progress.ts
/**
 * Progress parsing: turns a training log's lines into records {step, epoch, loss, lr, batch}.
 *
 *   jsonl         one JSON object per line; any object with a numeric step counts
 *   regex:RE      a regular expression with named groups step, epoch, loss, lr, batch (`(?P<name>…)` accepted)
 *   auto          recognises the common shapes: JSON lines; `step N … loss X`; `iter N: loss X` (nanoGPT);
 *                 `Epoch E | step S | loss X`; Hugging Face Trainer log dicts `{'loss': …, 'learning_rate': …,
 *                 'epoch': …}` (their step comes from the tqdm bar `N/M [` printed around them)
 *
 * In auto mode a line counts only when it carries a step *and* a loss or learning rate: a message such as
 * "resumed from checkpoint at step 40" is not progress, and must not be mistaken for it.
 */

const FIELDS = ['step', 'epoch', 'loss', 'lr', 'batch'];
function parseProgressSpec(text, input = 'progress') {
    const t = text.trim();
    if (t === '' || t === 'auto')
        return { kind: 'auto' };
    if (t === 'jsonl' || t === 'json')
        return { kind: 'jsonl' };
    if (t.startsWith('regex:')) {
        const source = t.slice('regex:'.length).replace(/\(\?P</g, '(?<');
        let re;
        try {
            re = new RegExp(source);
        }
        catch (err) {
            throw new errors/* ConfigurationError */.j1(`${input}: invalid regular expression: ${err.message}`, input);
        }
        const groups = [...source.matchAll(/\(\?<([A-Za-z_][A-Za-z0-9_]*)>/g)].map((m) => m[1]);
        if (!groups.some((g) => FIELDS.includes(g ?? ''))) {
            throw new errors/* ConfigurationError */.j1(`${input}: the regex needs at least one named group among ${FIELDS.join(', ')} — e.g. regex:step (?<step>\\d+) loss (?<loss>[0-9.]+)`, input);
        }
        return { kind: 'regex', source, re };
    }
    throw new errors/* ConfigurationError */.j1(`${input} must be auto, jsonl or regex:<expression>, got ${JSON.stringify(text)}`, input);
}
const NUM = String.raw `[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?|[-+]?(?:nan|inf(?:inity)?)`;
function num(text) {
    if (text === undefined)
        return undefined;
    const t = text.trim().toLowerCase();
    if (t === 'nan')
        return NaN;
    if (/^[-+]?inf(inity)?$/.test(t))
        return t.startsWith('-') ? -Infinity : Infinity;
    const n = Number(t);
    return Number.isFinite(n) ? n : undefined;
}
function progress_int(text) {
    const n = num(text);
    return n !== undefined && Number.isInteger(n) ? n : undefined;
}
const JSON_KEYS = {
    step: ['step', 'global_step', 'iteration', 'iter', 'it', 'train/global_step', 'trainer/global_step', 'steps'],
    epoch: ['epoch', 'train/epoch', 'epochs'],
    loss: ['loss', 'train_loss', 'train/loss', 'training_loss', 'loss_train'],
    lr: ['lr', 'learning_rate', 'train/learning_rate', 'lr-Adam', 'lr_0'],
    batch: ['batch', 'batch_idx', 'batch_index', 'iter_in_epoch', 'step_in_epoch'],
};
function fromObject(obj) {
    const out = {};
    for (const field of FIELDS) {
        for (const key of JSON_KEYS[field]) {
            const v = obj[key];
            const n = typeof v === 'number' ? v : typeof v === 'string' ? num(v) : undefined;
            if (n !== undefined && !Number.isNaN(n)) {
                if ((field === 'step' || field === 'batch') && !Number.isInteger(n))
                    continue;
                out[field] = n;
                break;
            }
            if (field === 'loss' && typeof v === 'number') {
                out.loss = v;
                break;
            }
        }
    }
    return out;
}
function parseJsonObject(line) {
    const t = line.trim();
    if (!t.startsWith('{') || !t.endsWith('}'))
        return undefined;
    try {
        const v = JSON.parse(t);
        return v && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
    }
    catch {
        return undefined;
    }
}
/** A Python dict repr of numbers, as the HF Trainer prints it: `{'loss': 0.5, 'learning_rate': 5e-05, 'epoch': 0.1}`. */
function parsePythonNumberDict(line) {
    const t = line.trim();
    if (!/^\{'[^']+': /.test(t) || !t.endsWith('}'))
        return undefined;
    const jsonish = t
        .replace(/'([^']*)'/g, '"$1"')
        .replace(/\bnan\b/g, 'null')
        .replace(/-?\binf\b/g, 'null');
    try {
        const v = JSON.parse(jsonish);
        return v && typeof v === 'object' ? v : undefined;
    }
    catch {
        return undefined;
    }
}
const KEYED = {
    loss: new RegExp(String.raw `\b(?:train[_/ ]?)?loss\s*[:=]?\s*(${NUM})`, 'i'),
    lr: new RegExp(String.raw `\b(?:lr|learning[_ ]rate)\s*[:=]?\s*(${NUM})`, 'i'),
    epoch: new RegExp(String.raw `\bepoch\s*[:=#]?\s*(\d+(?:\.\d+)?)`, 'i'),
    step: new RegExp(String.raw `\b(?:global[_ ])?step\s*[:=#]?\s*(\d+)`, 'i'),
    iter: new RegExp(String.raw `\biter(?:ation)?\s*[:=#]?\s*(\d+)`, 'i'),
    batch: new RegExp(String.raw `\bbatch(?:[_ ]idx)?\s*[:=#]?\s*(\d+)\s*(?:/\s*\d+)?`, 'i'),
};
/** tqdm: `  5%|▌   | 10/200 [00:01<00:19,  9.5it/s]` */
const TQDM = /(\d+)\/(\d+) \[[^\]]*(?:it\/s|s\/it)/;
function fromText(line) {
    const out = {};
    const step = progress_int(KEYED.step.exec(line)?.[1]) ?? progress_int(KEYED.iter.exec(line)?.[1]);
    if (step !== undefined)
        out.step = step;
    const epoch = num(KEYED.epoch.exec(line)?.[1]);
    if (epoch !== undefined)
        out.epoch = epoch;
    const loss = num(KEYED.loss.exec(line)?.[1]);
    if (loss !== undefined)
        out.loss = loss;
    const lr = num(KEYED.lr.exec(line)?.[1]);
    if (lr !== undefined)
        out.lr = lr;
    const batch = progress_int(KEYED.batch.exec(line)?.[1]);
    if (batch !== undefined)
        out.batch = batch;
    return out;
}
function hasProgress(v) {
    return v.step !== undefined && (v.loss !== undefined || v.lr !== undefined);
}
/** A stateful parser for one log (the auto mode remembers the last tqdm step for HF log dicts). */
class ProgressParser {
    spec;
    lastBarStep;
    constructor(spec) {
        this.spec = spec;
    }
    /** Values from one line, or undefined when the line is not progress. */
    parse(rawLine) {
        // Progress bars rewrite their line with \r; each segment is a line of its own.
        const segments = rawLine.includes('\r') ? rawLine.split('\r').filter((s) => s.trim() !== '') : [rawLine];
        let found;
        for (const segment of segments) {
            const v = this.parseSegment(segment);
            if (v)
                found = v;
        }
        return found;
    }
    parseSegment(line) {
        const spec = this.spec;
        if (spec.kind === 'regex') {
            const m = spec.re.exec(line);
            if (!m?.groups)
                return undefined;
            const g = m.groups;
            const out = {};
            const step = progress_int(g.step);
            if (step !== undefined)
                out.step = step;
            for (const field of ['epoch', 'loss', 'lr']) {
                const n = num(g[field]);
                if (n !== undefined)
                    out[field] = n;
            }
            const batch = progress_int(g.batch);
            if (batch !== undefined)
                out.batch = batch;
            return Object.keys(out).length > 0 ? out : undefined;
        }
        const obj = parseJsonObject(line);
        if (spec.kind === 'jsonl') {
            if (!obj)
                return undefined;
            const v = fromObject(obj);
            return v.step !== undefined ? v : undefined;
        }
        // auto
        if (obj) {
            const v = fromObject(obj);
            return hasProgress(v) ? v : undefined;
        }
        const bar = TQDM.exec(line);
        if (bar) {
            this.lastBarStep = progress_int(bar[1]);
            return undefined;
        }
        const hf = parsePythonNumberDict(line);
        if (hf) {
            const v = fromObject(hf);
            if (v.loss === undefined && v.lr === undefined)
                return undefined;
            if (v.step === undefined && this.lastBarStep !== undefined)
                v.step = this.lastBarStep;
            // An HF dict without a bar still carries the fractional epoch: the step is derived later from the
            // checkpoint's step/epoch ratio.
            return v.step !== undefined || v.epoch !== undefined ? v : undefined;
        }
        const v = fromText(line);
        return hasProgress(v) ? v : undefined;
    }
}
/**
 * Fills missing steps from fractional epochs (HF dicts without a progress bar), given steps per epoch —
 * e.g. from the checkpoint's global_step / epoch.
 */
function fillStepsFromEpochs(records, stepsPerEpoch) {
    if (!(stepsPerEpoch > 0))
        return;
    for (const r of records) {
        if (r.step === undefined && r.epoch !== undefined)
            r.step = Math.round(r.epoch * stepsPerEpoch);
    }
}

;// CONCATENATED MODULE: ../../src/core/resume/watch-client.ts
/**
 * Runs the checkpoint agent (assets/watch.py, with assets/probe.py's code in front of it) on the box for the
 * life of one attempt: it streams write events, probes each settled checkpoint write itself (so a commit is
 * known within milliseconds, with no new interpreter per probe), answers probe requests from a warm
 * interpreter (torch already imported for the post-kill probe), and — for `--kill during-save` — kills the
 * process group at the first byte of the next save once armed.
 */


/** The agent's script: the probe's functions, then the watcher (which finds them already defined). */
function agentScript() {
    return `TENANT_EMBEDDED = True\n${assetSource('probe.py')}\n${assetSource('watch.py')}`;
}
class CheckpointWatch {
    host;
    options;
    events = [];
    done;
    ended = false;
    stderr = '';
    listeners = [];
    pending = '';
    requests = 0;
    constructor(host, options) {
        this.host = host;
        this.options = options;
        const argv = [
            options.python,
            '-',
            '--pgid',
            String(options.pgid),
            '--workdir',
            options.workdir,
            ...options.patterns.flatMap((p) => ['--pattern', p]),
            '--interval',
            String(options.intervalSeconds ?? 0.01),
            '--depth',
            String(options.depth ?? 1),
            '--arm-file',
            `${options.runDir}/watch-arm`,
            '--stop-file',
            `${options.runDir}/watch-stop`,
            '--request-dir',
            options.runDir,
            '--signal',
            options.signal,
            '--linger',
            '600',
            '--warm-torch',
            options.warmTorch ?? 'no',
            '--',
            ...options.dirs,
        ];
        this.done = host
            .exec({ argv }, { stdin: agentScript(), onStdout: (chunk) => this.feed(chunk) })
            .then((res) => {
            this.stderr = res.stderr;
        }, (err) => {
            this.stderr = err.message;
        })
            .finally(() => {
            this.feed(Buffer.from('\n'));
            this.ended = true;
            for (const l of this.listeners)
                l({ t: Date.now(), ev: 'stop', reason: 'agent exited', receivedAtMs: Date.now() });
        });
    }
    feed(chunk) {
        this.pending += chunk.toString('utf8');
        const lines = this.pending.split('\n');
        this.pending = lines.pop() ?? '';
        for (const line of lines) {
            if (!line.startsWith('{'))
                continue;
            let e;
            try {
                e = { ...JSON.parse(line), receivedAtMs: Date.now() };
            }
            catch {
                continue;
            }
            this.events.push(e);
            for (const l of this.listeners)
                l(e);
        }
    }
    onEvent(listener) {
        this.listeners.push(listener);
        return () => {
            this.listeners = this.listeners.filter((l) => l !== listener);
        };
    }
    /** Arms the kill-at-next-save. */
    async arm() {
        await this.host.writeFile(`${this.options.runDir}/watch-arm`, 'armed\n');
    }
    /** Asks the agent for a probe document (it answers from a warm interpreter). */
    async probe(request, timeoutMs = 300_000) {
        if (this.ended)
            throw new errors/* HostError */.dh('EAGENT', 'the checkpoint agent is not running');
        const id = `${Date.now()}-${++this.requests}`;
        const answer = new Promise((resolve, reject) => {
            const off = this.onEvent((e) => {
                if (e.id === id && e.ev === 'probe' && e.doc) {
                    done();
                    resolve(e.doc);
                }
                else if ((e.id === id && e.ev === 'probe-failed') || (e.ev === 'stop' && e.reason === 'agent exited')) {
                    done();
                    reject(new errors/* HostError */.dh('EAGENT', `the checkpoint agent could not probe: ${e.error ?? e.reason ?? 'stopped'}`));
                }
            });
            const timer = setTimeout(() => {
                done();
                reject(new errors/* HostError */.dh('ETIMEDOUT', 'the checkpoint agent did not answer the probe request'));
            }, timeoutMs);
            const done = () => {
                clearTimeout(timer);
                off();
            };
        });
        await this.host.writeFile(`${this.options.runDir}/probe-${id}.json`, JSON.stringify({ ...request }) + '\n');
        return answer;
    }
    /** Asks the agent to stop and waits for it (bounded). */
    /** Asks the agent to stop (it exits within one poll) and waits for it up to `timeoutMs` (0: not at all). */
    async stop(timeoutMs = 5000) {
        if (this.ended)
            return;
        await this.host.writeFile(`${this.options.runDir}/watch-stop`, 'stop\n').catch(() => undefined);
        if (timeoutMs > 0)
            await Promise.race([this.done, new Promise((r) => setTimeout(r, timeoutMs))]);
    }
}

;// CONCATENATED MODULE: ../../src/core/resume/write-timing.ts
/** How long a file must stay unchanged before an in-place write counts as finished. */
const QUIET_MS = 250;
function reconstructWrites(events, isFinal) {
    const writes = [];
    let tempStart;
    const open = new Map();
    const closeQuiet = (now) => {
        for (const [path, w] of open) {
            if (now - w.last >= QUIET_MS) {
                // An in-place rewrite shows as a truncation then growth (or a truncation to nothing). A lone size change
                // with the same inode is a missed rename cycle whose inode was reused, not evidence of an in-place write.
                if (w.kind === 'new-file' || w.grew || w.fromZero) {
                    writes.push({
                        kind: w.kind,
                        path,
                        startMs: w.start,
                        endMs: w.last,
                        seconds: (w.last - w.start) / 1000,
                        bytes: w.bytes,
                    });
                }
                open.delete(path);
            }
        }
    };
    for (const e of events) {
        closeQuiet(e.t);
        if (!e.path)
            continue;
        const final = !e.temp && isFinal(e.path);
        if (e.temp && e.ev === 'new') {
            tempStart ??= e.t;
        }
        else if (final && e.ev === 'replace') {
            const start = tempStart ?? e.t;
            writes.push({
                kind: 'atomic',
                path: e.path,
                startMs: start,
                endMs: e.t,
                seconds: (e.t - start) / 1000,
                bytes: e.size ?? 0,
            });
            tempStart = undefined;
        }
        else if (final && e.ev === 'new') {
            if (tempStart !== undefined) {
                // first save: the temp file was renamed onto a name that did not exist yet
                writes.push({
                    kind: 'atomic',
                    path: e.path,
                    startMs: tempStart,
                    endMs: e.t,
                    seconds: (e.t - tempStart) / 1000,
                    bytes: e.size ?? 0,
                });
                tempStart = undefined;
            }
            else {
                open.set(e.path, { kind: 'new-file', start: e.t, last: e.t, bytes: e.size ?? 0, grew: false, fromZero: false });
            }
        }
        else if (final && e.ev === 'shrink' && !open.has(e.path)) {
            open.set(e.path, {
                kind: 'in-place',
                start: e.t,
                last: e.t,
                bytes: e.size ?? 0,
                grew: false,
                fromZero: (e.size ?? 0) === 0,
            });
        }
        else if (final && (e.ev === 'shrink' || e.ev === 'grow' || e.ev === 'touch')) {
            const w = open.get(e.path);
            if (w) {
                w.last = e.t;
                w.bytes = e.size ?? w.bytes;
                if (e.ev === 'grow')
                    w.grew = true;
            }
        }
    }
    const end = events.length ? (events[events.length - 1]?.t ?? 0) + QUIET_MS : 0;
    closeQuiet(end);
    return writes.sort((a, b) => a.startMs - b.startMs);
}
/** Events showing an already-committed final file rewritten under its own name (the non-atomic save). */
function inPlaceRewrites(writes) {
    return writes.filter((w) => w.kind === 'in-place');
}
function median(values) {
    if (values.length === 0)
        return undefined;
    const s = [...values].sort((a, b) => a - b);
    const mid = Math.floor(s.length / 2);
    return s.length % 2 ? s[mid] : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

;// CONCATENATED MODULE: ../../src/core/resume/attempt.ts









const TAIL_LINES = 20;
/** A checkpoint's final name, as opposed to a temp file a save writes first (judged by the file's own name). */
function isFinalPath(path) {
    const name = path.split('/').filter(Boolean).pop() ?? '';
    return !/^(\.|tmp)|\.tmp|\.temp|\.partial$|\.part$|\.incomplete$|~$/i.test(name);
}
const COMMIT_FALLBACK_MS = 1000;
class Attempt {
    config;
    handle;
    startedLocalMs;
    records = [];
    signatures = [];
    tail = [];
    commits = [];
    lineCount = 0;
    endedAtMs = null;
    status;
    end = 'running';
    kill;
    postKillProbe;
    watch;
    /** Local clock when the first record arrived. */
    firstRecordAtMs = null;
    finished;
    parser;
    waiters = [];
    abort = new AbortController();
    stopRequested = false;
    killedOutright = false;
    lastStatusCheck = 0;
    probing = false;
    probeAgain = false;
    fallbackTimer;
    lastCommitKey = '';
    constructor(config, handle, 
    /** Local clock just before the start. */
    startedLocalMs) {
        this.config = config;
        this.handle = handle;
        this.startedLocalMs = startedLocalMs;
        this.parser = new ProgressParser(config.progress);
        this.finished = this.follow();
        if (config.watch && config.watch.dirs.length > 0) {
            this.watch = new CheckpointWatch(config.host, {
                python: config.python,
                dirs: config.watch.dirs,
                depth: config.watch.depth,
                pgid: handle.pgid,
                workdir: config.workdir,
                patterns: config.patterns,
                runDir: handle.paths.dir,
                signal: config.watchSignal,
                warmTorch: !config.willBeKilled ? 'no' : config.usesTorch ? 'now' : 'on-torch-file',
            });
            this.watch.onEvent((e) => this.onWatchEvent(e));
            void this.watch.done.then(() => {
                const err = this.watch?.stderr.trim();
                const n = this.watch?.events.length ?? 0;
                const secs = ((Date.now() - startedLocalMs) / 1000).toFixed(1);
                config.debug?.(`checkpoint agent for ${handle.paths.runId} ended after ${secs} s and ${n} event(s)${err ? `: ${err.split('\n').slice(-5).join(' | ')}` : ''}`);
            });
        }
        this.scheduleFallbackProbe();
    }
    static async start(config) {
        const t = Date.now();
        const handle = await (0,start/* startRun */.AD)(config.host, config.spec);
        return new Attempt(config, handle, t);
    }
    get role() {
        return this.config.role;
    }
    get running() {
        return this.end === 'running';
    }
    lastStep() {
        for (let i = this.records.length - 1; i >= 0; i--) {
            const s = this.records[i]?.step;
            if (s !== undefined)
                return s;
        }
        return null;
    }
    /** Median seconds between consecutive logged steps (per step), or undefined. */
    secondsPerStep() {
        const pts = this.records.filter((r) => r.step !== undefined);
        const per = [];
        for (let i = 1; i < pts.length; i++) {
            const ds = (pts[i]?.step ?? 0) - (pts[i - 1]?.step ?? 0);
            if (ds > 0)
                per.push(((pts[i]?.atMs ?? 0) - (pts[i - 1]?.atMs ?? 0)) / 1000 / ds);
        }
        if (per.length === 0)
            return undefined;
        per.sort((a, b) => a - b);
        return per[Math.floor(per.length / 2)];
    }
    async follow() {
        const { host } = this.config;
        try {
            for await (const { line } of host.stream(this.handle.paths.log, {
                pollMs: this.config.pollMs,
                signal: this.abort.signal,
                until: () => this.checkEnded(),
            })) {
                this.onLine(line);
            }
        }
        catch (err) {
            this.tail.push(`(tenant: stopped following the log: ${err.message})`);
        }
        // The exit code, unless tenant itself ended the group with SIGKILL (then there is none to read).
        if ((this.status === undefined || this.status.state === 'running') && !this.killedOutright) {
            this.status = await (0,run_status/* readRunStatus */.qQ)(host, this.handle.paths).catch(() => undefined);
        }
        this.endedAtMs ??= Date.now();
        if (this.end === 'running') {
            this.end = this.status?.state === 'exited' ? 'exited' : this.stopRequested ? 'stopped' : 'gone';
        }
        clearTimeout(this.fallbackTimer);
        this.wake(true);
    }
    async checkEnded() {
        if (this.stopRequested && this.end !== 'running')
            return true;
        // The agent on the box watches the process group; while it runs, its word costs no exec.
        const agentUp = this.watch && !this.watch.ended && this.watch.events.length > 0;
        if (agentUp && !this.watch?.events.some((e) => e.ev === 'group-gone'))
            return false;
        const now = Date.now();
        if (!agentUp && now - this.lastStatusCheck < 500)
            return false;
        this.lastStatusCheck = now;
        const status = await (0,run_status/* readRunStatus */.qQ)(this.config.host, this.handle.paths);
        this.status = status;
        if (status.state === 'exited' || status.state === 'gone') {
            this.endedAtMs ??= Date.now();
            return true;
        }
        return false;
    }
    onLine(line) {
        const n = this.lineCount++;
        this.tail.push(line);
        if (this.tail.length > TAIL_LINES)
            this.tail.shift();
        const hit = matchSignature(line, n);
        if (hit && this.signatures.length < 20)
            this.signatures.push(hit);
        const values = this.parser.parse(line);
        if (!values)
            return;
        const record = { ...values, line: n, atMs: Date.now() };
        this.firstRecordAtMs ??= record.atMs;
        this.records.push(record);
        this.config.onRecord?.(record, this);
        this.wake();
    }
    onWatchEvent(e) {
        if (e.ev === 'probe' && e.id === 'auto' && e.doc)
            this.noteCommit(e.doc);
        if (e.path && !e.temp && isFinalPath(e.path) && ['new', 'replace', 'grow', 'shrink', 'touch'].includes(e.ev)) {
            const last = this.saves[this.saves.length - 1];
            if (!last || last.path !== e.path || e.receivedAtMs - last.lastAtMs > 300) {
                this.saves.push({ atMs: e.receivedAtMs, lastAtMs: e.receivedAtMs, loggedStep: this.lastStep(), path: e.path });
            }
            else {
                last.lastAtMs = e.receivedAtMs;
            }
            // The agent probes settled writes itself; without an agent, probe from here.
            if (!this.watch || this.watch.ended)
                setTimeout(() => void this.probeForCommit(), 60);
        }
        this.wake();
    }
    /** Checkpoint saves seen by the watcher (one per burst of changes to a final-name file), with the logged step then. */
    saves = [];
    /** Steps between saves, from the watcher's save times (undefined until two saves were seen). */
    saveInterval() {
        const steps = this.saves.map((x) => x.loggedStep).filter((x) => x !== null);
        const gaps = steps
            .slice(1)
            .map((v, i) => v - (steps[i] ?? 0))
            .filter((g) => g > 0);
        if (gaps.length === 0)
            return undefined;
        gaps.sort((a, b) => a - b);
        return gaps[Math.floor(gaps.length / 2)];
    }
    scheduleFallbackProbe() {
        this.fallbackTimer = setTimeout(() => {
            if (this.running) {
                // Only when the agent is not there to report commits (not up yet, failed to start, or died).
                if (!this.watch || this.watch.ended || this.watch.events.length === 0)
                    void this.probeForCommit();
                this.scheduleFallbackProbe();
            }
        }, COMMIT_FALLBACK_MS);
    }
    /** Records a commit when the newest loadable checkpoint in `doc` differs from the last one recorded. */
    noteCommit(doc) {
        const anchor = anchorOf(doc);
        if (!anchor || !this.running)
            return;
        const key = `${anchor.path}|${anchor.step}|${anchor.mtimeMs}|${anchor.inode}|${anchor.sizeBytes}`;
        if (key === this.lastCommitKey)
            return;
        this.lastCommitKey = key;
        this.commits.push({ atMs: Date.now(), step: anchor.step, path: anchor.path, loggedStep: this.lastStep() });
        this.wake();
    }
    /** Probes the checkpoints from here (a new interpreter; fast, structure only). */
    async probeForCommit() {
        if (this.probing) {
            this.probeAgain = true;
            return;
        }
        this.probing = true;
        try {
            do {
                this.probeAgain = false;
                const doc = await runProbe(this.config.host, {
                    python: this.config.python,
                    workdir: this.config.workdir,
                    patterns: this.config.patterns,
                    noTorch: true,
                    limit: 2,
                }).catch(() => undefined);
                this.noteCommit(doc);
            } while (this.probeAgain && this.running);
        }
        finally {
            this.probing = false;
        }
    }
    /**
     * The authoritative probe after a kill: from the agent's warm interpreter (torch already loaded), else from
     * a new interpreter. Full load rules: weights_only first, pickle only when allowed.
     */
    async probeAfterKill(allowPickle) {
        const request = { allowPickle, limit: 8 };
        if (this.watch && !this.watch.ended) {
            try {
                return await this.watch.probe(request);
            }
            catch {
                // fall through to a fresh interpreter
            }
        }
        return runProbe(this.config.host, {
            python: this.config.python,
            workdir: this.config.workdir,
            patterns: this.config.patterns,
            ...request,
        });
    }
    /** Stops the agent (after the post-kill probe, or when the attempt is over). */
    async close(wait = true) {
        await this.watch?.stop(wait ? 5000 : 0);
    }
    /** The newest commit with a step above `after` (or any newer commit when steps are unknown). */
    commitAfter(after, count = 0) {
        const fresh = this.commits.slice(count);
        return fresh.find((c) => after === null || (c.step ?? c.loggedStep ?? -1) > after);
    }
    waitFor(check, timeoutMs) {
        if (check())
            return Promise.resolve('ok');
        if (!this.running)
            return Promise.resolve('ended');
        return new Promise((resolve) => {
            const w = { check, resolve };
            w.timer = setTimeout(() => {
                this.waiters = this.waiters.filter((x) => x !== w);
                resolve('timeout');
            }, Math.max(0, timeoutMs));
            this.waiters.push(w);
        });
    }
    wake(ended = false) {
        for (const w of [...this.waiters]) {
            let done;
            try {
                done = w.check() ? 'ok' : ended ? 'ended' : undefined;
            }
            catch {
                done = 'ended';
            }
            if (done) {
                clearTimeout(w.timer);
                this.waiters = this.waiters.filter((x) => x !== w);
                w.resolve(done);
            }
        }
    }
    /** Kills the group (the kill under test): KILL, or TERM with grace then KILL. */
    async killGroup(signal, graceMs, alreadySent = false) {
        const res = await (0,kill/* killRun */.y)(this.config.host, this.handle.pgid, {
            signal,
            graceMs,
            paths: this.handle.paths,
            alreadySent,
        });
        this.end = 'killed';
        this.stopRequested = true;
        this.killedOutright = signal === 'KILL' || res.escalated;
        this.endedAtMs = res.goneAtMs;
        return res;
    }
    /** Stops an attempt tenant no longer needs (after judging): SIGKILL, recorded as `stopped`. */
    async stop() {
        if (!this.running)
            return;
        this.stopRequested = true;
        this.killedOutright = true;
        await (0,kill/* killRun */.y)(this.config.host, this.handle.pgid, { signal: 'KILL', paths: this.handle.paths }).catch(() => undefined);
        if (this.end === 'running')
            this.end = 'stopped';
        this.endedAtMs ??= Date.now();
    }
    /** Stops following for good (error paths). */
    abortFollow() {
        this.abort.abort();
    }
    evidence() {
        return {
            role: this.config.role,
            index: this.config.index,
            runId: this.handle.paths.runId,
            runDir: this.handle.paths.dir,
            pgid: this.handle.pgid,
            commandSha256: this.handle.commandSha256,
            detach: this.handle.detach,
            startedAtMs: this.startedLocalMs,
            endedAtMs: this.endedAtMs,
            end: this.end,
            exitCode: this.status?.exitCode ?? null,
            records: this.records,
            lineCount: this.lineCount,
            signatures: this.signatures,
            logTail: this.tail,
            commits: this.commits,
            writes: reconstructWrites(this.watch?.events ?? [], isFinalPath),
            ...(this.kill ? { kill: this.kill } : {}),
            ...(this.postKillProbe ? { postKillProbe: this.postKillProbe } : {}),
        };
    }
}

;// CONCATENATED MODULE: ../../src/core/resume/checkpoint-state.ts
const STATE_PARTS = [
    'model',
    'optimizer',
    'scheduler',
    'step',
    'epoch',
    'rng',
    'scaler',
    'ema',
    'data',
];
const PATTERNS = {
    model: /^(model|models|state_dict|model_state(_dict)?|module|net|network|weights|params|generator|discriminator|policy)$|^model[_.]|_model$/,
    optimizer: /optim|^opt($|_)|zero_pp_rank/,
    scheduler: /sched|lr_schedulers/,
    rng: /rng|random_state|random_states|generator_state|np_random|torch_random|cuda_random/,
    scaler: /scaler|grad_scale|(^|_)amp($|_)/,
    ema: /(^|_)ema($|_)|swa|averaged|shadow/,
    data: /sampler|dataloader|data_?state|loader|batch|cursor|position|loops/,
};
function statePresence(m) {
    const keys = m.keys.map((k) => k.toLowerCase());
    const has = (re) => keys.some((k) => re.test(k));
    const out = {};
    for (const part of STATE_PARTS) {
        if (part === 'step')
            out.step = m.step !== null || keys.some((k) => /^(global_step|step|iteration|iter|it|trainer_state)$/.test(k));
        else if (part === 'epoch')
            out.epoch = m.epoch !== null || keys.includes('trainer_state');
        else
            out[part] = has(PATTERNS[part]);
    }
    if (m.bareStateDict) {
        for (const part of STATE_PARTS)
            out[part] = part === 'model';
    }
    return out;
}

;// CONCATENATED MODULE: ../../src/core/resume/rules.ts
/**
 * The rules a resume must satisfy (design §6, seed-behaviors §2.3), each a pure function of the evidence that
 * returns a status and the evidence in words. A kill cycle is (the attempt that was killed, the relaunch that
 * followed it); a rule that looks at cycles fails when any cycle fails.
 */




const RULE_TITLES = {
    'fresh-start': 'Fresh start works',
    'checkpoint-committed': 'A checkpoint commits before the kill',
    'checkpoint-loadable': 'Checkpoint loadable after the kill',
    'atomic-write': 'Saves are atomic (temp file + rename)',
    'full-state': 'Full training state in the checkpoint',
    'relaunch-identical': 'Relaunch is the byte-identical command',
    'resumed-step': 'First resumed step is the checkpoint step',
    'epoch-continues': 'Epoch continues',
    'lr-continues': 'Learning rate continues',
    'loss-continuity': 'Loss continues from the checkpoint',
    'error-signature': 'No error signature in the relaunch',
    'durable-path': 'Checkpoint on a durable path',
    'epoch-length': 'Epoch length conserved (no replayed batches)',
    'reference-match': 'Matches an uninterrupted run',
};
function result(id, status, evidence) {
    return { id, title: RULE_TITLES[id], status, evidence };
}
function stepped(records) {
    return records.filter((r) => r.step !== undefined);
}
/** The usual distance between logged steps (1 when every step is logged). */
function logInterval(records) {
    const s = stepped(records);
    const diffs = [];
    for (let i = 1; i < s.length; i++) {
        const d = (s[i]?.step ?? 0) - (s[i - 1]?.step ?? 0);
        if (d > 0)
            diffs.push(d);
    }
    if (diffs.length === 0)
        return 1;
    diffs.sort((a, b) => a - b);
    return diffs[Math.floor(diffs.length / 2)] ?? 1;
}
function cyclesOf(ev) {
    const chain = ev.attempts.filter((a) => a.role !== 'reference');
    const cycles = [];
    for (let i = 0; i + 1 < chain.length; i++) {
        const pre = chain[i];
        const post = chain[i + 1];
        const anchor = anchorOf(pre.postKillProbe);
        let sc = anchor?.step ?? null;
        let scSource = sc !== null ? 'checkpoint' : 'none';
        if (sc === null) {
            const last = [...pre.commits].reverse().find((c) => c.loggedStep !== null);
            if (last?.loggedStep != null) {
                sc = last.loggedStep;
                scSource = 'log';
            }
        }
        cycles.push({ n: i + 1, pre, post, anchor, sc: sc === null ? null : Math.round(sc), scSource });
    }
    return cycles;
}
function prefix(c, all) {
    return all.length > 1 ? `kill ${c.n}: ` : '';
}
function fmt(n, digits = 4) {
    if (n === undefined || n === null)
        return 'n/a';
    if (Number.isInteger(n))
        return String(n);
    return Math.abs(n) >= 1e-3 && Math.abs(n) < 1e4 ? n.toPrecision(digits) : n.toExponential(2);
}
function bytes(n) {
    if (n === undefined || n === null)
        return '?';
    if (n < 1024)
        return `${n} B`;
    if (n < 1024 * 1024)
        return `${(n / 1024).toFixed(1)} KiB`;
    return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}
function base(path) {
    return path.split('/').filter(Boolean).slice(-2).join('/');
}
function stepsByNumber(records) {
    const m = new Map();
    for (const r of stepped(records))
        if (!m.has(r.step))
            m.set(r.step, r);
    return m;
}
// ---------------------------------------------------------------------------------------------------------
function freshStart(ev) {
    const fresh = ev.attempts[0];
    if (!fresh)
        return result('fresh-start', 'fail', 'no fresh attempt ran');
    const recs = stepped(fresh.records);
    const first = recs[0];
    const interval = logInterval(fresh.records);
    if (!first) {
        const why = fresh.end === 'exited'
            ? `it exited with code ${fresh.exitCode} before logging progress`
            : `no progress line was recognised in ${fresh.lineCount} log lines (check --progress)`;
        const sig = mostSpecific(fresh.signatures);
        return result('fresh-start', 'fail', `the fresh run logged no step: ${why}${sig ? `; ${sig.text}` : ''}`);
    }
    if (first.step > Math.max(2, 2 * interval)) {
        return result('fresh-start', 'fail', `the fresh run began at step ${first.step}, not 0: it found training state somewhere the checkpoint glob does not cover, or the directory was not empty`);
    }
    if (fresh.end === 'exited' && fresh.exitCode !== 0 && fresh.commits.length === 0) {
        return result('fresh-start', 'fail', `the fresh run exited with code ${fresh.exitCode} before its first checkpoint`);
    }
    const firstCommit = fresh.commits[0];
    const when = firstCommit ? `; first checkpoint at step ${fmt(firstCommit.step ?? firstCommit.loggedStep)}` : '';
    return result('fresh-start', 'pass', `started at step ${first.step} with an empty checkpoint directory${when}`);
}
function checkpointCommitted(ev) {
    const fresh = ev.attempts[0];
    const commit = fresh?.commits[0];
    if (!fresh || !commit) {
        const ended = fresh?.end === 'exited' ? ` (the run ended with code ${fresh.exitCode})` : '';
        return result('checkpoint-committed', 'fail', `no checkpoint matching ${ev.checkpointPatterns.join(', ')} committed (present and loadable) before the kill${ended}; check --checkpoint`);
    }
    const secs = ((commit.atMs - fresh.startedAtMs) / 1000).toFixed(1);
    return result('checkpoint-committed', 'pass', `${base(commit.path)} committed at step ${fmt(commit.step ?? commit.loggedStep)} after ${secs} s`);
}
function checkpointLoadable(ev, cycles) {
    if (cycles.length === 0)
        return result('checkpoint-loadable', 'skip', 'no kill happened');
    const lines = [];
    let failed = false;
    for (const c of cycles) {
        const doc = c.pre.postKillProbe;
        const p = prefix(c, cycles);
        if (!doc) {
            lines.push(`${p}not probed`);
            failed = true;
            continue;
        }
        const torn = doc.matches.filter((m) => !m.ok);
        const during = c.pre.kill?.saveInProgress ? ' (the kill landed during a save)' : '';
        if (doc.matches.length === 0) {
            failed = true;
            lines.push(`${p}no checkpoint left after the kill${during}: nothing to resume from (a rolling limit may have deleted it)`);
        }
        else if (torn.length > 0) {
            failed = true;
            const t = torn[0];
            lines.push(`${p}${base(t.path)} is torn after the kill${during}: ${t.error}`);
        }
        else {
            const a = c.anchor;
            const how = a.loadedWith === 'structure'
                ? 'read structurally (a full load needs --allow-pickle)'
                : `loaded (${a.loadedWith})`;
            const left = doc.leftovers.length
                ? `; left behind and ignored: ${doc.leftovers.map((l) => `${base(l.path)} (${bytes(l.sizeBytes)})`).join(', ')}`
                : '';
            lines.push(`${p}${base(a.path)} ${how}, ${bytes(a.sizeBytes)}, step ${fmt(a.step)}${during}${left}`);
        }
    }
    return result('checkpoint-loadable', failed ? 'fail' : 'pass', lines.join('; '));
}
function atomicWrite(ev) {
    const writes = ev.attempts.flatMap((a) => a.writes);
    const inPlace = inPlaceRewrites(writes);
    if (inPlace.length > 0) {
        const w = inPlace[0];
        return result('atomic-write', 'fail', `${base(w.path)} was truncated and rewritten under its own name (same inode)${w.seconds >= 0.01 ? ` over ${(w.seconds * 1000).toFixed(0)} ms` : ''} — ${inPlace.length} in-place save(s) seen; a kill during one leaves no intact checkpoint`);
    }
    const atomic = writes.filter((w) => w.kind === 'atomic');
    if (atomic.length > 0)
        return result('atomic-write', 'pass', `${atomic.length} save(s) seen, each landed by renaming a temp file over the final name`);
    return result('atomic-write', 'skip', 'no overwrite of an existing checkpoint was observed (saves wrote new files, or too few saves)');
}
const PART_WORDS = {
    model: 'model weights',
    optimizer: 'optimizer state',
    scheduler: 'LR scheduler',
    step: 'step counter',
    epoch: 'epoch counter',
    rng: 'RNG state',
    scaler: 'AMP GradScaler',
    ema: 'EMA/SWA weights',
    data: 'data position',
};
function lrVaries(ev) {
    const lrs = ev.attempts
        .flatMap((a) => a.records)
        .map((r) => r.lr)
        .filter((x) => x !== undefined);
    if (lrs.length < 2)
        return undefined;
    return Math.max(...lrs) - Math.min(...lrs) > 1e-12 * Math.max(1, Math.abs(lrs[0] ?? 0));
}
function fullState(ev, cycles) {
    const anchor = cycles.map((c) => c.anchor).find((a) => a !== undefined);
    if (!anchor)
        return result('full-state', 'skip', 'no loadable checkpoint to inspect');
    const has = statePresence(anchor);
    const missingFail = [];
    const missingWarn = [];
    for (const part of ['model', 'optimizer', 'step'])
        if (!has[part])
            missingFail.push(part);
    const varies = lrVaries(ev);
    if (!has.scheduler)
        (varies === false ? [] : varies ? missingFail : missingWarn).push('scheduler');
    if (!has.epoch)
        missingWarn.push('epoch');
    if (!has.rng)
        missingWarn.push('rng');
    if (ev.codeUse.scaler && !has.scaler)
        missingFail.push('scaler');
    if (ev.codeUse.ema && !has.ema)
        missingFail.push('ema');
    const present = Object.keys(has).filter((p) => has[p]).map((p) => PART_WORDS[p]);
    const keys = anchor.bareStateDict
        ? `a bare state_dict (${anchor.keys.length} tensors, no training state)`
        : `keys ${anchor.keys.slice(0, 12).join(', ')}${anchor.keys.length > 12 ? ', …' : ''}`;
    const words = (parts) => parts.map((p) => PART_WORDS[p]).join(', ');
    const scriptNote = (ev.codeUse.scaler || ev.codeUse.ema) && ev.codeUse.script
        ? ` (${ev.codeUse.script} uses ${[ev.codeUse.scaler ? 'a GradScaler' : '', ev.codeUse.ema ? 'EMA' : ''].filter(Boolean).join(' and ')})`
        : '';
    if (missingFail.length > 0) {
        const lrNote = missingFail.includes('scheduler') ? ' — the logged LR follows a schedule' : '';
        return result('full-state', 'fail', `${base(anchor.path)} is missing: ${words(missingFail)}${lrNote}${scriptNote}; it holds ${keys}`);
    }
    if (missingWarn.length > 0) {
        const lrNote = missingWarn.includes('scheduler')
            ? ' (the LR is not logged, so whether a schedule is used is unknown)'
            : '';
        return result('full-state', 'warn', `${base(anchor.path)} has ${present.join(', ')}; not found: ${words(missingWarn)}${lrNote}`);
    }
    return result('full-state', 'pass', `${base(anchor.path)} has ${present.join(', ')}`);
}
function relaunchIdentical(ev) {
    const chain = ev.attempts;
    const hashes = new Set(chain.map((a) => a.commandSha256));
    if (chain.length < 2)
        return result('relaunch-identical', 'skip', 'no relaunch happened');
    if (hashes.size !== 1)
        return result('relaunch-identical', 'fail', `command.sh differs between attempts (${[...hashes].map((h) => h.slice(0, 12)).join(' vs ')})`);
    return result('relaunch-identical', 'pass', `${chain.length} attempts ran the same command.sh (sha256 ${[...hashes][0]?.slice(0, 12)}…), env file and working directory, with no --resume added`);
}
function resumedStep(_ev, cycles) {
    if (cycles.length === 0)
        return result('resumed-step', 'fail', 'no relaunch happened, so no resume was seen');
    const lines = [];
    let failed = false;
    let skipped = false;
    for (const c of cycles) {
        const p = prefix(c, cycles);
        const first = stepped(c.post.records)[0];
        const sKill = c.pre.kill?.lastLoggedStep ?? null;
        if (c.sc === null) {
            skipped = true;
            lines.push(`${p}the checkpoint holds no step and none could be estimated from the log`);
            continue;
        }
        const from = c.scSource === 'checkpoint'
            ? `the checkpoint's step ${c.sc}`
            : `step ~${c.sc} (estimated from the log: ${c.anchor ? 'the checkpoint holds no step counter' : 'no loadable checkpoint was left'})`;
        if (!first) {
            failed = true;
            const why = c.post.end === 'exited' ? `it exited with code ${c.post.exitCode}` : 'no progress line was recognised';
            lines.push(`${p}the relaunch logged no step (${why}); expected ${from}`);
            continue;
        }
        const interval = Math.max(logInterval(c.pre.records), logInterval(c.post.records));
        const sr = first.step;
        if (sr >= c.sc && sr <= c.sc + interval) {
            lines.push(`${p}the relaunch logged step ${sr} first, continuing from ${from}${sKill !== null ? `; ${Math.max(0, sKill - c.sc)} logged step(s) after it were lost to the kill` : ''}`);
        }
        else if (sr <= interval && c.sc > 2 * interval) {
            failed = true;
            lines.push(`${p}the relaunch started over at step ${sr}; ${from} was ignored`);
        }
        else if (sr < c.sc) {
            failed = true;
            lines.push(`${p}the relaunch resumed at step ${sr}, behind ${from}: it loaded an older state`);
        }
        else {
            failed = true;
            const lie = sKill !== null && sr === sKill + 1
                ? ` — that is the step after the last one logged before the kill (${sKill})`
                : '';
            lines.push(`${p}the relaunch continued at step ${sr}, ahead of ${from}${lie}: its position does not come from this checkpoint`);
        }
    }
    return result('resumed-step', failed ? 'fail' : skipped ? 'skip' : 'pass', lines.join('; '));
}
/** Steps logged both before the kill (after S_c) and after the relaunch: the redone work, compared value by value. */
function overlap(c) {
    const pre = stepsByNumber(c.pre.records);
    const out = [];
    for (const r of stepped(c.post.records)) {
        if (c.sc !== null && r.step <= c.sc)
            continue;
        const before = pre.get(r.step);
        if (before)
            out.push({ step: r.step, pre: before, post: r });
    }
    return out;
}
function epochContinues(_ev, cycles) {
    const lines = [];
    let failed = false;
    let judged = false;
    for (const c of cycles) {
        const p = prefix(c, cycles);
        const pairs = overlap(c).filter((o) => o.pre.epoch !== undefined && o.post.epoch !== undefined);
        if (pairs.length > 0) {
            judged = true;
            const bad = pairs.find((o) => Math.abs(o.pre.epoch - o.post.epoch) > 1e-6);
            if (bad) {
                failed = true;
                lines.push(`${p}step ${bad.step} was in epoch ${fmt(bad.pre.epoch)} before the kill and in epoch ${fmt(bad.post.epoch)} after the relaunch`);
            }
            else {
                lines.push(`${p}the ${pairs.length} redone step(s) ${pairs[0]?.step}–${pairs[pairs.length - 1]?.step} carry the same epoch as before the kill (${fmt(pairs[0]?.post.epoch)})`);
            }
            continue;
        }
        const first = stepped(c.post.records)[0];
        const anchorEpoch = c.anchor?.epoch ?? null;
        if (first?.epoch !== undefined && anchorEpoch !== null) {
            judged = true;
            const ok = first.epoch >= anchorEpoch - 1e-6 && first.epoch <= anchorEpoch + 1 + 1e-6;
            if (!ok)
                failed = true;
            lines.push(`${p}first resumed epoch ${fmt(first.epoch)}, checkpoint epoch ${fmt(anchorEpoch)}`);
        }
    }
    if (!judged)
        return result('epoch-continues', 'skip', 'no epoch is logged for the steps around the checkpoint');
    return result('epoch-continues', failed ? 'fail' : 'pass', lines.join('; '));
}
function lrContinues(_ev, cycles) {
    const lines = [];
    let failed = false;
    let judged = false;
    for (const c of cycles) {
        const p = prefix(c, cycles);
        const pairs = overlap(c).filter((o) => o.pre.lr !== undefined && o.post.lr !== undefined);
        if (pairs.length === 0)
            continue;
        judged = true;
        const bad = pairs.find((o) => {
            const a = o.pre.lr;
            const b = o.post.lr;
            return Math.abs(a - b) > 1e-4 * Math.max(Math.abs(a), Math.abs(b)) + 1e-12;
        });
        if (bad) {
            failed = true;
            lines.push(`${p}step ${bad.step} ran at lr ${fmt(bad.pre.lr)} before the kill and at lr ${fmt(bad.post.lr)} after the relaunch: the schedule restarted`);
        }
        else {
            lines.push(`${p}the ${pairs.length} redone step(s) ran at the same lr as before the kill (${fmt(pairs[0]?.post.lr)} at step ${pairs[0]?.step})`);
        }
    }
    if (!judged)
        return result('lr-continues', 'skip', 'the learning rate is not logged for the redone steps (log it to check the schedule)');
    return result('lr-continues', failed ? 'fail' : 'pass', lines.join('; '));
}
function meanLoss(records) {
    const xs = records.map((r) => r.loss).filter((x) => x !== undefined && Number.isFinite(x));
    return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : undefined;
}
/** Median absolute change of the loss from one logged step to the next: the noise a comparison must beat. */
function lossNoise(records) {
    const xs = stepped(records)
        .map((r) => r.loss)
        .filter((x) => x !== undefined && Number.isFinite(x));
    const diffs = xs
        .slice(1)
        .map((x, i) => Math.abs(x - xs[i]))
        .sort((a, b) => a - b);
    return diffs.length ? diffs[Math.floor(diffs.length / 2)] : 0;
}
function sameLoss(a, b) {
    return Math.abs(a - b) <= 1e-6 * Math.max(Math.abs(a), Math.abs(b)) + 1e-12;
}
function lossContinuity(ev, cycles) {
    const fresh = ev.attempts[0];
    const freshSteps = fresh ? stepped(fresh.records).filter((r) => r.loss !== undefined) : [];
    const l0 = meanLoss(freshSteps.slice(0, 3));
    const lines = [];
    let failed = false;
    let judged = false;
    for (const c of cycles) {
        const p = prefix(c, cycles);
        if (l0 === undefined || c.sc === null)
            continue;
        const first = stepped(c.post.records)
            .filter((r) => r.loss !== undefined)
            .slice(0, 3);
        if (first.length === 0)
            continue;
        const pre = stepsByNumber(c.pre.records);
        // 1. The redone steps reproduce the losses logged before the kill: model, optimizer, data order and RNG
        //    all came back (exact on deterministic hardware; not required, but the strongest evidence).
        const redone = first.map((r) => ({
            r,
            before: r.step > c.sc ? pre.get(r.step) : undefined,
        }));
        if (redone.every((x) => x.before?.loss !== undefined && sameLoss(x.r.loss, x.before.loss))) {
            judged = true;
            lines.push(`${p}the first ${first.length} resumed step(s) reproduced the losses logged before the kill exactly (${fmt(first[0]?.loss)} at step ${first[0]?.step})`);
            continue;
        }
        // 2. The relaunch repeats the fresh run's opening losses: it started from the initial state.
        const opening = freshSteps.slice(0, first.length);
        if (opening.length === first.length &&
            first.every((r, i) => r.step === opening[i]?.step && sameLoss(r.loss, opening[i]?.loss)) &&
            c.sc > first[first.length - 1]?.step) {
            judged = true;
            failed = true;
            lines.push(`${p}the relaunch repeated the fresh run's first losses exactly (${fmt(first[0]?.loss)} at step ${first[0]?.step}): it started from the initial state, not from step ${c.sc}`);
            continue;
        }
        // 3. Otherwise: closer to L(S_c) than to L0, when the loss has moved well beyond its step-to-step noise.
        const before = stepped(c.pre.records).filter((r) => r.step <= c.sc && r.loss !== undefined);
        const lc = meanLoss(before.slice(-3));
        const lr = meanLoss(first);
        if (lc === undefined || lr === undefined)
            continue;
        const noise = lossNoise(c.pre.records);
        const moved = Math.abs(l0 - lc);
        if (moved < 0.1 * Math.max(Math.abs(l0), Math.abs(lc)) || moved < 2 * noise) {
            lines.push(`${p}the loss had not moved clearly by step ${c.sc} to tell (${fmt(l0)} at the start, ${fmt(lc)} at the checkpoint, step-to-step noise ${fmt(noise)})`);
            continue;
        }
        judged = true;
        const ok = Math.abs(lr - lc) < Math.abs(lr - l0);
        if (!ok)
            failed = true;
        lines.push(`${p}first resumed loss ${fmt(lr)} is closer to ${ok ? `the checkpoint's ${fmt(lc)} than to the initial ${fmt(l0)}` : `the initial ${fmt(l0)} than to the checkpoint's ${fmt(lc)}: the model state was not restored`}`);
    }
    if (!judged)
        return result('loss-continuity', 'skip', lines.join('; ') || 'no loss is logged around the checkpoint');
    return result('loss-continuity', failed ? 'fail' : 'pass', lines.join('; '));
}
function errorSignature(ev) {
    const relaunches = ev.attempts.filter((a) => a.role === 'relaunch');
    if (relaunches.length === 0)
        return result('error-signature', 'skip', 'no relaunch happened');
    for (const a of relaunches) {
        const hit = mostSpecific(a.signatures);
        if (hit)
            return result('error-signature', 'fail', `relaunch log line ${hit.line + 1}: "${hit.text.trim()}" — ${hit.meaning}`);
        if (a.end === 'exited' && a.exitCode !== 0) {
            return result('error-signature', 'fail', `the relaunch exited with code ${a.exitCode}; last lines: ${a.logTail.slice(-3).join(' | ')}`);
        }
    }
    const lines = relaunches.reduce((n, a) => n + a.lineCount, 0);
    return result('error-signature', 'pass', `no known error signature in ${lines} relaunch log line(s)`);
}
function durablePath(ev, cycles) {
    const anchor = cycles.map((c) => c.anchor).find((a) => a !== undefined) ?? undefined;
    const fromCommit = ev.attempts[0]?.commits[0]?.path;
    if (!anchor && !fromCommit)
        return result('durable-path', 'skip', 'no checkpoint to locate');
    const path = anchor?.realpath ?? anchor?.path ?? fromCommit ?? '';
    const fs = anchor?.mount?.fstype;
    if (fs && /^(tmpfs|ramfs)$/.test(fs)) {
        return result('durable-path', 'fail', `${path} is on ${fs} (${anchor?.mount?.point}): RAM, lost on a reboot, a stop or a replacement box on any platform`);
    }
    const answer = ev.profileDurability?.(path);
    const where = fs ? ` (${fs} at ${anchor?.mount?.point})` : '';
    if (answer?.durable === false)
        return result('durable-path', 'fail', `${path}${where}: ${answer.why}`);
    if (answer?.durable === true)
        return result('durable-path', 'pass', `${path}${where}: ${answer.why}`);
    return result('durable-path', answer ? 'warn' : 'pass', `${path}${where}${answer ? `: ${answer.why}` : ': not RAM-backed'}`);
}
/**
 * The steps the final model actually went through: each attempt's records up to the checkpoint the next one
 * resumed from, then the last attempt's records. Undefined when the steps do not increase (a restart from
 * zero), where epoch lengths mean nothing.
 */
function effectiveRecords(cycles) {
    if (cycles.length === 0)
        return undefined;
    const out = [];
    for (const c of cycles) {
        if (c.sc === null)
            return undefined;
        out.push(...stepped(c.pre.records).filter((r) => r.step <= c.sc && r.step > (out[out.length - 1]?.step ?? -Infinity)));
    }
    out.push(...stepped(cycles[cycles.length - 1].post.records));
    for (let i = 1; i < out.length; i++)
        if ((out[i]?.step ?? 0) <= (out[i - 1]?.step ?? 0))
            return undefined;
    return out;
}
/** First step seen in each (integer) epoch. */
function epochStarts(records) {
    const starts = new Map();
    for (const r of stepped(records)) {
        if (r.epoch === undefined)
            continue;
        const e = Math.floor(r.epoch + 1e-9);
        if (!starts.has(e))
            starts.set(e, r.step);
    }
    return starts;
}
function epochLengths(records) {
    const starts = epochStarts(records);
    const lengths = new Map();
    for (const [e, s] of starts) {
        const next = starts.get(e + 1);
        if (next !== undefined)
            lengths.set(e, next - s);
    }
    return lengths;
}
function epochLength(ev, cycles) {
    const eff = effectiveRecords(cycles);
    if (!eff)
        return result('epoch-length', 'skip', 'the steps after the relaunch do not continue the steps before it');
    if (!eff.some((r) => r.epoch !== undefined))
        return result('epoch-length', 'skip', 'no epoch is logged');
    const lengths = epochLengths(eff);
    const killedEpochs = new Set(cycles.map((c) => {
        const at = stepped(c.pre.records)
            .filter((r) => r.step <= (c.sc ?? -1))
            .pop();
        return at?.epoch !== undefined ? Math.floor(at.epoch + 1e-9) : undefined;
    }));
    const clean = [];
    for (const [e, len] of lengths)
        if (!killedEpochs.has(e))
            clean.push(len);
    const ref = ev.attempts.find((a) => a.role === 'reference');
    if (ref)
        for (const len of epochLengths(ref.records).values())
            clean.push(len);
    const tolerance = Math.max(logInterval(eff), 1);
    const judged = [];
    for (const e of killedEpochs) {
        if (e === undefined)
            continue;
        const len = lengths.get(e);
        if (len === undefined) {
            judged.push(`epoch ${e} (interrupted) did not finish within the judged steps`);
            continue;
        }
        if (clean.length === 0) {
            judged.push(`epoch ${e} (interrupted) ran ${len} steps; no uninterrupted epoch was seen to compare with`);
            continue;
        }
        const expected = clean.sort((a, b) => a - b)[Math.floor(clean.length / 2)];
        if (Math.abs(len - expected) > tolerance) {
            return result('epoch-length', 'fail', `interrupted epoch ${e} ran ${len} steps, uninterrupted epochs run ${expected}: ${len > expected ? `${len - expected} batch(es) were replayed after the relaunch` : `${expected - len} batch(es) were skipped`}`);
        }
        judged.push(`interrupted epoch ${e} ran ${len} steps, like the uninterrupted ones (${expected})`);
    }
    const conclusive = judged.some((j) => j.includes('like the uninterrupted'));
    return result('epoch-length', conclusive ? 'pass' : 'skip', judged.join('; ') || 'no interrupted epoch to measure');
}
function referenceMatch(ev, cycles) {
    const ref = ev.attempts.find((a) => a.role === 'reference');
    if (!ev.reference)
        return result('reference-match', 'skip', 'no reference run (pass --reference to compare with an uninterrupted run)');
    if (!ref)
        return result('reference-match', 'skip', 'the reference run did not happen');
    const eff = effectiveRecords(cycles);
    const last = ev.attempts.filter((a) => a.role !== 'reference').pop();
    const refSteps = stepsByNumber(ref.records);
    const sc1 = cycles[0]?.sc ?? 0;
    const problems = [];
    const notes = [];
    if (eff) {
        const l0 = meanLoss(stepped(ref.records).slice(0, 3)) ?? 1;
        const common = eff.filter((r) => r.step > sc1 && r.loss !== undefined && refSteps.get(r.step)?.loss !== undefined);
        if (common.length > 0) {
            const rel = common.map((r) => {
                const a = r.loss;
                const b = refSteps.get(r.step)?.loss;
                return Math.abs(a - b) / Math.max(Math.abs(b), 0.05 * Math.abs(l0), 1e-12);
            });
            const mean = rel.reduce((a, b) => a + b, 0) / rel.length;
            const msg = `mean relative loss difference ${(mean * 100).toFixed(2)} % over ${common.length} common step(s) after the resume (tolerance ${(ev.lossTolerance * 100).toFixed(1)} %)`;
            (mean > ev.lossTolerance ? problems : notes).push(msg);
        }
        else {
            notes.push('no common logged steps after the resume');
        }
    }
    else {
        problems.push('the resumed run does not continue the steps before the kill');
    }
    const refLast = stepped(ref.records).pop()?.step;
    const ownLast = last ? stepped(last.records).pop()?.step : undefined;
    if (ref.end === 'exited' && last?.end === 'exited' && refLast !== undefined && ownLast !== undefined) {
        if (refLast !== ownLast)
            problems.push(`the resumed run ended at step ${ownLast}, the uninterrupted run at step ${refLast}`);
        else
            notes.push(`both ended at step ${refLast}`);
    }
    if (problems.length)
        return result('reference-match', 'fail', [...problems, ...notes].join('; '));
    return result('reference-match', notes.length ? 'pass' : 'skip', notes.join('; '));
}
/** Every rule, in report order. */
function judge(ev) {
    const cycles = cyclesOf(ev);
    const rules = [
        freshStart(ev),
        checkpointCommitted(ev),
        checkpointLoadable(ev, cycles),
        atomicWrite(ev),
        fullState(ev, cycles),
        relaunchIdentical(ev),
        resumedStep(ev, cycles),
        epochContinues(ev, cycles),
        lrContinues(ev, cycles),
        lossContinuity(ev, cycles),
        errorSignature(ev),
        durablePath(ev, cycles),
        epochLength(ev, cycles),
        referenceMatch(ev, cycles),
    ];
    return { rules, cycles };
}

;// CONCATENATED MODULE: ../../src/core/resume/young-daly.ts
/**
 * Young/Daly: the checkpoint interval that minimises lost work plus checkpoint overhead, W = √(2·MTBF·C),
 * for a checkpoint that takes C seconds to write and interruptions every MTBF seconds on average. Rounded down
 * to whole steps when the step time is known (a checkpoint can only be taken at a step boundary).
 */

function youngDalySeconds(mtbfSeconds, writeSeconds) {
    if (!(mtbfSeconds > 0) || !(writeSeconds >= 0))
        return NaN;
    return Math.sqrt(2 * mtbfSeconds * writeSeconds);
}
function youngDalySteps(mtbfSeconds, writeSeconds, secondsPerStep) {
    const w = youngDalySeconds(mtbfSeconds, writeSeconds);
    if (!(secondsPerStep > 0) || !Number.isFinite(w))
        return undefined;
    return Math.max(1, Math.floor(w / secondsPerStep));
}
/** `3h`, `45m`, `90s`, `2d` or plain seconds. */
function parseDuration(text, input) {
    const m = /^\s*(\d+(?:\.\d+)?)\s*(s|m|h|d)?\s*$/i.exec(text);
    if (!m)
        throw new errors/* ConfigurationError */.j1(`${input} must be a duration such as 3h, 45m or 600 (seconds), got ${JSON.stringify(text)}`, input);
    const unit = (m[2] ?? 's').toLowerCase();
    const factor = unit === 'd' ? 86400 : unit === 'h' ? 3600 : unit === 'm' ? 60 : 1;
    return Number(m[1]) * factor;
}
function formatSeconds(s) {
    if (!Number.isFinite(s))
        return 'n/a';
    if (s < 1)
        return `${Math.round(s * 1000)} ms`;
    if (s < 60)
        return `${s.toFixed(s < 10 ? 2 : 1)} s`;
    if (s < 3600)
        return `${(s / 60).toFixed(1)} min`;
    return `${(s / 3600).toFixed(1)} h`;
}

;// CONCATENATED MODULE: ../../src/core/resume/report.ts




const REPORT_KIND = 'tenant.verify-resume';
function lossSeries(attempts) {
    return attempts.flatMap((a) => stepped(a.records)
        .filter((r) => r.loss !== undefined && Number.isFinite(r.loss))
        .map((r) => [r.step, r.loss]));
}
const DEFAULT_MTBFS = [3600, 6 * 3600, 24 * 3600];
const WRITE_RESOLUTION_SECONDS = 0.01;
function buildReport(args) {
    const { evidence, cycles, verdict, settings } = args;
    const attempts = evidence.attempts;
    const writes = attempts.flatMap((a) => a.writes);
    // The agent polls every 10 ms: a save that finished within one poll is timed at that bound.
    const measured = median(writes.map((w) => w.seconds));
    const c = measured === undefined ? undefined : Math.max(measured, WRITE_RESOLUTION_SECONDS);
    const perStep = median(attempts
        .map((a) => {
        const s = stepped(a.records);
        if (s.length < 2)
            return undefined;
        const first = s[0];
        const last = s[s.length - 1];
        return last.step > first.step ? (last.atMs - first.atMs) / 1000 / (last.step - first.step) : undefined;
    })
        .filter((x) => x !== undefined));
    const commitSteps = (attempts[0]?.commits ?? []).map((k) => k.step).filter((x) => x !== null);
    const gaps = commitSteps
        .slice(1)
        .map((s, i) => s - (commitSteps[i] ?? 0))
        .filter((g) => g > 0);
    const observedInterval = median(gaps) ?? (commitSteps[0] !== undefined && commitSteps[0] > 0 ? commitSteps[0] : undefined);
    const mtbfs = settings.mtbfSeconds ? [settings.mtbfSeconds] : DEFAULT_MTBFS;
    const kills = cycles.map((cy) => {
        const k = cy.pre.kill;
        const first = stepped(cy.post.records)[0]?.step ?? null;
        const killedAt = k?.lastLoggedStep ?? null;
        return {
            n: cy.n,
            mode: k?.mode ?? describeKill(settings.kill),
            signal: k?.signal ?? settings.signal,
            graceSeconds: k?.graceSeconds ?? settings.graceSeconds,
            killedAtStep: killedAt,
            checkpointStep: cy.sc,
            checkpointStepSource: cy.scSource,
            checkpointPath: cy.anchor?.path ?? null,
            firstResumedStep: first,
            stepsLost: killedAt !== null && cy.sc !== null ? Math.max(0, killedAt - cy.sc) : null,
            saveInProgress: k?.saveInProgress ?? null,
            escalated: k?.escalated ?? false,
            exitSeconds: k?.exitSeconds ?? 0,
        };
    });
    const lost = kills.map((k) => k.stepsLost).filter((x) => x !== null);
    const lastSha = attempts[0]?.commandSha256 ?? null;
    return {
        kind: REPORT_KIND,
        version: 1,
        verdict: verdict.verdict,
        verdictLine: verdict.line,
        failingRule: verdict.rule,
        likelyBug: verdict.likelyBug,
        alsoFailing: verdict.alsoFailing,
        rules: args.rules,
        resumedFromStep: cycles.length ? (cycles[cycles.length - 1]?.sc ?? null) : null,
        stepsLost: lost.length ? lost.reduce((a, b) => a + b, 0) : null,
        checkpointWriteSeconds: c ?? null,
        checkpointWriteResolutionSeconds: WRITE_RESOLUTION_SECONDS,
        checkpointWrites: writes.length,
        secondsPerStep: perStep ?? null,
        observedCheckpointIntervalSteps: observedInterval ?? null,
        youngDaly: c === undefined
            ? []
            : mtbfs.map((m) => ({
                mtbfSeconds: m,
                intervalSeconds: youngDalySeconds(m, c),
                intervalSteps: perStep ? (youngDalySteps(m, c, perStep) ?? null) : null,
            })),
        kills,
        attempts: attempts.map((a) => {
            const s = stepped(a.records);
            return {
                role: a.role,
                runId: a.runId,
                runDir: a.runDir,
                pgid: a.pgid,
                detach: a.detach,
                startedAt: new Date(a.startedAtMs).toISOString(),
                seconds: a.endedAtMs !== null ? (a.endedAtMs - a.startedAtMs) / 1000 : null,
                end: a.end,
                exitCode: a.exitCode,
                firstStep: s[0]?.step ?? null,
                lastStep: s[s.length - 1]?.step ?? null,
                records: a.records.length,
                lines: a.lineCount,
            };
        }),
        command: { text: settings.commandText, sha256: lastSha, workdir: args.workdir, python: settings.python },
        settings: {
            checkpoint: settings.checkpoint,
            progress: settings.progress.kind === 'regex' ? `regex:${settings.progress.source}` : settings.progress.kind,
            kill: describeKill(settings.kill),
            signal: settings.signal,
            graceSeconds: settings.graceSeconds,
            kills: settings.kills,
            seed: settings.seed,
            reference: settings.reference,
            allowPickle: settings.allowPickle,
            profile: settings.profileId,
        },
        host: args.hostLabel,
        series: {
            preKill: lossSeries(attempts.filter((a) => a.role === 'fresh')),
            resumed: lossSeries(attempts.filter((a) => a.role === 'relaunch')),
            reference: lossSeries(attempts.filter((a) => a.role === 'reference')),
        },
        wallSeconds: args.wallSeconds,
        writes: writes.slice(0, 20),
    };
}

;// CONCATENATED MODULE: ../../src/core/resume/settings.ts
/**
 * Settings of one verify-resume run, shared by the action (inputs.ts) and the CLI (flags): both build this
 * object and hand it to `verifyResume`.
 */

const VERIFY_DEFAULTS = {
    signal: 'KILL',
    kills: 1,
    judgeSteps: 5,
    maxJudgeSteps: 2000,
    timeoutSeconds: 1800,
    lossTolerance: 0.05,
    pollMs: 50,
    detach: 'auto',
    graceSeconds: 10,
};
/** The interpreter to probe with: the command's own when it starts with a python, else `python3`. */
function guessPython(command) {
    const first = 'argv' in command ? command.argv[0] : command.script.trim().split(/\s+/)[0];
    if (first && /(^|\/)python[0-9.]*$/.test(first))
        return first;
    return 'python3';
}
/** The first `*.py` the command runs (for the scaler/EMA usage check). */
function trainingScript(command) {
    const words = 'argv' in command ? command.argv : command.script.split(/\s+/);
    return words.find((w) => /\.py$/.test(w) && !w.startsWith('-'));
}
function positiveInt(text, input, fallback, min = 1) {
    if (text === undefined || text.trim() === '')
        return fallback;
    if (!/^\d+$/.test(text.trim()) || Number(text) < min) {
        throw new errors/* ConfigurationError */.j1(`${input} must be a whole number ≥ ${min}, got ${JSON.stringify(text)}`, input);
    }
    return Number(text);
}
function parseSignal(text, input, fallback) {
    if (text === undefined || text.trim() === '')
        return fallback;
    const t = text.trim().toUpperCase().replace(/^SIG/, '');
    if (t !== 'KILL' && t !== 'TERM')
        throw new errors/* ConfigurationError */.j1(`${input} must be KILL or TERM, got ${JSON.stringify(text)}`, input);
    return t;
}
/** `KEY=VALUE` lines (blank lines and # comments skipped). */
function parseEnvLines(lines, input) {
    const env = {};
    for (const raw of lines) {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            continue;
        const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
        if (!m)
            throw new errors/* ConfigurationError */.j1(`${input}: expected NAME=value, got ${JSON.stringify(line)}`, input);
        env[m[1]] = m[2];
    }
    return env;
}

;// CONCATENATED MODULE: ../../src/core/resume/verdict.ts

function failing(rules, id) {
    return rules.find((r) => r.id === id && r.status === 'fail');
}
const BUGS = {
    'no-checkpoint': {
        title: 'no checkpoint was written where --checkpoint looks',
        explanation: 'nothing matching the checkpoint glob committed before the kill, so there was nothing to resume from',
        fix: 'point --checkpoint at the files the training saves (relative to --workdir), and save at least once before the kill',
    },
    'fresh-start-broken': {
        title: 'the training does not start cleanly from an empty checkpoint directory',
        explanation: 'the first run either crashed or did not start at step 0',
        fix: 'make the no-checkpoint path start fresh, and make --checkpoint cover every place training state is kept',
    },
    'corrupt-on-kill': {
        title: 'corrupt on kill: the checkpoint is overwritten in place',
        explanation: 'a kill during a save leaves a torn file under the final name and no intact checkpoint to resume from',
        fix: 'write to a temp file in the same directory, flush and fsync it, then os.replace() it over the final name (and fsync the directory)',
    },
    'weights-only': {
        title: 'weights-only checkpoint (partial state)',
        explanation: 'the checkpoint holds the model weights but not the optimizer, LR schedule, step/epoch counters or RNG, so the relaunch cannot continue the same run',
        fix: 'save a dict with model, optimizer, scheduler, step, epoch and RNG state (and scaler/EMA when used), and restore all of it',
    },
    'partial-state': {
        title: 'partial state: part of the training state is not saved',
        explanation: 'parts of the training state are missing from the checkpoint',
        fix: 'save and restore the missing parts along with the model',
    },
    'restart-from-zero': {
        title: 'restart from zero: the identical command does not resume',
        explanation: 'the relaunch trained from step 0 although a good checkpoint was there — resuming is opt-in (a --resume flag) or the load path is wrong',
        fix: 'load the latest checkpoint unconditionally at start-up when one exists (one code path, no --resume flag)',
    },
    'wrong-resume-point': {
        title: 'the relaunch resumed from another point than the newest checkpoint',
        explanation: 'the first step after the relaunch does not follow the step stored in the newest checkpoint',
        fix: 'resume from the newest checkpoint, and take the step from the checkpoint, not from a log or a file name',
    },
    'crash-on-resume': {
        title: 'the relaunch crashes while resuming',
        explanation: 'the relaunch failed with an error',
        fix: 'see the error line in the evidence',
    },
    'lr-reset': {
        title: 'LR schedule reset: the scheduler state is not saved',
        explanation: 'after the relaunch the learning-rate schedule starts over (warm-up replays, the decay restarts)',
        fix: 'save scheduler.state_dict() in the checkpoint and load it on resume (with Accelerate, prepare or register the scheduler)',
    },
    'epoch-replay': {
        title: 'data-order replay: a mid-epoch resume re-reads batches already seen',
        explanation: 'the interrupted epoch ran longer than the others: the data loader restarted the epoch instead of skipping what it had consumed',
        fix: 'save the position inside the epoch and skip that many batches on resume (skip_first_batches, a stateful sampler, or islice)',
    },
    'epoch-reset': {
        title: 'epoch counter reset',
        explanation: 'the same steps carry another epoch number after the relaunch',
        fix: 'save the epoch in the checkpoint and continue the epoch loop from it',
    },
    'state-not-restored': {
        title: 'model state not restored',
        explanation: 'the loss after the relaunch went back towards its starting value instead of continuing from the checkpoint',
        fix: 'load the model (and optimizer) state from the checkpoint before training continues',
    },
    'volatile-path': {
        title: 'checkpoint on a volatile path',
        explanation: 'the checkpoint lives where a reboot, stop or replacement box loses it; the kill test passes but a real preemption would leave nothing',
        fix: "save to the profile's durable checkpoint directory (or mirror there after every save)",
    },
    diverges: {
        title: 'the resumed run diverges from an uninterrupted one',
        explanation: 'after the resume the loss or the total step count differs from the same command run without a kill',
        fix: 'restore every piece of state that shapes the trajectory: RNG, data order, scheduler, scaler',
    },
};
function bug(id, explanation) {
    const b = BUGS[id];
    return { id, ...b, explanation: explanation ?? b.explanation };
}
/** Picks the failing rule that explains the failure best, and the bug behind it. */
function diagnose(rules, cycles) {
    const f = (id) => failing(rules, id);
    const anchor = cycles.map((c) => c.anchor).find((a) => a !== undefined);
    const presence = anchor ? statePresence(anchor) : undefined;
    if (f('checkpoint-committed'))
        return { rule: 'checkpoint-committed', bug: bug('no-checkpoint') };
    if (f('fresh-start'))
        return { rule: 'fresh-start', bug: bug('fresh-start-broken') };
    if (f('checkpoint-loadable'))
        return { rule: 'checkpoint-loadable', bug: bug('corrupt-on-kill') };
    if (f('atomic-write'))
        return { rule: 'atomic-write', bug: bug('corrupt-on-kill') };
    const full = f('full-state');
    if (full && presence && !presence.optimizer && presence.model)
        return { rule: 'full-state', bug: bug('weights-only') };
    const sig = f('error-signature');
    if (sig)
        return { rule: 'error-signature', bug: bug('crash-on-resume', sig.evidence) };
    const step = f('resumed-step');
    if (step) {
        const zero = /started over at step/.test(step.evidence);
        return { rule: 'resumed-step', bug: bug(zero ? 'restart-from-zero' : 'wrong-resume-point') };
    }
    if (f('lr-continues'))
        return { rule: 'lr-continues', bug: bug('lr-reset') };
    if (full && presence && !presence.scheduler)
        return { rule: 'full-state', bug: bug('lr-reset') };
    if (f('epoch-length'))
        return { rule: 'epoch-length', bug: bug('epoch-replay') };
    if (f('epoch-continues'))
        return { rule: 'epoch-continues', bug: bug('epoch-reset') };
    if (f('loss-continuity'))
        return { rule: 'loss-continuity', bug: bug('state-not-restored') };
    if (full)
        return { rule: 'full-state', bug: bug('partial-state', full.evidence) };
    if (f('durable-path'))
        return { rule: 'durable-path', bug: bug('volatile-path') };
    if (f('reference-match'))
        return { rule: 'reference-match', bug: bug('diverges') };
    const any = rules.find((r) => r.status === 'fail');
    return any ? { rule: any.id, bug: bug('partial-state', any.evidence) } : null;
}
function decide(rules, cycles) {
    const fails = rules.filter((r) => r.status === 'fail').map((r) => r.id);
    const warnings = rules.filter((r) => r.status === 'warn').map((r) => r.id);
    const d = diagnose(rules, cycles);
    if (!d) {
        const resumed = cycles[cycles.length - 1]?.sc;
        return {
            verdict: 'PASS',
            rule: null,
            likelyBug: null,
            alsoFailing: [],
            warnings,
            line: `PASS — resumed from the checkpoint at step ${resumed ?? '?'} after ${cycles.length} kill(s)${warnings.length ? `; warnings: ${warnings.join(', ')}` : ''}`,
        };
    }
    const also = fails.filter((id) => id !== d.rule);
    return {
        verdict: 'FAIL',
        rule: d.rule,
        likelyBug: d.bug,
        alsoFailing: also,
        warnings,
        line: `FAIL — ${d.rule}: ${d.bug.title}${also.length ? ` (also failing: ${also.join(', ')})` : ''}`,
    };
}

;// CONCATENATED MODULE: ../../src/core/resume/verification-incomplete.ts
/**
 * verify-resume could not reach a verdict: the training ended before a kill could land after a checkpoint, or
 * no further save started for a during-save kill. Neither PASS nor FAIL; the CLI exits 2 and the action fails
 * the step with this message.
 */
class VerificationIncomplete extends Error {
    name = 'VerificationIncomplete';
}

;// CONCATENATED MODULE: ../../src/core/resume/procedure.ts
/**
 * verify-resume, the procedure (design §6): fresh start in an empty checkpoint directory → wait for a committed
 * checkpoint and some steps past it → kill the process group → probe the checkpoint → relaunch the
 * byte-identical command → read progress until the verdict is certain → (repeat for --kills) → optional
 * uninterrupted reference run → judge.
 */














function stamp(d = new Date()) {
    return d.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-');
}
/** The non-wildcard directory of a glob and how many levels below it matches can be. */
function watchTarget(pattern, workdir) {
    const abs = external_node_path_.posix.isAbsolute(pattern) ? pattern : external_node_path_.posix.join(workdir, pattern);
    const parts = abs.split('/');
    const fixed = [];
    let i = 0;
    for (; i < parts.length - 1; i++) {
        const p = parts[i];
        if (/[*?[]/.test(p))
            break;
        fixed.push(p);
    }
    const rest = parts.slice(i);
    const depth = rest.includes('**') ? 4 : Math.min(4, Math.max(1, rest.length));
    return { dir: fixed.join('/') || '/', depth };
}
async function detectCodeUse(host, s, workdir) {
    const script = trainingScript(s.command);
    if (!script)
        return { scaler: false, ema: false };
    const path = external_node_path_.posix.isAbsolute(script) ? script : external_node_path_.posix.join(workdir, script);
    const text = await host
        .readFile(path)
        .then((b) => b.subarray(0, 2_000_000).toString('utf8'))
        .catch(() => '');
    return {
        script,
        scaler: /GradScaler|torch\.amp\.grad_scaler|\bscaler\.scale\(/.test(text),
        ema: /\b(ema|ema_model|model_ema)\b|ExponentialMovingAverage|AveragedModel|swa_utils/.test(text),
        torch: /^\s*(import torch|from torch\b)|^\s*import (transformers|lightning|pytorch_lightning|accelerate)\b/m.test(text),
    };
}
async function removePaths(host, paths) {
    if (paths.length === 0)
        return;
    const res = await host.exec({ script: `rm -rf -- ${paths.map(quote/* shellQuote */.Z).join(' ')}` });
    if (res.code !== 0)
        throw new errors/* HostError */.dh('ERM', `could not remove old checkpoints on ${host.label}: ${res.stderr.trim()}`);
}
async function verifyResume(host, s, ui) {
    const t0 = Date.now();
    const deadline = t0 + s.timeoutSeconds * 1000;
    const remaining = () => Math.max(0, deadline - Date.now());
    // Preflight, one exec: the probe runs (right interpreter), resolves the workdir, and lists what already matches.
    const before = await runProbe(host, {
        python: s.python,
        workdir: s.workdir,
        patterns: s.checkpoint,
        noTorch: true,
        limit: 1000,
    }).catch((err) => {
        throw new errors/* ConfigurationError */.j1(`could not run the checkpoint probe with ${s.python} on ${host.label} (${err.message}); set python to the training's interpreter`, 'python');
    });
    if (before.workdirExists === false || !before.workdir.startsWith('/')) {
        throw new errors/* ConfigurationError */.j1(`workdir ${s.workdir} does not exist on ${host.label}; give an existing directory`, 'workdir');
    }
    const workdir = before.workdir;
    const probeBase = { python: s.python, workdir, patterns: s.checkpoint };
    if (before.matchCount > 0) {
        if (!s.clean) {
            throw new errors/* ConfigurationError */.j1(`${before.matchCount} checkpoint(s) already match ${s.checkpoint.join(', ')} in ${workdir} (e.g. ${before.matches[0]?.path}); ` +
                'verify-resume starts from an empty checkpoint directory: remove them, point checkpoint at a fresh directory, or pass clean', 'checkpoint');
        }
        await removePaths(host, [...before.matches.map((m) => m.path), ...before.leftovers.map((l) => l.path)]);
        ui.info(`removed ${before.matchCount} existing checkpoint(s) (clean)`);
    }
    // Run the probe and the watcher with the interpreter itself, not a shim (pyenv's costs a second a start).
    const python = before.executable && before.executable.startsWith('/') ? before.executable : s.python;
    const fast = { ...probeBase, python };
    const codeUse = await detectCodeUse(host, s, workdir);
    const mark = (what) => ui.debug(`+${((Date.now() - t0) / 1000).toFixed(3)} s ${what}`);
    mark('preflight done');
    const targets = s.checkpoint.map((p) => watchTarget(p, workdir));
    const watch = { dirs: [...new Set(targets.map((t) => t.dir))], depth: Math.max(...targets.map((t) => t.depth)) };
    const runRoot = s.runRoot ?? workdir;
    const base = `vr-${stamp()}-${(0,external_node_crypto_.randomBytes)(3).toString('hex')}`;
    const rand = seededRandom(s.seed);
    const startAttempt = async (role, index) => {
        const config = {
            host,
            role,
            index,
            spec: {
                root: runRoot,
                runId: `${base}-${index}-${role}`,
                command: s.command,
                cwd: workdir,
                env: s.env,
                detach: s.detach,
            },
            progress: s.progress,
            python,
            workdir,
            patterns: s.checkpoint,
            watch,
            watchSignal: s.signal,
            willBeKilled: role !== 'reference' && index < s.kills,
            usesTorch: codeUse.torch === true || s.checkpoint.some((p) => /\.(pt|pth|ckpt|bin|safetensors)$|checkpoint-/.test(p)),
            debug: (m) => ui.debug(m),
            pollMs: s.pollMs,
        };
        const a = await Attempt.start(config);
        mark(`${role} ${index} started`);
        ui.info(`${role}${role === 'relaunch' ? ` ${index}` : ''}: started ${a.handle.paths.runId} (pgid ${a.handle.pgid}, ${a.handle.detach})`);
        return a;
    };
    const attempts = [];
    let lastEvidenceAtMs = Date.now();
    try {
        let current = await startAttempt('fresh', 0);
        attempts.push(current);
        let anchorStep = null;
        for (let k = 1; k <= s.kills; k++) {
            const a = current;
            // 1. a committed checkpoint beyond the one this attempt resumed from
            const committed = await a.waitFor(() => a.commitAfter(anchorStep) !== undefined, remaining());
            const commit = a.commitAfter(anchorStep);
            if (committed !== 'ok' || !commit) {
                if (committed === 'ended') {
                    // Saved, but ended before the commit could be confirmed and a kill land: too short to verify.
                    const late = anchorOf(await runProbe(host, { ...fast, noTorch: true, limit: 2 }).catch(() => undefined));
                    if (late && (anchorStep === null || (late.step ?? -1) > anchorStep)) {
                        throw new VerificationIncomplete(`the ${a.role} run ended (exit ${a.status?.exitCode ?? '?'}) at step ${a.lastStep() ?? '?'} before a kill could land after a checkpoint; ` +
                            'verify-resume needs the training to still be running after a checkpoint: run it for more steps or save earlier');
                    }
                }
                ui.warning(committed === 'timeout'
                    ? `no checkpoint committed within the time limit (${s.timeoutSeconds} s)`
                    : `the ${a.role} run ended before committing a checkpoint matching ${s.checkpoint.join(', ')}`);
                break;
            }
            const commitStep = commit.step ?? commit.loggedStep;
            ui.info(`checkpoint committed: ${external_node_path_.posix.basename(commit.path)} at step ${commit.step ?? `~${commit.loggedStep} (from the log)`}`);
            // 2. the kill
            const graceMs = s.signal === 'TERM' ? s.graceSeconds * 1000 : 0;
            let targetStep;
            let trigger;
            let sentAtMs = Date.now();
            let result;
            if (s.kill.mode === 'during-save' && a.watch) {
                await a.watch.arm();
                const killed = () => a.watch?.events.some((e) => e.ev === 'killed' || e.ev === 'kill-failed') ?? false;
                const got = await a.waitFor(killed, remaining());
                const ev = a.watch.events.find((e) => e.ev === 'killed');
                if (got !== 'ok' || !ev) {
                    if (a.running)
                        await a.stop();
                    throw new VerificationIncomplete(`no further checkpoint save started before the ${a.role} run ${got === 'timeout' ? 'hit the time limit' : 'ended'}, so the kill could not land during a save; run it for more steps`);
                }
                trigger = { path: ev.path ?? '', size: ev.size ?? 0, temp: Boolean(ev.temp), event: ev.trigger ?? '' };
                sentAtMs = ev.receivedAtMs;
                result = await a.killGroup(s.signal, graceMs, true);
            }
            else {
                // The kill lands inside an epoch: not on the first step of a new one.
                const insideEpoch = () => {
                    const recs = stepped(a.records);
                    const last = recs[recs.length - 1];
                    const prev = recs[recs.length - 2];
                    return !(prev &&
                        last?.epoch !== undefined &&
                        prev.epoch !== undefined &&
                        Math.floor(last.epoch) !== Math.floor(prev.epoch));
                };
                let delayFraction = 0;
                let reached;
                if (s.kill.mode === 'step') {
                    const target = Math.max(s.kill.step, (commitStep ?? 0) + 1);
                    targetStep = target;
                    reached = () => (a.lastStep() ?? -Infinity) >= target && insideEpoch();
                }
                else {
                    // Uniformly between the newest save and the next one: one draw per kill, re-based on every save seen.
                    const u = rand();
                    delayFraction = rand();
                    reached = () => {
                        const save = a.saves[a.saves.length - 1];
                        const base = Math.max(save?.loggedStep ?? -Infinity, commitStep ?? 0);
                        const interval = a.saveInterval() ?? Math.max(2, (commitStep ?? 2) - (anchorStep ?? 0));
                        targetStep = randomKillStep(u, base, interval);
                        return (a.lastStep() ?? -Infinity) >= targetStep && insideEpoch();
                    };
                }
                const got = await a.waitFor(reached, remaining());
                if (got !== 'ok') {
                    if (a.running)
                        await a.stop();
                    if (s.kill.mode === 'step' && got === 'ended') {
                        throw new errors/* ConfigurationError */.j1(`the ${a.role} run ended at step ${a.lastStep() ?? '?'}, before the kill step ${targetStep}; choose an earlier step`, 'kill');
                    }
                    throw new VerificationIncomplete(`the ${a.role} run ${got === 'ended' ? 'ended' : 'hit the time limit'} at step ${a.lastStep() ?? '?'}, before the kill point (step ${targetStep}); run it for more steps`);
                }
                const perStep = a.secondsPerStep() ?? 0;
                const delay = Math.min(1000, delayFraction * perStep * 1000);
                if (delay > 0)
                    await new Promise((r) => setTimeout(r, delay));
                sentAtMs = Date.now();
                mark(`kill: ${s.signal} after step ${a.lastStep()} (target ${targetStep})`);
                result = await a.killGroup(s.signal, graceMs);
            }
            mark(`kill confirmed (${result.escalated ? 'escalated to KILL' : s.signal})`);
            await a.finished;
            mark('log drained');
            const lastLogged = a.lastStep();
            // 3. the checkpoint after the kill: the authoritative S_c
            const probe = await a.probeAfterKill(s.allowPickle);
            a.postKillProbe = probe;
            mark('post-kill probe done');
            await a.close();
            mark('agent closed');
            const anchor = anchorOf(probe);
            const torn = probe.matches.some((m) => !m.ok);
            a.kill = {
                mode: s.kill.mode === 'step' ? `step:${s.kill.step}` : s.kill.mode,
                signal: s.signal,
                graceSeconds: s.graceSeconds,
                sentAtMs,
                ...(targetStep !== undefined ? { targetStep } : {}),
                lastLoggedStep: lastLogged,
                saveInProgress: trigger ? true : probe.leftovers.length > 0 || torn,
                ...(trigger ? { trigger } : {}),
                escalated: result.escalated,
                exitSeconds: (result.goneAtMs - sentAtMs) / 1000,
                exitCode: a.status?.exitCode ?? null,
            };
            ui.info(`kill ${k}/${s.kills}: ${s.signal}${s.signal === 'TERM' ? ` (grace ${s.graceSeconds} s${result.escalated ? ', then KILL' : ''})` : ''} ` +
                `after step ${lastLogged ?? '?'}; checkpoint after the kill: ${anchor ? `${external_node_path_.posix.basename(anchor.path)} step ${anchor.step ?? '?'}` : torn ? 'TORN' : 'none'}`);
            anchorStep = anchor?.step ?? commitStep ?? null;
            // 4. the byte-identical relaunch
            current = await startAttempt('relaunch', k);
            attempts.push(current);
            if (current.handle.commandSha256 !== attempts[0]?.handle.commandSha256) {
                throw new errors/* HostError */.dh('ERELAUNCH', 'internal: the relaunch command differs from the first one');
            }
        }
        // 5. read the last relaunch until the verdict is certain
        const last = current;
        if (last.role === 'relaunch') {
            if (s.reference) {
                await last.waitFor(() => false, remaining());
            }
            else {
                const fresh = attempts[0];
                const enough = () => {
                    const recs = stepped(last.records);
                    if (recs.length >= s.maxJudgeSteps)
                        return true;
                    if (recs.length < s.judgeSteps)
                        return false;
                    // Certain already: the relaunch did not continue from the checkpoint (started over, or elsewhere).
                    const sr = recs[0]?.step;
                    if (anchorStep !== null &&
                        sr !== undefined &&
                        (sr < anchorStep || sr > anchorStep + logInterval(fresh.records)))
                        return true;
                    const e0 = recs[0]?.epoch;
                    if (e0 === undefined)
                        return true;
                    const start = Math.floor(e0);
                    const maxEpoch = Math.max(...recs.map((r) => Math.floor(r.epoch ?? start)));
                    if (maxEpoch <= start)
                        return false;
                    // an uninterrupted epoch seen before the kill (or in the judged window) is the length to compare with
                    const freshEpochs = new Set(stepped(fresh.records).map((r) => Math.floor(r.epoch ?? -1)));
                    const cleanBefore = [...freshEpochs].some((e) => e >= 0 && e + 1 <= start && freshEpochs.has(e + 1));
                    return cleanBefore || maxEpoch >= start + 2;
                };
                const got = await last.waitFor(enough, remaining());
                if (got === 'ok') {
                    lastEvidenceAtMs = last.records[last.records.length - 1]?.atMs ?? Date.now();
                    mark('judged: enough evidence');
                    await last.stop();
                    mark('relaunch stopped');
                }
                else if (got === 'timeout') {
                    ui.warning('time limit reached while reading the relaunch; judging what was seen');
                    await last.stop();
                }
            }
            await last.finished;
        }
        else if (last.running) {
            await last.stop();
            await last.finished;
        }
        lastEvidenceAtMs = Math.max(lastEvidenceAtMs, ...attempts.map((x) => x.records[x.records.length - 1]?.atMs ?? 0));
        // 6. the uninterrupted reference run
        if (s.reference) {
            const now = await runProbe(host, { ...fast, noTorch: true, limit: 1000 });
            await removePaths(host, [...now.matches.map((m) => m.path), ...now.leftovers.map((l) => l.path)]);
            const ref = await startAttempt('reference', s.kills + 1);
            attempts.push(ref);
            const got = await ref.waitFor(() => false, remaining());
            if (got === 'timeout')
                await ref.stop();
            await ref.finished;
            lastEvidenceAtMs = Date.now();
        }
    }
    finally {
        for (const a of attempts) {
            if (a.running)
                await a.stop().catch(() => undefined);
            a.abortFollow();
            // The agents exit within one poll of the stop file; the verdict does not wait for them.
            await a.close(false).catch(() => undefined);
        }
        await Promise.all(attempts.map((a) => Promise.race([a.finished, new Promise((r) => setTimeout(r, 5000))])));
    }
    // Hugging Face log dicts carry a fractional epoch but no step: derive it from the checkpoint's step/epoch.
    const ratioFrom = attempts.map((a) => anchorOf(a.postKillProbe)).find((m) => m?.step && m.epoch && m.epoch > 0);
    if (ratioFrom?.step && ratioFrom.epoch) {
        for (const a of attempts)
            fillStepsFromEpochs(a.records, ratioFrom.step / ratioFrom.epoch);
    }
    const evidence = {
        profileId: s.profileId,
        attempts: attempts.map((a) => a.evidence()),
        codeUse,
        ...(s.durability ? { profileDurability: s.durability } : {}),
        checkpointPatterns: s.checkpoint,
        lossTolerance: s.lossTolerance,
        reference: s.reference,
    };
    mark('attempts closed');
    const { rules, cycles } = judge(evidence);
    const verdict = decide(rules, cycles);
    const report = buildReport({
        evidence,
        cycles,
        rules,
        verdict,
        settings: s,
        workdir,
        hostLabel: host.label,
        wallSeconds: (Date.now() - t0) / 1000,
    });
    return { report, evidence, evidenceAtMs: lastEvidenceAtMs, verdictAtMs: Date.now() };
}
/** The command line shown for an argv command. */
function commandText(argv) {
    return (0,quote/* shellJoin */.n)(argv);
}

// EXTERNAL MODULE: ../../src/core/profiles/queries.ts + 1 modules
var queries = __webpack_require__(4940);
;// CONCATENATED MODULE: ../../src/core/resume/profile-facts.ts
/**
 * What verify-resume takes from a platform profile: the grace between SIGTERM and SIGKILL, and whether the
 * checkpoint's real path survives the platform's interruptions.
 */

function resumeProfileFacts(p) {
    const pre = (0,queries/* preemption */.Ug)(p);
    const durableDir = (0,queries/* durableCheckpointDir */.pS)(p);
    return {
        id: p.id,
        signal: pre.signal,
        graceSeconds: pre.graceSeconds,
        graceSource: pre.source,
        durability: (realpath) => {
            const s = (0,queries/* survives */.sg)(p, realpath);
            const where = s.mount ? `${s.mount} (${s.source})` : s.source;
            if (s.stop === false) {
                return {
                    durable: false,
                    why: `on profile ${p.id} ${where} is lost on a stop or restart${s.note ? ` — ${s.note}` : ''}; checkpoint to ${durableDir} instead`,
                };
            }
            if (s.destroy === false) {
                return {
                    durable: null,
                    why: `on profile ${p.id} ${where} survives a stop but not a destroy: mirror the checkpoint to ${durableDir} or pull it before teardown`,
                };
            }
            if (s.stop === true)
                return { durable: true, why: `on profile ${p.id} ${where} survives a stop` };
            return { durable: null, why: `profile ${p.id} does not say whether ${where} survives a stop` };
        },
    };
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

;// CONCATENATED MODULE: ../../src/core/resume/chart.ts
const MAX_POINTS = 40;
function valueAt(points, step) {
    // the last value logged at or before `step`, when it is within the gap to the next logged step
    let best;
    for (const [s, v] of points) {
        if (s === step)
            return v;
    }
    for (const [s, v] of points)
        if (s <= step)
            best = v;
    const after = points.find(([s]) => s > step);
    if (best === undefined || after === undefined)
        return undefined;
    return best;
}
function chart_fmt(v) {
    if (!Number.isFinite(v))
        return '0';
    const a = Math.abs(v);
    return a !== 0 && (a < 1e-3 || a >= 1e6) ? v.toExponential(3) : String(Number(v.toPrecision(5)));
}
function lossChart(series, title = 'loss vs step') {
    const used = series.filter((s) => s.points.length > 0);
    if (used.length === 0)
        return undefined;
    const steps = [...new Set(used.flatMap((s) => s.points.map(([st]) => st)))].sort((a, b) => a - b);
    const picked = steps.length <= MAX_POINTS
        ? steps
        : Array.from({ length: MAX_POINTS }, (_, i) => steps[Math.round((i * (steps.length - 1)) / (MAX_POINTS - 1))]);
    const xs = [...new Set(picked)];
    const lines = [];
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = 0; i < used.length; i++) {
        const values = xs.map((x) => {
            for (let j = 0; j < used.length; j++) {
                const own = valueAt(used[(i + j) % used.length].points, x);
                if (own !== undefined)
                    return own;
            }
            return 0;
        });
        for (const v of values) {
            if (Number.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        lines.push(`    line [${values.map(chart_fmt).join(', ')}]`);
    }
    const pad = (hi - lo) * 0.05 || Math.abs(hi) * 0.05 || 1;
    return [
        '```mermaid',
        'xychart-beta',
        `    title "${title.replace(/"/g, "'")}"`,
        `    x-axis "step" [${xs.join(', ')}]`,
        `    y-axis "loss" ${chart_fmt(lo >= 0 ? Math.max(0, lo - pad) : lo - pad)} --> ${chart_fmt(hi + pad)}`,
        ...lines,
        '```',
        '',
    ].join('\n');
}

;// CONCATENATED MODULE: ../../src/core/resume/summary-markdown.ts
/** The job summary (and the CLI's report) for a verification: verdict, rule table, kill timeline, chart, cadence. */



const STATUS_MARK = { pass: '✅ pass', fail: '❌ fail', warn: '⚠️ warn', skip: '➖ skip' };
function ruleTable(report) {
    return table(['Rule', 'Status', 'Evidence'], report.rules.map((r) => [`${r.title} (\`${r.id}\`)`, STATUS_MARK[r.status] ?? r.status, r.evidence])).replace(/\\`/g, '`');
}
/** Plain-text rule table for a terminal. */
function ruleTableText(report) {
    const width = Math.max(...report.rules.map((r) => r.id.length));
    return (report.rules.map((r) => `  ${r.status.toUpperCase().padEnd(4)}  ${r.id.padEnd(width)}  ${r.evidence}`).join('\n') +
        '\n');
}
function killTable(report) {
    return table(['Kill', 'Signal', 'Last step logged', 'Checkpoint step', 'Resumed at', 'Steps lost', 'Save in progress'], report.kills.map((k) => [
        `${k.n} (${k.mode})`,
        k.signal === 'TERM'
            ? `TERM, ${k.graceSeconds} s grace${k.escalated ? ' → KILL' : `, exited in ${k.exitSeconds.toFixed(2)} s`}`
            : 'KILL',
        k.killedAtStep ?? 'n/a',
        k.checkpointStep === null
            ? 'unknown'
            : `${k.checkpointStep}${k.checkpointStepSource === 'log' ? ' (from the log)' : ''}`,
        k.firstResumedStep ?? 'n/a',
        k.stepsLost ?? 'n/a',
        k.saveInProgress === null ? '?' : k.saveInProgress ? 'yes' : 'no',
    ]));
}
function cadence(report) {
    if (report.checkpointWriteSeconds === null)
        return 'No checkpoint write was timed (the watcher saw no save).\n';
    const c = report.checkpointWriteSeconds;
    const bound = c <= report.checkpointWriteResolutionSeconds;
    const lines = [
        `Measured checkpoint write time C ${bound ? '≤' : '='} **${formatSeconds(c)}** (median of ${report.checkpointWrites} save(s), from the first byte to the final name${bound ? '; each finished within one poll of the watcher, so this is an upper bound and so are the intervals below' : ''})` +
            (report.secondsPerStep ? `; ${formatSeconds(report.secondsPerStep)} per step` : '') +
            (report.observedCheckpointIntervalSteps
                ? `; the training saves every ${report.observedCheckpointIntervalSteps} steps.`
                : '.'),
        '',
    ];
    if (report.youngDaly.length) {
        lines.push(table(['MTBF', 'Young/Daly interval W = √(2·MTBF·C)', 'In steps'], report.youngDaly.map((y) => [
            formatSeconds(y.mtbfSeconds),
            formatSeconds(y.intervalSeconds),
            y.intervalSteps ?? 'n/a',
        ])));
    }
    return lines.join('\n');
}
function summaryMarkdown(report) {
    const icon = report.verdict === 'PASS' ? '✅' : '❌';
    const parts = [heading(2, `${icon} tenant verify-resume: ${report.verdict}`)];
    parts.push(`**${cell(report.verdictLine)}**\n\n`);
    if (report.likelyBug) {
        parts.push(`**Likely bug:** ${cell(report.likelyBug.title)} — ${cell(report.likelyBug.explanation)}.\n\n**Fix:** ${cell(report.likelyBug.fix)}.\n\n`);
    }
    parts.push(ruleTable(report), '\n');
    parts.push(heading(3, 'Timeline'));
    if (report.kills.length)
        parts.push(killTable(report), '\n');
    else
        parts.push('No kill happened.\n\n');
    parts.push(table(['Attempt', 'Run', 'Steps', 'Ended', 'Seconds'], report.attempts.map((a) => [
        a.role,
        a.runId,
        a.firstStep === null ? 'none' : `${a.firstStep}–${a.lastStep}`,
        a.end + (a.exitCode !== null ? ` (exit ${a.exitCode})` : ''),
        a.seconds === null ? '' : a.seconds.toFixed(1),
    ])), '\n');
    const chart = lossChart([
        { name: 'before the kill', points: report.series.preKill },
        { name: 'after the relaunch', points: report.series.resumed },
        { name: 'reference', points: report.series.reference },
    ].filter((s) => s.points.length > 0));
    if (chart) {
        const names = ['before the kill', 'after the relaunch', 'reference'].filter((_, i) => [report.series.preKill, report.series.resumed, report.series.reference][i]?.length);
        parts.push(heading(3, 'Loss vs step'), `Lines, in order: ${names.join(', ')}. They coincide where only one run logged a step.\n\n`, chart, '\n');
    }
    parts.push(heading(3, 'Checkpoint cadence'), cadence(report), '\n');
    parts.push(details('Command and settings', codeBlock(report.command.text) +
        `\nworkdir \`${report.command.workdir}\`, interpreter \`${report.command.python}\`, command.sh sha256 \`${report.command.sha256 ?? ''}\`\n\n` +
        codeBlock(JSON.stringify(report.settings, null, 2), 'json')));
    return parts.join('');
}

// EXTERNAL MODULE: ../../src/cli/command.ts
var cli_command = __webpack_require__(9625);
// EXTERNAL MODULE: ../../src/cli/connection-flags.ts + 2 modules
var connection_flags = __webpack_require__(2645);
;// CONCATENATED MODULE: ../../src/cli/commands/verify-resume.ts
/**
 * `tenant verify-resume [connection and --profile options] --workdir DIR --checkpoint GLOB [options] -- COMMAND ARGS...`
 * Exit 0 on PASS, 1 on FAIL, 2 on an error (bad options, no connection, a probe that cannot run).
 */
















const USAGE = `Usage: tenant verify-resume [connection options] --workdir DIR --checkpoint GLOB [options] -- COMMAND ARGS...

Starts COMMAND fresh, waits for a committed checkpoint, kills the whole process group at a random instant,
probes the checkpoint, relaunches the byte-identical command, and proves from the checkpoint and the log
that training resumed: step, epoch, learning rate and loss continue; nothing was replayed or lost.

Options:
  --workdir DIR          working directory of COMMAND on the box (required)
  --checkpoint GLOB      checkpoint path or glob, relative to DIR (required; repeatable)
  --progress P           auto (default) | jsonl | regex:RE with named groups step, epoch, loss, lr
  --kill K               random (default, seeded) | step:N | during-save
  --signal S             KILL (default, abrupt) | TERM (then the profile's grace, then KILL)
  --grace SECONDS        grace between TERM and KILL (default: the profile's)
  --kills N              kill and relaunch N times (default 1)
  --seed N               seed for the random kill point (default: random, printed)
  --reference            also run COMMAND uninterrupted and compare
  --allow-pickle         let the probe fully unpickle torch checkpoints (runs code; only your own files)
  --python PATH          interpreter for the probe (default: COMMAND's python, else python3)
  --env NAME=VALUE       environment for COMMAND (repeatable; written to a 0600 file, not argv)
  --judge-steps N        progress lines to read after the relaunch before judging (default ${VERIFY_DEFAULTS.judgeSteps})
  --mtbf DURATION        mean time between interruptions for the Young/Daly interval (e.g. 6h)
  --timeout DURATION     give up after this long (default ${VERIFY_DEFAULTS.timeoutSeconds / 60}m)
  --clean                remove checkpoints that already match GLOB before the fresh start
  --run-root DIR         where .tenant/runs/ goes (default: DIR)
  --detach MODE          auto (tmux when installed, else nohup) | tmux | nohup
  --report FILE          write the JSON report to FILE
  --summary FILE         write the markdown summary to FILE
  --json                 print the JSON report on stdout

${connection_flags/* CONNECTION_FLAGS_USAGE */.Ph}
Exit status: 0 PASS, 1 FAIL, 2 error.
`;
const OPTIONS = {
    ...connection_flags/* CONNECTION_FLAG_OPTIONS */.rt,
    workdir: { type: 'string' },
    checkpoint: { type: 'string', multiple: true },
    progress: { type: 'string' },
    kill: { type: 'string' },
    signal: { type: 'string' },
    grace: { type: 'string' },
    kills: { type: 'string' },
    seed: { type: 'string' },
    reference: { type: 'boolean' },
    'allow-pickle': { type: 'boolean' },
    python: { type: 'string' },
    env: { type: 'string', multiple: true },
    'judge-steps': { type: 'string' },
    mtbf: { type: 'string' },
    timeout: { type: 'string' },
    clean: { type: 'boolean' },
    'run-root': { type: 'string' },
    detach: { type: 'string' },
    report: { type: 'string' },
    summary: { type: 'string' },
};
function str(v) {
    return typeof v === 'string' ? v : undefined;
}
function settingsFromFlags(values, command, profileId) {
    if (command.length === 0) {
        throw new errors/* ConfigurationError */.j1('give the training command after --, e.g. -- python3 train.py', 'COMMAND');
    }
    const workdir = str(values.workdir);
    if (!workdir)
        throw new errors/* ConfigurationError */.j1('--workdir is required: the directory COMMAND runs in on the box', '--workdir');
    const checkpoint = (values.checkpoint ?? []).filter((c) => c.trim() !== '');
    if (checkpoint.length === 0)
        throw new errors/* ConfigurationError */.j1('--checkpoint is required: where COMMAND saves, e.g. checkpoints/*.pt', '--checkpoint');
    const facts = resumeProfileFacts((0,loader/* loadProfile */.iH)(profileId));
    const detach = (str(values.detach) ?? 'auto');
    if (!['auto', 'tmux', 'nohup'].includes(detach))
        throw new errors/* ConfigurationError */.j1('--detach must be auto, tmux or nohup', '--detach');
    const grace = str(values.grace);
    const seedText = str(values.seed);
    return {
        command: { argv: command },
        commandText: commandText(command),
        workdir,
        checkpoint,
        progress: parseProgressSpec(str(values.progress) ?? 'auto', '--progress'),
        kill: parseKillSpec(str(values.kill) ?? 'random', '--kill'),
        signal: parseSignal(str(values.signal), '--signal', VERIFY_DEFAULTS.signal),
        graceSeconds: grace !== undefined ? parseDuration(grace, '--grace') : facts.graceSeconds,
        kills: positiveInt(str(values.kills), '--kills', VERIFY_DEFAULTS.kills),
        seed: seedText !== undefined ? positiveInt(seedText, '--seed', 0, 0) : Math.floor(Math.random() * 2 ** 31),
        reference: Boolean(values.reference),
        allowPickle: Boolean(values['allow-pickle']),
        python: str(values.python) ?? guessPython({ argv: command }),
        env: parseEnvLines(values.env ?? [], '--env'),
        ...(str(values['run-root']) ? { runRoot: str(values['run-root']) } : {}),
        detach,
        judgeSteps: positiveInt(str(values['judge-steps']), '--judge-steps', VERIFY_DEFAULTS.judgeSteps),
        maxJudgeSteps: VERIFY_DEFAULTS.maxJudgeSteps,
        timeoutSeconds: str(values.timeout)
            ? parseDuration(str(values.timeout), '--timeout')
            : VERIFY_DEFAULTS.timeoutSeconds,
        ...(str(values.mtbf) ? { mtbfSeconds: parseDuration(str(values.mtbf), '--mtbf') } : {}),
        lossTolerance: VERIFY_DEFAULTS.lossTolerance,
        clean: Boolean(values.clean),
        profileId: facts.id,
        durability: facts.durability,
        pollMs: VERIFY_DEFAULTS.pollMs,
    };
}
function writeOut(path, text, cwd) {
    const full = (0,external_node_path_.resolve)(cwd, path);
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(full), { recursive: true });
    (0,external_node_fs_.writeFileSync)(full, text);
    return full;
}
async function run(argv, ctx) {
    const dashdash = argv.indexOf('--');
    const head = dashdash === -1 ? argv : argv.slice(0, dashdash);
    const command = dashdash === -1 ? [] : argv.slice(dashdash + 1);
    let values;
    try {
        ({ values } = (0,external_node_util_.parseArgs)({ args: head, options: OPTIONS, allowPositionals: false, strict: true }));
    }
    catch (err) {
        throw new errors/* ConfigurationError */.j1(`${(0,errors/* describeError */.Uc)(err)}; see tenant verify-resume --help`, 'verify-resume');
    }
    const connection = (0,connection_flags/* connectionSettingsFromFlags */.Ty)(values, { env: ctx.env, ui: ctx.ui });
    const settings = settingsFromFlags(values, command, connection.profile);
    ctx.ui.info(`verify-resume on profile ${settings.profileId}: kill ${str(values.kill) ?? 'random'}, signal ${settings.signal}, seed ${settings.seed}`);
    let host;
    try {
        host = await (0,open_host/* openHost */.Z)(connection, ctx.ui);
        const { report } = await verifyResume(host, settings, ctx.ui);
        const json = JSON.stringify(report, null, 2) + '\n';
        if (str(values.report))
            ctx.ui.info(`report: ${writeOut(str(values.report), json, ctx.cwd)}`);
        if (str(values.summary))
            ctx.ui.info(`summary: ${writeOut(str(values.summary), summaryMarkdown(report), ctx.cwd)}`);
        if (ctx.json) {
            ctx.stdout(json);
        }
        else {
            const lines = [ruleTableText(report), report.verdictLine];
            if (report.likelyBug)
                lines.push(`likely bug: ${report.likelyBug.explanation}.`, `fix: ${report.likelyBug.fix}.`);
            const k = report.kills[report.kills.length - 1];
            if (k)
                lines.push(`kill: after step ${k.killedAtStep ?? '?'}; checkpoint step ${k.checkpointStep ?? '?'}; resumed at ${k.firstResumedStep ?? '?'}; steps lost ${k.stepsLost ?? '?'}`);
            ctx.stdout(lines.join('\n') + '\n');
        }
        return report.verdict === 'PASS' ? cli_command/* EXIT */.d.ok : cli_command/* EXIT */.d.failed;
    }
    finally {
        await host?.close();
    }
}
const verifyResumeCommand = {
    name: 'verify-resume',
    summary: 'kill the training at a random instant, relaunch it, and prove from the checkpoint that it resumed',
    usage: USAGE,
    async run(argv, ctx) {
        try {
            return await run(argv, ctx);
        }
        catch (err) {
            if (err instanceof errors/* ConfigurationError */.j1)
                throw err;
            const what = err instanceof VerificationIncomplete ? 'could not verify' : 'error';
            ctx.ui.error(`tenant verify-resume: ${what}: ${(0,errors/* describeError */.Uc)(err)}`);
            return cli_command/* EXIT */.d.usage;
        }
    },
};


/***/ })

};

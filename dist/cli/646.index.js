export const id = 646;
export const ids = [646];
export const modules = {

/***/ 5750:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Uo: () => (/* binding */ prepareOpenSsh),
/* harmony export */   _$: () => (/* binding */ prepareOpenSshAsync)
/* harmony export */ });
/* unused harmony exports SSH_ALIAS, SSH_CIPHERS, runOpenSsh */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7322);
/* harmony import */ var _core_host_host_key_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6190);
/* harmony import */ var _core_host_private_key_text_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6761);
/* harmony import */ var _core_host_quote_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5684);
/**
 * The OpenSSH client for bulk bytes (rsync `-e`, raw streams): ssh2's JavaScript transport is slower than
 * OpenSSH with aes128-gcm (perf-baselines §4.2), so push and pull shell out to `ssh` for data and keep ssh2
 * for control. Everything the client needs lives in one private temp dir (0700) that `dispose()` removes:
 *
 *   config       an ssh_config read with `-F` (the user's ~/.ssh/config is never read)
 *   id           the private key (0600)
 *   known_hosts  the pinned host key(s), written under the alias `tenant-box` (HostKeyAlias)
 *   askpass      only for a passphrase-protected key: prints $TENANT_SSH_PASSPHRASE (env of our own child)
 *
 * Host keys are always checked (StrictHostKeyChecking yes, never `no`): the known_hosts lines given for the
 * host, else the keys `ssh-keyscan` returns filtered down to the pinned fingerprints (or to the fingerprint the
 * ssh2 connection already verified, for accept-new). Ciphers prefer aes128-gcm where both ends offer it.
 */








/** The Host alias in the generated config and the name the known_hosts lines are written under. */
const SSH_ALIAS = 'tenant-box';
/** Fast AEAD ciphers first; the server picks the first one of ours it also offers. */
const SSH_CIPHERS = [
    'aes128-gcm@openssh.com',
    'aes256-gcm@openssh.com',
    'chacha20-poly1305@openssh.com',
    'aes128-ctr',
    'aes192-ctr',
    'aes256-ctr',
];
function defaultKeyscan(host, port, timeoutS) {
    const r = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)('ssh-keyscan', ['-p', String(port), '-T', String(timeoutS), '--', host], {
        encoding: 'utf8',
        timeout: (timeoutS + 5) * 1000,
    });
    if (r.error)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .HostError */ .dh('EKEYSCAN', `ssh-keyscan could not run (${r.error.message}); install the OpenSSH client`);
    return r.stdout ?? '';
}
function keyscanAsync(host, port, timeoutS) {
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('ssh-keyscan', ['-p', String(port), '-T', String(timeoutS), '--', host], {
            stdio: ['ignore', 'pipe', 'ignore'],
        });
        let out = '';
        const timer = setTimeout(() => child.kill('SIGKILL'), (timeoutS + 5) * 1000);
        child.stdout.on('data', (d) => (out += d.toString('utf8')));
        child.on('error', (err) => {
            clearTimeout(timer);
            reject(new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .HostError */ .dh('EKEYSCAN', `ssh-keyscan could not run (${err.message}); install the OpenSSH client`));
        });
        child.on('close', () => {
            clearTimeout(timer);
            resolve(out);
        });
    });
}
/** known_hosts lines under the alias from the user's lines for the host; undefined when they pin nothing. */
function pinsFromKnownHosts(settings, host) {
    const lines = [];
    const types = new Set();
    const entries = settings.knownHosts?.trim() ? (0,_core_host_host_key_js__WEBPACK_IMPORTED_MODULE_5__/* .parseKnownHosts */ .uJ)(settings.knownHosts) : [];
    const forHost = entries.filter((e) => e.marker !== 'cert-authority' && (0,_core_host_host_key_js__WEBPACK_IMPORTED_MODULE_5__/* .entryMatchesHost */ .gW)(e, host, settings.port));
    for (const e of forHost) {
        const prefix = e.marker === 'revoked' ? '@revoked ' : '';
        lines.push(`${prefix}${SSH_ALIAS} ${e.keyType} ${e.key.toString('base64')}`);
        if (e.marker === undefined)
            types.add(e.keyType);
    }
    return types.size > 0 ? { lines, keyTypes: [...types] } : undefined;
}
/** The fingerprints a scanned key must match: the host-fingerprint pins and the key ssh2 already verified. */
function allowedFingerprints(settings, host, options) {
    const allowed = new Set(settings.hostFingerprint?.trim() ? (0,_core_host_host_key_js__WEBPACK_IMPORTED_MODULE_5__/* .parseFingerprints */ .Tr)(settings.hostFingerprint) : []);
    if (options.verifiedFingerprint)
        allowed.add(options.verifiedFingerprint);
    if (allowed.size === 0) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`the host key of ${host}:${settings.port} is not pinned for the OpenSSH client: pass known-hosts or host-fingerprint`, 'host-fingerprint');
    }
    return allowed;
}
/** Keeps the scanned keys whose fingerprint is allowed. */
function pinsFromScan(scanned, allowed, host, port) {
    const lines = [];
    const types = new Set();
    let scannedEntries = [];
    try {
        scannedEntries = (0,_core_host_host_key_js__WEBPACK_IMPORTED_MODULE_5__/* .parseKnownHosts */ .uJ)(scanned, 'ssh-keyscan output');
    }
    catch {
        scannedEntries = [];
    }
    for (const e of scannedEntries) {
        if (!allowed.has((0,_core_host_host_key_js__WEBPACK_IMPORTED_MODULE_5__/* .fingerprintSha256 */ ._O)(e.key)))
            continue;
        lines.push(`${SSH_ALIAS} ${e.keyType} ${e.key.toString('base64')}`);
        types.add(e.keyType);
    }
    if (types.size === 0) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .HostError */ .dh('EHOSTKEY', `none of the host keys ${host}:${port} offers matches the pinned ${[...allowed].join(' or ')}; ` +
            `stopped before authenticating (check the box's key out of band)`);
    }
    return { lines, keyTypes: [...types] };
}
/** Double-quotes a path for ssh_config; paths holding a double quote or newline are refused. */
function configPath(path) {
    if (/["\n\r]/.test(path))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`temp path ${JSON.stringify(path)} cannot be written into an ssh_config`, 'RUNNER_TEMP');
    return `"${path}"`;
}
/** Quotes one word of an rsync `-e` value (rsync honours single and double quotes, not backslashes). */
function rsyncWord(word) {
    if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(word))
        return word;
    if (word.includes("'"))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1(`path ${JSON.stringify(word)} cannot be passed to rsync -e`, 'RUNNER_TEMP');
    return `'${word}'`;
}
function required(settings) {
    const host = settings.host;
    const user = settings.user;
    const keyText = settings.privateKey;
    if (!host || !user || !keyText) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j1('host, user and private-key are required for the OpenSSH client', !host ? 'host' : !user ? 'user' : 'private-key');
    }
    return { host, user, keyText, timeoutS: Math.max(1, Math.ceil(settings.connectTimeoutMs / 1000)) };
}
/**
 * Writes the temp dir and returns the client. Throws ConfigurationError for missing settings and HostError
 * when no offered host key matches the pin. The caller must `dispose()` (in `finally`). A fingerprint-only pin
 * runs `ssh-keyscan` synchronously; prefer prepareOpenSshAsync where the event loop must keep running.
 */
function prepareOpenSsh(settings, options = {}) {
    const { host, timeoutS } = required(settings);
    const pins = pinsFromKnownHosts(settings, host) ??
        (() => {
            const allowed = allowedFingerprints(settings, host, options);
            return pinsFromScan((options.keyscan ?? defaultKeyscan)(host, settings.port, timeoutS), allowed, host, settings.port);
        })();
    return writeClient(settings, pins, options);
}
/** prepareOpenSsh with `ssh-keyscan` run asynchronously. */
async function prepareOpenSshAsync(settings, options = {}) {
    const { host, timeoutS } = required(settings);
    let pins = pinsFromKnownHosts(settings, host);
    if (!pins) {
        const allowed = allowedFingerprints(settings, host, options);
        pins = pinsFromScan(await (options.keyscan ?? keyscanAsync)(host, settings.port, timeoutS), allowed, host, settings.port);
    }
    return writeClient(settings, pins, options);
}
function writeClient(settings, pins, options) {
    const { host, user, keyText, timeoutS } = required(settings);
    const root = options.tempRoot ?? process.env.RUNNER_TEMP ?? (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)();
    const dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(root, 'tenant-ssh-'));
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.chmodSync)(dir, 0o700);
        const idPath = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'id');
        const text = (0,_core_host_private_key_text_js__WEBPACK_IMPORTED_MODULE_6__/* .normalizePrivateKeyText */ .L)(keyText);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(idPath, text.endsWith('\n') ? text : text + '\n', { mode: 0o600 });
        const knownHostsPath = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'known_hosts');
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(knownHostsPath, pins.lines.join('\n') + '\n', { mode: 0o600 });
        const env = {};
        const encrypted = settings.passphrase !== undefined && settings.passphrase !== '';
        if (encrypted) {
            const askpass = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'askpass');
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(askpass, '#!/bin/sh\nprintf \'%s\\n\' "$TENANT_SSH_PASSPHRASE"\n', { mode: 0o700 });
            env.SSH_ASKPASS = askpass;
            env.SSH_ASKPASS_REQUIRE = 'force';
            env.TENANT_SSH_PASSPHRASE = settings.passphrase ?? '';
        }
        const hostKeyAlgorithms = [...new Set(pins.keyTypes.flatMap(_core_host_host_key_js__WEBPACK_IMPORTED_MODULE_5__/* .hostKeyAlgorithmsFor */ .Ty))];
        const config = [
            `Host ${SSH_ALIAS}`,
            `  HostName ${host}`,
            `  Port ${settings.port}`,
            `  User ${user}`,
            `  IdentityFile ${configPath(idPath)}`,
            '  IdentitiesOnly yes',
            '  IdentityAgent none',
            `  UserKnownHostsFile ${configPath(knownHostsPath)}`,
            '  GlobalKnownHostsFile /dev/null',
            `  HostKeyAlias ${SSH_ALIAS}`,
            '  StrictHostKeyChecking yes',
            '  UpdateHostKeys no',
            '  CheckHostIP no',
            `  HostKeyAlgorithms ${hostKeyAlgorithms.join(',')}`,
            `  BatchMode ${encrypted ? 'no' : 'yes'}`,
            '  PreferredAuthentications publickey',
            '  PasswordAuthentication no',
            '  KbdInteractiveAuthentication no',
            '  NumberOfPasswordPrompts 1',
            `  Ciphers ${SSH_CIPHERS.join(',')}`,
            '  Compression no',
            `  ConnectTimeout ${timeoutS}`,
            `  ServerAliveInterval ${options.serverAliveIntervalS ?? 15}`,
            `  ServerAliveCountMax ${options.serverAliveCountMax ?? 4}`,
            '  TCPKeepAlive yes',
            '  ForwardAgent no',
            '  ForwardX11 no',
            '  ClearAllForwardings yes',
            '  PermitLocalCommand no',
            '  ControlMaster no',
            '  ControlPath none',
            '  RequestTTY no',
            '  EscapeChar none',
            '  LogLevel ERROR',
            '',
        ].join('\n');
        const cfg = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'config');
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(cfg, config, { mode: 0o600 });
        const sshBase = ['ssh', '-F', cfg];
        return {
            dir,
            configPath: cfg,
            sshBase,
            env,
            sshArgv: (line) => [...sshBase, SSH_ALIAS, '--', line],
            sshArgvFor: (argv) => [...sshBase, SSH_ALIAS, '--', (0,_core_host_quote_js__WEBPACK_IMPORTED_MODULE_7__/* .shellJoin */ .n)(argv)],
            rsyncShell: () => ['ssh', '-F', cfg].map(rsyncWord).join(' '),
            rsyncRemote: (path) => `${SSH_ALIAS}:${path}`,
            dispose: () => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(dir, { recursive: true, force: true }),
        };
    }
    catch (err) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(dir, { recursive: true, force: true });
        throw err;
    }
}
/** Runs `ssh … tenant-box -- LINE` to completion; for probes and small commands. */
function runOpenSsh(client, remoteLine, options = {}) {
    return new Promise((resolve, reject) => {
        const [cmd, ...args] = client.sshArgv(remoteLine);
        const child = spawn(cmd, args, {
            env: { ...process.env, ...client.env },
            stdio: ['pipe', 'pipe', 'pipe'],
        });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (d) => (stdout += d.toString('utf8')));
        child.stderr.on('data', (d) => (stderr += d.toString('utf8')));
        const timer = options.timeoutMs ? setTimeout(() => child.kill('SIGKILL'), options.timeoutMs) : undefined;
        child.on('error', (e) => {
            if (timer)
                clearTimeout(timer);
            reject(e);
        });
        child.on('close', (code) => {
            if (timer)
                clearTimeout(timer);
            resolve({ code, stdout, stderr });
        });
        child.stdin.on('error', () => undefined);
        child.stdin.end(options.input ?? '');
    });
}


/***/ }),

/***/ 6646:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pullCommand: () => (/* binding */ pullCommand),
  pullRequestFromArgs: () => (/* binding */ pullRequestFromArgs)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ../../src/core/errors.ts
var errors = __webpack_require__(7322);
;// CONCATENATED MODULE: ../../src/core/transfer/retry.ts
/**
 * Bounded retries with exponential backoff and jitter, for transfers and remote calls that a dropped
 * connection interrupted. Only errors the caller classifies as transient are retried; the last error is
 * rethrown when the attempts run out, so the user sees what actually failed.
 */

const DEFAULT_RETRY = { attempts: 6, baseDelayMs: 1000, maxDelayMs: 30_000 };
/** HostError codes that mean "the network or the connection failed", worth another try. */
const TRANSIENT_CODES = new Set([
    'ECONNLOST',
    'ECONNRESET',
    'ECONNREFUSED',
    'ETIMEDOUT',
    'EHANDSHAKE',
    'ECHANNEL',
    'EPIPE',
    'ECONNABORTED',
    'ENETUNREACH',
    'EHOSTUNREACH',
    'ETRANSFER',
]);
function isTransient(err) {
    if (err instanceof errors/* HostError */.dh)
        return TRANSIENT_CODES.has(err.code);
    const code = err?.code;
    return typeof code === 'string' && TRANSIENT_CODES.has(code);
}
/** Delay before attempt `n` (n ≥ 2): base·2^(n−2), capped, with ±25 % jitter. */
function backoffDelay(policy, attempt, random = Math.random) {
    const exp = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 2));
    const jitter = 0.75 + random() * 0.5;
    return Math.round(Math.min(policy.maxDelayMs, exp * jitter));
}
function sleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(signal.reason ?? new Error('aborted'));
        const t = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        const onAbort = () => {
            clearTimeout(t);
            reject(signal?.reason ?? new Error('aborted'));
        };
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}
async function withRetries(policy, fn, hooks = {}) {
    const transient = hooks.transient ?? isTransient;
    for (let attempt = 1;; attempt++) {
        try {
            return await fn(attempt);
        }
        catch (err) {
            if (attempt >= policy.attempts || !transient(err) || hooks.signal?.aborted)
                throw err;
            const delay = backoffDelay(policy, attempt + 1);
            hooks.onRetry?.(err, attempt + 1, delay);
            await sleep(delay, hooks.signal);
        }
    }
}

;// CONCATENATED MODULE: ../../src/core/transfer/host-source.ts

class HostSource {
    open;
    current;
    opened = [];
    constructor(open, first) {
        this.open = open;
        if (first) {
            this.current = Promise.resolve(first);
            this.opened.push(first);
        }
    }
    /** The live connection, opening one when there is none. */
    get() {
        if (!this.current) {
            const p = this.open().then((h) => {
                this.opened.push(h);
                return h;
            });
            this.current = p;
            p.catch(() => {
                if (this.current === p)
                    this.current = undefined;
            });
        }
        return this.current;
    }
    /** Forget `host`: the next `get()` reconnects. */
    async drop(host) {
        const cur = this.current;
        if (!cur)
            return;
        const h = await cur.catch(() => undefined);
        if (h === host && this.current === cur) {
            this.current = undefined;
            host.close().catch(() => undefined);
        }
    }
    async use(policy, fn, hooks = {}) {
        return withRetries(policy, async () => {
            const host = await this.get();
            try {
                return await fn(host);
            }
            catch (err) {
                if (isTransient(err))
                    await this.drop(host);
                throw err;
            }
        }, hooks);
    }
    /** Closes every connection this source opened. */
    async closeAll() {
        await Promise.all(this.opened.map((h) => h.close().catch(() => undefined)));
    }
}

;// CONCATENATED MODULE: ../../src/core/transfer/checkpoint-check.ts
/** How many leading components of a file's path name its checkpoint, for the spec it came from. */
function depthFor(spec) {
    if (!spec)
        return 1;
    if (spec.kind === 'file')
        return Number.POSITIVE_INFINITY;
    if (spec.kind === 'dir') {
        const contents = spec.spec.replace(/\/+$/, '') !== spec.spec && spec.spec.replace(/\/+$/, '') !== '';
        return contents ? 1 : 2;
    }
    return 1;
}
function checkpointUnits(result) {
    const units = new Map();
    for (const f of result.files) {
        if (f.status === 'changed')
            continue;
        const parts = f.rel.split('/');
        const depth = depthFor(result.specs[f.spec]);
        const rel = parts.slice(0, Math.min(parts.length, depth)).join('/');
        const u = units.get(rel) ?? { rel, files: 0, complete: true };
        u.files++;
        if (f.status !== 'verified' && f.status !== 'present')
            u.complete = false;
        units.set(rel, u);
    }
    return [...units.values()].sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
}
async function runCheckpointChecks(units, command, dest, timeoutMs, run, now = Date.now) {
    const results = [];
    for (const u of units) {
        if (!u.complete) {
            results.push({
                rel: u.rel,
                ok: false,
                seconds: 0,
                message: 'not checked: some of its files were not pulled and verified',
            });
            continue;
        }
        const started = now();
        const abs = `${dest.replace(/\/+$/, '')}/${u.rel}`;
        const out = await run(command, abs, u.rel, timeoutMs);
        const seconds = (now() - started) / 1000;
        if (out.code === 0 && !out.timedOut)
            results.push({ rel: u.rel, ok: true, seconds });
        else {
            const why = out.timedOut ? `timed out after ${Math.round(timeoutMs / 1000)}s` : `exit ${out.code ?? 'by signal'}`;
            results.push({
                rel: u.rel,
                ok: false,
                seconds,
                message: `${why}${out.output.trim() ? `: ${out.output.trim().split('\n').slice(-5).join(' | ')}` : ''}`,
            });
        }
    }
    return results;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ../../node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(8476);
;// CONCATENATED MODULE: ../../src/core/session/session.ts
/**
 * The session file: how `launch` hands a box and a run to the actions after it (design §9). Versioned,
 * validated with zod, and never holding a secret: no key, passphrase or env value is in its schema, and
 * unknown keys are stripped on write.
 */




const SESSION_ENV = 'TENANT_SESSION';
const SESSION_VERSION = 1;
const pulledRecordSchema = schemas/* object */.Ikc({
    at: schemas/* string */.YjP(),
    manifestSha256: schemas/* string */.YjP().regex(/^[0-9a-f]{64}$/),
    files: schemas/* number */.aig().int().nonnegative(),
    bytes: schemas/* number */.aig().int().nonnegative(),
    remotePaths: schemas/* array */.YOg(schemas/* string */.YjP()),
    verified: schemas/* boolean */.zMY(),
});
const sessionSchema = schemas/* object */.Ikc({
    version: schemas/* literal */.euz(SESSION_VERSION),
    profile: schemas/* string */.YjP(),
    connection: schemas/* object */.Ikc({
        host: schemas/* string */.YjP(),
        port: schemas/* number */.aig().int().min(1).max(65535),
        user: schemas/* string */.YjP(),
        /** The host key seen and accepted, as an OpenSSH SHA256 fingerprint: downstream actions pin it. */
        hostKeyFingerprint: schemas/* string */.YjP().regex(/^SHA256:[A-Za-z0-9+/]+=*$/),
    })
        .nullable(),
    run: schemas/* object */.Ikc({
        runId: schemas/* string */.YjP(),
        remoteDir: schemas/* string */.YjP(),
        workdir: schemas/* string */.YjP(),
        checkpointDir: schemas/* string */.YjP(),
        logPath: schemas/* string */.YjP(),
        pgid: schemas/* number */.aig().int().nullable(),
        command: schemas/* string */.YjP(),
        startedAt: schemas/* string */.YjP(),
    })
        .nullable(),
    pulls: schemas/* array */.YOg(pulledRecordSchema),
});
function emptySession(profile) {
    return { version: SESSION_VERSION, profile, connection: null, run: null, pulls: [] };
}
/** Where the session lives: `$TENANT_SESSION` when set, else `$RUNNER_TEMP/tenant/session.json`. */
function sessionPath(env = process.env) {
    if (env[SESSION_ENV])
        return env[SESSION_ENV];
    if (env.RUNNER_TEMP)
        return (0,external_node_path_.join)(env.RUNNER_TEMP, 'tenant', 'session.json');
    return undefined;
}
function readSession(path) {
    if (!(0,external_node_fs_.existsSync)(path))
        return undefined;
    let raw;
    try {
        raw = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch (err) {
        throw new errors/* ConfigurationError */.j1(`session file ${path} is not valid JSON (${err.message}); run launch again`, SESSION_ENV);
    }
    const parsed = sessionSchema.safeParse(raw);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const where = issue?.path.join('.') || '(root)';
        throw new errors/* ConfigurationError */.j1(`session file ${path} is not a tenant v${SESSION_VERSION} session (${where}: ${issue?.message}); run launch again`, SESSION_ENV);
    }
    return parsed.data;
}
/** Atomic write (tmp + rename), mode 0600. Returns the path written. */
function writeSession(path, session) {
    const clean = sessionSchema.parse(session);
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
    const tmp = `${path}.${process.pid}.tmp`;
    (0,external_node_fs_.writeFileSync)(tmp, JSON.stringify(clean, null, 2) + '\n', { mode: 0o600 });
    (0,external_node_fs_.renameSync)(tmp, path);
    return path;
}

;// CONCATENATED MODULE: ../../src/core/transfer/iron-law.ts
/**
 * The Iron Law (seed-behaviors §3.6): nothing on the box may be destroyed until its checkpoints are pulled
 * and verified. pull never tears anything down; it appends a record to the session file — what was pulled,
 * how many files and bytes, whether everything verified, and the sha256 of the manifest — so a later teardown
 * can check the fact (and recompute the digest from the manifest it names) before it acts.
 */

/** Appends the pull to the session at `path` (creating the session when there is none). Returns the record. */
function recordPull(path, facts) {
    const prior = readSession(path);
    const session = prior ?? emptySession(facts.profile);
    if (!session.connection && facts.connection)
        session.connection = facts.connection;
    const record = {
        at: facts.at.toISOString(),
        manifestSha256: facts.manifestSha256,
        files: facts.files,
        bytes: facts.bytes,
        remotePaths: facts.remotePaths,
        verified: facts.verified,
    };
    session.pulls.push(record);
    writeSession(path, session);
    return record;
}

;// CONCATENATED MODULE: ../../src/core/transfer/local-path.ts
/**
 * Where a pulled file lands. File names come from the box, which is not trusted: every relative path is
 * checked here before it touches the local disk, so a name like `../../.bashrc`, `/etc/passwd`, an empty
 * component or a NUL can never escape `dest`. Names that are merely odd (a leading `-`, spaces, newlines,
 * quotes) are legal data: they are passed to fs calls and to rsync (NUL-separated, `--protect-args`) as is.
 */


/** The folder inside `dest` that pull keeps its own state in (staging, partial files, manifest). */
const STATE_DIR_NAME = '.tenant-pull';
const MAX_COMPONENT_BYTES = 255;
const MAX_PATH_BYTES = 4000;
class UnsafePathError extends Error {
    name = 'UnsafePathError';
}
/** Checks a POSIX relative path from the box; returns it unchanged or throws UnsafePathError. */
function checkRelativePath(rel) {
    if (rel === '')
        throw new UnsafePathError('empty path');
    if (rel.includes('\0'))
        throw new UnsafePathError(`path ${JSON.stringify(rel)} contains a NUL byte`);
    if (rel.startsWith('/'))
        throw new UnsafePathError(`path ${JSON.stringify(rel)} is absolute`);
    if (Buffer.byteLength(rel) > MAX_PATH_BYTES)
        throw new UnsafePathError(`path ${JSON.stringify(rel.slice(0, 80))}… is too long`);
    const parts = rel.split('/');
    for (const part of parts) {
        if (part === '' || part === '.' || part === '..') {
            throw new UnsafePathError(`path ${JSON.stringify(rel)} has a '${part || '(empty)'}' component`);
        }
        if (Buffer.byteLength(part) > MAX_COMPONENT_BYTES)
            throw new UnsafePathError(`path ${JSON.stringify(rel)} has a component over 255 bytes`);
        if (external_node_path_.sep === '\\' && /[\\:]/.test(part))
            throw new UnsafePathError(`path ${JSON.stringify(rel)} is not portable to this runner`);
    }
    if (parts[0] === STATE_DIR_NAME)
        throw new UnsafePathError(`path ${JSON.stringify(rel)} uses the reserved folder ${STATE_DIR_NAME}`);
    return rel;
}
/** `base/rel`, after checking that the result stays inside `base` (belt and braces over checkRelativePath). */
function inside(base, rel) {
    checkRelativePath(rel);
    const full = join(base, ...rel.split('/'));
    const back = relative(resolve(base), resolve(full));
    if (back === '' || back === '..' || back.startsWith('..' + sep) || isAbsolute(back))
        throw new UnsafePathError(`path ${JSON.stringify(rel)} escapes ${base}`);
    return full;
}
/**
 * `base/rel` for a path that already passed checkRelativePath (every ListedFile.rel did, in parseListing):
 * the cheap join used on hot paths, 20,000 times for a tree of small files.
 */
function underRoot(base, rel) {
    return (0,external_node_path_.join)(base, rel);
}
/** Validates and resolves the destination folder the user named. */
function resolveDest(dest, cwd, input = 'dest') {
    const trimmed = dest.trim();
    if (trimmed === '')
        throw new errors/* ConfigurationError */.j1(`${input} is empty: name the local folder to pull into`, input);
    if (trimmed.includes('\0'))
        throw new errors/* ConfigurationError */.j1(`${input} contains a NUL byte`, input);
    const full = (0,external_node_path_.resolve)(cwd, trimmed);
    if (full === (0,external_node_path_.resolve)('/'))
        throw new errors/* ConfigurationError */.j1(`${input} is the filesystem root; name a folder for the pulled files`, input);
    return full;
}
function stagingLayout(dest) {
    const state = (0,external_node_path_.join)(dest, STATE_DIR_NAME);
    return {
        dest,
        state,
        staging: (0,external_node_path_.join)(state, 'staging'),
        partial: (0,external_node_path_.join)(state, 'partial'),
        partialIndex: (0,external_node_path_.join)(state, 'partial.json'),
        manifest: (0,external_node_path_.join)(state, 'manifest.json'),
        sha256sums: (0,external_node_path_.join)(state, 'SHA256SUMS'),
    };
}
/**
 * A name from the box made safe to print on one log line: control characters (a newline could start a
 * `::workflow-command::` line) are written as escapes.
 */
function printableName(name) {
    return name.replace(/[\x00-\x1f\x7f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ../../src/core/transfer/engine.ts
/**
 * What the pull orchestrator asks of a transfer engine (rsync, or the framed stream): move these listed
 * files into the staging folder, report each one as it lands, and fail with a TransferError that says whether
 * another attempt can resume. Engines never verify; the orchestrator does, against the box's digests.
 */

/** A transfer that stopped early. `retryable`: a dropped connection or a timeout; another attempt resumes. */
class TransferError extends errors/* HostError */.dh {
    retryable;
    constructor(message, retryable, options) {
        super(retryable ? 'ETRANSFER' : 'ETRANSFERFATAL', message, options);
        this.retryable = retryable;
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ../../src/core/transfer/local-verify.ts
/**
 * Checks one staged file against the box's digest. The bytes are read from disk, unless the engine hashed
 * them as it wrote them and the file's inode state (dev, inode, size, mtime, ctime) is still exactly what it
 * was right after: any later write, truncate or replacement changes ctime (which no one can set back), so a
 * matching fence proves the file holds the bytes that were hashed.
 */



const CHUNK = 4 * 1024 * 1024;
/** Files up to this size are checked with synchronous calls: cheaper than a round of thread-pool hops. */
const SYNC_MAX = 1024 * 1024;
function sha256OfSmallFileSync(path, size) {
    const fd = (0,external_node_fs_.openSync)(path, external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NOFOLLOW ?? 0));
    try {
        const buf = Buffer.allocUnsafe(size + 1);
        let got = 0;
        for (;;) {
            const n = (0,external_node_fs_.readSync)(fd, buf, got, buf.length - got, null);
            if (n === 0)
                break;
            got += n;
            if (got === buf.length)
                throw new Error('the file grew while being read');
        }
        return (0,external_node_crypto_.createHash)('sha256').update(buf.subarray(0, got)).digest('hex');
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
async function sha256OfFile(path) {
    const fh = await (0,promises_.open)(path, external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NOFOLLOW ?? 0));
    try {
        const hash = (0,external_node_crypto_.createHash)('sha256');
        const st = await fh.stat();
        const buf = Buffer.allocUnsafe(Math.max(1, Math.min(CHUNK, st.size || 1)));
        for (;;) {
            const { bytesRead } = await fh.read(buf, 0, buf.length, null);
            if (bytesRead === 0)
                break;
            hash.update(buf.subarray(0, bytesRead));
        }
        return hash.digest('hex');
    }
    finally {
        await fh.close();
    }
}
function sameFence(a, b) {
    return a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs;
}
async function checkLocalFile(path, expected, staged) {
    let st;
    if (expected.size <= SYNC_MAX) {
        try {
            st = (0,external_node_fs_.lstatSync)(path);
        }
        catch (err) {
            st = err;
        }
    }
    else
        st = await (0,promises_.lstat)(path).catch((err) => err);
    if (st instanceof Error)
        return { ok: false, reason: st.code === 'ENOENT' ? 'missing after the transfer' : `cannot stat: ${st.message}` };
    if (!st.isFile())
        return { ok: false, reason: st.isSymbolicLink() ? 'is a symlink, not a file' : 'is not a regular file' };
    if (st.size !== expected.size)
        return { ok: false, reason: `size ${st.size} bytes, the box has ${expected.size}` };
    let sha;
    let reread = true;
    if (staged?.sha256 &&
        staged.fence &&
        sameFence(staged.fence, { dev: st.dev, ino: st.ino, size: st.size, mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs })) {
        sha = staged.sha256;
        reread = false;
    }
    else {
        try {
            sha = st.size <= SYNC_MAX ? sha256OfSmallFileSync(path, st.size) : await sha256OfFile(path);
        }
        catch (err) {
            return { ok: false, reason: `cannot read: ${err.message}` };
        }
    }
    if (sha !== expected.sha256)
        return { ok: false, reason: `sha256 ${sha.slice(0, 12)}… differs from the box's ${expected.sha256.slice(0, 12)}…` };
    return { ok: true, sha256: sha, reread };
}

;// CONCATENATED MODULE: ../../src/core/transfer/box-helper.ts
/**
 * The small program pull runs on the box (python3, standard library only, Python ≥ 3.6). One script, three
 * modes, each reading one JSON request on stdin (so no path ever travels in a command line):
 *
 *   list   expand the remote paths/globs; lstat every file (look 1); skip temp names, symlinks and
 *          non-regular files; files modified within `settle_ms` are looked at again after that window
 *          (look 2) and skipped when their size or mtime moved: they are still being written.
 *          → one JSON document.
 *   hash   sha256 of each listed file, with fstat before and after (a file that changed while being read, or
 *          since the listing, is marked `changed`). → one JSON line per file, as each finishes.
 *   send   serve byte ranges of files as frames (see frame-protocol.ts); requests arrive as JSON lines on
 *          stdin, so the client can hand out work as it goes; EOF on stdin ends the stream.
 *   raw    serve one byte range of one file, unframed (sendfile), for a client that writes it straight into
 *          the file (large files: no per-chunk work in Node); exit 3 when the file shrank.
 *
 * File names that are not valid UTF-8 are skipped (named in the listing) rather than mangled.
 */
const BOX_HELPER_PY = String.raw `
import fnmatch, glob, hashlib, json, os, re, stat, struct, sys, time
from concurrent.futures import ThreadPoolExecutor
TEMP_SUFFIXES = ('.tmp', '.temp', '.part', '.partial', '.incomplete', '.crdownload', '.download', '.swp', '.swx', '~', '.lock', '.inprogress', '.writing')
TEMP_RE = re.compile(r'\.(tmp|temp|part)[.\-_][^/]*$|-tmp-\d+$|^\.nfs[0-9A-Fa-f]|^\.~tmp~$|^\.rsync-partial$|^\.tenant-pull$')
class Out:
    def __init__(self):
        self.lines, self.last = [], time.time()
    def put(self, doc):
        self.lines.append(json.dumps(doc, separators=(',', ':')))
        if len(self.lines) >= 512 or time.time() - self.last > 0.1:
            self.flush()
    def flush(self):
        if self.lines:
            sys.stdout.write('\n'.join(self.lines) + '\n')
            self.lines = []
        sys.stdout.flush()
        self.last = time.time()
def out(doc):
    sys.stdout.write(json.dumps(doc, separators=(',', ':')) + '\n'); sys.stdout.flush()
def temp_name(name):
    return name.endswith(TEMP_SUFFIXES) or TEMP_RE.search(name) is not None
def utf8(path):
    try:
        os.fsencode(path).decode('utf-8'); return True
    except UnicodeError:
        return False
def has_magic(s):
    return any(c in s for c in '*?[')
def do_list(req):
    settle = req.get('settle_ms', 0) / 1000.0
    excludes = req.get('exclude', [])
    specs, files, skipped = [], [], []
    def excluded(rel, name):
        parts = rel.split('/')
        tails = ['/'.join(parts[k:]) for k in range(len(parts))]
        return any(fnmatch.fnmatchcase(name, p) or any(fnmatch.fnmatchcase(t, p) for t in tails) for p in excludes)
    def rel_of(path, root):
        base = root.rstrip('/') + '/'
        return path[len(base):] if path.startswith(base) else os.path.relpath(path, root)
    def add(path, root, si, st=None):
        name = os.path.basename(path)
        if not utf8(path):
            skipped.append({'p': os.fsencode(path).decode('utf-8', 'replace'), 'reason': 'name is not valid UTF-8'}); return
        if temp_name(name):
            skipped.append({'p': path, 'reason': 'temporary name (still being written?)'}); return
        if excludes and excluded(rel_of(path, root), name):
            skipped.append({'p': path, 'reason': 'excluded'}); return
        try:
            if st is None:
                st = os.lstat(path)
        except OSError as e:
            skipped.append({'p': path, 'reason': 'cannot stat: ' + (e.strerror or str(e))}); return
        if stat.S_ISLNK(st.st_mode):
            skipped.append({'p': path, 'reason': 'symlink'}); return
        if not stat.S_ISREG(st.st_mode):
            skipped.append({'p': path, 'reason': 'not a regular file'}); return
        files.append({'s': si, 'p': path, 'size': st.st_size, 'mtime_ns': str(st.st_mtime_ns), 'look': time.time()})
    def walk(top, root, si):
        try:
            entries = sorted(os.scandir(top), key=lambda e: e.name)
        except OSError as e:
            skipped.append({'p': top, 'reason': 'cannot read directory: ' + (e.strerror or str(e))}); return
        subdirs = []
        for e in entries:
            full = e.path
            try:
                is_dir = e.is_dir(follow_symlinks=False)
            except OSError:
                is_dir = False
            if not is_dir:
                try:
                    st = e.stat(follow_symlinks=False)
                except OSError:
                    st = None
                add(full, root, si, st)
            elif not utf8(full):
                skipped.append({'p': os.fsencode(full).decode('utf-8', 'replace'), 'reason': 'name is not valid UTF-8'})
            elif temp_name(e.name):
                skipped.append({'p': full, 'reason': 'temporary directory (still being written?)'})
            elif excludes and excluded(rel_of(full, root), e.name):
                skipped.append({'p': full, 'reason': 'excluded'})
            else:
                subdirs.append(full)
        for d in subdirs:
            walk(d, root, si)
    for si, spec in enumerate(req['specs']):
        contents = spec.endswith('/') and spec.rstrip('/') != ''
        path = os.path.abspath(os.path.expanduser(spec))
        if has_magic(path):
            parts = path.split('/')
            k = next(i for i, p in enumerate(parts) if has_magic(p))
            root = '/'.join(parts[:k]) or '/'
            matches = sorted(glob.glob(path, recursive=True))
            specs.append({'spec': spec, 'root': root, 'kind': 'glob', 'matches': len(matches)})
            for m in matches:
                if os.path.isdir(m) and not os.path.islink(m):
                    walk(m, root, si)
                else:
                    add(m, root, si)
        elif os.path.isdir(path):
            root = path if contents else (os.path.dirname(path) or '/')
            specs.append({'spec': spec, 'root': root, 'kind': 'dir'})
            walk(path, root, si)
        elif os.path.lexists(path):
            root = os.path.dirname(path) or '/'
            specs.append({'spec': spec, 'root': root, 'kind': 'file'})
            add(path, root, si)
        else:
            specs.append({'spec': spec, 'root': os.path.dirname(path) or '/', 'kind': 'missing'})
    now = time.time()
    recent = [f for f in files if settle > 0 and now - int(f['mtime_ns']) / 1e9 < settle]
    if recent:
        wait = settle - (now - min(f['look'] for f in recent))
        if wait > 0:
            time.sleep(min(wait, settle))
        for f in recent:
            try:
                st = os.lstat(f['p'])
                moved = st.st_size != f['size'] or str(st.st_mtime_ns) != f['mtime_ns']
                after = st.st_size
            except OSError:
                moved, after = True, -1
            if moved:
                f['drop'] = True
                skipped.append({'p': f['p'], 'reason': 'still being written (size %d -> %d within %.1fs)' % (f['size'], after, settle)})
    files = [f for f in files if not f.get('drop')]
    for f in files:
        f.pop('look', None)
    out({'specs': specs, 'files': files, 'skipped': skipped, 'home': os.path.expanduser('~')})
import threading
LOCAL = threading.local()
def hash_one(i, f):
    try:
        fd = os.open(f['p'], os.O_RDONLY | getattr(os, 'O_NOFOLLOW', 0))
    except OSError as e:
        return {'i': i, 'error': e.strerror or str(e)}
    try:
        st0 = os.fstat(fd)
        h = hashlib.sha256()
        if st0.st_size <= 65536:
            data = os.read(fd, 65537)
            while data and len(data) < st0.st_size + 1:
                more = os.read(fd, 65537)
                if not more:
                    break
                data += more
            h.update(data)
        else:
            buf = getattr(LOCAL, 'buf', None)
            if buf is None:
                buf = LOCAL.buf = bytearray(4 << 20)
            view = memoryview(buf)
            while True:
                n = os.readv(fd, [buf])
                if not n:
                    break
                h.update(view[:n])
        st1 = os.fstat(fd)
        changed = (st0.st_size != st1.st_size or st0.st_mtime_ns != st1.st_mtime_ns or st1.st_size != f['size']
                   or str(st1.st_mtime_ns) != f['mtime_ns'])
        return {'i': i, 'sha256': h.hexdigest(), 'size': st1.st_size, 'mtime_ns': str(st1.st_mtime_ns), 'changed': changed}
    except OSError as e:
        return {'i': i, 'error': e.strerror or str(e)}
    finally:
        os.close(fd)
def do_hash(req):
    items = req['files']
    workers = req.get('workers') or max(1, min(8, (os.cpu_count() or 2) // 2))
    o = Out()
    if workers <= 1:
        for f in items:
            o.put(hash_one(f['i'], f))
    else:
        with ThreadPoolExecutor(max_workers=workers) as pool:
            for r in pool.map(lambda f: hash_one(f['i'], f), items):
                o.put(r)
    o.flush()
HDR = struct.Struct('>4sIQQ')
def do_send(first):
    fdout = sys.stdout.fileno()
    pending = []
    def flush():
        if pending:
            data = b''.join(pending); pending.clear()
            view = memoryview(data)
            while view:
                n = os.write(fdout, view); view = view[n:]
    def error(i, msg):
        b = msg.encode('utf-8', 'replace')
        pending.append(HDR.pack(b'TERR', i, 0, len(b))); pending.append(b)
    def serve(r):
        i, off, ln = r['i'], r['off'], r['len']
        try:
            fd = os.open(r['p'], os.O_RDONLY | getattr(os, 'O_NOFOLLOW', 0))
        except OSError as e:
            error(i, 'cannot open: ' + (e.strerror or str(e))); return
        try:
            size = os.fstat(fd).st_size
            if size < off + ln:
                error(i, 'file is shorter than listed (%d < %d): it changed on the box' % (size, off + ln)); return
            if ln <= 262144:
                data = os.pread(fd, ln, off) if ln else b''
                if len(data) < ln:
                    data += bytes(ln - len(data))
                pending.append(HDR.pack(b'TFRM', i, off, ln)); pending.append(data)
                if sum(len(p) for p in pending) > (1 << 20):
                    flush()
                return
            pending.append(HDR.pack(b'TFRM', i, off, ln)); flush()
            pos, end = off, off + ln
            while pos < end:
                try:
                    n = os.sendfile(fdout, fd, pos, min(end - pos, 8 << 20))
                except OSError:
                    n = 0
                    chunk = os.pread(fd, min(end - pos, 4 << 20), pos)
                    if chunk:
                        mv = memoryview(chunk)
                        while mv:
                            w = os.write(fdout, mv); mv = mv[w:]
                        n = len(chunk)
                if n == 0:
                    pad = bytes(min(end - pos, 1 << 20))
                    mv = memoryview(pad)
                    while mv:
                        w = os.write(fdout, mv); mv = mv[w:]
                    n = len(pad)
                pos += n
        finally:
            os.close(fd)
    line = first
    while line:
        req = json.loads(line)
        for r in req['ranges']:
            serve(r)
        flush()
        pending.append(HDR.pack(b'TACK', req.get('batch', 0), 0, 0)); flush()
        line = sys.stdin.readline()
    pending.append(HDR.pack(b'TEND', 0, 0, 0)); flush()
def do_raw(req):
    # One byte range, raw (no frames), for a client that writes it straight into the file.
    try:
        fd = os.open(req['p'], os.O_RDONLY | getattr(os, 'O_NOFOLLOW', 0))
    except OSError as e:
        sys.stderr.write('cannot open: %s\n' % (e.strerror or e)); sys.exit(3)
    off, end = req['off'], req['off'] + req['len']
    if os.fstat(fd).st_size < end:
        sys.stderr.write('file is shorter than listed: it changed on the box\n'); sys.exit(3)
    fdout, pos = sys.stdout.fileno(), off
    while pos < end:
        try:
            n = os.sendfile(fdout, fd, pos, min(end - pos, 8 << 20))
        except OSError:
            chunk = os.pread(fd, min(end - pos, 4 << 20), pos)
            mv = memoryview(chunk)
            while mv:
                w = os.write(fdout, mv); mv = mv[w:]
            n = len(chunk)
        if n == 0:
            sys.stderr.write('file is shorter than listed: it changed on the box\n'); sys.exit(3)
        pos += n
mode = sys.argv[1]
if mode == 'raw':
    do_raw(json.loads(sys.stdin.readline()))
elif mode == 'send':
    do_send(sys.stdin.readline())
else:
    req = json.loads(sys.stdin.read())
    if mode == 'list':
        do_list(req)
    elif mode == 'hash':
        do_hash(req)
    else:
        sys.exit('unknown mode ' + mode)
`;
/** argv that runs the helper with the box's python3 (`python` names another interpreter). */
function boxHelperArgv(mode, python = 'python3') {
    return [python, '-c', BOX_HELPER_PY, mode];
}

;// CONCATENATED MODULE: ../../src/core/transfer/listing.ts
/**
 * Step one of a pull: ask the box what is there. The helper's `list` mode expands the remote paths and globs,
 * stats every file and drops the ones still being written; this module builds its request, runs it through
 * the Host port and checks the answer, which comes from a machine we do not trust: shapes are validated,
 * each file must sit under the root its spec resolved to, and the local relative path is derived here (never
 * taken from the box) and checked by checkRelativePath.
 */




const answerSchema = schemas/* object */.Ikc({
    specs: schemas/* array */.YOg(schemas/* object */.Ikc({
        spec: schemas/* string */.YjP(),
        root: schemas/* string */.YjP(),
        kind: schemas/* enum */.k5n(['dir', 'file', 'glob', 'missing']),
        matches: schemas/* number */.aig().int().nonnegative().optional(),
    })),
    files: schemas/* array */.YOg(schemas/* object */.Ikc({
        s: schemas/* number */.aig().int().nonnegative(),
        p: schemas/* string */.YjP(),
        size: schemas/* number */.aig().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
        mtime_ns: schemas/* string */.YjP().regex(/^-?\d{1,25}$/),
    })),
    skipped: schemas/* array */.YOg(schemas/* object */.Ikc({ p: schemas/* string */.YjP(), reason: schemas/* string */.YjP() })),
    home: schemas/* string */.YjP(),
});
/** Checks a remote path or glob the user typed. */
function checkRemoteSpec(spec, input) {
    if (spec.trim() === '')
        throw new errors/* ConfigurationError */.j1(`${input}: an empty remote path; name a file, folder or glob on the box`, input);
    if (spec.includes('\0'))
        throw new errors/* ConfigurationError */.j1(`${input}: remote path ${JSON.stringify(spec)} contains a NUL byte`, input);
    return spec;
}
/** Path of `remote` relative to `root`, or undefined when it is not below it. */
function relativeTo(root, remote) {
    if (!remote.startsWith('/') || !root.startsWith('/'))
        return undefined;
    const base = root === '/' ? '/' : root.replace(/\/+$/, '') + '/';
    return remote.startsWith(base) ? remote.slice(base.length) : undefined;
}
/** Parses and checks the helper's answer. Throws HostError when it is not what the helper prints. */
function parseListing(stdout, request) {
    let raw;
    try {
        raw = JSON.parse(stdout.trim().split('\n').pop() ?? '');
    }
    catch {
        throw new errors/* HostError */.dh('EPROTO', `the listing on the box printed something that is not JSON: ${JSON.stringify(stdout.slice(0, 200))}`);
    }
    const parsed = answerSchema.safeParse(raw);
    if (!parsed.success)
        throw new errors/* HostError */.dh('EPROTO', `the listing on the box has an unexpected shape (${parsed.error.issues[0]?.message})`);
    const answer = parsed.data;
    if (answer.specs.length !== request.specs.length)
        throw new errors/* HostError */.dh('EPROTO', 'the listing answered for a different number of remote paths');
    const skipped = answer.skipped.map((s) => ({ remote: s.p, reason: s.reason }));
    const files = [];
    const byRel = new Map();
    for (const f of answer.files) {
        const spec = answer.specs[f.s];
        if (!spec)
            throw new errors/* HostError */.dh('EPROTO', `the listing names remote path #${f.s}, which was not asked for`);
        const rel = relativeTo(spec.root, f.p);
        try {
            if (rel === undefined)
                throw new UnsafePathError(`${JSON.stringify(f.p)} is not under ${JSON.stringify(spec.root)}`);
            checkRelativePath(rel);
        }
        catch (err) {
            if (!(err instanceof UnsafePathError))
                throw err;
            skipped.push({ remote: f.p, reason: `unsafe local path: ${err.message}` });
            continue;
        }
        const clash = byRel.get(rel);
        if (clash) {
            throw new errors/* ConfigurationError */.j1(`remote files ${JSON.stringify(clash.remote)} and ${JSON.stringify(f.p)} would both land at ${JSON.stringify(rel)} in dest; ` +
                `pull them into different folders or narrow the remote paths`, 'remote');
        }
        const mtimeMs = Number(BigInt(f.mtime_ns) / 1000000n);
        const item = {
            index: files.length,
            spec: f.s,
            remote: f.p,
            root: spec.root,
            rel,
            size: f.size,
            mtimeNs: f.mtime_ns,
            mtimeMs,
        };
        byRel.set(rel, item);
        files.push(item);
    }
    return { specs: answer.specs, files, skipped, home: answer.home };
}
/** Runs the listing on the box. */
async function listRemote(host, request, options = {}) {
    const body = JSON.stringify({ specs: request.specs, settle_ms: request.settleMs, exclude: request.exclude });
    const r = await host.exec({ argv: boxHelperArgv('list', options.python) }, { stdin: body, timeoutMs: options.timeoutMs ?? 10 * 60_000 });
    if (r.code === 127 || /python3?: (command )?not found|No such file or directory.*python/i.test(r.stderr)) {
        throw new errors/* ConfigurationError */.j1(`python3 is not installed on the box (${host.label}); pull needs it to list and hash files`, 'remote');
    }
    if (r.timedOut)
        throw new errors/* HostError */.dh('ETIMEDOUT', `listing the remote paths on ${host.label} did not finish in time`);
    if (r.code !== 0) {
        throw new errors/* HostError */.dh('EREMOTE', `listing the remote paths on ${host.label} failed (exit ${r.code}): ${r.stderr.trim().slice(-500)}`);
    }
    return parseListing(r.stdout, request);
}

;// CONCATENATED MODULE: ../../src/core/transfer/manifest.ts
/**
 * The manifest: what the box had (path, size, mtime, sha256 computed on the box), written next to the pulled
 * files as `.tenant-pull/manifest.json` plus a `SHA256SUMS` that `sha256sum -c` reads. Its own sha256 (of the
 * exact bytes written) is the digest the session records as "pulled and verified": a later teardown can
 * recompute it and compare.
 */

const MANIFEST_VERSION = 1;
function sortManifestFiles(files) {
    return [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
/** The bytes written to manifest.json (stable key order, files sorted by path). */
function serializeManifest(m) {
    const ordered = {
        version: m.version,
        tool: m.tool,
        createdAt: m.createdAt,
        host: m.host,
        ...(m.hostKeyFingerprint ? { hostKeyFingerprint: m.hostKeyFingerprint } : {}),
        remotePaths: m.remotePaths,
        files: sortManifestFiles(m.files).map((f) => ({
            path: f.path,
            remote: f.remote,
            size: f.size,
            mtimeNs: f.mtimeNs,
            sha256: f.sha256,
        })),
        skipped: m.skipped,
    };
    return JSON.stringify(ordered, null, 2) + '\n';
}
function sha256Hex(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex');
}
/**
 * GNU `sha256sum` format. A name holding a backslash or newline is escaped the way coreutils does it: the line
 * starts with `\` and the name has `\\` and `\n`.
 */
function sha256sums(files) {
    return sortManifestFiles([...files])
        .map((f) => {
        if (/[\\\n\r]/.test(f.path)) {
            const name = f.path.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
            return `\\${f.sha256}  ${name}\n`;
        }
        return `${f.sha256}  ${f.path}\n`;
    })
        .join('');
}

;// CONCATENATED MODULE: ../../src/core/transfer/interval-set.ts
/** A set of half-open byte ranges [start, end), kept sorted and merged: which parts of a file are written. */
class IntervalSet {
    ranges = [];
    constructor(initial = []) {
        for (const [a, b] of initial)
            this.add(a, b);
    }
    add(start, end) {
        if (end <= start)
            return;
        const out = [];
        let s = start;
        let e = end;
        let placed = false;
        for (const [a, b] of this.ranges) {
            if (b < s)
                out.push([a, b]);
            else if (a > e) {
                if (!placed) {
                    out.push([s, e]);
                    placed = true;
                }
                out.push([a, b]);
            }
            else {
                s = Math.min(s, a);
                e = Math.max(e, b);
            }
        }
        if (!placed)
            out.push([s, e]);
        this.ranges = out;
    }
    /** End of the range that contains `at` (or `at` itself when nothing written there). */
    contiguousFrom(at) {
        for (const [a, b] of this.ranges)
            if (a <= at && at < b)
                return b;
        return at;
    }
    /** Total bytes covered. */
    get covered() {
        return this.ranges.reduce((n, [a, b]) => n + (b - a), 0);
    }
    /** The gaps within [0, size), in order. */
    missing(size) {
        const gaps = [];
        let at = 0;
        for (const [a, b] of this.ranges) {
            if (a >= size)
                break;
            if (a > at)
                gaps.push([at, a]);
            at = Math.max(at, b);
        }
        if (at < size)
            gaps.push([at, size]);
        return gaps;
    }
    toJSON() {
        return this.ranges.map(([a, b]) => [a, b]);
    }
}

;// CONCATENATED MODULE: ../../src/core/transfer/file-assembler.ts
/**
 * Writes one file of a stream pull from byte ranges that may arrive out of order (a large file is split
 * across parallel streams) and may resume a partial file a dropped connection or an earlier run left.
 *
 * The sha256 is computed once, in file order, by a cursor that follows the written prefix: bytes that arrive
 * exactly at the cursor are hashed as they are written; anything else (the second half of a split file, bytes
 * written by an earlier run) is read back from the file once the prefix before it is complete. When the file is
 * complete its digest is the digest of what was written, and `fence` records the inode state right after, so
 * verification can prove nothing touched the file since (any later write changes ctime) or else re-read it.
 */




const READ_BACK_CHUNK = 4 * 1024 * 1024;
class LocalWriteError extends Error {
    name = 'LocalWriteError';
    code;
    constructor(message, code, options) {
        super(message, options);
        this.code = code;
    }
}
function describeLocalError(op, path, err) {
    const code = err?.code;
    const hint = code === 'ENOSPC'
        ? ': no space left on the runner (check df -h and df -i for the dest folder)'
        : code === 'EDQUOT'
            ? ': disk quota exceeded on the runner'
            : code === 'EACCES' || code === 'EPERM'
                ? ': permission denied'
                : `: ${err?.message ?? String(err)}`;
    return new LocalWriteError(`${op} ${path}${hint}`, code, { cause: err });
}
/** The pieces left after the first `n` bytes were written. */
function dropBytes(pieces, n) {
    const out = [];
    let skip = n;
    for (const piece of pieces) {
        if (skip >= piece.length) {
            skip -= piece.length;
            continue;
        }
        out.push(skip > 0 ? piece.subarray(skip) : piece);
        skip = 0;
    }
    return out;
}
class FileAssembler {
    path;
    size;
    writtenSet;
    opening;
    hash = (0,external_node_crypto_.createHash)('sha256');
    hashedTo = 0;
    reading;
    failure;
    pendingWrites = 0;
    drained = [];
    constructor(path, size, resumed) {
        this.path = path;
        this.size = size;
        this.writtenSet = resumed ?? new IntervalSet();
    }
    /** Ranges known to be in the file. */
    get written() {
        return this.writtenSet;
    }
    /** Opens (creating or resuming) the file; idempotent. Writes open it on demand. */
    open() {
        this.opening ??= this.doOpen();
        return this.opening;
    }
    async doOpen() {
        try {
            await (0,promises_.mkdir)((0,external_node_path_.dirname)(this.path), { recursive: true });
            const resume = this.writtenSet.covered > 0;
            const fh = await (0,promises_.open)(this.path, resume ? 'r+' : 'w+', 0o644);
            if (resume) {
                const st = await fh.stat();
                const end = this.writtenSet.toJSON().at(-1)?.[1] ?? 0;
                if (!st.isFile() || st.size < end) {
                    // The partial file does not hold what the index says: start over.
                    await fh.truncate(0);
                    this.writtenSet = new IntervalSet();
                    this.hash = (0,external_node_crypto_.createHash)('sha256');
                    this.hashedTo = 0;
                }
            }
            return fh;
        }
        catch (err) {
            this.opening = undefined;
            throw describeLocalError('open', this.path, err);
        }
    }
    get complete() {
        return this.written.missing(this.size).length === 0;
    }
    /** Byte ranges still to fetch. */
    missing() {
        return this.written.missing(this.size);
    }
    /**
     * Writes `data` (one buffer, or consecutive pieces written with one writev) at `offset`. Call in arrival
     * order: the hash cursor takes bytes at the call, synchronously. Settles when the bytes are in the file.
     */
    async write(offset, data) {
        if (this.failure)
            throw this.failure;
        let pieces = Array.isArray(data) ? data : [data];
        const length = pieces.reduce((n, piece) => n + piece.length, 0);
        if (offset + length > this.size) {
            throw new LocalWriteError(`${this.path}: the box sent bytes past the listed size (${offset + length} > ${this.size})`, 'EPROTO');
        }
        if (!this.reading && offset === this.hashedTo && length > 0) {
            for (const piece of pieces)
                this.hash.update(piece);
            this.hashedTo += length;
        }
        this.pendingWrites++;
        try {
            const fh = await this.open();
            let done = 0;
            while (done < length) {
                const { bytesWritten } = await fh.writev(pieces, offset + done);
                if (bytesWritten <= 0)
                    throw new Error('short write');
                done += bytesWritten;
                pieces = dropBytes(pieces, bytesWritten);
            }
            this.written.add(offset, offset + length);
        }
        catch (err) {
            this.failure ??= err instanceof LocalWriteError ? err : describeLocalError('write', this.path, err);
            throw this.failure;
        }
        finally {
            this.pendingWrites--;
            if (this.pendingWrites === 0)
                for (const r of this.drained.splice(0))
                    r();
        }
        this.kick();
    }
    /**
     * Records that [start, end) is in the file, written by someone else (a `dd` fed by ssh); the hash cursor
     * then reads it back from disk as the written prefix grows.
     */
    markWritten(start, end) {
        if (end > this.size)
            throw new LocalWriteError(`${this.path}: bytes reported past the listed size (${end} > ${this.size})`, 'EPROTO');
        this.written.add(start, end);
        this.kick();
    }
    /** Creates the file (without truncating it) so another process can write into it. */
    async prepare() {
        await this.open();
    }
    /** Starts reading back the written prefix past the hash cursor, if any and not already doing so. */
    kick() {
        if (this.reading || this.failure || this.hashedTo >= this.size)
            return;
        const upTo = this.written.contiguousFrom(this.hashedTo);
        if (upTo <= this.hashedTo)
            return;
        this.reading = this.readBack(upTo)
            .catch((err) => {
            this.failure = describeLocalError('read back', this.path, err);
        })
            .finally(() => {
            this.reading = undefined;
            this.kick();
        });
    }
    async readBack(upTo) {
        const fh = await this.open();
        const buf = Buffer.allocUnsafe(Math.min(READ_BACK_CHUNK, Math.max(1, upTo - this.hashedTo)));
        while (this.hashedTo < upTo) {
            const want = Math.min(buf.length, upTo - this.hashedTo);
            const { bytesRead } = await fh.read(buf, 0, want, this.hashedTo);
            if (bytesRead <= 0)
                throw new Error(`file ended at ${this.hashedTo}, expected ${upTo} bytes`);
            this.hash.update(buf.subarray(0, bytesRead));
            this.hashedTo += bytesRead;
        }
    }
    async idle() {
        if (this.pendingWrites > 0)
            await new Promise((r) => this.drained.push(r));
        while (this.reading)
            await this.reading;
    }
    /**
     * Completes the file: waits for writes and hashing, sets the box's mtime, closes it. Returns the digest of
     * the bytes written. Throws when bytes are missing.
     */
    async finish(mtimeMs) {
        await this.idle();
        if (!this.complete)
            throw new LocalWriteError(`${this.path}: ${this.size - this.written.covered} bytes still missing`);
        this.kick();
        await this.idle();
        if (this.failure)
            throw this.failure;
        if (this.hashedTo !== this.size)
            throw new LocalWriteError(`${this.path}: hashed ${this.hashedTo} of ${this.size} bytes`);
        const fh = await this.open();
        try {
            const t = new Date(mtimeMs);
            await fh.utimes(t, t);
            await fh.close();
        }
        catch (err) {
            throw describeLocalError('close', this.path, err);
        }
        finally {
            this.opening = undefined;
        }
        return this.hash.digest('hex');
    }
    /** Closes the file without completing it (its bytes and `written` stay for a resume). */
    async abandon() {
        await this.idle().catch(() => undefined);
        const opening = this.opening;
        this.opening = undefined;
        const fh = await opening?.catch(() => undefined);
        await fh?.close().catch(() => undefined);
    }
}

;// CONCATENATED MODULE: ../../src/core/transfer/rsync-plan.ts
/**
 * The rsync command pull runs, and how to read what rsync says. Flags and why (seed-behaviors §3.1,
 * anchors-reliability §4):
 *
 *   --partial-dir=.rsync-partial  an interrupted file is kept aside, never under its final name, and the next
 *                                 attempt resumes from it (delta against the partial);
 *                                 never --inplace / --append / --append-verify (they leave or keep bad bytes)
 *   -s (--protect-args)           names travel inside the protocol, not through the box's shell, so spaces,
 *                                 quotes, newlines or a leading '-' stay data
 *   --files-from=- --from0        exactly the listed files (NUL-separated), relative to their root
 *   -t, no -l/-D/-p/-o/-g          regular files with their mtimes; the box cannot plant symlinks or devices
 *   --timeout                     an I/O timeout (rsync's default is none)
 *   --no-inc-recursive            workaround for CVE-2026-43620 (a malicious sender crashing the client)
 *   never --trust-sender, --delete, -z (checkpoints do not compress; -z pins a core)
 */

const MIN_RSYNC_VERSION = '3.4.1';
const RSYNC_PARTIAL_DIR = '.rsync-partial';
/** Prefix of the lines --out-format prints, one per finished file. */
const RSYNC_DONE_MARK = 'TENANT-DONE:';
function rsyncArgs(plan) {
    return [
        '-t',
        '-s',
        `--partial-dir=${RSYNC_PARTIAL_DIR}`,
        '--files-from=-',
        '--from0',
        '--no-inc-recursive',
        `--timeout=${plan.timeoutS}`,
        '--chmod=D755,F644',
        `--out-format=${RSYNC_DONE_MARK}%n`,
        '--info=progress2',
        ...(plan.shell ? ['-e', plan.shell] : []),
        ...(plan.remoteRsync ? [`--rsync-path=${plan.remoteRsync}`] : []),
        '--',
        plan.source.endsWith('/') ? plan.source : plan.source + '/',
        plan.dest.endsWith('/') ? plan.dest : plan.dest + '/',
    ];
}
/** `3.5.0` from `rsync  version 3.5.0  protocol version 32`. */
function parseRsyncVersion(text) {
    return /rsync\s+version\s+v?(\d+\.\d+(?:\.\d+)?)/.exec(text)?.[1];
}
function compareVersions(a, b) {
    const pa = a.split('.').map(Number);
    const pb = b.split('.').map(Number);
    for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
        const d = (pa[i] ?? 0) - (pb[i] ?? 0);
        if (d !== 0)
            return d < 0 ? -1 : 1;
    }
    return 0;
}
/** Why this runner's rsync may not be used, or undefined when it is recent enough. */
function rsyncTooOld(version) {
    if (version === undefined)
        return 'rsync is not installed on the runner';
    if (compareVersions(version, MIN_RSYNC_VERSION) < 0) {
        return (`rsync ${version} on the runner is older than ${MIN_RSYNC_VERSION}: older versions let a malicious box read or write ` +
            `files outside the destination (CVE-2024-12084…12088, CVE-2024-12747)`);
    }
    return undefined;
}
function rsyncRequiredError(reason) {
    return new errors/* ConfigurationError */.j1(`${reason}; install rsync ≥ ${MIN_RSYNC_VERSION} on the runner, or set transfer: stream (CLI: --transfer stream) to pull without rsync`, 'transfer');
}
/**
 * Exit codes another attempt can fix: 10 socket I/O, 11 file I/O (partial writes), 12 protocol stream
 * (connection dropped), 20 signal, 23/24 partial transfer (some files), 30 timeout, 35 daemon timeout,
 * 255 ssh failed (connection refused/reset).
 */
function rsyncExitRetryable(code) {
    return code === null || [10, 11, 12, 20, 23, 24, 30, 35, 255].includes(code);
}
function rsyncExitMeaning(code) {
    const known = {
        1: 'syntax or usage error',
        2: 'protocol incompatibility',
        3: 'errors selecting input/output files',
        5: 'error starting the client-server protocol',
        10: 'error in socket I/O',
        11: 'error in file I/O',
        12: 'error in rsync protocol data stream (connection dropped?)',
        14: 'error in IPC code',
        20: 'interrupted by a signal',
        23: 'partial transfer due to error',
        24: 'some source files vanished',
        30: 'timeout in data send/receive',
        35: 'timeout waiting for daemon connection',
        127: 'rsync not found on the box',
        255: 'ssh failed (connection refused, reset or host key)',
    };
    return code === null ? 'killed by a signal' : (known[code] ?? `exit ${code}`);
}
/** Undoes rsync's `\#ooo` escapes in names it prints, returning the UTF-8 text. */
function unescapeRsyncName(text) {
    if (!text.includes('\\#'))
        return text;
    const bytes = [];
    const raw = Buffer.from(text, 'utf8');
    for (let i = 0; i < raw.length; i++) {
        if (raw[i] === 0x5c && raw[i + 1] === 0x23 && i + 4 < raw.length) {
            const oct = raw.subarray(i + 2, i + 5).toString('latin1');
            if (/^[0-7]{3}$/.test(oct)) {
                bytes.push(parseInt(oct, 8));
                i += 4;
                continue;
            }
        }
        bytes.push(raw[i]);
    }
    return Buffer.from(bytes).toString('utf8');
}
/** Total bytes from a `--info=progress2` line (`  1,234,567  12%  100.00MB/s  0:00:10`), if it is one. */
function parseProgress2(line) {
    const m = /^\s*([\d,]+)\s+\d+%\s/.exec(line);
    return m ? Number(m[1].replace(/,/g, '')) : undefined;
}

;// CONCATENATED MODULE: ../../src/core/transfer/promote.ts
/**
 * Moves verified files from `.tenant-pull/staging/` to their place in `dest`, only after verification, so
 * a failed pull never leaves an unverified file under a final name. A staging folder whose every file is
 * verified and that does not exist in `dest` yet is moved with one rename (a fresh 20,000-file tree costs a
 * handful of renames, not 20,000). Existing files are replaced atomically (rename over them). Nothing is
 * written through a symlink found in `dest`.
 */





const join2 = (a, b) => (a === '' ? b : `${a}/${b}`);
const onDisk = (base, rel) => (rel === '' ? base : (0,external_node_path_.join)(base, ...rel.split('/')));
async function scan(layout, rel, verified) {
    const node = { rel, files: [], dirs: [], clean: true };
    const entries = await (0,promises_.readdir)(onDisk(layout.staging, rel), { withFileTypes: true });
    for (const e of entries) {
        const child = join2(rel, e.name);
        if (e.isDirectory()) {
            if (e.name === RSYNC_PARTIAL_DIR) {
                node.clean = false;
                continue;
            }
            const sub = await scan(layout, child, verified);
            node.dirs.push(sub);
            if (!sub.clean)
                node.clean = false;
        }
        else if (e.isFile() && verified.has(child)) {
            node.files.push(child);
        }
        else {
            node.clean = false;
        }
    }
    return node;
}
/** Makes sure `dest/rel` is a real folder (creating it), refusing symlinks and files in the way. */
async function ensureDir(dest, rel) {
    const path = onDisk(dest, rel);
    const st = await (0,promises_.lstat)(path).catch(() => undefined);
    if (st?.isSymbolicLink())
        throw new UnsafePathError(`${path} is a symlink; pull does not write through symlinks in dest`);
    if (st && !st.isDirectory())
        throw new UnsafePathError(`${path} is a file where the pulled folder ${rel} goes`);
    if (!st) {
        try {
            await (0,promises_.mkdir)(path);
        }
        catch (err) {
            throw describeLocalError('create folder', path, err);
        }
    }
}
async function moveFile(layout, rel) {
    const from = onDisk(layout.staging, rel);
    const to = onDisk(layout.dest, rel);
    const st = await (0,promises_.lstat)(to).catch(() => undefined);
    if (st?.isDirectory())
        throw new UnsafePathError(`${to} is a folder where the pulled file ${rel} goes`);
    try {
        await (0,promises_.rename)(from, to);
    }
    catch (err) {
        throw describeLocalError('move into place', to, err);
    }
    // rename() between two links to one inode does nothing: drop the staging link.
    await (0,promises_.unlink)(from).catch(() => undefined);
}
async function promoteNode(layout, node) {
    let moved = 0;
    for (const f of node.files) {
        await moveFile(layout, f);
        moved++;
    }
    for (const sub of node.dirs) {
        const target = onDisk(layout.dest, sub.rel);
        const exists = await (0,promises_.lstat)(target).catch(() => undefined);
        if (!exists && sub.clean) {
            try {
                await (0,promises_.rename)(onDisk(layout.staging, sub.rel), target);
            }
            catch (err) {
                throw describeLocalError('move into place', target, err);
            }
            moved += countFiles(sub);
            continue;
        }
        await ensureDir(layout.dest, sub.rel);
        moved += await promoteNode(layout, sub);
        await (0,promises_.rmdir)(onDisk(layout.staging, sub.rel)).catch(() => undefined);
    }
    return moved;
}
function countFiles(node) {
    return node.files.length + node.dirs.reduce((n, d) => n + countFiles(d), 0);
}
/** Moves the verified files (relative paths) from staging into dest. Returns how many were moved. */
async function promoteVerified(layout, verified) {
    const root = await scan(layout, '', verified).catch((err) => {
        if (err.code === 'ENOENT')
            return undefined;
        throw err;
    });
    if (!root)
        return 0;
    return promoteNode(layout, root);
}

// EXTERNAL MODULE: ../../src/core/host/line-splitter.ts
var line_splitter = __webpack_require__(2710);
;// CONCATENATED MODULE: ../../src/core/transfer/remote-hash.ts
/**
 * The manifest's digests, computed on the box by the helper's `hash` mode while the transfer runs (the
 * listing already fixed the set of files; hashing and moving bytes overlap). Results stream back one JSON line
 * per file; a dropped connection reconnects and asks only for the files not yet answered.
 */



function deferred() {
    let resolve;
    const promise = new Promise((r) => (resolve = r));
    return { promise, resolve };
}
/** Parses one line of the helper's hash output; undefined when it is not one of ours. */
function parseHashLine(line) {
    let raw;
    try {
        raw = JSON.parse(line);
    }
    catch {
        return undefined;
    }
    if (typeof raw !== 'object' || raw === null)
        return undefined;
    const o = raw;
    if (typeof o.i !== 'number' || !Number.isInteger(o.i) || o.i < 0)
        return undefined;
    if (typeof o.error === 'string')
        return { index: o.i, result: { ok: false, error: o.error } };
    if (typeof o.sha256 === 'string' &&
        /^[0-9a-f]{64}$/.test(o.sha256) &&
        typeof o.size === 'number' &&
        Number.isSafeInteger(o.size) &&
        typeof o.mtime_ns === 'string' &&
        /^-?\d{1,25}$/.test(o.mtime_ns)) {
        return {
            index: o.i,
            result: { ok: true, sha256: o.sha256, size: o.size, mtimeNs: o.mtime_ns, changed: o.changed === true },
        };
    }
    return undefined;
}
class RemoteHasher {
    source;
    files;
    options;
    waiting = new Map();
    answered = new Map();
    constructor(source, files, options) {
        this.source = source;
        this.files = files;
        this.options = options;
        for (const f of files)
            this.waiting.set(f.index, deferred());
    }
    /** The box's digest for file `index` (resolves once hashed, or with an error result). */
    result(index) {
        const known = this.answered.get(index);
        if (known)
            return Promise.resolve(known);
        const d = this.waiting.get(index);
        if (!d)
            return Promise.resolve({ ok: false, error: `file #${index} was not listed` });
        return d.promise;
    }
    /** The answer for file `index` if it has arrived, without waiting. */
    peek(index) {
        return this.answered.get(index);
    }
    /** Hashes (again) files whose earlier answer is to be forgotten, e.g. after they changed on the box. */
    forget(indexes) {
        for (const i of indexes) {
            this.answered.delete(i);
            if (!this.waiting.has(i))
                this.waiting.set(i, deferred());
        }
    }
    settle(index, result) {
        const d = this.waiting.get(index);
        if (!d)
            return;
        this.waiting.delete(index);
        this.answered.set(index, result);
        d.resolve(result);
    }
    /** Runs until every file is answered; connection drops are retried per the policy. Never rejects. */
    async run() {
        const byIndex = new Map(this.files.map((f) => [f.index, f]));
        try {
            await this.source.use(this.options.policy, async (host) => {
                const todo = [...this.waiting.keys()]
                    .map((i) => byIndex.get(i))
                    .filter((f) => f !== undefined);
                if (todo.length === 0)
                    return;
                const request = JSON.stringify({
                    files: todo.map((f) => ({ i: f.index, p: f.remote, size: f.size, mtime_ns: f.mtimeNs })),
                    workers: this.options.workers ?? 0,
                });
                const splitter = new line_splitter/* LineSplitter */.g();
                const r = await host.exec({ argv: boxHelperArgv('hash', this.options.python) }, {
                    stdin: request,
                    onStdout: (chunk) => {
                        for (const { line } of splitter.push(chunk)) {
                            const parsed = parseHashLine(line);
                            if (parsed && byIndex.has(parsed.index))
                                this.settle(parsed.index, parsed.result);
                        }
                    },
                });
                if (r.code !== 0) {
                    throw new errors/* HostError */.dh('EREMOTE', `hashing on ${host.label} failed (exit ${r.code}): ${r.stderr.trim().slice(-400)}`);
                }
                if (this.waiting.size > 0)
                    throw new errors/* HostError */.dh('EPROTO', `hashing on ${host.label} ended without answering for ${this.waiting.size} file(s)`);
            }, this.options.hooks);
        }
        catch (err) {
            const message = err instanceof Error ? err.message : String(err);
            for (const i of [...this.waiting.keys()])
                this.settle(i, { ok: false, error: `not hashed on the box: ${message}` });
        }
    }
}

;// CONCATENATED MODULE: ../../src/core/transfer/pull.ts
/**
 * A pull, start to end: list on the box → move bytes (rsync or streams) into staging while the box hashes
 * the same files → verify every staged file against the box's sha256 as it lands → retry what a dropped
 * connection or a failed check left, with backoff → move the verified files into `dest` → write the manifest.
 * Nothing here tears anything down; the caller records "pulled and verified" from the result.
 */












const TRANSFER_MODES = ['auto', 'rsync', 'stream'];
const MAX_NAMED = 20;
function plural(n, one, many = one + 's') {
    return `${n} ${n === 1 ? one : many}`;
}
/** A tiny semaphore: at most `n` tasks at once. */
function limiter(n) {
    let active = 0;
    const waiting = [];
    return async (fn) => {
        if (active >= n)
            await new Promise((r) => waiting.push(r));
        active++;
        try {
            return await fn();
        }
        finally {
            active--;
            waiting.shift()?.();
        }
    };
}
async function probeBoxRsync(deps, retry) {
    return deps.hosts.use(retry, async (host) => {
        const r = await host.exec({ script: 'command -v rsync || true' }, { timeoutMs: 60_000 });
        const path = r.stdout.trim().split('\n')[0] ?? '';
        return path.startsWith('/') ? path : undefined;
    });
}
/** Removes staging files that are not part of this listing (left by an earlier pull of other files). */
async function pruneStaging(layout, keep, rel = '') {
    const dir = rel === '' ? layout.staging : (0,external_node_path_.join)(layout.staging, ...rel.split('/'));
    const entries = await (0,promises_.readdir)(dir, { withFileTypes: true }).catch(() => []);
    for (const e of entries) {
        const child = rel === '' ? e.name : `${rel}/${e.name}`;
        if (e.isDirectory()) {
            if (e.name === '.rsync-partial')
                continue;
            await pruneStaging(layout, keep, child);
        }
        else if (!keep.has(child)) {
            await (0,promises_.unlink)((0,external_node_path_.join)(dir, e.name)).catch(() => undefined);
        }
    }
}
async function pull(settings, deps) {
    const now = deps.now ?? Date.now;
    const started = now();
    const ui = deps.ui;
    const layout = stagingLayout(settings.dest);
    const notes = [];
    const retryHooks = {
        signal: deps.signal,
        onRetry: (err, next, delay) => ui.warning(`${err instanceof Error ? err.message : String(err)}; retrying (attempt ${next} of ${settings.retry.attempts}) in ${(delay / 1000).toFixed(1)}s`),
    };
    deps.progress?.({
        totalBytes: 0,
        movedBytes: 0,
        verifiedBytes: 0,
        totalFiles: 0,
        verifiedFiles: 0,
        elapsedMs: 0,
        phase: 'listing',
    });
    const host = await deps.hosts.get();
    const label = host.label;
    const hostKeyFingerprint = host.hostKeyFingerprint;
    const listing = await deps.hosts.use(settings.retry, (h) => listRemote(h, { specs: settings.specs, settleMs: settings.settleMs, exclude: settings.exclude }, { python: settings.python }), retryHooks);
    const timings = { listed: now() - started, hashed: 0, transferred: 0, verified: 0, promoted: 0, done: 0 };
    await deps.afterListed?.(listing);
    const missing = listing.specs.filter((s) => s.kind === 'missing' || (s.kind === 'glob' && s.matches === 0));
    if (missing.length > 0) {
        throw new errors/* ConfigurationError */.j1(`nothing at ${missing.map((s) => JSON.stringify(s.spec)).join(', ')} on ${label}` +
            ` (a wrong path must not read as "nothing to pull"); check remote (CLI: --remote)`, 'remote');
    }
    for (const s of listing.skipped.slice(0, MAX_NAMED))
        ui.warning(`skipped ${s.remote}: ${s.reason}`);
    if (listing.skipped.length > MAX_NAMED)
        ui.warning(`skipped ${listing.skipped.length - MAX_NAMED} more file(s); the manifest lists them all`);
    if (listing.files.length === 0) {
        throw new errors/* ConfigurationError */.j1(`no files to pull under ${settings.specs.map((s) => JSON.stringify(s)).join(', ')} on ${label}` +
            (listing.skipped.length > 0 ? ` (all ${listing.skipped.length} were skipped, see the warnings)` : ''), 'remote');
    }
    // Which engine moves the files.
    let rsync;
    if (settings.transfer === 'rsync') {
        if ('unusable' in deps.engines.rsync)
            throw rsyncRequiredError(deps.engines.rsync.unusable);
        if (await probeBoxRsync(deps, settings.retry))
            rsync = deps.engines.rsync;
        else {
            const why = `rsync is not installed on the box (${label})`;
            notes.push(`${why}: streamed instead`);
            ui.notice(`${why}; pulling through the stream fallback (still verified against the manifest)`);
        }
    }
    const engineFor = () => (rsync ? 'rsync' : 'stream');
    const engines = { rsync, stream: deps.engines.stream };
    await (0,promises_.mkdir)(layout.staging, { recursive: true });
    const states = listing.files.map((file) => ({
        file,
        status: 'todo',
        engine: engineFor(),
        verifyFailures: 0,
    }));
    await pruneStaging(layout, new Set(listing.files.map((f) => f.rel)));
    const hasher = new RemoteHasher(deps.hosts, listing.files, {
        policy: settings.retry,
        hooks: retryHooks,
        python: settings.python,
    });
    const hashing = hasher.run().then(() => {
        timings.hashed = now() - started;
    });
    const totalBytes = listing.files.reduce((n, f) => n + f.size, 0);
    let movedBytes = 0;
    let verifiedBytes = 0;
    let verifiedFiles = 0;
    const report = (phase) => deps.progress?.({
        totalBytes,
        movedBytes,
        verifiedBytes,
        totalFiles: states.length,
        verifiedFiles,
        elapsedMs: now() - started,
        phase,
    });
    const pending = new Set();
    const slot = limiter(4);
    const settleVerified = (s, status, sha) => {
        s.status = status;
        s.sha256 = sha;
        verifiedBytes += s.file.size;
        verifiedFiles++;
    };
    const verify = (s, where) => {
        s.status = 'checking';
        const task = slot(async () => {
            const expected = await hasher.result(s.file.index);
            const path = underRoot(where === 'staging' ? layout.staging : layout.dest, s.file.rel);
            if (!expected.ok) {
                s.status = 'failed';
                s.message = `the box could not hash it: ${expected.error}`;
                return;
            }
            if (expected.changed) {
                s.status = 'changed';
                s.message = 'changed on the box during the pull (still being written?)';
                if (where === 'staging')
                    await (0,promises_.rm)(path, { force: true });
                return;
            }
            const check = await checkLocalFile(path, expected, where === 'staging' ? s.staged : undefined);
            if (check.ok) {
                settleVerified(s, where === 'staging' ? 'verified' : 'present', check.sha256);
                return;
            }
            if (where === 'dest') {
                s.status = 'todo'; // an older copy in dest; fetch the box's
                return;
            }
            s.verifyFailures++;
            await (0,promises_.rm)(path, { force: true });
            await engines[s.engine]?.discard?.(s.file, layout);
            if (s.verifyFailures > settings.maxVerifyFailures) {
                s.status = 'failed';
                s.message = `failed verification ${s.verifyFailures} times: ${check.reason}`;
            }
            else {
                s.status = 'todo';
                ui.warning(`${s.file.rel} failed verification (${check.reason}); fetching it again`);
            }
        })
            .catch((err) => {
            s.status = 'failed';
            s.message = `verification error: ${err instanceof Error ? err.message : String(err)}`;
        })
            .finally(() => {
            pending.delete(task);
            report('transfer');
        });
        pending.add(task);
    };
    // Left by an earlier run: complete files in staging (verify them), and files already in dest.
    const rels = states.map((s) => s.file.rel);
    const inStaging = await existingRels(layout.staging, rels);
    const inDest = await existingRels(layout.dest, rels);
    for (const s of states) {
        if (inStaging.has(s.file.rel)) {
            const staged = await (0,promises_.lstat)(underRoot(layout.staging, s.file.rel)).catch(() => undefined);
            if (staged?.isFile() && staged.size === s.file.size) {
                s.staged = { index: s.file.index, engine: 'earlier run' };
                verify(s, 'staging');
                continue;
            }
        }
        if (!inDest.has(s.file.rel))
            continue;
        const existing = await (0,promises_.lstat)(underRoot(layout.dest, s.file.rel)).catch(() => undefined);
        if (existing?.isFile() && existing.size === s.file.size && Math.abs(existing.mtimeMs - s.file.mtimeMs) < 1000)
            verify(s, 'dest');
    }
    const byIndex = new Map(states.map((s) => [s.file.index, s]));
    const hooks = {
        onBytes: (n) => {
            movedBytes += n;
        },
        onStaged: (staged) => {
            const s = byIndex.get(staged.index);
            if (!s || s.status !== 'todo')
                return;
            s.status = 'staged';
            s.staged = staged;
            const after = deps.afterStaged;
            if (after) {
                const p = Promise.resolve(after(underRoot(layout.staging, s.file.rel), s.file)).then(() => verify(s, 'staging'));
                pending.add(p);
                void p.finally(() => pending.delete(p));
            }
            else
                verify(s, 'staging');
        },
        onFileError: (index, message) => {
            const s = byIndex.get(index);
            if (!s || s.status !== 'todo')
                return;
            // Gone or rewritten since the listing (a trainer rotating its checkpoints): not part of this pull.
            if (/No such file|shorter than listed/i.test(message)) {
                s.status = 'changed';
                s.message = `changed or vanished on the box during the pull (${message})`;
            }
            else {
                s.status = 'failed';
                s.message = `the box could not read it: ${message}`;
            }
        },
        signal: deps.signal,
    };
    const drain = async () => {
        while (pending.size > 0)
            await Promise.allSettled([...pending]);
    };
    const failTodo = (message) => {
        for (const s of states) {
            if (s.status !== 'todo')
                continue;
            s.status = 'failed';
            s.message ??= message;
        }
    };
    const progressTimer = setInterval(() => report('transfer'), 250);
    let rounds = 0;
    let interruptions = 0;
    let lastError;
    try {
        const maxRounds = settings.retry.attempts + settings.maxVerifyFailures + 2;
        for (;;) {
            if (deps.signal?.aborted)
                throw deps.signal.reason ?? new Error('aborted');
            let todo = states.filter((s) => s.status === 'todo');
            if (todo.length === 0) {
                await drain();
                todo = states.filter((s) => s.status === 'todo');
                if (todo.length === 0)
                    break;
            }
            if (rounds >= maxRounds)
                break;
            rounds++;
            for (const s of todo)
                s.message = undefined;
            const groups = ['rsync', 'stream']
                .map((name) => [name, todo.filter((s) => s.engine === name).map((s) => s.file)])
                .filter(([, files]) => files.length > 0);
            const outcomes = await Promise.allSettled(groups.map(([name, files]) => {
                const engine = engines[name];
                if (!engine)
                    return Promise.reject(new TransferError(`no ${name} engine`, false));
                return engine.transfer(files, layout, hooks);
            }));
            timings.transferred = now() - started;
            await drain();
            timings.verified = now() - started;
            // Files the box says vanished or changed since the listing are not fetched again.
            for (const s of states) {
                if (s.status !== 'todo')
                    continue;
                const h = hasher.peek(s.file.index);
                if (h && ((!h.ok && /No such file/i.test(h.error)) || (h.ok && h.changed))) {
                    s.status = 'changed';
                    s.message = h.ok
                        ? 'changed on the box during the pull (still being written?)'
                        : 'vanished from the box during the pull';
                }
            }
            const errors = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason] : []));
            if (errors.length === 0)
                continue;
            lastError = errors[0] instanceof Error ? errors[0] : new Error(String(errors[0]));
            const fatal = errors.find((e) => !(e instanceof TransferError ? e.retryable : isTransient(e)));
            if (fatal) {
                const msg = fatal instanceof Error ? fatal.message : String(fatal);
                failTodo(msg);
                notes.push(msg);
                break;
            }
            interruptions++;
            if (interruptions >= settings.retry.attempts) {
                failTodo(`gave up after ${interruptions} interrupted attempts: ${lastError.message}`);
                break;
            }
            const delay = backoffDelay(settings.retry, interruptions + 1);
            ui.warning(`transfer interrupted (${lastError.message}); resuming (attempt ${interruptions + 1} of ${settings.retry.attempts}) in ${(delay / 1000).toFixed(1)}s`);
            await sleep(delay, deps.signal);
        }
        failTodo(lastError?.message ?? 'not transferred');
        await drain();
        await hashing;
    }
    finally {
        clearInterval(progressTimer);
    }
    report('finishing');
    // Manifest: what the box had, with its digests.
    const manifestFiles = [];
    const skipped = [...listing.skipped];
    for (const s of states) {
        const r = await hasher.result(s.file.index);
        if (s.status === 'changed') {
            skipped.push({ remote: s.file.remote, reason: s.message ?? 'changed during the pull' });
            continue;
        }
        if (r.ok && !r.changed)
            manifestFiles.push({
                path: s.file.rel,
                remote: s.file.remote,
                size: s.file.size,
                mtimeNs: s.file.mtimeNs,
                sha256: r.sha256,
            });
    }
    const changed = states.filter((s) => s.status === 'changed');
    for (const s of changed.slice(0, MAX_NAMED))
        ui.warning(`skipped ${s.file.remote}: ${s.message}`);
    const verifiedRels = new Set(states.filter((s) => s.status === 'verified').map((s) => s.file.rel));
    await promoteVerified(layout, verifiedRels);
    timings.promoted = now() - started;
    const manifest = {
        version: MANIFEST_VERSION,
        tool: 'tenant pull',
        createdAt: new Date(now()).toISOString(),
        host: label,
        ...(hostKeyFingerprint ? { hostKeyFingerprint } : {}),
        remotePaths: settings.specs,
        files: manifestFiles,
        skipped,
    };
    const text = serializeManifest(manifest);
    await (0,promises_.mkdir)(layout.state, { recursive: true });
    await (0,promises_.writeFile)(layout.manifest + '.tmp', text);
    await (0,promises_.rename)(layout.manifest + '.tmp', layout.manifest);
    await (0,promises_.writeFile)(layout.sha256sums, sha256sums(manifestFiles));
    const failed = states.filter((s) => s.status === 'failed');
    const verified = failed.length === 0 && manifestFiles.length > 0;
    if (verified) {
        await (0,promises_.rm)(layout.staging, { recursive: true, force: true });
        await (0,promises_.rm)(layout.partial, { recursive: true, force: true });
        await (0,promises_.rm)(layout.partialIndex, { force: true });
    }
    for (const s of failed.slice(0, MAX_NAMED))
        ui.error(`${s.file.rel}: ${s.message ?? 'not pulled'}`);
    if (failed.length > MAX_NAMED)
        ui.error(`${failed.length - MAX_NAMED} more file(s) failed; see the summary`);
    const files = states.map((s) => ({
        rel: s.file.rel,
        spec: s.file.spec,
        remote: s.file.remote,
        size: s.file.size,
        status: s.status === 'verified' || s.status === 'present' || s.status === 'changed' ? s.status : 'failed',
        engine: s.staged?.engine ?? (s.status === 'present' ? undefined : s.engine),
        ...(s.sha256 ? { sha256: s.sha256 } : {}),
        ...(s.message ? { message: s.message } : {}),
    }));
    const result = {
        host: label,
        dest: settings.dest,
        remotePaths: settings.specs,
        specs: listing.specs,
        files,
        skipped,
        manifest,
        manifestPath: layout.manifest,
        sha256sumsPath: layout.sha256sums,
        manifestSha256: sha256Hex(text),
        totalBytes: manifestFiles.reduce((n, f) => n + f.size, 0),
        movedBytes,
        seconds: (now() - started) / 1000,
        rounds,
        interruptions,
        verified,
        notes,
        timings: { ...timings, done: now() - started },
    };
    ui.info(`pulled ${plural(files.filter((f) => f.status === 'verified').length, 'file')}` +
        ` (${plural(files.filter((f) => f.status === 'present').length, 'file')} already in dest)` +
        ` from ${label} into ${settings.dest}: ${verified ? 'every file matches the manifest' : `${plural(failed.length, 'file')} failed`}` +
        (interruptions > 0 ? `; resumed after ${plural(interruptions, 'interruption')}` : ''));
    return result;
}
/**
 * Which of `rels` exist under `base`, reading only the folders they name (one readdir each): a fresh dest or an
 * unrelated one costs a single readdir, not one stat per file.
 */
async function existingRels(base, rels) {
    const root = { files: new Map(), dirs: new Map() };
    for (const rel of rels) {
        const parts = rel.split('/');
        let d = root;
        for (const p of parts.slice(0, -1)) {
            let next = d.dirs.get(p);
            if (!next)
                d.dirs.set(p, (next = { files: new Map(), dirs: new Map() }));
            d = next;
        }
        d.files.set(parts[parts.length - 1], rel);
    }
    const found = new Set();
    const walk = async (d, path) => {
        const names = new Set(await (0,promises_.readdir)(path).catch(() => []));
        for (const [name, rel] of d.files)
            if (names.has(name))
                found.add(rel);
        for (const [name, sub] of d.dirs)
            if (names.has(name) && name !== STATE_DIR_NAME)
                await walk(sub, (0,external_node_path_.join)(path, name));
    };
    await walk(root, base);
    return found;
}

;// CONCATENATED MODULE: ../../src/core/transfer/pull-request.ts
/**
 * What a pull is asked to do, whichever face asked (action inputs or CLI flags), with the defaults in one
 * place. The action and the CLI each read their own names into this and call the same runner.
 */


const PULL_DEFAULTS = {
    transfer: 'auto',
    streams: 2,
    settleMs: 2000,
    attempts: 6,
    verifyTimeoutMs: 10 * 60_000,
    retryBaseDelayMs: 1000,
    retryMaxDelayMs: 30_000,
    maxVerifyFailures: 2,
};
function parseTransferMode(value, name) {
    const v = value.trim();
    if (v === '')
        return PULL_DEFAULTS.transfer;
    const found = TRANSFER_MODES.find((m) => m === v);
    if (!found) {
        throw new errors/* ConfigurationError */.j1(`${name} '${v.slice(0, 20)}' must be auto (the verified stream), stream (the same), or rsync (rsync ≥ 3.4.1 on the runner, rsync on the box)`, name);
    }
    return found;
}
/** Settle window in seconds (decimals allowed, 0 turns the second look off). */
function parseSettleSeconds(value, name) {
    const v = value.trim();
    if (v === '')
        return PULL_DEFAULTS.settleMs;
    const s = /^\d+(\.\d+)?$/.test(v) ? Number(v) : NaN;
    if (!(s >= 0 && s <= 600))
        throw new errors/* ConfigurationError */.j1(`${name} '${v.slice(0, 20)}' must be a number of seconds from 0 to 600`, name);
    return Math.round(s * 1000);
}
/** Lines (or, on one line, commas) → trimmed non-empty entries. */
function splitList(value) {
    const lines = value.includes('\n') ? value.split(/\r?\n/) : value.split(',');
    return lines.map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ../../src/adapters/local-command.ts
/**
 * Runs the user's `verify-command` on the runner for one checkpoint: `bash -c COMMAND tenant-verify PATH`
 * (so the path is $1 and never spliced into the command text), with TENANT_CHECKPOINT and TENANT_CHECKPOINT_REL
 * set, in its own process group so a timeout stops everything it started.
 */


const KEEP_OUTPUT = 16 * 1024;
function localCheckRunner(cwd) {
    return (command, absolutePath, rel, timeoutMs) => new Promise((resolve) => {
        let output = '';
        const keep = (d) => {
            output = (output + d.toString('utf8')).slice(-KEEP_OUTPUT);
        };
        const child = (0,external_node_child_process_.spawn)('bash', ['-c', command, 'tenant-verify', absolutePath], {
            cwd: cwd || (0,external_node_path_.dirname)(absolutePath),
            env: { ...process.env, TENANT_CHECKPOINT: absolutePath, TENANT_CHECKPOINT_REL: rel },
            stdio: ['ignore', 'pipe', 'pipe'],
            detached: true,
        });
        let timedOut = false;
        const timer = setTimeout(() => {
            timedOut = true;
            try {
                if (child.pid !== undefined)
                    process.kill(-child.pid, 'SIGKILL');
            }
            catch {
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

// EXTERNAL MODULE: ../../src/adapters/open-host.ts + 10 modules
var open_host = __webpack_require__(9749);
// EXTERNAL MODULE: ../../src/adapters/openssh-client.ts
var openssh_client = __webpack_require__(5750);
;// CONCATENATED MODULE: ../../src/adapters/rsync.ts
/**
 * The rsync engine: one `rsync` per remote root, fed the listed relative paths NUL-separated on stdin,
 * writing into the staging folder. It reports each finished file (from --out-format lines, once the file is
 * at its final staging name) and progress bytes (from --info=progress2), and maps rsync's exit code to a
 * retryable or final TransferError. rsync runs in its own process group so an abort stops the generator,
 * the receiver and ssh together (stopping only the parent lets the transfer run on: perf-baselines §4.4).
 */





/** The runner's rsync version, or undefined when there is none. */
function localRsyncVersion(bin = 'rsync') {
    const r = (0,external_node_child_process_.spawnSync)(bin, ['--version'], { encoding: 'utf8', timeout: 10_000 });
    if (r.error || r.status !== 0)
        return undefined;
    return parseRsyncVersion(r.stdout);
}
function statOrUndefined(path) {
    try {
        return (0,external_node_fs_.lstatSync)(path);
    }
    catch {
        return undefined;
    }
}
function killGroup(pid, signal) {
    if (pid === undefined)
        return;
    try {
        process.kill(-pid, signal);
    }
    catch {
        // already gone
    }
}
class RsyncEngine {
    options;
    name = 'rsync';
    constructor(options) {
        this.options = options;
    }
    async transfer(files, layout, hooks) {
        const byRoot = new Map();
        for (const f of files) {
            const list = byRoot.get(f.root) ?? [];
            list.push(f);
            byRoot.set(f.root, list);
        }
        for (const [root, group] of byRoot) {
            if (hooks.signal?.aborted)
                throw new TransferError('aborted', false);
            await this.runOne(root, group, layout, hooks);
        }
    }
    runOne(root, files, layout, hooks) {
        const byRel = new Map(files.map((f) => [f.rel, f]));
        const args = rsyncArgs({
            shell: this.options.shell,
            source: this.options.source(root),
            dest: layout.staging,
            timeoutS: this.options.timeoutS,
            remoteRsync: this.options.remoteRsync,
        });
        return new Promise((resolve, reject) => {
            const child = (0,external_node_child_process_.spawn)(this.options.bin ?? 'rsync', args, {
                env: { ...process.env, LC_ALL: 'C.UTF-8', ...this.options.env },
                stdio: ['pipe', 'pipe', 'pipe'],
                detached: true,
            });
            let lastTotal = 0;
            let stderr = '';
            let carry = '';
            const reported = new Set();
            const waiting = [];
            let flushing;
            /** Reports files rsync named once they are at their final staging path (rsync logs just before renaming). */
            const flush = async () => {
                await Promise.resolve();
                const still = [];
                for (const f of waiting.splice(0)) {
                    const st = statOrUndefined(underRoot(layout.staging, f.rel));
                    if (st?.isFile() && st.size === f.size)
                        hooks.onStaged({ index: f.index, engine: 'rsync' });
                    else
                        still.push(f);
                }
                waiting.push(...still);
            };
            const timer = setInterval(() => {
                if (!flushing && waiting.length > 0)
                    flushing = flush().finally(() => (flushing = undefined));
            }, 25);
            const onLine = (line) => {
                if (line.startsWith(RSYNC_DONE_MARK)) {
                    const rel = unescapeRsyncName(line.slice(RSYNC_DONE_MARK.length));
                    const f = byRel.get(rel);
                    if (f && !reported.has(rel)) {
                        reported.add(rel);
                        waiting.push(f);
                    }
                    return;
                }
                const total = parseProgress2(line);
                if (total !== undefined && total >= lastTotal) {
                    hooks.onBytes(total - lastTotal);
                    lastTotal = total;
                }
            };
            child.stdout.on('data', (d) => {
                carry += d.toString('utf8');
                const parts = carry.split(/[\r\n]/);
                carry = parts.pop() ?? '';
                for (const p of parts)
                    if (p !== '')
                        onLine(p);
            });
            child.stderr.on('data', (d) => {
                stderr = (stderr + d.toString('utf8')).slice(-4000);
            });
            child.stdin.on('error', () => undefined);
            const onAbort = () => killGroup(child.pid, 'SIGTERM');
            hooks.signal?.addEventListener('abort', onAbort, { once: true });
            child.on('error', (err) => {
                clearInterval(timer);
                hooks.signal?.removeEventListener('abort', onAbort);
                reject(new TransferError(`could not run rsync: ${err.message}`, false, { cause: err }));
            });
            child.on('close', (code) => {
                clearInterval(timer);
                hooks.signal?.removeEventListener('abort', onAbort);
                if (carry !== '')
                    onLine(carry);
                // Reap any helper left in the group (ssh after a protocol error).
                killGroup(child.pid, 'SIGKILL');
                const finish = async () => {
                    if (flushing)
                        await flushing;
                    await flush();
                    if (code === 0) {
                        // Every listed file should be there now; anything rsync did not name is reported by the orchestrator.
                        for (const f of files) {
                            if (reported.has(f.rel))
                                continue;
                            const st = statOrUndefined(underRoot(layout.staging, f.rel));
                            if (st?.isFile() && st.size === f.size)
                                hooks.onStaged({ index: f.index, engine: 'rsync' });
                        }
                        return;
                    }
                    const tail = stderr.trim().split('\n').slice(-6).join(' | ');
                    throw new TransferError(`rsync from ${root} stopped: ${rsyncExitMeaning(code)}${tail ? ` (${tail})` : ''}`, !hooks.signal?.aborted && rsyncExitRetryable(code));
                };
                finish().then(resolve, reject);
            });
            child.stdin.end(Buffer.from(files.map((f) => f.rel + '\0').join(''), 'utf8'));
        });
    }
}

;// CONCATENATED MODULE: ../../src/adapters/direct-range.ts
/**
 * The tail of a large file, written by ssh straight into the local file: ssh's stdout is the file itself,
 * opened for append, and the box sends the range with sendfile (`python3 helper raw`). No pipe and no Node in
 * the data path: on this 2-core box any reader of the ssh pipe (Node, or dd) made a 1 GiB pull 2–3× slower
 * than `ssh host cat F > out`, which this is. The file's size is the exact resume point (appends are
 * sequential) and is polled for progress, which the hash cursor follows.
 */



const POLL_MS = 100;
function appendRange(launch, req) {
    return new Promise((resolve) => {
        let fd;
        try {
            fd = (0,external_node_fs_.openSync)(req.path, 'a');
        }
        catch (err) {
            resolve({ size: req.from, error: `cannot open ${req.path}: ${err.message}` });
            return;
        }
        const sizeNow = () => {
            try {
                return (0,external_node_fs_.fstatSync)(fd).size;
            }
            catch {
                return req.from;
            }
        };
        const cmd = launch(boxHelperArgv('raw', req.python));
        const ssh = (0,external_node_child_process_.spawn)(cmd.command, cmd.args, {
            env: { ...process.env, ...cmd.env },
            stdio: ['pipe', fd, 'pipe'],
            detached: true,
        });
        let stderr = '';
        ssh.stderr?.on('data', (d) => {
            stderr = (stderr + d.toString('utf8')).slice(-2000);
        });
        ssh.stdin?.on('error', () => undefined);
        ssh.stdin?.end(JSON.stringify({ p: req.remote, off: req.from, len: req.size - req.from }) + '\n');
        let last = req.from;
        const timer = setInterval(() => {
            const s = sizeNow();
            if (s > last) {
                last = s;
                req.onProgress?.(s);
            }
        }, POLL_MS);
        const onAbort = () => {
            try {
                if (ssh.pid !== undefined)
                    process.kill(-ssh.pid, 'SIGTERM');
            }
            catch {
                // gone
            }
        };
        req.signal?.addEventListener('abort', onAbort, { once: true });
        let settled = false;
        const finish = (code, spawnError) => {
            if (settled)
                return;
            settled = true;
            clearInterval(timer);
            req.signal?.removeEventListener('abort', onAbort);
            const size = sizeNow();
            (0,external_node_fs_.closeSync)(fd);
            if (size > last)
                req.onProgress?.(size);
            if (code === 0 && size === req.size)
                return resolve({ size });
            const tail = (spawnError ?? stderr).trim().split('\n').slice(-2).join(' | ');
            if (code === 3)
                return resolve({ size, error: tail || 'the box could not serve the file', boxRefused: true });
            if (size > req.size)
                return resolve({ size, error: `${req.path} grew past the listed size (${size} > ${req.size})` });
            resolve({ size, error: `connection ended (exit ${code ?? 'signal'})${tail ? `: ${tail}` : ''}` });
        };
        ssh.on('error', (err) => finish(255, err.message));
        ssh.on('close', (code) => finish(code));
    });
}

;// CONCATENATED MODULE: ../../src/core/transfer/frame-protocol.ts
/**
 * The byte stream the box helper's `send` mode writes: a sequence of frames, each a 24-byte header
 * (4-byte tag, u32 index, u64 offset, u64 length, big-endian) followed by `length` payload bytes for TFRM
 * and TERR. Tags:
 *
 *   TFRM  `length` bytes of file `index` starting at file offset `offset`
 *   TERR  the range for file `index` cannot be served; the payload is a UTF-8 message
 *   TACK  every range of request batch `index` has been written (no payload)
 *   TEND  the sender is done (stdin reached EOF)
 *
 * The parser is incremental: feed it chunks as they arrive and it emits payload slices without copying them
 * into a frame-sized buffer, so a 1 GiB frame streams through in pipe-sized pieces.
 */
const FRAME_HEADER_BYTES = 24;
class FrameProtocolError extends Error {
    name = 'FrameProtocolError';
}
/** Largest payload a frame may declare (a file range); beyond this the stream is corrupt. */
const MAX_FRAME = 2 ** 50;
const MAX_ERROR_PAYLOAD = 64 * 1024;
class FrameParser {
    header = Buffer.alloc(FRAME_HEADER_BYTES);
    headerFill = 0;
    /** Current TFRM: bytes still expected and the file offset of the next one. */
    dataLeft = 0;
    dataIndex = 0;
    dataOffset = 0;
    /** Current TERR payload being collected. */
    errorParts;
    errorLeft = 0;
    errorIndex = 0;
    ended = false;
    /** True once TEND was seen. */
    get done() {
        return this.ended;
    }
    /** True when no frame is half-read (a clean place for the stream to stop). */
    get atBoundary() {
        return this.headerFill === 0 && this.dataLeft === 0 && this.errorParts === undefined;
    }
    push(chunk, emit) {
        let pos = 0;
        while (pos < chunk.length) {
            if (this.ended)
                throw new FrameProtocolError('bytes after the end frame');
            if (this.dataLeft > 0) {
                const n = Math.min(this.dataLeft, chunk.length - pos);
                const data = chunk.subarray(pos, pos + n);
                pos += n;
                const offset = this.dataOffset;
                this.dataLeft -= n;
                this.dataOffset += n;
                emit({ kind: 'data', index: this.dataIndex, offset, data, last: this.dataLeft === 0 });
                continue;
            }
            if (this.errorParts) {
                const n = Math.min(this.errorLeft, chunk.length - pos);
                this.errorParts.push(chunk.subarray(pos, pos + n));
                pos += n;
                this.errorLeft -= n;
                if (this.errorLeft === 0) {
                    const message = Buffer.concat(this.errorParts).toString('utf8');
                    this.errorParts = undefined;
                    emit({ kind: 'error', index: this.errorIndex, message });
                }
                continue;
            }
            const n = Math.min(FRAME_HEADER_BYTES - this.headerFill, chunk.length - pos);
            chunk.copy(this.header, this.headerFill, pos, pos + n);
            this.headerFill += n;
            pos += n;
            if (this.headerFill < FRAME_HEADER_BYTES)
                continue;
            this.headerFill = 0;
            this.onHeader(emit);
        }
    }
    onHeader(emit) {
        const tag = this.header.toString('latin1', 0, 4);
        const index = this.header.readUInt32BE(4);
        const offset = Number(this.header.readBigUInt64BE(8));
        const length = Number(this.header.readBigUInt64BE(16));
        switch (tag) {
            case 'TFRM':
                if (length > MAX_FRAME || offset > MAX_FRAME)
                    throw new FrameProtocolError(`frame for file ${index} declares ${length} bytes at ${offset}`);
                if (length === 0) {
                    emit({ kind: 'data', index, offset, data: Buffer.alloc(0), last: true });
                    return;
                }
                this.dataLeft = length;
                this.dataIndex = index;
                this.dataOffset = offset;
                return;
            case 'TERR':
                if (length > MAX_ERROR_PAYLOAD)
                    throw new FrameProtocolError(`error frame of ${length} bytes`);
                if (length === 0) {
                    emit({ kind: 'error', index, message: 'unknown error' });
                    return;
                }
                this.errorParts = [];
                this.errorLeft = length;
                this.errorIndex = index;
                return;
            case 'TACK':
                emit({ kind: 'ack', batch: index });
                return;
            case 'TEND':
                this.ended = true;
                emit({ kind: 'end' });
                return;
            default:
                throw new FrameProtocolError(`unknown frame tag ${JSON.stringify(tag)} (is python3 on the box printing something else?)`);
        }
    }
}

;// CONCATENATED MODULE: ../../src/adapters/stream-transfer.ts
/**
 * The stream engine: the box helper's `send` mode behind OpenSSH (or a local process for the `local`
 * profile), on one or more parallel connections. The client hands out work in small batches as each stream
 * acknowledges the last, so streams stay balanced and a dropped one loses at most what was in flight: its
 * unfinished ranges go back on the queue and resume at the byte where the file's data stops.
 *
 * Files are split into `chunkBytes` ranges when large (parallel streams share one file); small files arrive
 * in one piece and are written with one synchronous open/write/close, hashed in memory. Large files go to
 * `partial/` through a FileAssembler and are renamed into `staging/` when complete. Progress of unfinished
 * files is saved to `partial.json`, so a later run resumes them too.
 */












/** Bytes of one file gathered before a write (fewer, larger writes: less per-call and GC overhead). */
const WRITE_RUN_BYTES = 4 * 1024 * 1024;
function fenceOf(st) {
    return { dev: st.dev, ino: st.ino, size: st.size, mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs };
}
function stream_transfer_killGroup(pid) {
    if (pid === undefined)
        return;
    try {
        process.kill(-pid, 'SIGTERM');
    }
    catch {
        // gone
    }
}
/** Ranges still to request, in order; taking from the front is O(1) (20,000 files must not cost 20,000² moves). */
class RangeQueue {
    items = [];
    head = 0;
    get length() {
        return this.items.length - this.head;
    }
    peek() {
        return this.items[this.head];
    }
    push(r) {
        this.items.push(r);
    }
    shift() {
        const r = this.items[this.head];
        if (r !== undefined)
            this.head++;
        if (this.head > 4096 && this.head * 2 > this.items.length) {
            this.items = this.items.slice(this.head);
            this.head = 0;
        }
        return r;
    }
    /** Puts ranges back at the front (a dropped stream's unfinished work). */
    unshift(ranges) {
        this.items = [...ranges, ...this.items.slice(this.head)];
        this.head = 0;
    }
    removeFile(index) {
        this.items = this.items.slice(this.head).filter((r) => r.index !== index);
        this.head = 0;
    }
}
/** Per-round state shared by the streams. */
class Round {
    files;
    engine;
    layout;
    hooks;
    queue = new RangeQueue();
    failedFiles = new Set();
    staged = new Set();
    fatal;
    lastError;
    batchSeq = 0;
    constructor(files, engine, layout, hooks) {
        this.files = files;
        this.engine = engine;
        this.layout = layout;
        this.hooks = hooks;
    }
    nextBatchId() {
        return ++this.batchSeq;
    }
    dropFile(index) {
        this.failedFiles.add(index);
        this.queue.removeFile(index);
    }
}
class StreamEngine {
    options;
    name = 'stream';
    assemblers = new Map();
    small = new Map();
    resumeLoaded = false;
    /** Folders known to exist under staging (saves a mkdir per small file). */
    madeDirs = new Set();
    resumeIndex = {};
    chunkBytes;
    smallFileBytes;
    batchBytes;
    batchFiles;
    maxBuffered;
    constructor(options) {
        this.options = options;
        this.chunkBytes = options.chunkBytes ?? 32 * 1024 * 1024;
        this.smallFileBytes = options.smallFileBytes ?? 1024 * 1024;
        this.batchBytes = options.batchBytes ?? 4 * 1024 * 1024;
        this.batchFiles = options.batchFiles ?? 256;
        this.maxBuffered = options.maxBufferedBytes ?? 64 * 1024 * 1024;
    }
    isSmall(f) {
        return f.size <= this.smallFileBytes && !this.assemblers.has(f.index);
    }
    async loadResume(layout) {
        if (this.resumeLoaded)
            return;
        this.resumeLoaded = true;
        try {
            const raw = JSON.parse(await (0,promises_.readFile)(layout.partialIndex, 'utf8'));
            if (raw && typeof raw === 'object' && !Array.isArray(raw))
                this.resumeIndex = raw;
        }
        catch {
            this.resumeIndex = {};
        }
    }
    assemblerFor(f, layout) {
        let a = this.assemblers.get(f.index);
        if (a)
            return a;
        const rec = this.resumeIndex[f.rel];
        let resumed;
        if (rec && rec.size === f.size && rec.mtimeNs === f.mtimeNs && Array.isArray(rec.written)) {
            resumed = new IntervalSet(rec.written.filter((r) => Array.isArray(r) && r.length === 2 && r[0] >= 0 && r[1] <= f.size));
        }
        a = new FileAssembler(underRoot(layout.partial, f.rel), f.size, resumed);
        this.assemblers.set(f.index, a);
        return a;
    }
    async saveResume(layout, files) {
        const index = {};
        for (const [i, a] of this.assemblers) {
            const f = files.get(i);
            if (!f || a.written.covered === 0)
                continue;
            index[f.rel] = { size: f.size, mtimeNs: f.mtimeNs, written: a.written.toJSON() };
        }
        try {
            if (Object.keys(index).length === 0)
                await (0,promises_.rm)(layout.partialIndex, { force: true });
            else {
                await (0,promises_.mkdir)((0,external_node_path_.dirname)(layout.partialIndex), { recursive: true });
                await (0,promises_.writeFile)(layout.partialIndex + '.tmp', JSON.stringify(index));
                await (0,promises_.rename)(layout.partialIndex + '.tmp', layout.partialIndex);
            }
        }
        catch {
            // Only an optimisation for a later run.
        }
    }
    /** Forgets a file's partial bytes (after a failed verification or a change on the box). */
    async discard(f, layout) {
        const a = this.assemblers.get(f.index);
        this.assemblers.delete(f.index);
        this.small.delete(f.index);
        await a?.abandon();
        delete this.resumeIndex[f.rel];
        await (0,promises_.rm)(underRoot(layout.partial, f.rel), { force: true });
    }
    async transfer(files, layout, hooks) {
        await this.loadResume(layout);
        const byIndex = new Map(files.map((f) => [f.index, f]));
        const round = new Round(byIndex, this, layout, hooks);
        const direct = [];
        const useDirect = this.options.directMinBytes !== Infinity;
        const directMin = this.options.directMinBytes ?? 64 * 1024 * 1024;
        let totalBytes = 0;
        for (const f of files) {
            this.small.delete(f.index);
            if (this.isSmall(f) && !this.resumeIndex[f.rel]) {
                round.queue.push({ index: f.index, off: 0, len: f.size });
                totalBytes += f.size;
                continue;
            }
            const a = this.assemblerFor(f, layout);
            const gaps = a.missing();
            if (gaps.length === 0) {
                await this.finishLarge(f, round).catch((err) => (round.fatal ??= err));
                continue;
            }
            if (useDirect && f.size >= directMin) {
                direct.push({ file: f, length: gaps.reduce((n, [x, y]) => n + (y - x), 0) });
                continue;
            }
            for (const [start, end] of gaps) {
                for (let off = start; off < end; off += this.chunkBytes) {
                    round.queue.push({ index: f.index, off, len: Math.min(this.chunkBytes, end - off) });
                }
                totalBytes += end - start;
            }
        }
        // Connections: one per 256 MiB still to fetch, up to `streams` (each loses up to an SSH window when cut).
        const perStream = this.options.parallelMinBytes ?? 256 * 1024 * 1024;
        const directBytes = direct.reduce((n, j) => n + j.length, 0);
        const budget = Math.max(1, Math.min(this.options.streams, Math.floor((totalBytes + directBytes) / perStream)));
        const framed = round.queue.length > 0;
        const runFramed = (n) => Promise.all(Array.from({ length: Math.max(1, Math.min(n, round.queue.length)) }, () => this.stream(round)));
        if (direct.length > 0 && framed && budget === 1) {
            await this.runDirect(direct, round, 1);
            if (!round.fatal)
                await runFramed(1);
        }
        else {
            const directWorkers = direct.length === 0 ? 0 : Math.max(1, Math.min(direct.length, budget - (framed ? 1 : 0)));
            await Promise.all([
                framed ? runFramed(Math.max(1, budget - directWorkers)) : undefined,
                directWorkers > 0 ? this.runDirect(direct, round, directWorkers) : undefined,
            ]);
        }
        await this.saveResume(layout, byIndex);
        if (round.fatal) {
            throw round.fatal instanceof TransferError
                ? round.fatal
                : new TransferError(round.fatal.message, false, { cause: round.fatal });
        }
        const incomplete = files.filter((f) => !round.staged.has(f.index) && !round.failedFiles.has(f.index));
        if (incomplete.length > 0) {
            const why = round.lastError?.message ?? 'the stream ended early';
            throw new TransferError(`stream transfer stopped with ${incomplete.length} file(s) unfinished: ${why}`, !hooks.signal?.aborted);
        }
    }
    /** Fetches large files straight into their partial file, `workers` files at a time. */
    async runDirect(jobs, round, workers) {
        const queue = [...jobs];
        const worker = async () => {
            for (let job = queue.shift(); job; job = queue.shift()) {
                const f = job.file;
                if (round.failedFiles.has(f.index) || round.fatal || round.hooks.signal?.aborted)
                    continue;
                let a = this.assemblerFor(f, round.layout);
                let from;
                try {
                    await a.prepare();
                    from = (await (0,promises_.stat)(a.path)).size;
                    if (from > f.size || from < a.written.contiguousFrom(0)) {
                        // Not a prefix we wrote: start the file over.
                        await this.discard(f, round.layout);
                        a = this.assemblerFor(f, round.layout);
                        await a.prepare();
                        from = 0;
                    }
                }
                catch (err) {
                    round.fatal ??= err;
                    return;
                }
                if (from > 0)
                    a.markWritten(0, from);
                let seen = from;
                const out = await appendRange(this.options.launch, {
                    remote: f.remote,
                    path: a.path,
                    from,
                    size: f.size,
                    python: this.options.python,
                    signal: round.hooks.signal,
                    onProgress: (size) => {
                        if (size <= seen || size > f.size)
                            return;
                        round.hooks.onBytes(size - seen);
                        seen = size;
                        a.markWritten(0, size);
                    },
                });
                if (out.boxRefused) {
                    round.dropFile(f.index);
                    round.hooks.onFileError(f.index, out.error ?? 'the box could not serve it');
                    continue;
                }
                if (out.error) {
                    if (out.size > f.size)
                        await this.discard(f, round.layout);
                    round.lastError = new Error(out.error);
                    continue;
                }
                if (a.complete && this.assemblers.get(f.index) === a) {
                    await this.finishLarge(f, round).catch((err) => (round.fatal ??= err));
                }
            }
        };
        await Promise.all(Array.from({ length: Math.max(1, Math.min(workers, jobs.length)) }, () => worker()));
    }
    /** Completes a large file: digest, rename from partial/ to staging/, report. */
    async finishLarge(f, round) {
        const a = this.assemblers.get(f.index);
        if (!a)
            return;
        this.assemblers.delete(f.index);
        const sha256 = await a.finish(f.mtimeMs);
        const target = underRoot(round.layout.staging, f.rel);
        try {
            await (0,promises_.mkdir)((0,external_node_path_.dirname)(target), { recursive: true });
            await (0,promises_.rename)(a.path, target);
        }
        catch (err) {
            throw describeLocalError('move into staging', target, err);
        }
        delete this.resumeIndex[f.rel];
        const st = await (0,promises_.lstat)(target);
        round.staged.add(f.index);
        round.hooks.onStaged({ index: f.index, engine: 'stream', sha256, fence: fenceOf(st) });
    }
    /** Writes a small file in one go (synchronously: one open/write/close beats a round of async calls). */
    writeSmall(f, data, round) {
        const target = underRoot(round.layout.staging, f.rel);
        let fd;
        try {
            const dir = (0,external_node_path_.dirname)(target);
            if (!this.madeDirs.has(dir)) {
                (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
                this.madeDirs.add(dir);
            }
            fd = (0,external_node_fs_.openSync)(target, 'w', 0o644);
            let done = 0;
            while (done < data.length)
                done += (0,external_node_fs_.writeSync)(fd, data, done, data.length - done);
            const t = new Date(f.mtimeMs);
            (0,external_node_fs_.futimesSync)(fd, t, t);
            const st = (0,external_node_fs_.fstatSync)(fd);
            (0,external_node_fs_.closeSync)(fd);
            fd = undefined;
            const sha256 = (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
            round.staged.add(f.index);
            round.hooks.onStaged({ index: f.index, engine: 'stream', sha256, fence: fenceOf(st) });
        }
        catch (err) {
            if (fd !== undefined)
                (0,external_node_fs_.closeSync)(fd);
            throw describeLocalError('write', target, err);
        }
    }
    takeBatch(round) {
        const batch = [];
        let bytes = 0;
        while (round.queue.length > 0 && batch.length < this.batchFiles) {
            const next = round.queue.peek();
            if (batch.length > 0 && bytes + next.len > this.batchBytes)
                break;
            round.queue.shift();
            batch.push(next);
            bytes += next.len;
        }
        return batch;
    }
    /** One connection: runs until the queue is empty or the connection fails. */
    stream(round) {
        return new Promise((resolve) => {
            const cmd = this.options.launch(boxHelperArgv('send', this.options.python));
            let child;
            try {
                child = (0,external_node_child_process_.spawn)(cmd.command, cmd.args, {
                    env: { ...process.env, ...cmd.env },
                    stdio: ['pipe', 'pipe', 'pipe'],
                    detached: true,
                });
            }
            catch (err) {
                round.lastError = err;
                resolve();
                return;
            }
            const parser = new FrameParser();
            const outstanding = new Map();
            let buffered = 0;
            let paused = false;
            let stderr = '';
            let broken;
            const writes = new Set();
            let stdinOpen = true;
            const fail = (err) => {
                if (broken)
                    return;
                broken = err;
                stream_transfer_killGroup(child.pid);
            };
            const sendMore = () => {
                if (broken || !stdinOpen)
                    return;
                while (outstanding.size < 2 && round.queue.length > 0) {
                    const batch = this.takeBatch(round);
                    const id = round.nextBatchId();
                    outstanding.set(id, batch);
                    const ranges = batch.map((r) => ({
                        i: r.index,
                        p: round.files.get(r.index)?.remote,
                        off: r.off,
                        len: r.len,
                    }));
                    child.stdin.write(JSON.stringify({ batch: id, ranges }) + '\n');
                }
                if (outstanding.size === 0 && round.queue.length === 0) {
                    stdinOpen = false;
                    child.stdin.end();
                }
            };
            const track = (p, n) => {
                buffered += n;
                if (buffered > this.maxBuffered && !paused) {
                    paused = true;
                    child.stdout.pause();
                }
                const done = p.finally(() => {
                    buffered -= n;
                    if (paused && buffered < this.maxBuffered / 4) {
                        paused = false;
                        child.stdout.resume();
                    }
                });
                const settled = done.catch(() => undefined);
                writes.add(settled);
                void settled.then(() => writes.delete(settled));
            };
            /** Consecutive bytes of one file, written with one writev (a pipe read is only 64 KiB). */
            let run;
            const flushRun = () => {
                const r = run;
                run = undefined;
                if (!r)
                    return;
                const f = round.files.get(r.index);
                if (!f || round.failedFiles.has(r.index))
                    return;
                const a = this.assemblerFor(f, round.layout);
                const p = a.write(r.offset, r.pieces).then(async () => {
                    if (a.complete && this.assemblers.get(r.index) === a)
                        await this.finishLarge(f, round);
                });
                p.catch((err) => {
                    if (err instanceof LocalWriteError)
                        round.fatal ??= err;
                    fail(err);
                });
                track(p, r.bytes);
            };
            const onData = (index, offset, data, last) => {
                const f = round.files.get(index);
                if (!f)
                    return fail(new FrameProtocolError(`the box sent data for file #${index}, which was not requested`));
                if (round.failedFiles.has(index))
                    return;
                round.hooks.onBytes(data.length);
                if (this.isSmall(f)) {
                    const parts = this.small.get(index) ?? [];
                    parts.push(data);
                    this.small.set(index, parts);
                    const have = parts.reduce((n, b) => n + b.length, 0);
                    if (have >= f.size) {
                        this.small.delete(index);
                        try {
                            this.writeSmall(f, parts.length === 1 ? parts[0] : Buffer.concat(parts), round);
                        }
                        catch (err) {
                            round.fatal ??= err;
                            fail(err);
                        }
                    }
                    return;
                }
                if (run && (run.index !== index || run.offset + run.bytes !== offset))
                    flushRun();
                run ??= { index, offset, pieces: [], bytes: 0 };
                run.pieces.push(data);
                run.bytes += data.length;
                if (last || run.bytes >= WRITE_RUN_BYTES)
                    flushRun();
            };
            const onEvent = (e) => {
                if (e.kind === 'data')
                    onData(e.index, e.offset, e.data, e.last);
                else if (e.kind === 'error') {
                    round.dropFile(e.index);
                    round.hooks.onFileError(e.index, e.message);
                }
                else if (e.kind === 'ack') {
                    outstanding.delete(e.batch);
                    sendMore();
                }
            };
            child.stdout.on('data', (chunk) => {
                if (broken)
                    return;
                try {
                    parser.push(chunk, onEvent);
                }
                catch (err) {
                    fail(err);
                }
            });
            child.stderr.on('data', (d) => {
                stderr = (stderr + d.toString('utf8')).slice(-2000);
            });
            child.stdin.on('error', () => undefined);
            const onAbort = () => fail(new TransferError('aborted', false));
            round.hooks.signal?.addEventListener('abort', onAbort, { once: true });
            child.on('error', (err) => fail(err));
            child.on('close', (code) => {
                round.hooks.signal?.removeEventListener('abort', onAbort);
                stream_transfer_killGroup(child.pid);
                // Bytes that arrived before the connection dropped are kept: the resume starts after them.
                flushRun();
                void Promise.all([...writes]).then(async () => {
                    const clean = parser.done && code === 0 && !broken;
                    if (!clean) {
                        // Whatever this stream had in flight goes back on the queue, from where each file's data stops.
                        const back = [];
                        for (const batch of outstanding.values()) {
                            for (const r of batch) {
                                if (round.failedFiles.has(r.index) || round.staged.has(r.index))
                                    continue;
                                const f = round.files.get(r.index);
                                if (!f)
                                    continue;
                                this.small.delete(r.index);
                                const a = this.assemblers.get(r.index);
                                if (!a) {
                                    if (this.isSmall(f))
                                        back.push(r);
                                    continue;
                                }
                                const within = new IntervalSet(a.missing()).toJSON();
                                for (const [s, e] of within) {
                                    const from = Math.max(s, r.off);
                                    const to = Math.min(e, r.off + r.len);
                                    if (to > from)
                                        back.push({ index: r.index, off: from, len: to - from });
                                }
                            }
                        }
                        round.queue.unshift(back);
                        const tail = stderr.trim().split('\n').slice(-3).join(' | ');
                        round.lastError =
                            broken ?? new Error(`connection ended (exit ${code ?? 'signal'})${tail ? `: ${tail}` : ''}`);
                    }
                    resolve();
                });
            });
            sendMore();
        });
    }
}

;// CONCATENATED MODULE: ../../src/adapters/pull-transport.ts




async function pullTransport(settings, host, options) {
    const rsyncVersion = localRsyncVersion(options.rsyncBin);
    const unusable = rsyncTooOld(rsyncVersion);
    let client;
    let launch;
    if (host.kind === 'local') {
        launch = (argv) => ({ command: argv[0], args: argv.slice(1) });
    }
    else {
        client = await (0,openssh_client/* prepareOpenSshAsync */._$)(settings, {
            verifiedFingerprint: host.hostKeyFingerprint,
            tempRoot: options.tempRoot,
        });
        const c = client;
        launch = (argv) => {
            const [command, ...args] = c.sshArgvFor(argv);
            return { command: command, args, env: c.env };
        };
    }
    const stream = new StreamEngine({
        launch,
        streams: options.streams,
        python: options.python,
        chunkBytes: options.chunkBytes,
    });
    const rsync = unusable
        ? { unusable }
        : new RsyncEngine({
            shell: client?.rsyncShell(),
            source: (root) => (client ? client.rsyncRemote(root) : root),
            timeoutS: options.ioTimeoutS ?? 60,
            env: client?.env,
            bin: options.rsyncBin,
        });
    return {
        engines: { stream, rsync },
        rsyncVersion,
        dispose: () => client?.dispose(),
    };
}

;// CONCATENATED MODULE: ../../src/adapters/run-pull.ts
/**
 * One pull as both faces run it: connect (ssh2 for control, OpenSSH for bytes), pull and verify, run the
 * checkpoint checks, and record the outcome in the session (the Iron Law). The action adds the hand-off
 * (artifact or cache) and the job summary; the CLI adds a progress bar and its own report.
 */









async function runPull(req, opts) {
    const ui = opts.ui;
    const host = await (0,open_host/* openHost */.Z)(req.connection, ui);
    const hosts = new HostSource(() => (0,open_host/* openHost */.Z)(req.connection, ui), host);
    let dispose;
    try {
        const transport = await pullTransport(req.connection, host, { streams: req.streams, ...opts.transport });
        dispose = transport.dispose;
        const result = await pull({
            specs: req.specs,
            dest: req.dest,
            settleMs: req.settleMs,
            exclude: req.exclude,
            transfer: req.transfer,
            retry: {
                attempts: req.attempts,
                baseDelayMs: opts.retry?.baseDelayMs ?? PULL_DEFAULTS.retryBaseDelayMs,
                maxDelayMs: opts.retry?.maxDelayMs ?? PULL_DEFAULTS.retryMaxDelayMs,
            },
            maxVerifyFailures: PULL_DEFAULTS.maxVerifyFailures,
        }, { hosts, engines: transport.engines, ui, progress: opts.progress, signal: opts.signal });
        let checks = [];
        if (req.verifyCommand) {
            const units = checkpointUnits(result);
            checks = await ui.group(`verify-command on ${units.length} checkpoint(s)`, () => runCheckpointChecks(units, req.verifyCommand, req.dest, req.verifyTimeoutMs, localCheckRunner(req.dest)));
            for (const c of checks) {
                if (c.ok)
                    ui.info(`checkpoint ${printableName(c.rel)}: verify-command passed (${c.seconds.toFixed(1)} s)`);
                else
                    ui.error(`checkpoint ${c.rel}: verify-command failed: ${c.message}`);
            }
        }
        const ok = result.verified && checks.every((c) => c.ok);
        let sessionFile;
        if (opts.sessionFile) {
            const c = req.connection;
            recordPull(opts.sessionFile, {
                profile: c.profile,
                connection: host.kind === 'ssh' && c.host && c.user && host.hostKeyFingerprint
                    ? { host: c.host, port: c.port, user: c.user, hostKeyFingerprint: host.hostKeyFingerprint }
                    : null,
                manifestSha256: result.manifestSha256,
                files: result.manifest.files.length,
                bytes: result.totalBytes,
                remotePaths: result.specs.map((s) => s.spec),
                verified: ok,
                at: new Date(),
            });
            sessionFile = opts.sessionFile;
            ui.info(`recorded in ${opts.sessionFile}: ${ok ? 'pulled and verified' : 'pulled, NOT verified'} (manifest sha256 ${result.manifestSha256})`);
        }
        return { result, checks, ok, ...(sessionFile ? { sessionFile } : {}) };
    }
    finally {
        dispose?.();
        await hosts.closeAll();
    }
}

// EXTERNAL MODULE: ../../src/core/launch/values.ts
var values = __webpack_require__(8671);
;// CONCATENATED MODULE: ../../src/core/report/pull-summary.ts

const MAX_ROWS = 100;
function formatBytes(n) {
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let v = n;
    let u = 0;
    while (v >= 1024 && u < units.length - 1) {
        v /= 1024;
        u++;
    }
    return u === 0 ? `${n} B` : `${v.toFixed(v >= 100 ? 0 : 1)} ${units[u]}`;
}
function formatRate(bytes, seconds) {
    if (seconds <= 0)
        return '–';
    return `${(bytes / 1e6 / seconds).toFixed(1)} MB/s`;
}
function pullSummaryMarkdown(r, checks, handoff) {
    const pulled = r.files.filter((f) => f.status === 'verified' || f.status === 'present');
    const failed = r.files.filter((f) => f.status === 'failed');
    const checksFailed = checks.filter((c) => !c.ok);
    const allGood = r.verified && checksFailed.length === 0;
    const out = [heading(2, 'tenant pull-artifacts')];
    out.push(allGood
        ? `✅ **Verified**: ${pulled.length} file(s), ${formatBytes(r.totalBytes)}, from \`${cell(r.host)}\` match the sha256 manifest made on the box` +
            (checks.length > 0 ? `, and all ${checks.length} checkpoint check(s) passed` : '') +
            '.\n\n'
        : `❌ **Not verified**: ${failed.length} of ${r.files.length} file(s) failed` +
            (checksFailed.length > 0 ? `, ${checksFailed.length} checkpoint check(s) failed` : '') +
            '. Do not tear the box down until a pull verifies.\n\n');
    const engines = new Map();
    for (const f of r.files)
        if (f.engine)
            engines.set(f.engine, (engines.get(f.engine) ?? 0) + 1);
    out.push(table(['', ''], [
        ['Remote paths', r.remotePaths.join(', ')],
        ['Destination', r.dest],
        [
            'Moved',
            `${formatBytes(r.movedBytes)} in ${r.seconds.toFixed(1)} s (${formatRate(r.totalBytes, r.seconds)} end to end)` +
                (r.interruptions > 0 ? `; resumed after ${r.interruptions} interruption(s)` : ''),
        ],
        ['Already in dest', `${r.files.filter((f) => f.status === 'present').length} file(s)`],
        ['Engines', [...engines].map(([e, n]) => `${e}: ${n}`).join(', ') || '–'],
        ['Manifest', `${r.manifestPath} (sha256 ${r.manifestSha256})`],
        ['Hand-off', `${handoff.ok ? '' : '⚠️ '}${handoff.text}`],
        ...r.notes.map((n) => ['Note', n]),
    ]));
    const rows = [...failed, ...r.files.filter((f) => f.status !== 'failed')]
        .slice(0, MAX_ROWS)
        .map((f) => [
        f.rel,
        formatBytes(f.size),
        f.sha256 ? f.sha256.slice(0, 16) + '…' : '',
        f.engine ?? '',
        f.status === 'failed'
            ? `❌ ${f.message ?? 'failed'}`
            : f.status === 'changed'
                ? `⏭️ ${f.message ?? 'changed'}`
                : f.status === 'present'
                    ? '✅ already there'
                    : '✅',
    ]);
    out.push('\n' + heading(3, 'Files'));
    out.push(table(['File', 'Size', 'sha256', 'Via', 'Verified'], rows));
    if (r.files.length > MAX_ROWS)
        out.push(`\n… and ${r.files.length - MAX_ROWS} more; the manifest lists every file.\n`);
    if (checks.length > 0) {
        out.push('\n' + heading(3, 'Checkpoint checks'));
        out.push(table(['Checkpoint', 'Result', 'Time'], checks.map((c) => [c.rel, c.ok ? '✅ passed' : `❌ ${c.message ?? 'failed'}`, `${c.seconds.toFixed(1)} s`])));
    }
    if (r.skipped.length > 0) {
        const skippedRows = r.skipped.slice(0, MAX_ROWS).map((s) => [s.remote, s.reason]);
        out.push('\n' + details(`Skipped on the box (${r.skipped.length})`, table(['Path', 'Why'], skippedRows)));
    }
    return out.join('');
}

// EXTERNAL MODULE: ../../src/cli/command.ts
var command = __webpack_require__(9625);
// EXTERNAL MODULE: ../../src/cli/connection-flags.ts + 2 modules
var connection_flags = __webpack_require__(2645);
;// CONCATENATED MODULE: ../../src/cli/progress-bar.ts

const WIDTH = 24;
function renderProgress(p) {
    if (p.phase === 'listing')
        return 'listing files on the box…';
    const done = Math.min(p.totalBytes, Math.max(p.verifiedBytes, p.movedBytes));
    const frac = p.totalBytes > 0 ? done / p.totalBytes : 1;
    const filled = Math.round(frac * WIDTH);
    const seconds = p.elapsedMs / 1000;
    const rate = seconds > 0 ? p.movedBytes / seconds : 0;
    const eta = rate > 0 && p.totalBytes > done ? Math.ceil((p.totalBytes - done) / rate) : 0;
    return (`[${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}] ${(frac * 100).toFixed(0).padStart(3)}%  ` +
        `${formatBytes(done)}/${formatBytes(p.totalBytes)}  ${(rate / 1e6).toFixed(1)} MB/s` +
        (eta > 0 ? `  eta ${eta}s` : '') +
        `  ${p.verifiedFiles}/${p.totalFiles} verified`);
}
class ProgressBar {
    write;
    enabled;
    now;
    last = 0;
    shown = false;
    constructor(write, enabled, now = Date.now) {
        this.write = write;
        this.enabled = enabled;
        this.now = now;
    }
    update(p) {
        if (!this.enabled)
            return;
        const t = this.now();
        if (this.shown && t - this.last < 100 && p.phase === 'transfer')
            return;
        this.last = t;
        this.shown = true;
        this.write(`\r\x1b[2K${renderProgress(p)}`);
    }
    /** Clears the bar so the next message starts on a clean line. */
    clear() {
        if (this.enabled && this.shown)
            this.write('\r\x1b[2K');
        this.shown = false;
    }
}

;// CONCATENATED MODULE: ../../src/cli/commands/pull.ts
/**
 * `tenant pull --remote PATH... --dest DIR [options]`: the pull-artifacts core from a terminal (no artifact or
 * cache hand-off: those are runner services). Exit status: 0 when every file matched the box's sha256 (and
 * every --verify-command passed), 1 when not, 2 for a usage or configuration error.
 */












const USAGE = `Usage: tenant pull [connection options] --remote PATH [--remote PATH...] --dest DIR [options]

List the files on the box (skipping ones still being written), pull them over resumable parallel streams
or rsync (resuming after a dropped connection), and verify every file against a sha256 manifest made on the box.
Verified files land in DIR; the manifest is DIR/.tenant-pull/manifest.json (and SHA256SUMS).

Options:
  --remote PATH            file, folder or glob on the box (repeatable); a folder keeps its name under DIR,
                           with a trailing slash its contents land in DIR
  --dest DIR               local folder to pull into
  --transfer MODE          auto or stream (default: resumable streams, no rsync needed), or rsync
                           (rsync ≥ 3.4.1 here; the stream when the box has no rsync)
  --streams N              parallel connections for large files (default ${PULL_DEFAULTS.streams})
  --exclude GLOB           leave out matching files or folders (repeatable)
  --settle SECONDS         look twice at files modified this recently (default ${PULL_DEFAULTS.settleMs / 1000}; 0: once)
  --retries N              resume this many times after a dropped connection (default ${PULL_DEFAULTS.attempts - 1})
  --verify-command CMD     run by bash for each pulled checkpoint, its path as $1; non-zero fails it
  --verify-timeout SECONDS default ${PULL_DEFAULTS.verifyTimeoutMs / 1000}
  --allow-partial          exit 0 even when some files or checks failed
  --json                   print the result as JSON on stdout

${connection_flags/* CONNECTION_FLAGS_USAGE */.Ph}`;
const OPTIONS = {
    ...connection_flags/* CONNECTION_FLAG_OPTIONS */.rt,
    remote: { type: 'string', multiple: true },
    dest: { type: 'string' },
    transfer: { type: 'string' },
    streams: { type: 'string' },
    exclude: { type: 'string', multiple: true },
    settle: { type: 'string' },
    retries: { type: 'string' },
    'verify-command': { type: 'string' },
    'verify-timeout': { type: 'string' },
    'allow-partial': { type: 'boolean' },
};
function pullRequestFromArgs(argv, ctx) {
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({ args: argv, options: OPTIONS, allowPositionals: false, strict: true });
    }
    catch (e) {
        throw new errors/* ConfigurationError */.j1(`${e.message}; see tenant pull --help`, 'arguments');
    }
    const v = parsed.values;
    const connection = (0,connection_flags/* connectionSettingsFromFlags */.Ty)(v, { env: ctx.env, ui: ctx.ui });
    const specs = (v.remote ?? []).map((s) => checkRemoteSpec(s, '--remote'));
    if (specs.length === 0)
        throw new errors/* ConfigurationError */.j1('--remote is required: a file, folder or glob on the box', '--remote');
    if (v.dest === undefined)
        throw new errors/* ConfigurationError */.j1('--dest is required: the local folder to pull into', '--dest');
    return {
        connection,
        specs,
        dest: resolveDest(v.dest, ctx.cwd, '--dest'),
        destInput: v.dest,
        transfer: parseTransferMode(v.transfer ?? '', '--transfer'),
        streams: v.streams === undefined ? PULL_DEFAULTS.streams : (0,values/* parsePositiveInt */.EJ)(v.streams, '--streams', 16),
        exclude: v.exclude ?? [],
        settleMs: parseSettleSeconds(v.settle ?? '', '--settle'),
        attempts: v.retries === undefined
            ? PULL_DEFAULTS.attempts
            : v.retries.trim() === '0'
                ? 1
                : (0,values/* parsePositiveInt */.EJ)(v.retries, '--retries', 100) + 1,
        ...(v['verify-command'] ? { verifyCommand: v['verify-command'] } : {}),
        verifyTimeoutMs: v['verify-timeout'] === undefined
            ? PULL_DEFAULTS.verifyTimeoutMs
            : (0,values/* parseSeconds */.fL)(v['verify-timeout'], '--verify-timeout', 24 * 3600),
        allowPartial: (0,values/* parseBool */.q6)(String(v['allow-partial'] ?? ''), '--allow-partial'),
    };
}
async function run(argv, ctx) {
    const req = pullRequestFromArgs(argv, ctx);
    const bar = new ProgressBar((t) => process.stderr.write(t), !ctx.json && Boolean(process.stderr.isTTY));
    const cancel = new AbortController();
    const onSignal = () => cancel.abort(new Error('interrupted'));
    process.once('SIGINT', onSignal);
    const session = ctx.env.TENANT_SESSION ? sessionPath(ctx.env) : undefined;
    try {
        const outcome = await runPull(req, {
            ui: ctx.ui,
            progress: (p) => bar.update(p),
            signal: cancel.signal,
            ...(session ? { sessionFile: session } : {}),
        });
        bar.clear();
        const r = outcome.result;
        const failed = r.files.filter((f) => f.status === 'failed');
        if (ctx.json) {
            ctx.stdout(JSON.stringify({
                verified: outcome.ok,
                dest: r.dest,
                files: r.files.filter((f) => f.status === 'verified' || f.status === 'present').length,
                bytes: r.totalBytes,
                movedBytes: r.movedBytes,
                seconds: r.seconds,
                interruptions: r.interruptions,
                manifestPath: r.manifestPath,
                manifestSha256: r.manifestSha256,
                failed: failed.map((f) => ({ path: f.rel, message: f.message })),
                skipped: r.skipped,
                checks: outcome.checks,
                notes: r.notes,
            }, null, 2) + '\n');
        }
        else {
            ctx.stdout(`${outcome.ok ? 'verified' : 'NOT verified'}: ${r.files.length - failed.length}/${r.files.length} files, ${formatBytes(r.totalBytes)} ` +
                `in ${r.seconds.toFixed(1)} s (${formatRate(r.totalBytes, r.seconds)}) into ${r.dest}\nmanifest ${r.manifestPath} sha256 ${r.manifestSha256}\n`);
        }
        return outcome.ok || req.allowPartial ? command/* EXIT */.d.ok : command/* EXIT */.d.failed;
    }
    finally {
        bar.clear();
        process.removeListener('SIGINT', onSignal);
    }
}
const pullCommand = {
    name: 'pull',
    summary: 'pull checkpoints off the box, verified against a sha256 manifest made there',
    usage: USAGE,
    run,
};


/***/ }),

/***/ 8671:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DB: () => (/* binding */ parseSize),
/* harmony export */   EJ: () => (/* binding */ parsePositiveInt),
/* harmony export */   ex: () => (/* binding */ parsePayload),
/* harmony export */   fL: () => (/* binding */ parseSeconds),
/* harmony export */   q6: () => (/* binding */ parseBool),
/* harmony export */   rf: () => (/* binding */ parseVariables),
/* harmony export */   xp: () => (/* binding */ compileExpectLog),
/* harmony export */   zq: () => (/* binding */ parseCount)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7322);
/**
 * Parsers for the launch inputs that are more than a string: sizes (`10G`), counts (`200k`), durations,
 * booleans and `KEY=VALUE` variable lists. Each gets the name the user typed so the ConfigurationError
 * names it. A secret value never appears in an error message.
 */

const BINARY = { '': 1, b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4, p: 1024 ** 5 };
/** Bytes: a number with an optional K/M/G/T suffix, powers of 1024 (`10G`, `1.5TiB`, `500MB`, `2048`). */
function parseSize(value, name) {
    const m = /^(\d+(?:\.\d+)?)\s*([kmgtp]?)(?:i?b)?$/i.exec(value.trim());
    if (!m)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${name} '${value.trim().slice(0, 30)}' is not a size (e.g. 10G, 500M, 1.5T; K/M/G/T are powers of 1024)`, name);
    const n = Number(m[1]) * (BINARY[(m[2] ?? '').toLowerCase()] ?? 1);
    if (!Number.isFinite(n))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${name} '${value.trim()}' is too large`, name);
    return Math.round(n);
}
/** A count with an optional k/M suffix, powers of 1000 (`200k`, `1M`, `50000`). */
function parseCount(value, name) {
    const m = /^(\d+(?:\.\d+)?)\s*([km]?)$/i.exec(value.trim());
    if (!m)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${name} '${value.trim().slice(0, 30)}' is not a count (e.g. 50000, 200k, 1M)`, name);
    const mult = (m[2] ?? '').toLowerCase() === 'k' ? 1e3 : (m[2] ?? '').toLowerCase() === 'm' ? 1e6 : 1;
    return Math.round(Number(m[1]) * mult);
}
/** Seconds (decimals allowed, optional `s`/`m` suffix) → milliseconds, at most `maxS`. */
function parseSeconds(value, name, maxS = 24 * 3600) {
    const m = /^(\d+(?:\.\d+)?)\s*(s|m|min)?$/i.exec(value.trim());
    const s = m ? Number(m[1]) * (m[2] && m[2].toLowerCase() !== 's' ? 60 : 1) : NaN;
    if (!(s > 0 && s <= maxS))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${name} '${value.trim().slice(0, 20)}' must be a number of seconds between 0 and ${maxS} (e.g. 60, 90s, 5m)`, name);
    return Math.round(s * 1000);
}
function parseBool(value, name, fallback = false) {
    const v = value.trim().toLowerCase();
    if (v === '')
        return fallback;
    if (v === 'true' || v === 'yes' || v === '1')
        return true;
    if (v === 'false' || v === 'no' || v === '0')
        return false;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${name} must be true or false, got '${v.slice(0, 20)}'`, name);
}
function parsePositiveInt(value, name, max = 1_000_000) {
    const v = value.trim();
    const n = /^\d+$/.test(v) ? Number(v) : NaN;
    if (!(n >= 1 && n <= max))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${name} '${v.slice(0, 20)}' must be a whole number from 1 to ${max}`, name);
    return n;
}
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/**
 * `KEY=VALUE` lines (blank lines and `#` comments skipped), plus `KEY<<DELIM` … `DELIM` blocks for multi-line
 * values, as in GITHUB_ENV. `secret` keeps values out of every message.
 */
function parseVariables(text, name, secret = false) {
    const out = {};
    const lines = text.replace(/\r\n/g, '\n').split('\n');
    for (let i = 0; i < lines.length; i++) {
        const raw = lines[i] ?? '';
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            continue;
        const heredoc = /^([A-Za-z_][A-Za-z0-9_]*)<<(\S+)$/.exec(line);
        if (heredoc) {
            const [, key = '', delim] = heredoc;
            const body = [];
            let closed = false;
            for (i++; i < lines.length; i++) {
                if (lines[i] === delim) {
                    closed = true;
                    break;
                }
                body.push(lines[i] ?? '');
            }
            if (!closed)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${name}: the block ${key}<<${delim} has no closing ${delim} line`, name);
            out[key] = body.join('\n');
            continue;
        }
        const eq = line.indexOf('=');
        const key = eq === -1 ? line : line.slice(0, eq).trim();
        if (eq === -1 || !ENV_NAME.test(key)) {
            const shown = secret ? `line ${i + 1}` : `'${line.slice(0, 40)}'`;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${name}: ${shown} is not KEY=VALUE (KEY: letters, digits and _, not starting with a digit)`, name);
        }
        if (key.startsWith('TENANT_'))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${name}: ${key} is reserved (tenant sets TENANT_* for the run)`, name);
        out[key] = raw.slice(raw.indexOf('=') + 1).replace(/^\s+/, '');
    }
    return out;
}
function compileExpectLog(value, name) {
    if (value.trim() === '')
        return undefined;
    try {
        return new RegExp(value.trim());
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${name} is not a valid regular expression: ${e.message}`, name);
    }
}
function parsePayload(value) {
    const items = value
        .split(/[\n,]/)
        .map((s) => s.trim())
        .filter(Boolean);
    if (items.length === 1 && items[0] === 'none')
        return { kind: 'none', paths: [] };
    if (items.length === 0 || (items.length === 1 && items[0] === 'git'))
        return { kind: 'git', paths: [] };
    for (const p of items) {
        if (p.startsWith('/') || p.split('/').includes('..') || p.startsWith('-')) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`payload '${p}' must be a path inside the workspace (relative, no '..')`, 'payload');
        }
    }
    return { kind: 'git', paths: items };
}


/***/ })

};

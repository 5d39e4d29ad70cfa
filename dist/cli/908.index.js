export const id = 908;
export const ids = [908];
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

/***/ 1908:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  launchCommand: () => (/* binding */ launchCommand),
  launchSettingsFromArgs: () => (/* binding */ launchSettingsFromArgs)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ../../src/adapters/git-identity.ts
/** The repository and commit of a working tree, for the default run id (empty strings outside git). */

function git(cwd, args) {
    try {
        return (0,external_node_child_process_.execFileSync)('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    }
    catch {
        return '';
    }
}
function gitIdentity(cwd) {
    return {
        repository: git(cwd, ['config', '--get', 'remote.origin.url']) || git(cwd, ['rev-parse', '--show-toplevel']),
        commit: git(cwd, ['rev-parse', 'HEAD']),
    };
}

// EXTERNAL MODULE: ../../src/adapters/open-host.ts + 10 modules
var open_host = __webpack_require__(9749);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ../../src/core/errors.ts
var errors = __webpack_require__(7322);
;// CONCATENATED MODULE: ../../src/adapters/payload-files.ts
/**
 * The default payload: the files git tracks in the workspace (`git ls-files -z`, optionally limited to
 * pathspecs), with their sizes. Submodule entries are skipped; a tracked file deleted from the working tree
 * is skipped too. Outside a git work tree the payload is refused: say which paths to push, or `payload: none`.
 */





const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
async function listTrackedFiles(workspace, pathspecs) {
    let stdout;
    try {
        ({ stdout } = await run('git', ['-c', 'core.quotepath=off', 'ls-files', '-z', '-s', '--', ...pathspecs], {
            cwd: workspace,
            maxBuffer: 256 * 1024 * 1024,
            encoding: 'utf8',
        }));
    }
    catch (e) {
        throw new errors/* ConfigurationError */.j1(`the payload is the files git tracks, but git ls-files failed in ${workspace} (${e.message.split('\n')[0]}); check out the repository first, or set payload: none`, 'payload');
    }
    const out = [];
    for (const rec of stdout.split('\0')) {
        const m = /^(\d{6}) [0-9a-f]+ \d\t(.*)$/s.exec(rec);
        if (!m)
            continue;
        const [, mode, path = ''] = m;
        if (mode === '160000')
            continue;
        try {
            const st = (0,external_node_fs_.lstatSync)((0,external_node_path_.join)(workspace, path));
            out.push({ path, size: st.isFile() ? st.size : 0 });
        }
        catch {
            // deleted in the working tree
        }
    }
    return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
function readWorkspaceFile(workspace, path) {
    try {
        const full = (0,external_node_path_.join)(workspace, path);
        return (0,external_node_fs_.lstatSync)(full).isFile() ? (0,external_node_fs_.readFileSync)(full) : Buffer.alloc(0);
    }
    catch {
        return Buffer.alloc(0);
    }
}

// EXTERNAL MODULE: ../../src/adapters/openssh-client.ts
var openssh_client = __webpack_require__(5750);
;// CONCATENATED MODULE: ../../src/adapters/rsync-push.ts
/**
 * Pushing the payload to the box. Over SSH: rsync through the OpenSSH client (openssh-client.ts: the same
 * pinned host key as the ssh2 connection, a 0600 key file in a private temp dir removed in `finally`),
 * `--files-from` on stdin so only the listed files go, `-s` so no path is parsed by the remote shell, an I/O
 * timeout, and rsync's default temp-file-and-rename so a script a live run is reading is never overwritten in
 * place. When the box (or the runner) has no rsync: a tar stream through the already open connection. With
 * the local profile: rsync (or tar) between two local directories.
 */



let localRsync;
function haveLocalRsync() {
    localRsync ??= (0,external_node_child_process_.spawnSync)('rsync', ['--version'], { stdio: 'ignore' }).status === 0;
    return localRsync;
}
function rsync_push_run(cmd, args, input, env, cwd) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(cmd, args, { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
        const out = [];
        let stderr = '';
        child.stdout.on('data', (d) => out.push(d));
        child.stderr.on('data', (d) => (stderr += d.toString('utf8')));
        child.on('error', reject);
        child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out), stderr }));
        child.stdin.on('error', () => undefined);
        child.stdin.end(input);
    });
}
const RSYNC_FLAGS = ['-lpt', '--from0', '--files-from=-', '-s', '--timeout=60', '--no-owner', '--no-group'];
function fileList(req) {
    return Buffer.from(req.files.map((f) => f.path + '\0').join(''));
}
async function rsyncOverSsh(req, opts) {
    const client = (0,openssh_client/* prepareOpenSsh */.Uo)(opts.settings, {
        ...(req.host.hostKeyFingerprint ? { verifiedFingerprint: req.host.hostKeyFingerprint } : {}),
        ...(opts.tempRoot ? { tempRoot: opts.tempRoot } : {}),
    });
    opts.onTempDir?.(client.dir);
    try {
        const args = [
            ...RSYNC_FLAGS,
            '-e',
            client.rsyncShell(),
            './',
            client.rsyncRemote(req.to.endsWith('/') ? req.to : req.to + '/'),
        ];
        const retries = opts.retries ?? 2;
        for (let attempt = 0;; attempt++) {
            const r = await rsync_push_run('rsync', args, fileList(req), { ...process.env, ...client.env }, req.from);
            if (r.code === 0)
                return attempt + 1;
            // 10, 12, 30, 35, 255: socket / protocol / timeout / ssh failures, worth another go.
            const transient = [10, 12, 23, 30, 35, 255].includes(r.code ?? -1);
            if (!transient || attempt >= retries) {
                throw new errors/* HostError */.dh('EPUSH', `rsync to ${req.host.label}:${req.to} failed (exit ${r.code}): ${r.stderr.trim().split('\n').slice(-3).join(' ')}`);
            }
            await new Promise((res) => setTimeout(res, 1000 * 2 ** attempt));
        }
    }
    finally {
        client.dispose();
    }
}
async function rsyncLocal(req) {
    const r = await rsync_push_run('rsync', [...RSYNC_FLAGS.filter((f) => f !== '-s'), './', req.to.endsWith('/') ? req.to : req.to + '/'], fileList(req), process.env, req.from);
    if (r.code !== 0)
        throw new errors/* HostError */.dh('EPUSH', `rsync to ${req.to} failed (exit ${r.code}): ${r.stderr.trim()}`);
}
/** A tar stream of the files, extracted on the box through one exec (tar replaces files by unlink + create). */
async function tarOverHost(req, host) {
    const packed = await rsync_push_run('tar', ['-c', '--null', '-T', '-', '-f', '-'], fileList(req), process.env, req.from);
    if (packed.code !== 0)
        throw new errors/* HostError */.dh('EPUSH', `tar of the payload failed (exit ${packed.code}): ${packed.stderr.trim()}`);
    const res = await host.exec({ argv: ['tar', '-x', '-m', '-f', '-', '-C', req.to] }, { stdin: packed.stdout, timeoutMs: 600_000 });
    if (res.code !== 0)
        throw new errors/* HostError */.dh('EPUSH', `tar -x on ${host.label} failed (exit ${res.code}): ${res.stderr.trim()}`);
}
function makePusher(opts) {
    return async (req) => {
        const t0 = Date.now();
        const bytes = req.files.reduce((n, f) => n + f.size, 0);
        const base = { files: req.files.length, bytes };
        if (req.files.length === 0)
            return { method: 'skipped', ...base, ms: 0, handshakes: 0 };
        const rsyncOk = !opts.forceTar && req.remoteRsync && haveLocalRsync();
        if (req.host.kind === 'local') {
            if (rsyncOk)
                await rsyncLocal(req);
            else
                await tarOverHost(req, req.host);
            return { method: rsyncOk ? 'rsync' : 'tar', ...base, ms: Date.now() - t0, handshakes: 0 };
        }
        if (rsyncOk) {
            const attempts = await rsyncOverSsh(req, opts);
            return { method: 'rsync', ...base, ms: Date.now() - t0, handshakes: attempts };
        }
        await tarOverHost(req, req.host);
        return { method: 'tar', ...base, ms: Date.now() - t0, handshakes: 0 };
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ../../src/adapters/workflow-log-sink.ts
/**
 * Remote log lines into the workflow log, unable to act as workflow commands: lines are printed between
 * `::stop-commands::TOKEN` and `::TOKEN::`, with a fresh random token per block, so a training program that
 * prints `::add-mask::`, `::set-output`, `::error` or `::stop-commands::` only prints text (CVE-2020-15228).
 * The block is closed (`pause`) before the action prints anything of its own.
 */


class WorkflowLogSink {
    write;
    token;
    constructor(write = (t) => void process.stdout.write(t)) {
        this.write = write;
    }
    line(text) {
        if (this.token === undefined) {
            this.token = randomBytes(16).toString('hex');
            this.write(`::stop-commands::${this.token}${EOL}`);
        }
        this.write(text + EOL);
    }
    pause() {
        if (this.token === undefined)
            return;
        this.write(`::${this.token}::${EOL}`);
        this.token = undefined;
    }
}
/** The terminal face: lines as they are, control characters other than tab made visible. */
class TerminalLogSink {
    write;
    constructor(write = (t) => void process.stdout.write(t)) {
        this.write = write;
    }
    line(text) {
        this.write(text.replace(/[\x00-\x08\x0b-\x1f\x7f]/g, (c) => `^${String.fromCharCode(c.charCodeAt(0) ^ 0x40)}`) + '\n');
    }
    pause() { }
}

// EXTERNAL MODULE: ../../src/core/host/quote.ts
var quote = __webpack_require__(5684);
;// CONCATENATED MODULE: ../../src/core/launch/gpu.ts
/**
 * GPUs as `nvidia-smi --query-gpu=name,memory.total,memory.used --format=csv,noheader,nounits` lists them, and
 * the `expect-gpu` input: `` (at least one GPU; skipped on the local profile when there is none), `none` (no
 * GPU check), `2` (exactly two), `H100` (every GPU's name contains it), `2x H100` (both).
 */

const GPU_QUERY = (/* unused pure expression or super */ null && ([
    'nvidia-smi',
    '--query-gpu=name,memory.total,memory.used',
    '--format=csv,noheader,nounits',
]));
function num(text) {
    const t = (text ?? '').trim();
    return /^\d+(\.\d+)?$/.test(t) ? Number(t) : null;
}
/** Parses the CSV lines; blank lines are skipped. A name may itself hold commas, so the numbers are taken from the end. */
function parseGpuCsv(text) {
    const out = [];
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.trim();
        if (line === '')
            continue;
        const parts = line.split(',');
        if (parts.length < 3) {
            out.push({ name: line, memoryTotalMiB: null, memoryUsedMiB: null });
            continue;
        }
        const used = parts.pop();
        const total = parts.pop();
        out.push({ name: parts.join(',').trim(), memoryTotalMiB: num(total), memoryUsedMiB: num(used) });
    }
    return out;
}
function parseExpectGpu(value, input = 'expect-gpu') {
    const v = value.trim();
    if (v === '' || v.toLowerCase() === 'any')
        return { kind: 'any' };
    if (v.toLowerCase() === 'none')
        return { kind: 'none' };
    const m = /^(?:(\d+)\s*(?:x|×|\*)?\s*)?(.*)$/i.exec(v);
    const count = m?.[1] !== undefined ? Number(m[1]) : undefined;
    const name = m?.[2]?.trim() || undefined;
    if (count !== undefined && (!Number.isInteger(count) || count < 1 || count > 64)) {
        throw new errors/* ConfigurationError */.j1(`${input} '${v}': the GPU count must be 1–64`, input);
    }
    if (name !== undefined && !/^[\w .+-]{1,64}$/.test(name)) {
        throw new errors/* ConfigurationError */.j1(`${input} '${v.slice(0, 40)}' is not a GPU count or name (e.g. 2, H100, '2x A100', none)`, input);
    }
    return { kind: 'match', count, name };
}
function describeExpectGpu(e) {
    if (e.kind === 'any')
        return 'at least one GPU';
    if (e.kind === 'none')
        return 'no GPU check';
    return [
        e.count !== undefined ? `${e.count} GPU${e.count === 1 ? '' : 's'}` : 'GPUs',
        e.name ? `named *${e.name}*` : '',
    ]
        .filter(Boolean)
        .join(' ');
}
/** One line per model: `2× NVIDIA H100 80GB HBM3 (81559 MiB)`. */
function describeGpus(gpus) {
    if (gpus.length === 0)
        return 'no GPU';
    const groups = new Map();
    for (const g of gpus) {
        const key = `${g.name}${g.memoryTotalMiB !== null ? ` (${g.memoryTotalMiB} MiB)` : ''}`;
        groups.set(key, (groups.get(key) ?? 0) + 1);
    }
    return [...groups].map(([k, n]) => `${n}× ${k}`).join(', ');
}
/** undefined when the GPUs satisfy the expectation, else why not. */
function gpuMismatch(expect, gpus) {
    if (expect.kind === 'none')
        return undefined;
    if (gpus.length === 0)
        return 'no GPU';
    if (expect.kind === 'any')
        return undefined;
    if (expect.count !== undefined && gpus.length !== expect.count)
        return `${gpus.length} GPU${gpus.length === 1 ? '' : 's'}, expected ${expect.count}`;
    if (expect.name !== undefined) {
        const want = expect.name.toLowerCase();
        const wrong = gpus.filter((g) => !g.name.toLowerCase().includes(want));
        if (wrong.length > 0)
            return `${wrong.map((g) => g.name).join(', ')} does not match '${expect.name}'`;
    }
    return undefined;
}

// EXTERNAL MODULE: ../../src/core/profiles/loader.ts + 1 modules
var loader = __webpack_require__(3900);
// EXTERNAL MODULE: ../../src/core/profiles/queries.ts + 1 modules
var queries = __webpack_require__(4940);
// EXTERNAL MODULE: ../../src/core/run/kill.ts
var kill = __webpack_require__(5271);
// EXTERNAL MODULE: ../../src/core/run/layout.ts
var layout = __webpack_require__(2677);
// EXTERNAL MODULE: ../../src/core/run/scripts.ts
var scripts = __webpack_require__(2975);
// EXTERNAL MODULE: ../../src/core/run/start.ts
var start = __webpack_require__(2059);
;// CONCATENATED MODULE: ../../src/core/run/start-once.ts
/**
 * Starting a run at most once: the launch path of the run layout. One remote script, run under a lock on the
 * box (`<root>/.tenant/runs/.lock`, flock when present, else an atomic mkdir), decides between
 *
 *   attach   an attempt of this run id is alive (same command.sh bytes): report it, start nothing;
 *   start    no attempt is alive: the next attempt id (`ID`, then `ID.2`, `ID.3` … — one directory is one
 *            process lifetime) gets command.sh, wrapper.sh, the env file and is started detached;
 *   refuse   the checkpoint dir is claimed by a live run of another id, or by another cell of the same sweep.
 *
 * Ten simultaneous launches therefore start exactly one process. The env file (secrets) arrives on stdin, is
 * written with umask 077 into a directory on the box's own disk (never the run dir, which may sit on shared
 * storage or in a workspace that gets uploaded), and its path is recorded in the run dir's `env_path`.
 * Nothing secret is ever in the script text, which the box's process list can show.
 */





/** Exit codes of the script (besides 0). */
const CODE = { lockBusy: 12, otherCommand: 13, ckptDir: 14, claimed: 15, startFailed: 16 };
class CheckpointClaimError extends errors/* HostError */.dh {
    claimant;
    constructor(message, claimant) {
        super('CKPT_CLAIMED', message);
        this.claimant = claimant;
    }
}
function attemptOf(base, id) {
    return id === base ? 1 : Number(id.slice(base.length + 1));
}
function startOnceScript(spec) {
    (0,layout/* assertRunId */.HB)(spec.runId);
    const q = quote/* shellQuote */.Z;
    const runs = `${spec.root.replace(/\/+$/, '')}/${layout/* RUNS_SUBDIR */.Jk}`;
    const script = (0,scripts/* commandScript */.l)(spec.command, spec.cwd);
    const want = spec.want ?? 'start';
    return [
        'set -u',
        scripts/* GROUP_ALIVE_FN */.FL,
        `runs=${q(runs)}; base=${q(spec.runId)}; secrets=${q(spec.secretsDir)}; want=${q(want)}`,
        `cmd=${q(script)}`,
        `ckpt=${q(spec.checkpointDir ?? '')}; cell=${q(spec.cell ?? '')}; sweep=${q(spec.sweep ?? '')}`,
        `detach=${q(spec.detach ?? 'auto')}`,
        'mkdir -p -- "$runs" || exit 10',
        // Run dirs are never pushed back or committed by accident (a local run lives in the workspace).
        '[ -e "${runs%/runs}/.gitignore" ] || printf \'*\\n\' > "${runs%/runs}/.gitignore"',
        // stdin (the env file) is read into memory by a builtin: no temp file, no process holding it.
        "IFS= read -r -d '' envdata || true",
        'if [ ! -d "$secrets" ]; then (umask 077; mkdir -p -- "$secrets") || exit 11; fi',
        'lock="$runs/.lock"',
        'if command -v flock >/dev/null 2>&1; then',
        `  exec 9>>"$lock"; flock -w 60 9 || { echo "tenant: the launch lock $lock stayed busy for 60 s" >&2; exit ${CODE.lockBusy}; }`,
        'else',
        // No flock (busybox-less minimal images): an atomic mkdir, broken when older than 120 s (a crashed launcher).
        '  i=0',
        '  until mkdir -- "$lock.d" 2>/dev/null; do',
        '    if [ -n "$(find "$lock.d" -maxdepth 0 -mmin +2 2>/dev/null)" ]; then rmdir -- "$lock.d" 2>/dev/null; continue; fi',
        `    i=$((i+1)); if [ $i -gt 3000 ]; then echo "tenant: the launch lock $lock.d stayed busy for 60 s" >&2; exit ${CODE.lockBusy}; fi`,
        '    sleep 0.02',
        '  done',
        '  trap \'rmdir -- "$lock.d" 2>/dev/null\' EXIT',
        'fi',
        // Find the first attempt that never started; remember a live one and the latest ended one.
        'n=1; live=; last=',
        'while :; do',
        '  if [ $n -eq 1 ]; then id=$base; else id=$base.$n; fi',
        '  dir=$runs/$id',
        '  if [ ! -e "$dir/pgid" ]; then break; fi',
        '  pg=$(cat -- "$dir/pgid" 2>/dev/null)',
        '  if [ ! -e "$dir/exit_code" ] && [ -n "$pg" ] && group_alive "$pg"; then live=$id; break; fi',
        // An ended attempt needs its secrets no more: its env file is removed.
        '  ep=$(cat -- "$dir/env_path" 2>/dev/null); if [ -n "$ep" ]; then rm -f -- "$ep"; fi',
        '  last=$id; n=$((n+1))',
        'done',
        'if [ -n "$live" ]; then',
        '  cur=$(cat -- "$dir/command.sh" 2>/dev/null; printf x); cur=${cur%x}',
        `  if [ "$want" = start ] && [ "$cur" != "$cmd" ]; then echo "tenant: run $live is alive with a different command" >&2; exit ${CODE.otherCommand}; fi`,
        '  printf \'attached\\t%s\\t%s\\t%s\\n\' "$live" "$pg" "$(cat -- "$dir/started_at" 2>/dev/null)"',
        '  printf \'sha\\t\'; printf %s "$cur" | sha256sum 2>/dev/null | cut -c1-64',
        '  exit 0',
        'fi',
        'if [ "$want" = attach ]; then',
        '  if [ -n "$last" ]; then printf \'ended\\t%s\\n\' "$last"; else printf \'none\\n\'; fi',
        '  exit 0',
        'fi',
        // Claim the checkpoint dir: no two live runs of different ids, no two cells of one sweep.
        'if [ -n "$ckpt" ]; then',
        `  mkdir -p -- "$ckpt" || { echo "tenant: cannot create checkpoint dir $ckpt" >&2; exit ${CODE.ckptDir}; }`,
        '  claim="$ckpt/.tenant-claim"',
        '  if [ -f "$claim" ]; then',
        '    ccell=$(sed -n \'s/^cell=//p\' "$claim"); csweep=$(sed -n \'s/^sweep=//p\' "$claim")',
        '    cbase=$(sed -n \'s/^base=//p\' "$claim"); crun=$(sed -n \'s/^run=//p\' "$claim"); cdir=$(sed -n \'s/^dir=//p\' "$claim")',
        '    clash=',
        '    if [ -n "$sweep" ] && [ "$csweep" = "$sweep" ] && [ "$ccell" != "$cell" ]; then clash=sweep; fi',
        '    if [ -z "$clash" ] && [ "$cbase" != "$base" ] && [ -n "$cdir" ] && [ ! -e "$cdir/exit_code" ]; then',
        '      cpg=$(cat -- "$cdir/pgid" 2>/dev/null); if [ -n "$cpg" ] && group_alive "$cpg"; then clash=live; fi',
        '    fi',
        `    if [ -n "$clash" ]; then printf 'claimed\\t%s\\t%s\\t%s\\n' "$clash" "$ccell" "$crun"; exit ${CODE.claimed}; fi`,
        '  fi',
        'fi',
        // Nothing reads these files before the wrapper starts (we hold the lock): plain writes by builtins.
        'put() { printf %s "$2" > "$1"; }',
        'mkdir -p -- "$dir" || exit 10',
        'if [ -e "$dir/started_at" ] || [ -e "$dir/exit_code" ]; then rm -f -- "$dir/started_at" "$dir/exit_code" "$dir/status.json"; fi',
        'put "$dir/command.sh" "$cmd" || exit 10',
        `put "$dir/wrapper.sh" ${q(scripts/* WRAPPER_SCRIPT */.uz)} || exit 10`,
        'envf="$secrets/$id.env"',
        '(umask 077; printf %s "$envdata" > "$envf") || exit 11',
        'unset envdata',
        'put "$dir/env_path" "$envf" || exit 10',
        'if [ -n "$ckpt" ]; then put "$ckpt/.tenant-claim" "$(printf \'cell=%s\\nsweep=%s\\nbase=%s\\nrun=%s\\ndir=%s\\n\' "$cell" "$sweep" "$base" "$id" "$dir")"; fi',
        'sess=tenant-${id//[^A-Za-z0-9_-]/_}',
        'mode=$detach',
        'if [ "$mode" = auto ]; then if command -v tmux >/dev/null 2>&1; then mode=tmux; else mode=nohup; fi; fi',
        // The lock fd (9) is closed for everything started, so a live run never holds the launch lock.
        'if [ "$mode" = tmux ]; then',
        `  tmux new-session -d -s "$sess" -c "$dir" 'bash ./wrapper.sh .' 9>&- </dev/null >/dev/null 2>&1 || { echo "tenant: tmux new-session failed" >&2; exit ${CODE.startFailed}; }`,
        'elif command -v setsid >/dev/null 2>&1; then',
        '  nohup setsid bash "$dir/wrapper.sh" "$dir" </dev/null >/dev/null 2>&1 9>&- &',
        'else',
        '  set -m; nohup bash "$dir/wrapper.sh" "$dir" </dev/null >/dev/null 2>&1 9>&- & set +m',
        'fi',
        'i=0',
        'while [ ! -s "$dir/started_at" ]; do',
        `  i=$((i+1)); if [ $i -gt 1000 ]; then echo "tenant: the wrapper did not start within 10 s" >&2; exit ${CODE.startFailed}; fi`,
        '  sleep 0.01',
        'done',
        'printf \'started\\t%s\\t%s\\t%s\\t%s\\n\' "$id" "$mode" "$(cat -- "$dir/pgid")" "$(cat -- "$dir/started_at")"',
    ].join('\n');
}
/** Runs the script; the env (secrets) goes on stdin. */
async function startOnce(host, spec) {
    const script = startOnceScript(spec);
    const commandSha256 = (0,start/* sha256 */.sc)((0,scripts/* commandScript */.l)(spec.command, spec.cwd));
    const res = await host.exec({ script }, { stdin: (0,scripts/* envFile */.CN)(spec.env ?? {}), timeoutMs: 120_000 });
    const lines = res.stdout.split('\n');
    const field = (kind) => lines.find((l) => l.startsWith(kind + '\t'))?.split('\t');
    const why = res.stderr.trim() || `exit ${res.code}`;
    if (res.code === CODE.claimed) {
        const [, clash, cell, run] = field('claimed') ?? [];
        const dir = spec.checkpointDir ?? '';
        const mine = spec.cell ? `cell '${spec.cell}'` : `run ${spec.runId}`;
        const theirs = cell ? `cell '${cell}'` : `run ${run}`;
        const message = clash === 'sweep'
            ? `${mine} and ${theirs} of the same sweep both resolve to checkpoint dir ${dir}; give every cell its own checkpoint-dir (include the matrix values in it)`
            : `checkpoint dir ${dir} is in use by live ${theirs} (run ${run}); ${mine} would write into it too — wait for it, stop it, or choose another checkpoint-dir`;
        throw new CheckpointClaimError(message, { cell: cell ?? '', runId: run ?? '' });
    }
    if (res.code === CODE.otherCommand) {
        throw new errors/* HostError */.dh('RUN_EXISTS', `run-id ${spec.runId} is alive on ${host.label} with a different command; choose another run-id or wait for it to end (${why})`);
    }
    if (res.code !== 0)
        throw new errors/* HostError */.dh('ESTART', `could not start run ${spec.runId} on ${host.label}: ${why}`);
    const started = field('started');
    if (started) {
        const [, id = '', mode, pgid, at] = started;
        return {
            kind: 'started',
            paths: (0,layout/* runPaths */.Ot)(spec.root, id),
            attempt: attemptOf(spec.runId, id),
            pgid: Number(pgid),
            startedAtMs: Math.round(Number(at) * 1000),
            detach: mode === 'tmux' ? 'tmux' : 'nohup',
            commandSha256,
        };
    }
    const attached = field('attached');
    if (attached) {
        const [, id = '', pgid, at] = attached;
        return {
            kind: 'attached',
            paths: (0,layout/* runPaths */.Ot)(spec.root, id),
            attempt: attemptOf(spec.runId, id),
            pgid: Number(pgid),
            startedAtMs: Math.round(Number(at) * 1000),
            commandSha256: field('sha')?.[1]?.trim() || commandSha256,
        };
    }
    const ended = field('ended');
    if (ended) {
        const id = ended[1] ?? spec.runId;
        return { kind: 'ended', paths: (0,layout/* runPaths */.Ot)(spec.root, id), attempt: attemptOf(spec.runId, id) };
    }
    if (lines.some((l) => l.trim() === 'none'))
        return { kind: 'none' };
    throw new errors/* HostError */.dh('ESTART', `unexpected answer from the launcher on ${host.label}: ${res.stdout.slice(0, 200)} ${why}`);
}
/** Removes a run's env file (secrets) once the run has ended; safe to call for a run without one. */
async function removeEnvFile(host, paths) {
    const q = (0,quote/* shellQuote */.Z)(paths.envPath);
    await host.exec({ script: `ep=$(cat -- ${q} 2>/dev/null); if [ -n "$ep" ]; then rm -f -- "$ep"; fi` }, { timeoutMs: 30_000 });
}

// EXTERNAL MODULE: ../../src/core/run/status.ts
var run_status = __webpack_require__(7109);
;// CONCATENATED MODULE: ../../src/core/launch/run-id.ts
/**
 * The default run id: a hash of repository, commit, command, work dir and matrix cell, so launching the same
 * thing twice (a re-run job, ten racing launches) names the same run and attaches to it. Sweep cells get
 * their own id and therefore their own run dir.
 */



/** A cell name as a path component: letters, digits, `.`, `_`, `-` (others become `-`), at most 40. */
function cellSlug(cell) {
    return cell
        .trim()
        .replace(/[^A-Za-z0-9._-]+/g, '-')
        .replace(/\.{2,}/g, '.')
        .replace(/^[-.]+|[-.]+$/g, '')
        .slice(0, 40);
}
function defaultRunId(parts) {
    const hash = (0,external_node_crypto_.createHash)('sha256')
        .update(JSON.stringify([parts.repository, parts.commit, parts.command, parts.workdir, parts.cell]))
        .digest('hex')
        .slice(0, 12);
    const slug = cellSlug(parts.cell);
    return slug ? `${slug}-${hash}` : `run-${hash}`;
}
function parseRunId(value, name) {
    const v = value.trim();
    try {
        (0,layout/* assertRunId */.HB)(v);
    }
    catch {
        throw new errors/* ConfigurationError */.j1(`${name} '${v.slice(0, 40)}' is not a run id: letters, digits, '.', '_' and '-', at most 128, starting with a letter or digit`, name);
    }
    return v;
}

;// CONCATENATED MODULE: ../../src/core/launch/box-paths.ts
/**
 * Where a launch puts things on the box: the work dir (default: the profile's code dir), the checkpoint dir
 * (default: the profile's durable dir, plus the cell name in a sweep) and the secrets dir, with the profile's
 * placeholders (`$HOME`, `~`, `$USER`, `<workspace>`) replaced by what the box reports.
 */




const IDENTIFY = {
    script: 'printf "%s\\n%s\\n%s\\n" "$HOME" "$(id -un 2>/dev/null || whoami)" "${TMPDIR:-/tmp}"',
};
async function identifyBox(host) {
    const res = await host.exec(IDENTIFY, { timeoutMs: 30_000 });
    const [home = '', user = '', tmpdir = '/tmp'] = res.stdout.split('\n');
    // Judged by what was printed: three lines with an absolute $HOME (the exit status adds nothing here).
    if (!home.startsWith('/') || res.stdout.split('\n').length < 4) {
        const why = res.stderr.trim() || res.stdout.trim() || (res.timedOut ? 'timed out' : `exit ${res.code ?? res.signal}`);
        throw new errors/* ConfigurationError */.j1(`${host.label} did not report an absolute $HOME (${why}); set workdir to an absolute path`, 'workdir');
    }
    return { home, user, tmpdir };
}
function resolveOne(path, input, vars, base, local) {
    if (!local && /(^|\/)<workspace>(\/|$)/.test(path)) {
        throw new errors/* ConfigurationError */.j1(`${input} '${path}' uses <workspace>, which exists only on the runner (profile local); give an absolute path on the box`, input);
    }
    const expanded = (0,queries/* expandPath */.aD)(path, vars);
    const left = (0,queries/* placeholdersIn */.Qf)(expanded);
    if (left.length > 0) {
        throw new errors/* ConfigurationError */.j1(`${input} '${path}' holds ${left.map((p) => (/^[a-z-]+$/.test(p) ? `<${p}>` : `$${p}`)).join(', ')}, which tenant cannot fill in; set ${input} to a concrete path`, input);
    }
    const abs = expanded.startsWith('/') ? expanded : external_node_path_.posix.join(base, expanded);
    const norm = external_node_path_.posix.normalize(abs).replace(/\/+$/, '') || '/';
    if (norm === '/')
        throw new errors/* ConfigurationError */.j1(`${input} resolves to / ; choose a directory`, input);
    return norm;
}
function resolveBoxPaths(profile, id, opts) {
    const vars = { HOME: id.home, USER: id.user, TMPDIR: id.tmpdir, workspace: opts.workspace };
    const workdirIn = opts.workdir ?? (0,queries/* codeDir */.ZL)(profile);
    const workdir = resolveOne(workdirIn, opts.workdir ? 'workdir' : `workdir (profile ${profile.id} code dir)`, vars, opts.local ? opts.workspace : id.home, opts.local);
    const slug = cellSlug(opts.cell);
    const ckptIn = opts.checkpointDir ?? (slug ? `${(0,queries/* durableCheckpointDir */.pS)(profile)}/${slug}` : (0,queries/* durableCheckpointDir */.pS)(profile));
    const checkpointDir = resolveOne(ckptIn, opts.checkpointDir ? 'checkpoint-dir' : `checkpoint-dir (profile ${profile.id} durable dir)`, vars, workdir, opts.local);
    return { workdir, checkpointDir, root: workdir, secretsDir: external_node_path_.posix.join(id.home, '.tenant', 'secrets') };
}

;// CONCATENATED MODULE: ../../src/core/launch/follow.ts
/**
 * Following a run's log until the run ends: lines go to a `LogSink` (the workflow log, wrapped so remote text
 * cannot issue workflow commands; or the terminal). The log is read by byte offset, so after a dropped
 * connection a new host is opened and reading resumes at the offset of the last whole line delivered: no line
 * is lost, none is printed twice. Known secrets are replaced by *** before a line leaves this module.
 */


function scrubber(secrets) {
    const list = [...new Set(secrets.flatMap((s) => [s, ...s.split(/\r?\n/)]).filter((s) => s.trim().length >= 3))].sort((a, b) => b.length - a.length);
    if (list.length === 0)
        return (l) => l;
    return (line) => {
        let out = line;
        for (const s of list)
            if (out.includes(s))
                out = out.split(s).join('***');
        return out;
    };
}
function isConnectionLoss(err) {
    if (err instanceof errors/* ConfigurationError */.j1)
        return false;
    if (err instanceof errors/* HostError */.dh)
        return [
            'ECONNLOST',
            'ECLOSED',
            'ECONNRESET',
            'ETIMEDOUT',
            'ECHANNEL',
            'EHANDSHAKE',
            'ECONNREFUSED',
            'EIO',
        ].includes(err.code);
    return false;
}
const sleep = (ms, signal) => new Promise((resolve) => {
    if (signal?.aborted)
        return resolve();
    const t = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(t), resolve()), { once: true });
});
async function followRun(deps, paths, fromOffset = 0) {
    const scrub = scrubber(deps.secrets);
    const last = [];
    let host = deps.host;
    let offset = fromOffset;
    let lines = 0;
    let reconnects = 0;
    let final;
    const max = deps.maxReconnects ?? 8;
    try {
        for (;;) {
            try {
                const h = host;
                const until = async () => {
                    const st = await (0,run_status/* readRunStatus */.qQ)(h, paths);
                    if (st.state === 'exited' || st.state === 'gone')
                        final = { state: st.state, exitCode: st.exitCode };
                    return final !== undefined;
                };
                for await (const { line, offset: next } of h.stream(paths.log, {
                    offset,
                    pollMs: deps.pollMs ?? 500,
                    until,
                    signal: deps.signal,
                })) {
                    const clean = scrub(line.replace(/\r$/, ''));
                    deps.sink.line(clean);
                    last.push(clean);
                    if (last.length > 30)
                        last.shift();
                    lines++;
                    offset = next;
                }
                break;
            }
            catch (err) {
                if (deps.signal?.aborted)
                    break;
                if (!isConnectionLoss(err) || reconnects >= max)
                    throw err;
                reconnects++;
                deps.sink.pause();
                deps.ui.warning(`lost the connection while following ${paths.log} at byte ${offset} (${err.message}); reconnecting (${reconnects}/${max})`);
                await host.close().catch(() => undefined);
                let wait = 500;
                for (;;) {
                    await sleep(wait, deps.signal);
                    if (deps.signal?.aborted)
                        break;
                    try {
                        host = await deps.reopen();
                        break;
                    }
                    catch (e) {
                        if (!isConnectionLoss(e) || reconnects >= max)
                            throw e;
                        reconnects++;
                        deps.ui.warning(`reconnect failed (${e.message}); retrying (${reconnects}/${max})`);
                        wait = Math.min(15_000, wait * 2);
                    }
                }
                if (deps.signal?.aborted)
                    break;
                deps.ui.info(`reconnected to ${host.label}; resuming the log at byte ${offset}`);
            }
        }
    }
    finally {
        deps.sink.pause();
    }
    if (deps.signal?.aborted) {
        return { host, state: 'running', exitCode: null, offset, lines, lastLines: last, reconnects, cancelled: true };
    }
    const st = final ?? (await (0,run_status/* readRunStatus */.qQ)(host, paths));
    return { host, state: st.state, exitCode: st.exitCode, offset, lines, lastLines: last, reconnects, cancelled: false };
}

// EXTERNAL MODULE: ../../src/core/lint/rules/shell-crlf.ts
var shell_crlf = __webpack_require__(7789);
// EXTERNAL MODULE: ../../src/core/lint/source-file.ts
var source_file = __webpack_require__(7265);
// EXTERNAL MODULE: ../../src/core/lint/volatile.ts
var lint_volatile = __webpack_require__(3047);
;// CONCATENATED MODULE: ../../src/core/launch/payload.ts
/**
 * The payload plan: which files go to the box, how many bytes, and whether the lint's `shell/crlf` rule
 * refuses them (a shell script with CRLF line endings fails on the box with `$'\r': command not found`).
 */




const NO_VOLATILE = new lint_volatile/* VolatileMatcher */.VA([]);
/** Larger files are not read for the CRLF check (no shell script is this big). */
const MAX_SCRIPT_BYTES = 4 * 1024 * 1024;
/** Runs the lint's CRLF rule over the payload; `read` returns a file's bytes. */
function planPayload(files, read) {
    const crlf = [];
    const check = shell_crlf/* shellCrlf */.i.text?.check;
    for (const f of files) {
        if (!check)
            break;
        if (f.size > MAX_SCRIPT_BYTES)
            continue;
        const bytes = read(f.path);
        const source = (0,source_file/* makeSourceFile */.AN)(f.path, bytes);
        if (!shell_crlf/* shellCrlf */.i.text?.kinds.includes(source.kind))
            continue;
        const found = check(source, { volatile: NO_VOLATILE });
        if (found[0])
            crlf.push({ path: f.path, message: `${f.path}:${found[0].line}: ${found[0].message}` });
    }
    return { files: [...files], bytes: files.reduce((n, f) => n + f.size, 0), crlf };
}
/** Throws the refusal naming every CRLF script, unless allowed. */
function assertNoCrlf(plan, allowCrlf) {
    if (allowCrlf || plan.crlf.length === 0)
        return;
    const names = plan.crlf.map((c) => c.path);
    throw new errors/* ConfigurationError */.j1(`refusing to push ${names.length} shell script${names.length === 1 ? '' : 's'} with CRLF line endings (${shell_crlf/* shellCrlf */.i.id}): ${names.join(', ')}. ` +
        `bash on the box would fail with "$'\\r': command not found". Convert them (tenant lint --fix) or set allow-crlf: true.`, 'allow-crlf');
}

;// CONCATENATED MODULE: ../../src/core/launch/preflight.ts


/** Bash: print `key<TAB>value` lines for everything the checks need. Builtins where possible: few forks. */
function preflightScript(workdir, checkpointDir) {
    return [
        'set -u',
        'near() { p=$1; while [ ! -e "$p" ] && [ -n "$p" ] && [ "$p" != / ]; do p=${p%/*}; done; printf %s "${p:-/}"; }',
        `w=$(near ${(0,quote/* shellQuote */.Z)(workdir)}); c=$(near ${(0,quote/* shellQuote */.Z)(checkpointDir)})`,
        // One df per figure for both dirs; -P keeps one line per filesystem.
        'k=(); i=()',
        'while read -r _ _ _ a _; do k+=("$a"); done < <(df -Pk -- "$w" "$c" 2>/dev/null | tail -n +2)',
        'while read -r _ _ _ a _; do i+=("$a"); done < <(df -Pi -- "$w" "$c" 2>/dev/null | tail -n +2)',
        'printf \'work\\t%s\\t%s\\t%s\\n\' "$w" "${k[0]:-}" "${i[0]:-}"',
        'printf \'ckpt\\t%s\\t%s\\t%s\\n\' "$c" "${k[1]:-}" "${i[1]:-}"',
        'if command -v nvidia-smi >/dev/null 2>&1; then',
        '  if command -v timeout >/dev/null 2>&1; then to="timeout 30"; else to=; fi',
        '  out=$($to nvidia-smi --query-gpu=name,memory.total,memory.used --format=csv,noheader,nounits 2>&1); rc=$?',
        '  if [ $rc -eq 0 ]; then printf \'gpu\\tok\\n\'; while IFS= read -r l; do [ -n "$l" ] && printf \'gpuline\\t%s\\n\' "$l"; done <<< "$out"',
        "  else printf 'gpu\\terror\\t%s\\n' \"${out%%$'\\n'*}\"; fi",
        "else printf 'gpu\\tmissing\\n'; fi",
        // cgroup v2: the tightest memory.max from our cgroup up to the root; v1: memory.limit_in_bytes.
        'lim=; src=; used=',
        'if [ -f /sys/fs/cgroup/cgroup.controllers ]; then',
        '  cg=; while IFS= read -r l; do case $l in 0::*) cg=${l#0::} ;; esac; done < /proc/self/cgroup',
        '  d=/sys/fs/cgroup${cg%/}',
        '  while :; do',
        '    if [ -r "$d/memory.max" ]; then read -r v < "$d/memory.max"; if [ "$v" != max ] && { [ -z "$lim" ] || [ "$v" -lt "$lim" ]; }; then lim=$v; src=$d/memory.max; fi; fi',
        '    if [ -z "$used" ] && [ -r "$d/memory.current" ]; then read -r used < "$d/memory.current"; fi',
        '    [ "$d" = /sys/fs/cgroup ] && break; d=${d%/*}; case $d in /sys/fs/cgroup*) ;; *) break ;; esac',
        '  done',
        '  [ -n "$src" ] || src="cgroup v2 memory.max (max)"',
        'elif [ -r /sys/fs/cgroup/memory/memory.limit_in_bytes ]; then',
        '  read -r v < /sys/fs/cgroup/memory/memory.limit_in_bytes; src=/sys/fs/cgroup/memory/memory.limit_in_bytes',
        '  if [ ${#v} -lt 19 ]; then lim=$v; fi',
        '  [ -r /sys/fs/cgroup/memory/memory.usage_in_bytes ] && read -r used < /sys/fs/cgroup/memory/memory.usage_in_bytes',
        'else src="no cgroup memory controller"; fi',
        'tot=; while read -r key val _; do if [ "$key" = MemTotal: ]; then tot=$((val*1024)); break; fi; done < /proc/meminfo',
        'printf \'mem\\t%s\\t%s\\t%s\\t%s\\n\' "${lim:-}" "$src" "${used:-}" "${tot:-}"',
        "for t in tmux rsync setsid flock tar; do if command -v $t >/dev/null 2>&1; then printf 'tool\\t%s\\t1\\n' $t; else printf 'tool\\t%s\\t0\\n' $t; fi; done",
    ].join('\n');
}
function preflight_int(text) {
    const t = (text ?? '').trim();
    return /^\d+$/.test(t) ? Number(t) : null;
}
function parsePreflightOutput(stdout) {
    const rows = stdout
        .split('\n')
        .filter((l) => l.includes('\t'))
        .map((l) => l.split('\t'));
    const row = (k) => rows.find((r) => r[0] === k);
    const disk = (k) => {
        const r = row(k);
        const kb = preflight_int(r?.[2]);
        return { measured: r?.[1] ?? '', freeBytes: kb === null ? null : kb * 1024, freeInodes: preflight_int(r?.[3]) };
    };
    const g = row('gpu');
    let gpu;
    if (g?.[1] === 'ok') {
        gpu = {
            state: 'ok',
            gpus: parseGpuCsv(rows
                .filter((r) => r[0] === 'gpuline')
                .map((r) => r.slice(1).join('\t'))
                .join('\n')),
        };
    }
    else if (g?.[1] === 'error')
        gpu = { state: 'error', message: g.slice(2).join('\t').trim() || 'nvidia-smi failed' };
    else
        gpu = { state: 'missing' };
    const m = row('mem');
    const tools = { tmux: false, rsync: false, setsid: false, flock: false, tar: false };
    for (const r of rows.filter((x) => x[0] === 'tool')) {
        const name = r[1];
        if (name in tools)
            tools[name] = r[2] === '1';
    }
    return {
        gpu,
        work: disk('work'),
        checkpoint: disk('ckpt'),
        memory: { limitBytes: preflight_int(m?.[1]), source: m?.[2] ?? '', usedBytes: preflight_int(m?.[3]), totalBytes: preflight_int(m?.[4]) },
        tools,
    };
}
async function measureBox(host, workdir, checkpointDir) {
    const res = await host.exec({ script: preflightScript(workdir, checkpointDir) }, { timeoutMs: 60_000 });
    return parsePreflightOutput(res.stdout);
}
/** `12.3 GiB`, `512 MiB`, `800 B`. */
function formatBytes(n) {
    if (n === null)
        return 'unknown';
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];
    let v = n;
    let i = 0;
    while (v >= 1024 && i < units.length - 1) {
        v /= 1024;
        i++;
    }
    return i === 0 ? `${n} B` : `${v >= 100 ? v.toFixed(0) : v.toFixed(1)} ${units[i]}`;
}
function formatCount(n) {
    return n === null ? 'unknown' : n.toLocaleString('en-US');
}
function floor(id, title, have, min, fmt, input, where) {
    if (have === null)
        return {
            id,
            title,
            status: 'skip',
            measured: 'unknown',
            limit: `≥ ${fmt(min)}`,
            input,
            note: `${where}: df reports no figure`,
        };
    return {
        id,
        title,
        status: have >= min ? 'pass' : 'fail',
        measured: `${fmt(have)} free on ${where}`,
        limit: `≥ ${fmt(min)}`,
        input,
    };
}
function evaluatePreflight(f, limits) {
    const out = [];
    // GPU
    const want = describeExpectGpu(limits.expectGpu);
    if (limits.expectGpu.kind === 'none') {
        out.push({
            id: 'gpu',
            title: 'GPU',
            status: 'skip',
            measured: f.gpu.state === 'ok' ? describeGpus(f.gpu.gpus) : 'not checked',
            limit: want,
            input: 'expect-gpu',
        });
    }
    else if (f.gpu.state === 'error') {
        out.push({
            id: 'gpu',
            title: 'GPU',
            status: 'fail',
            measured: `nvidia-smi failed: ${f.gpu.message}`,
            limit: want,
            input: 'expect-gpu',
        });
    }
    else {
        const gpus = f.gpu.state === 'ok' ? f.gpu.gpus : [];
        const measured = f.gpu.state === 'missing' ? 'no nvidia-smi on the box' : describeGpus(gpus);
        if (gpus.length === 0 && limits.gpuOptional && limits.expectGpu.kind === 'any') {
            out.push({
                id: 'gpu',
                title: 'GPU',
                status: 'skip',
                measured,
                limit: want,
                input: 'expect-gpu',
                note: 'profile local without a GPU: running on the CPU',
            });
        }
        else {
            const why = gpuMismatch(limits.expectGpu, gpus);
            const detail = why && why !== 'no GPU' ? `${measured}: ${why}` : measured;
            out.push({
                id: 'gpu',
                title: 'GPU',
                status: why ? 'fail' : 'pass',
                measured: detail,
                limit: want,
                input: 'expect-gpu',
            });
        }
    }
    // Disk bytes and inodes, work dir and checkpoint dir.
    out.push(floor('disk-work', 'free disk, work dir', f.work.freeBytes, limits.minFreeDiskBytes, formatBytes, 'min-free-disk', f.work.measured));
    out.push(floor('inodes-work', 'free inodes, work dir', f.work.freeInodes, limits.minFreeInodes, formatCount, 'min-free-inodes', f.work.measured));
    out.push(floor('disk-checkpoint', 'free disk, checkpoint dir', f.checkpoint.freeBytes, limits.minFreeDiskBytes, formatBytes, 'min-free-disk', f.checkpoint.measured));
    out.push(floor('inodes-checkpoint', 'free inodes, checkpoint dir', f.checkpoint.freeInodes, limits.minFreeInodes, formatCount, 'min-free-inodes', f.checkpoint.measured));
    // Memory: the cgroup limit, else the machine's RAM.
    const limit = f.memory.limitBytes ?? f.memory.totalBytes;
    const memText = f.memory.limitBytes !== null
        ? `${formatBytes(f.memory.limitBytes)} (${f.memory.source})`
        : `${formatBytes(f.memory.totalBytes)} RAM, no cgroup limit (${f.memory.source})`;
    if (limits.minMemoryBytes === undefined) {
        out.push({
            id: 'memory',
            title: 'memory limit',
            status: 'pass',
            measured: memText,
            limit: 'none set',
            input: 'min-memory',
            note: 'size DataLoader workers against this, not the CPU count',
        });
    }
    else {
        out.push({
            id: 'memory',
            title: 'memory limit',
            status: limit === null ? 'skip' : limit >= limits.minMemoryBytes ? 'pass' : 'fail',
            measured: memText,
            limit: `≥ ${formatBytes(limits.minMemoryBytes)}`,
            input: 'min-memory',
        });
    }
    // Disk budget: checkpoint-size × keep must fit in the checkpoint dir's free bytes.
    if (limits.checkpointSizeBytes !== undefined && limits.keep !== undefined) {
        const need = limits.checkpointSizeBytes * limits.keep;
        const have = f.checkpoint.freeBytes;
        out.push({
            id: 'disk-budget',
            title: 'checkpoint budget',
            status: have === null ? 'skip' : need <= have ? 'pass' : 'fail',
            measured: `${formatBytes(have)} free on ${f.checkpoint.measured}`,
            limit: `≥ ${formatBytes(need)} (${formatBytes(limits.checkpointSizeBytes)} × keep ${limits.keep})`,
            input: 'checkpoint-size, keep',
        });
    }
    return out;
}
/** One line per failed check: `free inodes, work dir: 1,234 free on /data, limit ≥ 10,000 (min-free-inodes)`. */
function describeFailures(checks) {
    return checks
        .filter((c) => c.status === 'fail')
        .map((c) => `${c.title}: ${c.measured}; limit ${c.limit} (${c.input})`);
}

;// CONCATENATED MODULE: ../../src/core/launch/probe.ts


const MARK = '\x1etenant-log';
const CHUNK = 256 * 1024;
const TRACEBACK = /^Traceback \(most recent call last\):/;
function probeScript(paths, offset) {
    const q = quote/* shellQuote */.Z;
    return [
        scripts/* GROUP_ALIVE_FN */.FL,
        `pg=$(cat ${q(paths.pgid)} 2>/dev/null); ex=$(cat ${q(paths.exitCode)} 2>/dev/null); al=0`,
        'if [ -n "$pg" ] && group_alive "$pg"; then al=1; fi',
        `printf 'exit=%s\\nalive=%s\\n' "$ex" "$al"`,
        `printf '${MARK}\\n'`,
        `if [ -f ${q(paths.log)} ]; then tail -c +${Math.max(0, Math.floor(offset)) + 1} -- ${q(paths.log)} | head -c ${CHUNK}; fi`,
    ].join('\n');
}
function parseProbeOutput(stdout) {
    const at = stdout.indexOf(`${MARK}\n`);
    const head = at === -1 ? stdout : stdout.slice(0, at);
    const body = at === -1 ? '' : stdout.slice(at + MARK.length + 1);
    const ex = /^exit=(\d+)$/m.exec(head)?.[1];
    const alive = /^alive=1$/m.test(head);
    const end = body.lastIndexOf('\n');
    const complete = end === -1 ? '' : body.slice(0, end + 1);
    return {
        exitCode: ex === undefined ? null : Number(ex),
        alive,
        lines: complete === ''
            ? []
            : complete
                .slice(0, -1)
                .split('\n')
                .map((l) => l.replace(/\r$/, '')),
        consumed: Buffer.byteLength(complete),
    };
}
async function probeRun(host, paths, options) {
    const now = options.now ?? Date.now;
    const sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    const keep = options.firstLines ?? 20;
    const start = now();
    const deadline = start + options.timeoutMs;
    const first = [];
    const last = [];
    let offset = 0;
    let matched;
    let tracebackAt;
    let seenLine = false;
    let firstLineAt;
    const settleMs = options.settleMs ?? Math.min(3000, options.timeoutMs / 4);
    let pause = 50;
    const done = (ok, outcome, exitCode, reason) => ({
        ok,
        outcome,
        ...(reason !== undefined ? { reason } : {}),
        firstLines: first,
        lastLines: last,
        ...(matched !== undefined ? { matched } : {}),
        exitCode,
        elapsedMs: now() - start,
    });
    for (;;) {
        const res = await host.exec({ script: probeScript(paths, offset) }, { timeoutMs: 30_000 });
        const poll = parseProbeOutput(res.stdout);
        offset += poll.consumed;
        for (const line of poll.lines) {
            if (!seenLine && line.trim() !== '') {
                seenLine = true;
                firstLineAt = now();
            }
            if (first.length < keep)
                first.push(line);
            last.push(line);
            if (last.length > 30)
                last.shift();
            if (tracebackAt === undefined && TRACEBACK.test(line))
                tracebackAt = now();
            if (matched === undefined && options.expectLog?.test(line))
                matched = line;
        }
        const ended = poll.exitCode !== null || !poll.alive;
        if (tracebackAt !== undefined &&
            ((ended && poll.lines.length === 0) || now() - tracebackAt >= (options.tracebackSettleMs ?? 1500))) {
            return done(false, 'traceback', poll.exitCode, 'the log shows a Python traceback');
        }
        if (poll.exitCode !== null && poll.lines.length === 0) {
            if (poll.exitCode !== 0)
                return done(false, 'exited', poll.exitCode, `the run exited with code ${poll.exitCode} during the probe`);
            if (options.expectLog && matched === undefined)
                return done(false, 'no-match', 0, `the run finished (exit 0) without a log line matching expect-log /${options.expectLog.source}/`);
            return done(true, 'finished', 0);
        }
        if (!poll.alive && poll.exitCode === null && poll.lines.length === 0) {
            return done(false, 'gone', null, 'the run ended without an exit code (killed, or the box lost it) during the probe');
        }
        const settled = options.expectLog
            ? matched !== undefined
            : firstLineAt !== undefined && now() - firstLineAt >= settleMs;
        if (poll.alive && seenLine && tracebackAt === undefined && settled)
            return done(true, 'alive', null);
        if (now() >= deadline) {
            const s = Math.round(options.timeoutMs / 100) / 10;
            if (!seenLine)
                return done(false, 'no-output', null, `no log line within ${s}s (is the program's stdout block-buffered? tenant sets PYTHONUNBUFFERED=1; other programs need a flush)`);
            if (!options.expectLog)
                return done(true, 'alive', null);
            return done(false, 'no-match', null, `no log line matched expect-log /${options.expectLog?.source ?? ''}/ within ${s}s`);
        }
        if (poll.lines.length === 0) {
            await sleep(Math.min(pause, Math.max(0, deadline - now())));
            pause = Math.min(500, pause * 2);
        }
    }
}

;// CONCATENATED MODULE: ../../src/core/launch/launch.ts
/**
 * The launch, in the order of the verb model: connect → pre-flight → push → run (start once, or attach) →
 * probe → watch (follow mode). The action and the CLI both call `launch` with their own ports (how to open a
 * host, list and push the payload, and where log lines go). Failures a person must act on (a pre-flight check,
 * CRLF scripts, a failed probe, a non-zero exit) come back in `result.failure` with everything measured so
 * far, so the summary is written either way; connection and programming errors are thrown.
 */













function detachMode(profile) {
    const first = (0,queries/* detachPrimitives */.kJ)(profile).find((p) => p === 'tmux' || p === 'setsid' || p === 'nohup');
    return first === 'tmux' ? 'auto' : 'nohup';
}
function tailScript(paths, n) {
    const log = (0,quote/* shellQuote */.Z)(paths.log);
    return `if [ -f ${log} ]; then sz=$(wc -c < ${log}); printf '%s\\n' "$sz"; head -c "$sz" ${log} | tail -n ${n}; else echo 0; fi`;
}
/** Stops a run the way the profile's platform would: its preemption signal, the grace, then SIGKILL. */
async function stopRun(host, profile, pgid, paths) {
    const pre = (0,queries/* preemption */.Ug)(profile);
    const res = await (0,kill/* killRun */.y)(host, pgid, {
        signal: pre.signal,
        graceMs: pre.graceSeconds * 1000,
        ...(paths ? { paths } : {}),
    });
    return `sent SIG${res.signal} to process group ${pgid}${res.escalated ? `, then SIGKILL after ${pre.graceSeconds}s` : ''}`;
}
async function launch(settings, ports) {
    const { ui } = ports;
    const t0 = Date.now();
    const timings = {};
    const mark = (k, since) => {
        timings[k] = Date.now() - since;
    };
    const profile = (0,loader/* loadProfile */.iH)(settings.connection.profile);
    const local = settings.connection.profile === 'local';
    let host = await ports.openHost();
    mark('connect', t0);
    const result = {
        profile: profile.id,
        hostLabel: host.label,
        hostKeyFingerprint: host.hostKeyFingerprint,
        checks: [],
        state: 'not-started',
        exitCode: null,
        lastLines: [],
        reconnects: 0,
        cancelled: false,
        timings,
    };
    const secrets = Object.values(settings.secrets);
    try {
        // ------------------------------------------------------------------ where
        const id = await identifyBox(host);
        const box = resolveBoxPaths(profile, id, {
            workdir: settings.workdir,
            checkpointDir: settings.checkpointDir,
            cell: settings.cell,
            workspace: settings.workspace,
            local,
        });
        result.boxPaths = box;
        const baseRunId = settings.runId ??
            defaultRunId({
                repository: settings.repository,
                commit: settings.commit,
                command: settings.command,
                workdir: box.workdir,
                cell: settings.cell,
            });
        if (settings.mode === 'attach')
            return await attach(settings, ports, host, box, baseRunId, result);
        // ------------------------------------------------------------------ pre-flight
        let t = Date.now();
        const figures = await measureBox(host, box.workdir, box.checkpointDir);
        result.figures = figures;
        result.checks = evaluatePreflight(figures, {
            expectGpu: settings.expectGpu,
            gpuOptional: local,
            minFreeDiskBytes: settings.minFreeDiskBytes,
            minFreeInodes: settings.minFreeInodes,
            minMemoryBytes: settings.minMemoryBytes,
            checkpointSizeBytes: settings.checkpointSizeBytes,
            keep: settings.keep,
        });
        mark('preflight', t);
        for (const c of result.checks)
            if (c.status === 'skip' && c.note)
                ui.notice(`pre-flight ${c.title}: ${c.note}`);
        const failed = describeFailures(result.checks);
        if (failed.length > 0) {
            result.failure = { kind: 'preflight', message: `pre-flight failed on ${host.label}: ${failed.join('; ')}` };
            return result;
        }
        // ------------------------------------------------------------------ push
        t = Date.now();
        const samePlace = local && box.workdir === settings.workspace.replace(/\/+$/, '');
        if (settings.payload.kind === 'none' || samePlace) {
            result.push = { method: 'skipped', files: 0, bytes: 0, ms: 0, handshakes: 0 };
        }
        else {
            const files = await ports.listPayload(settings.workspace, settings.payload.paths);
            const plan = planPayload(files, (p) => ports.readPayloadFile(settings.workspace, p));
            try {
                assertNoCrlf(plan, settings.payload.allowCrlf);
            }
            catch (e) {
                result.failure = { kind: 'crlf', message: e.message };
                return result;
            }
            if (plan.crlf.length > 0)
                ui.warning(`pushing ${plan.crlf.length} CRLF shell script(s) because allow-crlf is set: ${plan.crlf.map((c) => c.path).join(', ')}`);
            const mk = await host.exec({ argv: ['mkdir', '-p', '--', box.workdir] });
            if (mk.code !== 0)
                throw new errors/* ConfigurationError */.j1(`cannot create workdir ${box.workdir} on ${host.label}: ${mk.stderr.trim()}`, 'workdir');
            result.push = await ports.push({
                host,
                files: plan.files,
                from: settings.workspace,
                to: box.workdir,
                remoteRsync: figures.tools.rsync,
            });
        }
        mark('push', t);
        // ------------------------------------------------------------------ run
        if (ports.signal?.aborted) {
            // Cancelled before anything started: start nothing.
            result.cancelled = true;
            return result;
        }
        t = Date.now();
        const env = {
            PYTHONUNBUFFERED: '1',
            ...settings.env,
            ...settings.secrets,
            TENANT_RUN_ID: baseRunId,
            TENANT_CHECKPOINT_DIR: box.checkpointDir,
            TENANT_WORKDIR: box.workdir,
            ...(settings.cell ? { TENANT_CELL: settings.cell } : {}),
        };
        let started;
        try {
            started = await startOnce(host, {
                root: box.root,
                runId: baseRunId,
                command: { script: settings.command },
                cwd: box.workdir,
                env,
                secretsDir: box.secretsDir,
                detach: detachMode(profile),
                checkpointDir: box.checkpointDir,
                cell: settings.cell,
                sweep: settings.sweep,
            });
        }
        catch (e) {
            if (e instanceof Error && 'claimant' in e) {
                result.failure = { kind: 'claimed', message: e.message };
                return result;
            }
            throw e;
        }
        if (started.kind !== 'started' && started.kind !== 'attached')
            throw new Error(`unexpected launcher answer ${started.kind}`);
        mark('start', t);
        const run = {
            runId: started.paths.runId,
            baseRunId,
            attempt: started.attempt,
            paths: started.paths,
            pgid: started.pgid,
            startedAtMs: started.startedAtMs,
            attached: started.kind === 'attached',
            boxPaths: box,
        };
        result.run = run;
        result.state = 'running';
        ports.onRun?.(run);
        if (run.attached)
            ui.notice(`run ${run.runId} is already running on ${host.label} (pgid ${run.pgid}); attached to it instead of starting a second one`);
        else
            ui.info(`started run ${run.runId} on ${host.label} (pgid ${run.pgid}, ${started.kind === 'started' ? started.detach : ''}); log ${run.paths.log}`);
        // ------------------------------------------------------------------ probe
        t = Date.now();
        // In follow mode the log is watched to the end anyway: the probe only waits for the start.
        const follow = settings.mode === 'follow';
        const probe = await probeRun(host, run.paths, {
            timeoutMs: settings.probeTimeoutMs,
            expectLog: settings.expectLog,
            ...(follow ? { settleMs: 0 } : {}),
        });
        const scrub = scrubber(secrets);
        probe.firstLines = probe.firstLines.map(scrub);
        probe.lastLines = probe.lastLines.map(scrub);
        if (probe.matched !== undefined)
            probe.matched = scrub(probe.matched);
        result.probe = probe;
        mark('probe', t);
        const endedEarly = follow && !probe.ok && probe.exitCode !== null;
        if (!probe.ok && !endedEarly) {
            result.lastLines = probe.lastLines;
            result.exitCode = probe.exitCode;
            result.state = probe.exitCode !== null ? 'exited' : probe.outcome === 'gone' ? 'gone' : 'running';
            if (result.state === 'running' && !run.attached) {
                const how = await stopRun(host, profile, run.pgid, run.paths).catch((e) => `could not stop it: ${e.message}`);
                result.state = 'gone';
                ui.warning(`the probe failed, so the run was stopped: ${how}`);
            }
            result.failure = { kind: 'probe', message: `probe of run ${run.runId} failed: ${probe.reason}` };
            return result;
        }
        if (probe.outcome === 'finished' || endedEarly) {
            result.state = 'exited';
            result.exitCode = probe.exitCode;
            result.lastLines = probe.lastLines;
        }
        // ------------------------------------------------------------------ watch
        if (settings.mode === 'follow' && result.state === 'running') {
            t = Date.now();
            const f = await followRun({
                host,
                reopen: ports.openHost,
                sink: ports.sink,
                ui,
                secrets,
                ...(ports.signal ? { signal: ports.signal } : {}),
            }, run.paths, 0);
            host = f.host;
            mark('follow', t);
            Object.assign(result, {
                state: f.state,
                exitCode: f.exitCode,
                lastLines: f.lastLines,
                reconnects: f.reconnects,
                cancelled: f.cancelled,
            });
            if (!f.cancelled)
                exitFailure(result, run.runId);
        }
        else if (settings.mode === 'follow' && result.state === 'exited') {
            // The run finished during the probe: print its whole log now.
            const f = await followRun({ host, reopen: ports.openHost, sink: ports.sink, ui, secrets }, run.paths, 0);
            host = f.host;
            Object.assign(result, { state: f.state, exitCode: f.exitCode, lastLines: f.lastLines });
            exitFailure(result, run.runId);
        }
        return result;
    }
    finally {
        // A run that has ended needs its secrets no more.
        if (result.run && (result.state === 'exited' || result.state === 'gone'))
            await removeEnvFile(host, result.run.paths).catch(() => undefined);
        timings.total = Date.now() - t0;
        await host.close().catch(() => undefined);
    }
}
function exitFailure(result, runId) {
    if (result.state === 'exited' && result.exitCode !== 0) {
        result.failure = { kind: 'exit', message: `run ${runId} exited with code ${result.exitCode}` };
    }
    else if (result.state === 'gone') {
        result.failure = { kind: 'exit', message: `run ${runId} ended without an exit code (killed, or the box lost it)` };
    }
}
async function attach(settings, ports, first, box, baseRunId, result) {
    let host = first;
    const found = await startOnce(host, {
        root: box.root,
        runId: baseRunId,
        command: { script: settings.command },
        cwd: box.workdir,
        secretsDir: box.secretsDir,
        want: 'attach',
    });
    if (found.kind === 'none') {
        result.failure = {
            kind: 'not-found',
            message: `no run ${baseRunId} under ${box.root}/.tenant/runs on ${host.label}; check run-id and workdir`,
        };
        return result;
    }
    const paths = found.paths;
    const status = await (0,run_status/* readRunStatus */.qQ)(host, paths);
    const run = {
        runId: paths.runId,
        baseRunId,
        attempt: found.attempt,
        paths,
        pgid: status.pgid ?? 0,
        startedAtMs: status.startedAtMs ?? 0,
        attached: true,
        boxPaths: box,
    };
    result.run = run;
    ports.onRun?.(run);
    const tail = await host.exec({ script: tailScript(paths, 20) });
    const [size = '0', ...lines] = tail.stdout.replace(/\n$/, '').split('\n');
    const scrub = scrubber(Object.values(settings.secrets));
    const secrets = Object.values(settings.secrets);
    result.tail = lines.map(scrub);
    for (const l of result.tail)
        ports.sink.line(l);
    ports.sink.pause();
    if (found.kind === 'ended') {
        Object.assign(result, {
            state: status.state === 'exited' ? 'exited' : 'gone',
            exitCode: status.exitCode,
            lastLines: result.tail,
        });
        ports.ui.info(`run ${paths.runId} already ended (${status.state}${status.exitCode !== null ? `, exit ${status.exitCode}` : ''})`);
        exitFailure(result, paths.runId);
        return result;
    }
    result.state = 'running';
    ports.ui.info(`attached to run ${paths.runId} on ${host.label} (pgid ${run.pgid}); following its log`);
    const f = await followRun({
        host,
        reopen: ports.openHost,
        sink: ports.sink,
        ui: ports.ui,
        secrets,
        ...(ports.signal ? { signal: ports.signal } : {}),
    }, paths, Number(size) || 0);
    host = f.host;
    Object.assign(result, {
        state: f.state,
        exitCode: f.exitCode,
        lastLines: f.lastLines.length ? f.lastLines : result.tail,
        reconnects: f.reconnects,
        cancelled: f.cancelled,
    });
    if (!f.cancelled)
        exitFailure(result, paths.runId);
    if (host !== first)
        await host.close().catch(() => undefined);
    return result;
}

;// CONCATENATED MODULE: ../../src/core/launch/settings.ts
const LAUNCH_MODES = ['detach', 'follow', 'attach'];
/**
 * Built-in pre-flight floors. Profiles carry no disk floors yet (profiles-facts.md lists inode caps only as
 * notes), so these apply to every profile unless the input sets them.
 */
const PREFLIGHT_DEFAULTS = {
    minFreeDiskBytes: 1024 ** 3,
    minFreeInodes: 10_000,
};
const DEFAULT_PROBE_TIMEOUT_MS = 60_000;

// EXTERNAL MODULE: ../../src/core/launch/values.ts
var values = __webpack_require__(8671);
// EXTERNAL MODULE: ../../src/cli/command.ts
var command = __webpack_require__(9625);
// EXTERNAL MODULE: ../../src/cli/connection-flags.ts + 2 modules
var connection_flags = __webpack_require__(2645);
;// CONCATENATED MODULE: ../../src/cli/commands/launch.ts
/**
 * `tenant launch [options] -- COMMAND...`: the launch action's core from a terminal. Secrets never go on the
 * command line: `--secret NAME` reads the value of the local environment variable NAME.
 * Exit status: 0 (started and probed, or followed to exit 0), the run's own exit code in follow/attach mode,
 * 1 for a failed pre-flight, probe or launch, 2 for a usage or configuration error, 130 when interrupted.
 */


















const USAGE = `Usage: tenant launch [options] -- COMMAND [ARG...]
       tenant launch --mode attach --run-id ID [connection options]

Pre-flight the box (GPU, free bytes and inodes, memory limit, checkpoint budget), push the files git tracks
with rsync over the pinned host key, start COMMAND detached exactly once per run id (bash, in the work dir),
probe it, and in follow mode stream its log until it ends.

Run options:
  --mode MODE             detach (default: return after the probe), follow (stream the log, exit with the
                          run's code) or attach (follow a run started earlier, by --run-id)
  --workdir DIR           work dir on the box (default: the profile's code dir)
  --checkpoint-dir DIR    checkpoint dir, exported as TENANT_CHECKPOINT_DIR (default: the profile's durable dir)
  --run-id ID             run id (default: hash of repository, commit, command, work dir and cell)
  --env KEY=VALUE         a variable for the run (repeatable)
  --env-file FILE         KEY=VALUE lines for the run
  --secret NAME           pass the local environment variable NAME as a secret (repeatable)
  --expect-log REGEX      a log line must match within the probe timeout
  --probe-timeout SECONDS default ${DEFAULT_PROBE_TIMEOUT_MS / 1000}
  --stop-on-cancel        on Ctrl-C while following, stop the run (profile's signal, grace, then SIGKILL)
  --expect-gpu SPEC       '' (at least one), N, NAME, 'Nx NAME' or none
  --min-free-disk SIZE    default ${formatBytes(PREFLIGHT_DEFAULTS.minFreeDiskBytes)}
  --min-free-inodes N     default ${PREFLIGHT_DEFAULTS.minFreeInodes}
  --min-memory SIZE       fail below this memory limit
  --checkpoint-size SIZE  with --keep: checkpoint-size × keep must fit in the checkpoint dir
  --keep N
  --payload PATHS         git (default), none, or paths inside the repository (comma-separated)
  --allow-crlf            push CRLF shell scripts anyway
  --cell NAME             sweep cell: its own run and checkpoint dir
  --sweep ID              sweep id: two cells of it may not share a checkpoint dir

${connection_flags/* CONNECTION_FLAGS_USAGE */.Ph}`;
const OPTIONS = {
    ...connection_flags/* CONNECTION_FLAG_OPTIONS */.rt,
    mode: { type: 'string' },
    workdir: { type: 'string' },
    'checkpoint-dir': { type: 'string' },
    'run-id': { type: 'string' },
    env: { type: 'string', multiple: true },
    'env-file': { type: 'string' },
    secret: { type: 'string', multiple: true },
    'expect-log': { type: 'string' },
    'probe-timeout': { type: 'string' },
    'stop-on-cancel': { type: 'boolean' },
    'expect-gpu': { type: 'string' },
    'min-free-disk': { type: 'string' },
    'min-free-inodes': { type: 'string' },
    'min-memory': { type: 'string' },
    'checkpoint-size': { type: 'string' },
    keep: { type: 'string' },
    payload: { type: 'string' },
    'allow-crlf': { type: 'boolean' },
    cell: { type: 'string' },
    sweep: { type: 'string' },
};
function str(values, name) {
    const v = values[name];
    return typeof v === 'string' && v.trim() !== '' ? v : undefined;
}
function launchSettingsFromArgs(argv, ctx) {
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
    }
    catch (e) {
        throw new errors/* ConfigurationError */.j1(`${e.message}; see tenant launch --help`, 'arguments');
    }
    const v = parsed.values;
    const connection = (0,connection_flags/* connectionSettingsFromFlags */.Ty)(v, { env: ctx.env, ui: ctx.ui });
    const modeIn = str(v, 'mode') ?? 'detach';
    if (!LAUNCH_MODES.includes(modeIn))
        throw new errors/* ConfigurationError */.j1(`--mode must be one of ${LAUNCH_MODES.join(', ')}, got '${modeIn}'`, '--mode');
    const mode = modeIn;
    const pos = parsed.positionals;
    const command = pos.length === 1 ? pos[0] : pos.length > 1 ? (0,quote/* shellJoin */.n)(pos) : '';
    const runIdIn = str(v, 'run-id');
    if (mode !== 'attach' && command === '')
        throw new errors/* ConfigurationError */.j1('give the command to run after --, e.g. tenant launch -- python train.py', 'COMMAND');
    if (mode === 'attach' && !runIdIn && command === '')
        throw new errors/* ConfigurationError */.j1('--mode attach needs --run-id', '--run-id');
    const secrets = {};
    for (const name of v.secret ?? []) {
        const value = ctx.env[name];
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) || value === undefined || value === '') {
            throw new errors/* ConfigurationError */.j1(`--secret ${name}: set the environment variable ${name} (its value is the secret; it never goes on the command line)`, '--secret');
        }
        ctx.ui.mask(value);
        secrets[name] = value;
    }
    const envFile = str(v, 'env-file');
    const env = {
        ...(envFile ? (0,values/* parseVariables */.rf)((0,external_node_fs_.readFileSync)(envFile, 'utf8'), `--env-file ${envFile}`) : {}),
        ...(0,values/* parseVariables */.rf)((v.env ?? []).join('\n'), '--env'),
    };
    const size = (name) => str(v, name) ? (0,values/* parseSize */.DB)(str(v, name), `--${name}`) : undefined;
    const checkpointSizeBytes = size('checkpoint-size');
    const keep = str(v, 'keep') ? (0,values/* parsePositiveInt */.EJ)(str(v, 'keep'), '--keep') : undefined;
    if ((checkpointSizeBytes === undefined) !== (keep === undefined))
        throw new errors/* ConfigurationError */.j1('--checkpoint-size and --keep go together', '--keep');
    const id = gitIdentity(ctx.cwd);
    const cell = str(v, 'cell') ?? '';
    return {
        connection,
        mode,
        command,
        workdir: str(v, 'workdir'),
        checkpointDir: str(v, 'checkpoint-dir'),
        runId: runIdIn ? parseRunId(runIdIn, '--run-id') : undefined,
        env,
        secrets,
        expectLog: (0,values/* compileExpectLog */.xp)(str(v, 'expect-log') ?? '', '--expect-log'),
        probeTimeoutMs: str(v, 'probe-timeout')
            ? (0,values/* parseSeconds */.fL)(str(v, 'probe-timeout'), '--probe-timeout', 3600)
            : DEFAULT_PROBE_TIMEOUT_MS,
        stopOnCancel: v['stop-on-cancel'] === true,
        expectGpu: parseExpectGpu(str(v, 'expect-gpu') ?? '', '--expect-gpu'),
        minFreeDiskBytes: size('min-free-disk') ?? PREFLIGHT_DEFAULTS.minFreeDiskBytes,
        minFreeInodes: str(v, 'min-free-inodes')
            ? (0,values/* parseCount */.zq)(str(v, 'min-free-inodes'), '--min-free-inodes')
            : PREFLIGHT_DEFAULTS.minFreeInodes,
        minMemoryBytes: size('min-memory'),
        checkpointSizeBytes,
        keep,
        payload: { ...(0,values/* parsePayload */.ex)(str(v, 'payload') ?? ''), allowCrlf: v['allow-crlf'] === true },
        cell,
        sweep: str(v, 'sweep') ?? '',
        workspace: ctx.cwd,
        repository: id.repository,
        commit: id.commit,
    };
}
function report(r) {
    const lines = [];
    for (const c of r.checks)
        lines.push(`  ${c.status === 'pass' ? 'ok  ' : c.status === 'fail' ? 'FAIL' : 'skip'}  ${c.title}: ${c.measured} (limit ${c.limit})`);
    if (r.push && r.push.method !== 'skipped')
        lines.push(`  pushed ${r.push.files} files (${formatBytes(r.push.bytes)}) by ${r.push.method} in ${(r.push.ms / 1000).toFixed(2)} s`);
    if (r.run) {
        lines.push(`  run ${r.run.runId}${r.run.attached ? ' (attached: it was already running)' : ''}, pgid ${r.run.pgid}`);
        lines.push(`  log ${r.run.paths.log}`);
    }
    if (r.probe)
        lines.push(`  probe: ${r.probe.ok ? r.probe.outcome : r.probe.reason} (${(r.probe.elapsedMs / 1000).toFixed(1)} s)`);
    lines.push(`  state ${r.state}${r.exitCode !== null ? `, exit ${r.exitCode}` : ''}`);
    if (r.failure)
        lines.push(`  failed: ${r.failure.message}`, ...r.lastLines.slice(-10).map((l) => `  | ${l}`));
    return lines.join('\n') + '\n';
}
const launchCommand = {
    name: 'launch',
    summary: 'pre-flight a box, push the repository, start a training detached once, probe it (and follow it)',
    usage: USAGE,
    async run(argv, ctx) {
        const settings = launchSettingsFromArgs(argv, ctx);
        const cancel = new AbortController();
        const onSigint = () => cancel.abort();
        process.once('SIGINT', onSigint);
        const sink = new TerminalLogSink(ctx.json ? (t) => void process.stderr.write(t) : ctx.stdout);
        let result;
        try {
            result = await launch(settings, {
                ui: ctx.ui,
                sink,
                openHost: () => (0,open_host/* openHost */.Z)(settings.connection, ctx.ui),
                listPayload: listTrackedFiles,
                readPayloadFile: readWorkspaceFile,
                push: makePusher({ settings: settings.connection }),
                signal: cancel.signal,
            });
        }
        finally {
            process.removeListener('SIGINT', onSigint);
        }
        if (result.cancelled && result.run) {
            if (settings.stopOnCancel) {
                const host = await (0,open_host/* openHost */.Z)(settings.connection, ctx.ui);
                try {
                    ctx.ui.info(`stopping run ${result.run.runId}: ${await stopRun(host, (0,loader/* loadProfile */.iH)(settings.connection.profile), result.run.pgid, result.run.paths)}`);
                }
                finally {
                    await host.close();
                }
            }
            else {
                ctx.ui.info(`run ${result.run.runId} keeps running; follow it again with: tenant launch --mode attach --run-id ${result.run.runId}`);
            }
        }
        if (ctx.json) {
            const { figures: _f, ...rest } = result;
            ctx.stdout(JSON.stringify(rest, null, 2) + '\n');
        }
        else
            ctx.ui.info(report(result).trimEnd());
        if (result.cancelled)
            return 130;
        if (result.failure)
            return result.failure.kind === 'exit' && result.exitCode ? result.exitCode : command/* EXIT */.d.failed;
        return command/* EXIT */.d.ok;
    },
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

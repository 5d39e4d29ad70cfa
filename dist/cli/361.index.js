export const id = 361;
export const ids = [361];
export const modules = {

/***/ 9749:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Z: () => (/* binding */ openHost)
});

// UNUSED EXPORTS: LOCAL_PROFILE

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ../../src/core/errors.ts
var errors = __webpack_require__(7322);
// EXTERNAL MODULE: ../../src/core/host/line-splitter.ts
var line_splitter = __webpack_require__(2710);
;// CONCATENATED MODULE: ../../src/core/host/follow.ts
/**
 * `Host.stream` written once for both hosts: follows a file by byte offset through a small reader interface
 * (local fs or SFTP) and yields whole lines. The file may not exist yet (a log the run creates a moment
 * later): it is polled until it appears. At end of file `until()` is asked whether the writer is done; if so
 * the file is drained one last time and a final line without `\n` is yielded too.
 */


const DEFAULT_POLL_MS = 250;
const CHUNK = 256 * 1024;
function sleep(ms, signal) {
    return new Promise((resolve) => {
        if (signal?.aborted)
            return resolve();
        const onAbort = () => {
            clearTimeout(timer);
            resolve();
        };
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}
async function* followLines(path, reader, options = {}) {
    const splitter = new line_splitter/* LineSplitter */.g(options.offset ?? 0);
    const pollMs = options.pollMs ?? DEFAULT_POLL_MS;
    const signal = options.signal;
    try {
        let finishing = false;
        for (;;) {
            if (signal?.aborted)
                return;
            const data = await reader.read(splitter.readOffset, CHUNK);
            if (data !== 'missing' && data.length > 0) {
                for (const line of splitter.push(data)) {
                    yield line;
                    if (signal?.aborted)
                        return;
                }
                continue;
            }
            if (finishing) {
                const last = splitter.finish();
                if (last)
                    yield last;
                return;
            }
            if (data !== 'missing') {
                const size = await reader.size();
                if (size !== undefined && size < splitter.readOffset) {
                    throw new errors/* HostError */.dh('ETRUNCATED', `${path} is shorter (${size} bytes) than the offset being followed (${splitter.readOffset}); it was truncated or replaced`);
                }
            }
            if (options.until && (await options.until())) {
                // One more pass: bytes written between our last read and the writer finishing are still delivered.
                finishing = true;
                continue;
            }
            await sleep(pollMs, signal);
        }
    }
    finally {
        await reader.close().catch(() => undefined);
    }
}

;// CONCATENATED MODULE: ../../src/core/host/marker-scanner.ts
/**
 * Finds one marker line (`PREFIX value\n`) in a byte stream that arrives in arbitrary chunks, passing every
 * other byte through. Bytes that might be the start of a marker split across chunks are held back until the
 * next chunk decides. Used to strip the process-group marker from stderr and the end-of-command markers of
 * the persistent shell. The prefix carries a random nonce, so a command's own output cannot imitate it.
 */
class MarkerScanner {
    after;
    maxValue;
    needle;
    pending = Buffer.alloc(0);
    done = false;
    /** The text between the prefix and the newline, once found. */
    value;
    /**
     * @param prefix the marker up to its value
     * @param after what happens to bytes after the marker: passed through (`pass`) or dropped (`drop`)
     * @param maxValue longest value accepted; a longer "marker" is treated as ordinary bytes
     */
    constructor(prefix, after = 'pass', maxValue = 32) {
        this.after = after;
        this.maxValue = maxValue;
        this.needle = Buffer.from(prefix, 'latin1');
    }
    get found() {
        return this.value !== undefined;
    }
    /** Feeds a chunk; returns the bytes that are not part of the marker. */
    push(chunk) {
        if (this.done)
            return this.after === 'pass' ? chunk : Buffer.alloc(0);
        this.pending = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
        const at = this.pending.indexOf(this.needle);
        if (at !== -1) {
            const nl = this.pending.indexOf(0x0a, at + this.needle.length);
            if (nl === -1) {
                if (this.pending.length - at > this.needle.length + this.maxValue)
                    return this.giveUp();
                const before = Buffer.from(this.pending.subarray(0, at));
                this.pending = Buffer.from(this.pending.subarray(at));
                return before;
            }
            this.value = this.pending.subarray(at + this.needle.length, nl).toString('latin1');
            const before = this.pending.subarray(0, at);
            const rest = this.pending.subarray(nl + 1);
            this.pending = Buffer.alloc(0);
            this.done = true;
            return this.after === 'pass' ? Buffer.concat([before, rest]) : Buffer.from(before);
        }
        // Hold back only the longest tail that could still become the marker.
        const start = Math.max(0, this.pending.length - (this.needle.length - 1));
        let cut = this.pending.length;
        for (let i = start; i < this.pending.length; i++) {
            const tail = this.pending.subarray(i);
            if (tail.equals(this.needle.subarray(0, tail.length))) {
                cut = i;
                break;
            }
        }
        const out = Buffer.from(this.pending.subarray(0, cut));
        this.pending = Buffer.from(this.pending.subarray(cut));
        return out;
    }
    /** End of stream: whatever is still held back was ordinary bytes. */
    flush() {
        const out = this.pending;
        this.pending = Buffer.alloc(0);
        return out;
    }
    giveUp() {
        this.done = true;
        const out = this.flush();
        return this.after === 'pass' ? out : Buffer.alloc(0);
    }
}

// EXTERNAL MODULE: ../../src/core/host/quote.ts
var quote = __webpack_require__(5684);
;// CONCATENATED MODULE: ../../src/core/host/remote-command.ts


/** Longest command line sent as is: below Linux's 128 KiB single-argument limit (MAX_ARG_STRLEN). */
const MAX_COMMAND_LINE_BYTES = 100_000;
const EXEC_MARKER_PREFIX = '\x1etenant-exec:';
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
function assertEnv(env) {
    for (const name of Object.keys(env ?? {})) {
        if (!ENV_NAME.test(name))
            throw new TypeError(`invalid environment variable name ${JSON.stringify(name)}`);
    }
}
/** Validates argv[0] the way both hosts need it: non-empty and not option-like. */
function assertArgv(argv) {
    if (argv.length === 0)
        throw new TypeError('empty argv');
    const first = argv[0] ?? '';
    if (first === '' || first.startsWith('-')) {
        throw new TypeError(`argv[0] must name a program, got ${JSON.stringify(first)}`);
    }
}
/** The body the login shell evaluates: optional script fd, cd, marker, exports, exec. */
function commandBody(final, nonce, options, scriptPath) {
    const parts = [];
    if (scriptPath !== undefined) {
        const q = (0,quote/* shellQuote */.Z)(scriptPath);
        parts.push(`{ exec 9<${q} && rm -f -- ${q}; } || exit 126`);
    }
    if (options.cwd !== undefined) {
        parts.push(`cd -- ${(0,quote/* shellQuote */.Z)(options.cwd)} 2>/dev/null || { printf '\\036tenant-exec:%s:nocwd\\n' ${nonce} >&2; exit 1; }`);
    }
    parts.push(`printf '\\036tenant-exec:%s:%s\\n' ${nonce} "$$" >&2`);
    for (const [name, value] of Object.entries(options.env ?? {}))
        parts.push(`export ${name}=${(0,quote/* shellQuote */.Z)(value)}`);
    parts.push(final);
    return parts.join('\n');
}
/** Wraps the body so it runs as its own process-group leader. */
function wrap(inner) {
    return [
        `W=${(0,quote/* shellQuote */.Z)(inner)}`,
        '{ read -r _ _ _ _ _tp _ < /proc/$$/stat; } 2>/dev/null',
        'if [ "${_tp:-$$}" != "$$" ] && command -v setsid >/dev/null 2>&1; then exec setsid /bin/sh -c "$W"; fi',
        'eval "$W"',
    ].join('; ');
}
/**
 * What the body finally runs (`exec ARGV` or `exec bash -c SCRIPT`), after validating the command.
 * Throws TypeError for an empty or option-like argv[0] and for NUL bytes.
 */
function finalCommand(command) {
    if ('argv' in command) {
        assertArgv(command.argv);
        return `exec ${command.argv.map(quote/* shellQuote */.Z).join(' ')}`;
    }
    if (command.script.includes('\0'))
        throw new TypeError('a script cannot contain a NUL byte');
    return `exec bash -c ${(0,quote/* shellQuote */.Z)(command.script)}`;
}
/**
 * Plans the remote command line. `nonce` is a fresh random token (hex) per exec: the marker carries it so
 * output of the command can never be mistaken for the marker.
 */
function planRemoteCommand(command, options, nonce) {
    assertNonce(nonce);
    assertEnv(options.env);
    const final = finalCommand(command);
    const line = wrap(commandBody(final, nonce, options));
    if (Buffer.byteLength(line) <= MAX_COMMAND_LINE_BYTES)
        return { line };
    if ('argv' in command) {
        throw new RangeError(`command line of ${Buffer.byteLength(line)} bytes is too long for one remote exec; pass large data on stdin or as a script`);
    }
    const path = `.tenant-exec-${nonce}.sh`;
    return {
        line: wrap(commandBody('exec bash /dev/fd/9', nonce, options, path)),
        upload: { path, content: command.script },
    };
}
function assertNonce(nonce) {
    if (!/^[0-9a-f]{8,64}$/.test(nonce))
        throw new TypeError('nonce must be hex');
}
/**
 * Strips the marker line from a command's stderr. Bytes before it (the user's rc files may print) and after
 * it are passed through untouched.
 */
class ExecMarkerScanner {
    scanner;
    constructor(nonce) {
        this.scanner = new MarkerScanner(`${EXEC_MARKER_PREFIX}${nonce}:`, 'pass');
    }
    get found() {
        return this.scanner.found;
    }
    get marker() {
        const v = this.scanner.value;
        if (v === 'nocwd')
            return { kind: 'nocwd' };
        if (v !== undefined && /^[0-9]+$/.test(v))
            return { kind: 'pgid', pgid: Number(v) };
        return undefined;
    }
    /** Feeds a stderr chunk; returns the bytes that are real stderr. */
    push(chunk) {
        return this.scanner.push(chunk);
    }
    /** End of stderr: whatever is still held back is real stderr. */
    flush() {
        return this.scanner.flush();
    }
}

// EXTERNAL MODULE: ../../src/core/host/signal-name.ts
var signal_name = __webpack_require__(9312);
;// CONCATENATED MODULE: ../../src/adapters/local-host.ts
/**
 * `LocalHost`: the Host port on this machine (the `local` profile: a self-hosted GPU runner, or the demo).
 * Same semantics as `SshHost`: every command runs through bash in its own process group (a detached spawn
 * calls setsid), so a timeout or `killGroup` reaches every descendant; writes are atomic; stream follows a
 * file by byte offset.
 */










const DEFAULT_FILE_MODE = 0o644;
const local_host_ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
function errnoOf(err) {
    return typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : undefined;
}
function fileError(op, path, err) {
    const code = errnoOf(err) ?? 'EIO';
    const what = code === 'ENOENT' ? 'no such file or directory' : code === 'ENOTDIR' ? 'not a directory' : String(err);
    return new errors/* HostError */.dh(code, `${op} ${path}: ${what}`, { cause: err });
}
function typeOf(s) {
    if (s.isSymbolicLink())
        return 'symlink';
    if (s.isFile())
        return 'file';
    if (s.isDirectory())
        return 'dir';
    return 'other';
}
class LocalHost {
    kind = 'local';
    label = 'local';
    closed = false;
    async exec(command, options = {}) {
        this.assertOpen();
        for (const name of Object.keys(options.env ?? {})) {
            if (!local_host_ENV_NAME.test(name))
                throw new TypeError(`invalid environment variable name ${JSON.stringify(name)}`);
        }
        if (options.cwd !== undefined) {
            const st = await (0,promises_.stat)(options.cwd).catch(() => undefined);
            if (!st?.isDirectory())
                throw new errors/* HostError */.dh('ENOENT', `working directory ${options.cwd} does not exist on local`);
        }
        let args;
        let scriptFd;
        if ('argv' in command) {
            assertArgv(command.argv);
            for (const a of command.argv)
                if (a.includes('\0'))
                    throw new TypeError('a shell argument cannot contain a NUL byte');
            args = ['-c', 'exec "$@"', 'bash', ...command.argv];
        }
        else if (Buffer.byteLength(command.script) <= MAX_COMMAND_LINE_BYTES) {
            if (command.script.includes('\0'))
                throw new TypeError('a script cannot contain a NUL byte');
            args = ['-c', command.script];
        }
        else {
            // Too long for one argument: hand bash the script through fd 3 (an unlinked temp file).
            const path = (0,external_node_path_.join)((0,external_node_os_.tmpdir)(), `.tenant-exec-${(0,external_node_crypto_.randomBytes)(8).toString('hex')}.sh`);
            scriptFd = await (0,promises_.open)(path, 'wx', 0o600);
            await (0,promises_.unlink)(path);
            await scriptFd.writeFile(command.script);
            args = ['/dev/fd/3'];
        }
        try {
            return await this.spawnBash(args, options, scriptFd);
        }
        finally {
            await scriptFd?.close();
        }
    }
    spawnBash(args, options, scriptFd) {
        return new Promise((resolve, reject) => {
            // --norc: Debian's bash sources ~/.bashrc when its stdin is a socket and SHLVL is unset (it takes
            // itself for an rsh-started shell); Node's stdio pipes are sockets, so without it every exec would pay
            // for the user's rc files (pyenv/conda init: 1-2 s here).
            const child = (0,external_node_child_process_.spawn)('bash', ['--norc', '--noprofile', ...args], {
                cwd: options.cwd,
                env: { ...process.env, ...options.env },
                detached: true,
                stdio: scriptFd ? ['pipe', 'pipe', 'pipe', scriptFd.fd] : ['pipe', 'pipe', 'pipe'],
            });
            const out = [];
            const err = [];
            let timedOut = false;
            let timer;
            const killGroup = () => {
                if (child.pid === undefined)
                    return;
                try {
                    process.kill(-child.pid, 'SIGKILL');
                }
                catch {
                    // already gone
                }
            };
            child.stdout?.on('data', (d) => {
                out.push(d);
                options.onStdout?.(d);
            });
            child.stderr?.on('data', (d) => {
                err.push(d);
                options.onStderr?.(d);
            });
            child.stdin?.on('error', () => undefined); // EPIPE when the command does not read its stdin
            child.on('error', (e) => {
                clearTimeout(timer);
                reject(new errors/* HostError */.dh(errnoOf(e) ?? 'ESPAWN', `could not start bash on local: ${e.message}`, { cause: e }));
            });
            child.on('close', (code, signal) => {
                clearTimeout(timer);
                resolve({
                    code: timedOut ? null : code,
                    signal: timedOut ? 'KILL' : signal ? signal.replace(/^SIG/, '') : null,
                    stdout: Buffer.concat(out).toString('utf8'),
                    stderr: Buffer.concat(err).toString('utf8'),
                    timedOut,
                });
            });
            if (options.timeoutMs !== undefined) {
                timer = setTimeout(() => {
                    timedOut = true;
                    killGroup();
                }, options.timeoutMs);
            }
            if (options.stdin !== undefined)
                child.stdin?.end(Buffer.from(options.stdin));
            else
                child.stdin?.end();
        });
    }
    stream(path, options = {}) {
        this.assertOpen();
        let fh;
        const reader = {
            read: async (position, length) => {
                if (!fh) {
                    try {
                        fh = await (0,promises_.open)(path, external_node_fs_.constants.O_RDONLY);
                    }
                    catch (e) {
                        if (errnoOf(e) === 'ENOENT')
                            return 'missing';
                        throw fileError('stream', path, e);
                    }
                }
                const buf = Buffer.allocUnsafe(length);
                const { bytesRead } = await fh.read(buf, 0, length, position);
                return buf.subarray(0, bytesRead);
            },
            size: async () => (fh ? (await fh.stat()).size : undefined),
            close: async () => {
                await fh?.close();
                fh = undefined;
            },
        };
        return followLines(path, reader, options);
    }
    async readFile(path) {
        this.assertOpen();
        try {
            return await (0,promises_.readFile)(path);
        }
        catch (e) {
            throw fileError('read', path, e);
        }
    }
    async writeFile(path, data, options = {}) {
        this.assertOpen();
        const mode = options.mode ?? DEFAULT_FILE_MODE;
        const dir = (0,external_node_path_.dirname)(path);
        const tmp = (0,external_node_path_.join)(dir, `.${(0,external_node_path_.basename)(path)}.tenant-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
        let fh;
        try {
            fh = await (0,promises_.open)(tmp, 'wx', mode & 0o777);
            await fh.writeFile(data);
            await fh.chmod(mode);
            await fh.sync();
            await fh.close();
            fh = undefined;
            await (0,promises_.rename)(tmp, path);
        }
        catch (e) {
            await fh?.close().catch(() => undefined);
            await (0,promises_.unlink)(tmp).catch(() => undefined);
            throw fileError('write', path, e);
        }
        // Make the rename itself durable (best effort: not every filesystem lets a directory be fsynced).
        const dh = await (0,promises_.open)(dir, external_node_fs_.constants.O_RDONLY).catch(() => undefined);
        await dh?.sync().catch(() => undefined);
        await dh?.close();
    }
    async stat(path) {
        this.assertOpen();
        try {
            const s = await (0,promises_.lstat)(path);
            return { path, type: typeOf(s), size: s.size, mtimeMs: s.mtimeMs, mode: s.mode & 0o7777 };
        }
        catch (e) {
            if (errnoOf(e) === 'ENOENT' || errnoOf(e) === 'ENOTDIR')
                return null;
            throw fileError('stat', path, e);
        }
    }
    async list(path) {
        this.assertOpen();
        try {
            return (await (0,promises_.readdir)(path)).sort();
        }
        catch (e) {
            throw fileError('list', path, e);
        }
    }
    async killGroup(pgid, signal) {
        this.assertOpen();
        (0,signal_name/* assertPgid */.v0)(pgid);
        const sig = (0,signal_name/* normalizeSignal */.Ib)(signal);
        try {
            process.kill(-pgid, `SIG${sig}`);
            return true;
        }
        catch (e) {
            if (errnoOf(e) === 'ESRCH')
                return false;
            throw new errors/* HostError */.dh(errnoOf(e) ?? 'EKILL', `kill -${sig} process group ${pgid} on local: ${String(e)}`, {
                cause: e,
            });
        }
    }
    async close() {
        this.closed = true;
    }
    assertOpen() {
        if (this.closed)
            throw new errors/* HostError */.dh('ECLOSED', 'local host is closed');
    }
}

// EXTERNAL MODULE: ../../src/core/host/host-key.ts
var host_key = __webpack_require__(6190);
;// CONCATENATED MODULE: ../../src/core/host/shell-session.ts


/** The exec request that starts the shell (the login shell has read its rc files once, by then). */
const SHELL_START_LINE = 'exec bash --noprofile --norc -s';
const SHELL_END_PREFIX = '\x1etenant-end:';
const SHELL_READY_PREFIX = '\x1etenant-shell-ready:';
/** First text written to the shell: refuse to serve without setsid, then say ready. */
function shellHandshake(nonce) {
    assertNonce(nonce);
    return `command -v setsid >/dev/null 2>&1 || exit 97\nprintf '\\036tenant-shell-ready:%s\\n' ${nonce}\n`;
}
/** The text for one command, or undefined when it must take the plain exec path (stdin, or too long). */
function planShellCommand(command, options, nonce) {
    if (options.stdin !== undefined)
        return undefined;
    assertNonce(nonce);
    assertEnv(options.env);
    const body = commandBody(finalCommand(command), nonce, options);
    if (Buffer.byteLength(body) > MAX_COMMAND_LINE_BYTES)
        return undefined;
    return [
        `W=${(0,quote/* shellQuote */.Z)(body)}`,
        `{ setsid sh -c "$W" </dev/null 2>&1 1>&3 3>&- | cat >&2; printf '\\036tenant-end:%s:%s\\n' ${nonce} "\${PIPESTATUS[0]}" >&2; } 3>&1 | cat`,
        `printf '\\036tenant-end:%s:\\n' ${nonce}`,
        '',
    ].join('\n');
}
const SIGNALS_BY_NUMBER = {
    1: 'HUP',
    2: 'INT',
    3: 'QUIT',
    4: 'ILL',
    5: 'TRAP',
    6: 'ABRT',
    7: 'BUS',
    8: 'FPE',
    9: 'KILL',
    10: 'USR1',
    11: 'SEGV',
    12: 'USR2',
    13: 'PIPE',
    14: 'ALRM',
    15: 'TERM',
};
/** Turns the status the shell printed into ExecResult's code/signal. */
function decodeShellStatus(status) {
    const n = /^\d+$/.test(status) ? Number(status) : NaN;
    if (Number.isNaN(n))
        return { code: null, signal: null };
    const signal = n > 128 ? SIGNALS_BY_NUMBER[n - 128] : undefined;
    return signal ? { code: null, signal } : { code: n, signal: null };
}

;// CONCATENATED MODULE: ../../src/adapters/channel-limit.ts
/**
 * Caps how many SSH channels one connection has open at once. OpenSSH allows MaxSessions (10 by default)
 * per connection; the eleventh channel fails with "Channel open failure". Waiters run in arrival order.
 */
class ChannelLimit {
    max;
    active = 0;
    waiting = [];
    constructor(max) {
        this.max = max;
    }
    async run(fn) {
        if (this.active >= this.max) {
            // The releasing call hands its slot over directly, so `active` never overshoots.
            await new Promise((resolve) => this.waiting.push(resolve));
        }
        else {
            this.active++;
        }
        try {
            return await fn();
        }
        finally {
            const next = this.waiting.shift();
            if (next)
                next();
            else
                this.active--;
        }
    }
}

;// CONCATENATED MODULE: ../../src/adapters/ssh-shell.ts
/**
 * One persistent `bash -s` on an SSH connection, running one small command at a time (protocol and semantics
 * in core/host/shell-session.ts). SshHost sends a command here when the shell is idle and the command needs no
 * stdin; otherwise it opens a plain exec channel. A shell that dies or wedges is dropped, and SshHost starts
 * another one later (or stops using the fast path).
 */





const KILL_GRACE_MS = 3000;
class PersistentShell {
    hooks;
    channel;
    state = 'starting';
    running;
    /** Why the shell ended; 97 means the box has no setsid (no point starting another). */
    exitCode;
    ready;
    constructor(hooks, readyTimeoutMs) {
        this.hooks = hooks;
        this.ready = this.start(readyTimeoutMs).catch(() => {
            this.kill();
            return false;
        });
    }
    get idle() {
        return this.state === 'ready';
    }
    get dead() {
        return this.state === 'dead';
    }
    async start(readyTimeoutMs) {
        const channel = await this.hooks.openExec(SHELL_START_LINE);
        this.channel = channel;
        const nonce = (0,external_node_crypto_.randomBytes)(8).toString('hex');
        const ready = new MarkerScanner(`${SHELL_READY_PREFIX}${nonce}`, 'drop', 0);
        return new Promise((resolve) => {
            const timer = setTimeout(() => {
                this.kill();
                resolve(false);
            }, readyTimeoutMs);
            channel.on('data', (d) => {
                if (this.state === 'starting') {
                    ready.push(d); // whatever the user's rc files print before the shell is ready is dropped
                    if (ready.found) {
                        clearTimeout(timer);
                        this.state = 'ready';
                        resolve(true);
                    }
                    return;
                }
                this.onStdout(d);
            });
            channel.stderr.on('data', (d) => {
                if (this.state !== 'starting')
                    this.onStderr(d);
            });
            channel.on('exit', (code) => {
                this.exitCode = code ?? undefined;
            });
            channel.on('error', () => undefined);
            channel.stderr.on('error', () => undefined);
            channel.on('close', () => {
                clearTimeout(timer);
                const wasStarting = this.state === 'starting';
                this.state = 'dead';
                this.channel = undefined;
                if (wasStarting)
                    resolve(false);
                const lost = this.hooks.lostError();
                this.running?.fail(lost ?? new errors/* HostError */.dh('ESHELL', `the persistent shell on ${this.hooks.label} ended while running a command`));
            });
            channel.write(shellHandshake(nonce));
        });
    }
    onStdout(d) {
        const r = this.running;
        if (!r || r.outEnd.found)
            return;
        const real = r.outEnd.push(d);
        if (real.length > 0) {
            r.out.push(real);
            r.options.onStdout?.(real);
        }
        r.onData();
    }
    onStderr(d) {
        const r = this.running;
        if (!r || r.errEnd.found)
            return;
        const real = r.errEnd.push(r.pgid.push(d));
        if (real.length > 0) {
            r.err.push(real);
            r.options.onStderr?.(real);
        }
        r.onData();
    }
    /** Runs one planned command (text from planShellCommand, made with `nonce`). Only when `idle`. */
    run(text, nonce, options) {
        const channel = this.channel;
        if (this.state !== 'ready' || !channel)
            throw new Error('persistent shell is not idle');
        this.state = 'busy';
        return new Promise((resolve, reject) => {
            let timedOut = false;
            let killSent = false;
            let timer;
            let grace;
            const finish = () => {
                clearTimeout(timer);
                clearTimeout(grace);
                this.running = undefined;
                if (this.state === 'busy')
                    this.state = 'ready';
            };
            const sendKill = () => {
                const m = running.pgid.marker;
                if (killSent || m?.kind !== 'pgid')
                    return;
                killSent = true;
                this.hooks.killGroup(m.pgid);
            };
            const running = {
                nonce,
                options,
                pgid: new ExecMarkerScanner(nonce),
                errEnd: new MarkerScanner(`${SHELL_END_PREFIX}${nonce}:`, 'drop'),
                outEnd: new MarkerScanner(`${SHELL_END_PREFIX}${nonce}:`, 'drop'),
                out: [],
                err: [],
                onData: () => {
                    if (timedOut)
                        sendKill();
                    if (!running.outEnd.found || !running.errEnd.found)
                        return;
                    finish();
                    if (running.pgid.marker?.kind === 'nocwd') {
                        reject(new errors/* HostError */.dh('ENOENT', `working directory ${options.cwd ?? ''} does not exist on ${this.hooks.label}`));
                        return;
                    }
                    const status = decodeShellStatus(running.errEnd.value ?? '');
                    resolve({
                        code: timedOut ? null : status.code,
                        signal: timedOut ? 'KILL' : status.signal,
                        stdout: Buffer.concat(running.out).toString('utf8'),
                        stderr: Buffer.concat(running.err).toString('utf8'),
                        timedOut,
                    });
                },
                fail: (err) => {
                    finish();
                    reject(err);
                },
            };
            this.running = running;
            if (options.timeoutMs !== undefined) {
                timer = setTimeout(() => {
                    timedOut = true;
                    sendKill();
                    // A command the kill cannot reach would wedge the shell: drop the shell, report the timeout.
                    grace = setTimeout(() => {
                        const partial = running;
                        this.kill();
                        this.running = undefined;
                        resolve({
                            code: null,
                            signal: 'KILL',
                            stdout: Buffer.concat(partial.out).toString('utf8'),
                            stderr: Buffer.concat(partial.err).toString('utf8'),
                            timedOut: true,
                        });
                    }, KILL_GRACE_MS);
                }, options.timeoutMs);
            }
            channel.write(text);
        });
    }
    /** Ends the shell (its channel); a running command fails. */
    kill() {
        this.state = 'dead';
        this.channel?.close();
    }
}

// EXTERNAL MODULE: ../../node_modules/ssh2/lib/index.js
var lib = __webpack_require__(972);
var lib_default = /*#__PURE__*/__webpack_require__.n(lib);
// EXTERNAL MODULE: ../../src/core/host/private-key-text.ts
var private_key_text = __webpack_require__(6761);
;// CONCATENATED MODULE: ../../src/adapters/ssh-key.ts
/**
 * Loads the client's private key with ssh2's parser before any connection is made, so a malformed key or a
 * wrong passphrase is a ConfigurationError naming the input, not a failure halfway through a handshake.
 * Messages never contain key material.
 */




const KEY_INPUT = 'private-key (CLI: --identity)';
const PASSPHRASE_INPUT = 'passphrase (CLI: --passphrase-env)';
function loadPrivateKey(rawText, passphrase) {
    const text = (0,private_key_text/* normalizePrivateKeyText */.L)(rawText);
    if (text === '')
        throw new errors/* ConfigurationError */.j1(`${KEY_INPUT} is empty; pass the private key text (the file without .pub)`, 'private-key');
    if ((0,private_key_text/* looksLikePublicKey */.c)(text)) {
        throw new errors/* ConfigurationError */.j1(`${KEY_INPUT} holds a public key; pass the private key (the file without .pub, starting with -----BEGIN)`, 'private-key');
    }
    const pass = passphrase === '' ? undefined : passphrase;
    let parsed;
    try {
        parsed = lib_default().utils.parseKey(text, pass);
    }
    catch (e) {
        parsed = e instanceof Error ? e : new Error(String(e));
    }
    if (parsed instanceof Error) {
        const msg = parsed.message;
        if (/no passphrase given/i.test(msg)) {
            throw new errors/* ConfigurationError */.j1(`${KEY_INPUT} is encrypted; set ${PASSPHRASE_INPUT}`, 'passphrase');
        }
        if (pass !== undefined && /passphrase|decrypt|integrity/i.test(msg)) {
            throw new errors/* ConfigurationError */.j1(`${PASSPHRASE_INPUT} does not decrypt ${KEY_INPUT} (wrong passphrase?)`, 'passphrase');
        }
        throw new errors/* ConfigurationError */.j1(`${KEY_INPUT} is not a private key ssh2 can read (${msg.replace(/\s+/g, ' ').slice(0, 120)}); ` +
            `expected an OpenSSH or PEM ed25519/ECDSA/RSA key, complete from its BEGIN to its END line`, 'private-key');
    }
    const key = Array.isArray(parsed) ? parsed[0] : parsed;
    if (!key || !key.isPrivateKey()) {
        throw new errors/* ConfigurationError */.j1(`${KEY_INPUT} does not contain a private key`, 'private-key');
    }
    return { text, passphrase: pass, type: key.type, publicFingerprint: (0,host_key/* fingerprintSha256 */._O)(key.getPublicSSH()) };
}

;// CONCATENATED MODULE: ../../src/adapters/ssh-connect.ts
/**
 * Opens one ssh2 connection: host key checked in `hostVerifier` (before any authentication is sent),
 * TCP_NODELAY set on the socket right after `connect()`, keepalive on, one deadline over TCP connect +
 * handshake + login, and every failure turned into a one-line error that names the input to fix.
 */




/** A dead peer is noticed after about KEEPALIVE_INTERVAL_MS × (KEEPALIVE_COUNT_MAX + 1). */
const KEEPALIVE_INTERVAL_MS = 10_000;
const KEEPALIVE_COUNT_MAX = 3;
/** Server host key algorithms ssh2 can verify, in its order of preference. */
const SSH2_HOST_KEY_ALGORITHMS = [
    'ssh-ed25519',
    'ecdsa-sha2-nistp256',
    'ecdsa-sha2-nistp384',
    'ecdsa-sha2-nistp521',
    'rsa-sha2-512',
    'rsa-sha2-256',
    'ssh-rsa',
];
function labelOf(target) {
    return `${target.user}@${target.host}:${target.port}`;
}
/** When known_hosts pins keys of known types, only those types are negotiated (no spurious type mismatch). */
function hostKeyAlgorithms(check) {
    if (check.mode !== 'pinned' || check.keyTypes.length === 0)
        return undefined;
    const wanted = new Set(check.keyTypes.flatMap(host_key/* hostKeyAlgorithmsFor */.Ty));
    const list = SSH2_HOST_KEY_ALGORITHMS.filter((a) => wanted.has(a));
    return list.length > 0 ? list : undefined;
}
function mapConnectError(err, ctx) {
    const { target, key, verdict } = ctx;
    const where = `${target.host}:${target.port}`;
    if (verdict && !verdict.ok)
        return new errors/* ConfigurationError */.j1(verdict.message, verdict.input);
    const code = typeof err.code === 'string' ? err.code : undefined;
    if (err.level === 'client-authentication') {
        return new errors/* ConfigurationError */.j1(`${labelOf(target)} refused the key from ${KEY_INPUT} (${key.type} ${key.publicFingerprint}) for user '${target.user}': ` +
            `add its public key to ~${target.user}/.ssh/authorized_keys on the box, or fix user / private-key`, 'private-key');
    }
    if (code === 'ECONNREFUSED') {
        return new errors/* HostError */.dh(code, `connection to ${where} refused: nothing listens there; check host and port (is the box running?)`, { cause: err });
    }
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
        return new errors/* HostError */.dh('ENOTFOUND', `cannot resolve host '${target.host}' (${code}); check the host input`, {
            cause: err,
        });
    }
    if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH' || code === 'EADDRNOTAVAIL') {
        return new errors/* HostError */.dh(code, `${where} is unreachable (${code}); check host and the runner's network`, {
            cause: err,
        });
    }
    if (err.level === 'client-timeout' || code === 'ETIMEDOUT')
        return timeoutError(target);
    if (err.level === 'handshake' && ctx.restrictedTypes && /host key/i.test(err.message)) {
        return new errors/* ConfigurationError */.j1(`${where} offers no host key of the type(s) pinned in known-hosts (${ctx.restrictedTypes.join(', ')}): ` +
            `add a known_hosts line for a key type the server has ('ssh-keyscan -p ${target.port} ${target.host}')`, 'known-hosts');
    }
    if (err.level === 'handshake' || err.level === 'protocol') {
        return new errors/* HostError */.dh('EHANDSHAKE', `SSH handshake with ${where} failed: ${err.message}; is it an SSH server?`, {
            cause: err,
        });
    }
    return new errors/* HostError */.dh(code ?? 'ECONNECT', `could not connect to ${where}: ${err.message}`, { cause: err });
}
function timeoutError(target) {
    const s = Math.round(target.connectTimeoutMs / 100) / 10;
    return new errors/* HostError */.dh('ETIMEDOUT', `no SSH session with ${target.host}:${target.port} within ${s}s (TCP connect + handshake + login); ` +
        `check host, port and firewalls, or raise connect-timeout`);
}
/** Connects and authenticates; resolves with a ready client whose host key passed `check`. */
function openConnection(target, key, check) {
    return new Promise((resolve, reject) => {
        const client = new (lib_default()).Client();
        const label = labelOf(target);
        let verdict;
        let settled = false;
        const restricted = hostKeyAlgorithms(check);
        const ctx = {
            target,
            key,
            verdict: undefined,
            restrictedTypes: restricted && check.mode === 'pinned' ? check.keyTypes : undefined,
        };
        const fail = (err) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(deadline);
            client.destroy();
            reject(err);
        };
        // An 'error' listener stays attached for the client's whole life: an unhandled one would crash the process.
        client.on('error', (err) => {
            ctx.verdict = verdict;
            fail(mapConnectError(err, ctx));
        });
        client.on('close', () => {
            ctx.verdict = verdict;
            if (verdict && !verdict.ok)
                return fail(new errors/* ConfigurationError */.j1(verdict.message, verdict.input));
            fail(new errors/* HostError */.dh('ECONNRESET', `${target.host}:${target.port} closed the connection before login completed; is it an SSH server that accepts this runner?`));
        });
        client.on('ready', () => {
            if (settled)
                return;
            if (!verdict?.ok)
                return fail(new errors/* HostError */.dh('EHOSTKEY', `host key of ${label} was never verified`));
            settled = true;
            clearTimeout(deadline);
            resolve({ client, verdict });
        });
        const deadline = setTimeout(() => fail(timeoutError(target)), target.connectTimeoutMs);
        const config = {
            host: target.host,
            port: target.port,
            username: target.user,
            privateKey: key.text,
            ...(key.passphrase !== undefined ? { passphrase: key.passphrase } : {}),
            readyTimeout: target.connectTimeoutMs,
            keepaliveInterval: KEEPALIVE_INTERVAL_MS,
            keepaliveCountMax: KEEPALIVE_COUNT_MAX,
            tryKeyboard: false,
            agent: undefined,
            hostVerifier: (presented) => {
                verdict = (0,host_key/* checkHostKey */.Ex)(check, presented, label);
                return verdict.ok;
            },
            ...(restricted ? { algorithms: { serverHostKey: restricted } } : {}),
        };
        try {
            client.connect(config);
        }
        catch (e) {
            fail(e instanceof Error ? e : new Error(String(e)));
            return;
        }
        // Nagle off from the first byte: 13× lower per-exec latency and 4× SFTP throughput (perf-baselines §4.5).
        client.setNoDelay(true);
    });
}

;// CONCATENATED MODULE: ../../src/adapters/ssh-host.ts
/**
 * `SshHost`: the Host port over one ssh2 connection, reused for every exec and file operation of an action
 * run. Commands are built by `planRemoteCommand` (every part `shellQuote`d) and run in their own process group;
 * files go over one SFTP session. A connection that drops is not repaired in place: every later call fails with
 * HostError('ECONNLOST') and the caller opens a new host (`openHost`) and resumes, e.g. `stream` from the last
 * offset it saw.
 */













/** Exec channels open at once per connection (OpenSSH MaxSessions defaults to 10; SFTP and kills use others). */
const MAX_EXEC_CHANNELS = 6;
const ssh_host_DEFAULT_FILE_MODE = 0o644;
/** SFTP transfer pipelining: requests in flight and bytes per request. */
const SFTP_CHUNK = 64 * 1024;
const SFTP_IN_FLIGHT = 16;
/** How many persistent shells one connection may start (a shell that dies is replaced, up to this). */
const MAX_SHELL_STARTS = 3;
/** After a timeout kill, how long to wait for the channel to close by itself. */
const ssh_host_KILL_GRACE_MS = 3000;
const SFTP_NO_SUCH_FILE = 2;
const SFTP_PERMISSION_DENIED = 3;
function required(value, input, flag, what) {
    if (value === undefined || value.trim() === '') {
        throw new errors/* ConfigurationError */.j1(`${input} (CLI: ${flag}) is required to connect over SSH: ${what}`, input);
    }
    return value;
}
function cb(fn) {
    return new Promise((resolve, reject) => {
        fn((err, value) => (err ? reject(err) : resolve(value)));
    });
}
class SshHost {
    client;
    target;
    shellWanted;
    kind = 'ssh';
    label;
    /** `SHA256:…` of the host key the server presented (pinned or, with accept-new, trusted on first use). */
    hostKeyFingerprint;
    hostKeyType;
    /** `accepted-new`: nothing was pinned and the key was trusted on first use; print it so the user can pin it. */
    hostKeyTrust;
    channels = new ChannelLimit(MAX_EXEC_CHANNELS);
    sftpSession;
    lost;
    closing;
    closed = false;
    shell;
    shellStarts = 0;
    /** How commands were run so far: on their own channel, or through the persistent shell. */
    counters = { channelExecs: 0, shellExecs: 0 };
    /** Validates the settings, loads the key, pins the host key, connects and logs in. */
    static async connect(settings, options = {}) {
        const host = required(settings.host, 'host', '--host', 'the box to reach');
        const user = required(settings.user, 'user', '--user', 'the login name on the box');
        const keyText = required(settings.privateKey, 'private-key', '--identity', 'the private key whose public half the box authorizes');
        const check = (0,host_key/* planHostKeyCheck */.vt)({
            host,
            port: settings.port,
            knownHosts: settings.knownHosts,
            hostFingerprint: settings.hostFingerprint,
            hostKeyPolicy: settings.hostKeyPolicy,
        });
        const key = loadPrivateKey(keyText, settings.passphrase);
        const target = { host, port: settings.port, user, connectTimeoutMs: settings.connectTimeoutMs };
        const { client, verdict } = await openConnection(target, key, check);
        return new SshHost(client, target, verdict.fingerprint, verdict.keyType, verdict.trust, options.persistentShell ?? true);
    }
    constructor(client, target, fingerprint, keyType, trust, shellWanted) {
        this.client = client;
        this.target = target;
        this.shellWanted = shellWanted;
        this.label = labelOf(target);
        this.hostKeyFingerprint = fingerprint;
        this.hostKeyType = keyType;
        this.hostKeyTrust = trust;
        client.on('error', (err) => {
            this.lost ??= err;
        });
        const onGone = () => {
            this.closed = true;
            this.lost ??= new Error('the connection closed');
        };
        client.on('end', onGone);
        client.on('close', onGone);
    }
    // ---------------------------------------------------------------- exec
    async exec(command, options = {}) {
        this.assertUsable();
        const nonce = (0,external_node_crypto_.randomBytes)(8).toString('hex');
        const plan = planRemoteCommand(command, options, nonce);
        const shellText = this.shellWanted && !plan.upload ? planShellCommand(command, options, nonce) : undefined;
        if (shellText !== undefined) {
            const shell = this.idleShell();
            if (shell) {
                this.counters.shellExecs++;
                return shell.run(shellText, nonce, options);
            }
        }
        if (plan.upload)
            await this.putFile(plan.upload.path, Buffer.from(plan.upload.content), 0o600);
        this.counters.channelExecs++;
        return this.channels.run(() => this.runChannel(plan.line, nonce, options));
    }
    /** The persistent shell when it can take a command now; starts one (in the background) when there is none. */
    idleShell() {
        if (this.shell?.dead) {
            // 97: the box has no setsid; do not keep trying.
            if (this.shell.exitCode === 97)
                this.shellWanted = false;
            this.shell = undefined;
        }
        if (!this.shell && this.shellWanted && this.shellStarts < MAX_SHELL_STARTS) {
            this.shellStarts++;
            this.shell = new PersistentShell({
                openExec: (line) => this.openExec(line),
                killGroup: (pgid) => void this.signalGroupNow(pgid, 'KILL').catch(() => undefined),
                lostError: () => (this.lost || this.closed ? this.lostError() : undefined),
                label: this.label,
            }, this.target.connectTimeoutMs);
        }
        return this.shell?.idle ? this.shell : undefined;
    }
    lostError() {
        const reason = this.lost?.message ?? 'closed';
        return new errors/* HostError */.dh('ECONNLOST', `connection to ${this.label} lost (${reason}); reconnect and resume`, {
            cause: this.lost,
        });
    }
    assertUsable() {
        if (this.closing)
            throw new errors/* HostError */.dh('ECLOSED', `ssh host ${this.label} is closed`);
        if (this.lost || this.closed)
            throw this.lostError();
    }
    /** Opens an exec channel with a deadline: on a half-open transport the open itself can hang forever. */
    openExec(line) {
        return new Promise((resolve, reject) => {
            let done = false;
            const timer = setTimeout(() => {
                if (done)
                    return;
                done = true;
                this.lost ??= new Error('no answer to a channel open');
                this.client.destroy();
                reject(this.lostError());
            }, this.target.connectTimeoutMs);
            try {
                this.client.exec(line, (err, channel) => {
                    if (done) {
                        channel?.close();
                        return;
                    }
                    done = true;
                    clearTimeout(timer);
                    if (err) {
                        reject(this.lost || this.closed
                            ? this.lostError()
                            : new errors/* HostError */.dh('ECHANNEL', `could not open a channel on ${this.label}: ${err.message}`, {
                                cause: err,
                            }));
                    }
                    else
                        resolve(channel);
                });
            }
            catch (e) {
                done = true;
                clearTimeout(timer);
                reject(this.lost || this.closed ? this.lostError() : e);
            }
        });
    }
    async runChannel(line, nonce, options) {
        const channel = await this.openExec(line);
        return new Promise((resolve, reject) => {
            const scanner = new ExecMarkerScanner(nonce);
            const out = [];
            const err = [];
            let exit;
            let timedOut = false;
            let killWanted = false;
            let killSent = false;
            let timer;
            let graceTimer;
            const sendKill = () => {
                if (killSent)
                    return;
                const marker = scanner.marker;
                if (marker?.kind !== 'pgid')
                    return; // sent as soon as the marker arrives
                killSent = true;
                this.signalGroupNow(marker.pgid, 'KILL').catch(() => undefined);
            };
            const onTimeout = () => {
                timedOut = true;
                killWanted = true;
                sendKill();
                // If the kill cannot be delivered (no marker yet, or the group ignores it), stop waiting anyway.
                graceTimer = setTimeout(() => channel.close(), ssh_host_KILL_GRACE_MS);
            };
            channel.on('data', (d) => {
                out.push(d);
                options.onStdout?.(d);
            });
            channel.stderr.on('data', (d) => {
                const real = scanner.push(d);
                if (killWanted)
                    sendKill();
                if (real.length > 0) {
                    err.push(real);
                    options.onStderr?.(real);
                }
            });
            channel.on('exit', (code, signal) => {
                exit = { code: code ?? null, signal: signal ? signal.replace(/^SIG/, '') : null };
            });
            channel.on('error', () => undefined); // surfaces as 'close' without exit status
            channel.stderr.on('error', () => undefined);
            channel.on('close', () => {
                clearTimeout(timer);
                clearTimeout(graceTimer);
                const rest = scanner.flush();
                if (rest.length > 0) {
                    err.push(rest);
                    options.onStderr?.(rest);
                }
                if (!exit && !timedOut && (this.lost || this.closed))
                    return reject(this.lostError());
                if (scanner.marker?.kind === 'nocwd') {
                    return reject(new errors/* HostError */.dh('ENOENT', `working directory ${options.cwd ?? ''} does not exist on ${this.label}`));
                }
                resolve({
                    code: timedOut ? null : (exit?.code ?? null),
                    signal: timedOut ? 'KILL' : (exit?.signal ?? null),
                    stdout: Buffer.concat(out).toString('utf8'),
                    stderr: Buffer.concat(err).toString('utf8'),
                    timedOut,
                });
            });
            if (options.timeoutMs !== undefined)
                timer = setTimeout(onTimeout, options.timeoutMs);
            if (options.stdin !== undefined)
                channel.end(Buffer.from(options.stdin));
            else
                channel.end();
        });
    }
    /** `kill -s SIG -- -PGID` on its own channel, outside the channel limit (it must work while all are busy). */
    async signalGroupNow(pgid, signal) {
        const channel = await this.openExec((0,quote/* shellJoin */.n)(['kill', '-s', signal, '--', `-${pgid}`]));
        return new Promise((resolve) => {
            const errs = [];
            let code = null;
            channel.on('data', () => undefined);
            channel.stderr.on('data', (d) => errs.push(d));
            channel.on('exit', (c) => {
                code = c;
            });
            channel.on('error', () => undefined);
            channel.stderr.on('error', () => undefined);
            channel.on('close', () => resolve({ code, stderr: Buffer.concat(errs).toString('utf8') }));
            channel.end();
        });
    }
    async killGroup(pgid, signal) {
        this.assertUsable();
        (0,signal_name/* assertPgid */.v0)(pgid);
        const sig = (0,signal_name/* normalizeSignal */.Ib)(signal);
        // The shell builtin (bash -c), not an external /bin/kill that minimal images lack.
        const res = await this.exec({ script: (0,quote/* shellJoin */.n)(['kill', '-s', sig, '--', `-${pgid}`]) });
        if (res.code === 0)
            return true;
        if (/no such process/i.test(res.stderr))
            return false;
        if (this.lost || this.closed)
            throw this.lostError();
        throw new errors/* HostError */.dh('EKILL', `kill -${sig} process group ${pgid} on ${this.label} failed: ${res.stderr.trim() || `exit ${res.code}`}`);
    }
    // ---------------------------------------------------------------- SFTP
    sftp() {
        this.assertUsable();
        if (!this.sftpSession) {
            const session = new Promise((resolve, reject) => {
                const timer = setTimeout(() => {
                    this.lost ??= new Error('no answer to the SFTP subsystem request');
                    this.client.destroy();
                    reject(this.lostError());
                }, this.target.connectTimeoutMs);
                this.client.sftp((err, sftp) => {
                    clearTimeout(timer);
                    if (err) {
                        return reject(this.lost || this.closed
                            ? this.lostError()
                            : new errors/* HostError */.dh('ESFTP', `${this.label} refused the SFTP subsystem (${err.message}); enable 'Subsystem sftp' in its sshd_config`, { cause: err }));
                    }
                    sftp.on('error', () => undefined);
                    sftp.on('close', () => {
                        if (this.sftpSession === session)
                            this.sftpSession = undefined;
                    });
                    resolve(sftp);
                });
            });
            this.sftpSession = session;
            session.catch(() => {
                if (this.sftpSession === session)
                    this.sftpSession = undefined;
            });
        }
        return this.sftpSession;
    }
    fileError(op, path, err) {
        if (err instanceof errors/* HostError */.dh)
            return err;
        if (this.lost || this.closed)
            return this.lostError();
        const e = err;
        const code = e.code === SFTP_NO_SUCH_FILE ? 'ENOENT' : e.code === SFTP_PERMISSION_DENIED ? 'EACCES' : 'EIO';
        const what = code === 'ENOENT' ? 'no such file or directory' : code === 'EACCES' ? 'permission denied' : e.message;
        return new errors/* HostError */.dh(code, `${op} ${path} on ${this.label}: ${what}`, { cause: err });
    }
    async readFile(path) {
        const sftp = await this.sftp();
        let handle;
        try {
            handle = await cb((d) => sftp.open(path, 'r', d));
            const h = handle;
            const size = (await cb((d) => sftp.fstat(h, d))).size ?? 0;
            const parts = [];
            let total = 0;
            // Pipelined reads of the size fstat saw, then sequential reads until EOF (the file may have grown).
            const chunks = [];
            for (let pos = 0; pos < size; pos += SFTP_CHUNK)
                chunks.push(pos);
            const results = new Map();
            let next = 0;
            const worker = async () => {
                while (next < chunks.length) {
                    const pos = chunks[next++];
                    const buf = Buffer.allocUnsafe(Math.min(SFTP_CHUNK, size - pos));
                    const n = await cb((d) => sftp.read(h, buf, 0, buf.length, pos, d));
                    results.set(pos, buf.subarray(0, n));
                }
            };
            await Promise.all(Array.from({ length: Math.min(SFTP_IN_FLIGHT, chunks.length) }, worker));
            for (const pos of chunks) {
                const b = results.get(pos);
                if (total !== pos)
                    throw new errors/* HostError */.dh('EIO', `read ${path} on ${this.label}: the file shrank while being read`);
                parts.push(b);
                total += b.length;
            }
            for (;;) {
                const buf = Buffer.allocUnsafe(SFTP_CHUNK);
                const n = await cb((d) => sftp.read(h, buf, 0, buf.length, total, d));
                if (!n)
                    break;
                parts.push(buf.subarray(0, n));
                total += n;
            }
            return Buffer.concat(parts, total);
        }
        catch (e) {
            throw this.fileError('read', path, e);
        }
        finally {
            if (handle)
                sftp.close(handle, () => undefined);
        }
    }
    /** Writes `data` to `path` through an open SFTP handle (pipelined), then fchmod and fsync. Not atomic. */
    async putFile(path, data, mode) {
        const sftp = await this.sftp();
        const handle = await cb((d) => sftp.open(path, 'wx', { mode: mode & 0o777 }, d));
        let ok = false;
        try {
            const chunks = [];
            for (let pos = 0; pos < data.length; pos += SFTP_CHUNK)
                chunks.push(pos);
            let next = 0;
            const worker = async () => {
                while (next < chunks.length) {
                    const pos = chunks[next++];
                    const len = Math.min(SFTP_CHUNK, data.length - pos);
                    await cb((d) => sftp.write(handle, data, pos, len, pos, d));
                }
            };
            await Promise.all(Array.from({ length: Math.min(SFTP_IN_FLIGHT, chunks.length) }, worker));
            await cb((d) => sftp.fchmod(handle, mode, d));
            try {
                await cb((d) => sftp.ext_openssh_fsync(handle, d));
            }
            catch (e) {
                // Servers without fsync@openssh.com: the rename is still atomic, only durability is weaker.
                if (!/does not support/i.test(String(e)))
                    throw e;
            }
            ok = true;
        }
        finally {
            await cb((d) => sftp.close(handle, d)).catch((e) => {
                if (ok)
                    throw e;
            });
        }
    }
    async writeFile(path, data, options = {}) {
        const mode = options.mode ?? ssh_host_DEFAULT_FILE_MODE;
        const tmp = external_node_path_.posix.join(external_node_path_.posix.dirname(path), `.${external_node_path_.posix.basename(path)}.tenant-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
        const sftp = await this.sftp();
        try {
            await this.putFile(tmp, Buffer.from(data), mode);
            await this.renameOver(sftp, tmp, path);
        }
        catch (e) {
            if (!this.lost && !this.closed)
                sftp.unlink(tmp, () => undefined);
            throw this.fileError('write', path, e);
        }
    }
    /** POSIX rename (replaces the target atomically); plain SFTP rename refuses an existing target. */
    async renameOver(sftp, from, to) {
        try {
            await cb((d) => sftp.ext_openssh_rename(from, to, d));
        }
        catch (e) {
            if (!/does not support/i.test(String(e)))
                throw e;
            const res = await this.exec({ argv: ['mv', '-f', '--', from, to] });
            if (res.code !== 0)
                throw new errors/* HostError */.dh('EIO', `rename ${from} to ${to}: ${res.stderr.trim()}`);
        }
    }
    async stat(path) {
        const sftp = await this.sftp();
        try {
            const s = await cb((d) => sftp.lstat(path, d));
            const type = s.isSymbolicLink()
                ? 'symlink'
                : s.isFile()
                    ? 'file'
                    : s.isDirectory()
                        ? 'dir'
                        : 'other';
            return { path, type, size: s.size, mtimeMs: s.mtime * 1000, mode: s.mode & 0o7777 };
        }
        catch (e) {
            if (e.code === SFTP_NO_SUCH_FILE)
                return null;
            throw this.fileError('stat', path, e);
        }
    }
    async list(path) {
        const sftp = await this.sftp();
        try {
            const entries = await cb((d) => sftp.readdir(path, d));
            return entries
                .map((e) => e.filename)
                .filter((n) => n !== '.' && n !== '..')
                .sort();
        }
        catch (e) {
            // sftp-server answers "no such file" for a path that is a file, too: look before saying which.
            if (!this.lost && !this.closed) {
                const st = await this.stat(path).catch(() => null);
                if (st && st.type !== 'dir')
                    throw new errors/* HostError */.dh('ENOTDIR', `list ${path} on ${this.label}: not a directory`);
            }
            throw this.fileError('list', path, e);
        }
    }
    stream(path, options = {}) {
        this.assertUsable();
        let handle;
        let session;
        const reader = {
            read: async (position, length) => {
                try {
                    session ??= await this.sftp();
                    const s = session;
                    if (!handle) {
                        try {
                            handle = await cb((d) => s.open(path, 'r', d));
                        }
                        catch (e) {
                            if (e.code === SFTP_NO_SUCH_FILE && !this.lost)
                                return 'missing';
                            throw e;
                        }
                    }
                    const h = handle;
                    const buf = Buffer.allocUnsafe(length);
                    const n = await cb((d) => s.read(h, buf, 0, length, position, d));
                    return buf.subarray(0, n || 0);
                }
                catch (e) {
                    throw this.fileError('stream', path, e);
                }
            },
            size: async () => {
                if (!handle || !session)
                    return undefined;
                const s = session;
                const h = handle;
                try {
                    return (await cb((d) => s.fstat(h, d))).size;
                }
                catch (e) {
                    throw this.fileError('stream', path, e);
                }
            },
            close: async () => {
                if (handle && session && !this.lost && !this.closed)
                    session.close(handle, () => undefined);
                handle = undefined;
            },
        };
        return followLines(path, reader, options);
    }
    // ---------------------------------------------------------------- lifecycle
    close() {
        if (!this.closing) {
            this.closing = new Promise((resolve) => {
                this.shell?.kill();
                if (this.closed)
                    return resolve();
                const timer = setTimeout(() => {
                    this.client.destroy();
                    resolve();
                }, 2000);
                this.client.once('close', () => {
                    clearTimeout(timer);
                    resolve();
                });
                this.client.end();
            });
        }
        return this.closing;
    }
}

;// CONCATENATED MODULE: ../../src/adapters/open-host.ts


const LOCAL_PROFILE = 'local';
async function openHost(settings, ui) {
    if (settings.profile === LOCAL_PROFILE) {
        ui.debug('profile local: commands run on this machine');
        return new LocalHost();
    }
    const host = await SshHost.connect(settings);
    if (host.hostKeyTrust === 'accepted-new') {
        ui.notice(`trusted the host key of ${host.label} on first use: ${host.hostKeyFingerprint} (${host.hostKeyType}). ` +
            `Pin it with host-fingerprint: ${host.hostKeyFingerprint} (CLI: --host-fingerprint) once you have checked it.`);
    }
    else {
        ui.debug(`connected to ${host.label}; host key ${host.hostKeyFingerprint} matches the pin`);
    }
    return host;
}


/***/ }),

/***/ 2645:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ph: () => (/* binding */ CONNECTION_FLAGS_USAGE),
  rt: () => (/* binding */ CONNECTION_FLAG_OPTIONS),
  Ty: () => (/* binding */ connectionSettingsFromFlags)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ../../src/core/errors.ts
var errors = __webpack_require__(7322);
;// CONCATENATED MODULE: ../../src/core/host/connection.ts
const CONNECTION_DEFAULTS = {
    port: 22,
    hostKeyPolicy: 'strict',
    connectTimeoutMs: 20_000,
};
/** Names of the action inputs / CLI flags, so error messages name what the user typed. */
const CONNECTION_INPUTS = {
    host: { input: 'host', flag: '--host' },
    port: { input: 'port', flag: '--port' },
    user: { input: 'user', flag: '--user' },
    privateKey: { input: 'private-key', flag: '--identity' },
    passphrase: { input: 'passphrase', flag: '--passphrase-env' },
    knownHosts: { input: 'known-hosts', flag: '--known-hosts' },
    hostFingerprint: { input: 'host-fingerprint', flag: '--host-fingerprint' },
    hostKeyPolicy: { input: 'host-key-policy', flag: '--host-key-policy' },
    profile: { input: 'profile', flag: '--profile' },
};

;// CONCATENATED MODULE: ../../src/core/host/connection-values.ts
/**
 * Validation of connection values shared by the CLI flags and the action inputs. Each parser gets the name the
 * user typed (`--port` or `port`) so the ConfigurationError names it. Hosts, users and ports are checked
 * against strict grammars so nothing shell- or option-like (`-oProxyCommand=…`, `a;b`) gets through
 * (anchors-reliability A1/A2).
 */


const DEFAULT_PROFILE = 'generic-ssh';
/** The `local` profile ignores every connection value; these fill ConnectionSettings' required fields. */
const LOCAL_DEFAULTS = {
    port: CONNECTION_DEFAULTS.port,
    hostKeyPolicy: CONNECTION_DEFAULTS.hostKeyPolicy,
    connectTimeoutMs: CONNECTION_DEFAULTS.connectTimeoutMs,
};
const HOST_KEY_POLICIES = ['strict', 'accept-new'];
const MAX_CONNECT_TIMEOUT_S = 600;
const LABEL = /^[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?$/;
const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
const IPV6 = /^[0-9A-Fa-f:.]+$/;
/** A DNS name, IPv4 or IPv6 address (brackets allowed around IPv6). */
function parseHost(value, name) {
    let v = value.trim();
    if (v.includes('@')) {
        throw new errors/* ConfigurationError */.j1(`${name} '${v}' contains '@': give the user separately (user / --user) and only the host name here`, name);
    }
    if (/^\[.*\]$/.test(v))
        v = v.slice(1, -1);
    const ok = v.length > 0 &&
        v.length <= 253 &&
        !v.startsWith('-') &&
        (IPV4.test(v) ||
            (v.includes(':') && IPV6.test(v) && (v.match(/:/g)?.length ?? 0) >= 2) ||
            v
                .replace(/\.$/, '')
                .split('.')
                .every((l) => LABEL.test(l)));
    if (!ok) {
        throw new errors/* ConfigurationError */.j1(`${name} '${v.slice(0, 80)}' is not a host name or IP address (letters, digits, '-', '.'; IPv6 in brackets is fine)`, name);
    }
    return v;
}
function parsePort(value, name) {
    const v = value.trim();
    const n = /^\d{1,5}$/.test(v) ? Number(v) : NaN;
    if (!(n >= 1 && n <= 65535))
        throw new errors/* ConfigurationError */.j1(`${name} '${v.slice(0, 20)}' is not a TCP port (1–65535)`, name);
    return n;
}
function parseUser(value, name) {
    const v = value.trim();
    if (!/^[A-Za-z_][A-Za-z0-9_.-]{0,63}\$?$/.test(v)) {
        throw new errors/* ConfigurationError */.j1(`${name} '${v.slice(0, 40)}' is not a login name (letters, digits, '_', '.', '-'; not starting with '-')`, name);
    }
    return v;
}
function parseProfileId(value, name) {
    const v = value.trim();
    if (!/^[a-z0-9][a-z0-9-]{0,63}$/.test(v)) {
        throw new errors/* ConfigurationError */.j1(`${name} '${v.slice(0, 40)}' is not a profile id (lowercase letters, digits and '-', e.g. generic-ssh, local, runpod)`, name);
    }
    return v;
}
function parseHostKeyPolicy(value, name) {
    const v = value.trim();
    const found = HOST_KEY_POLICIES.find((p) => p === v);
    if (!found)
        throw new errors/* ConfigurationError */.j1(`${name} '${v.slice(0, 40)}' must be 'strict' (the default: the key must be pinned) or 'accept-new' (trust on first use)`, name);
    return found;
}
/** Seconds (decimals allowed) → milliseconds. */
function parseConnectTimeout(value, name) {
    const v = value.trim();
    const s = /^\d+(\.\d+)?$/.test(v) ? Number(v) : NaN;
    if (!(s > 0 && s <= MAX_CONNECT_TIMEOUT_S)) {
        throw new errors/* ConfigurationError */.j1(`${name} '${v.slice(0, 20)}' must be a number of seconds between 0 and ${MAX_CONNECT_TIMEOUT_S}`, name);
    }
    return Math.round(s * 1000);
}

// EXTERNAL MODULE: ../../src/core/host/host-key.ts
var host_key = __webpack_require__(6190);
;// CONCATENATED MODULE: ../../src/cli/connection-flags.ts
/**
 * The connection flags every box-touching `tenant` command shares. Commands merge CONNECTION_FLAG_OPTIONS into
 * their own `node:util` parseArgs options and pass the parsed values to `connectionSettingsFromFlags`.
 *
 * Secrets stay off the command line: the key is read from a file (`--identity`) and the passphrase from an
 * environment variable named by `--passphrase-env`. Without `--known-hosts`/`--host-fingerprint`, the lines of
 * ~/.ssh/known_hosts that name the host are used as the pin, as the OpenSSH client would.
 */







const CONNECTION_FLAG_OPTIONS = {
    host: { type: 'string' },
    port: { type: 'string' },
    user: { type: 'string' },
    identity: { type: 'string' },
    'passphrase-env': { type: 'string' },
    'known-hosts': { type: 'string' },
    'host-fingerprint': { type: 'string', multiple: true },
    'host-key-policy': { type: 'string' },
    profile: { type: 'string' },
    'connect-timeout': { type: 'string' },
};
const CONNECTION_FLAGS_USAGE = `Connection options:
  --profile ID               platform profile (default ${DEFAULT_PROFILE}; 'local' runs here, no SSH)
  --host HOST                the box to reach
  --port N                   SSH port (default ${CONNECTION_DEFAULTS.port})
  --user NAME                login name on the box
  --identity FILE            private key file (OpenSSH or PEM; ed25519, ECDSA or RSA)
  --passphrase-env NAME      read the key's passphrase from environment variable NAME
  --known-hosts FILE         known_hosts file pinning the host key (default: ~/.ssh/known_hosts lines for the host)
  --host-fingerprint SHA256:…  pin the host key by fingerprint ('ssh-keygen -lf'); repeatable
  --host-key-policy POLICY   strict (default: the key must be pinned) or accept-new (trust on first use)
  --connect-timeout SECONDS  bound on TCP connect + handshake + login (default ${CONNECTION_DEFAULTS.connectTimeoutMs / 1000})
`;
function stringFlag(values, name) {
    const v = values[name];
    if (v === undefined)
        return undefined;
    if (typeof v !== 'string')
        throw new errors/* ConfigurationError */.j1(`--${name} takes one value`, `--${name}`);
    return v;
}
function expandHome(path, home) {
    return path === '~' ? home : path.startsWith('~/') ? (0,external_node_path_.join)(home, path.slice(2)) : path;
}
function connectionSettingsFromFlags(values, ctx) {
    const home = ctx.homeDir ?? (0,external_node_os_.homedir)();
    const read = ctx.readFile ?? ((p) => (0,external_node_fs_.readFileSync)(p, 'utf8'));
    const readFlagFile = (flag, path) => {
        const full = expandHome(path, home);
        try {
            return read(full);
        }
        catch (e) {
            const code = e.code;
            throw new errors/* ConfigurationError */.j1(`${flag} ${path}: cannot read the file (${code ?? String(e)})`, flag);
        }
    };
    const profileFlag = stringFlag(values, 'profile');
    const profile = profileFlag !== undefined ? parseProfileId(profileFlag, '--profile') : DEFAULT_PROFILE;
    if (profile === 'local')
        return { profile, ...LOCAL_DEFAULTS };
    const portFlag = stringFlag(values, 'port');
    const timeoutFlag = stringFlag(values, 'connect-timeout');
    const policyFlag = stringFlag(values, 'host-key-policy');
    const settings = {
        profile,
        port: portFlag !== undefined ? parsePort(portFlag, '--port') : CONNECTION_DEFAULTS.port,
        hostKeyPolicy: policyFlag !== undefined
            ? parseHostKeyPolicy(policyFlag, '--host-key-policy')
            : CONNECTION_DEFAULTS.hostKeyPolicy,
        connectTimeoutMs: timeoutFlag !== undefined
            ? parseConnectTimeout(timeoutFlag, '--connect-timeout')
            : CONNECTION_DEFAULTS.connectTimeoutMs,
    };
    const host = stringFlag(values, 'host');
    if (host !== undefined)
        settings.host = parseHost(host, '--host');
    const user = stringFlag(values, 'user');
    if (user !== undefined)
        settings.user = parseUser(user, '--user');
    const identity = stringFlag(values, 'identity');
    if (identity !== undefined) {
        settings.privateKey = readFlagFile('--identity', identity);
        ctx.ui?.mask(settings.privateKey);
    }
    const passphraseEnv = stringFlag(values, 'passphrase-env');
    if (passphraseEnv !== undefined) {
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(passphraseEnv)) {
            throw new errors/* ConfigurationError */.j1(`--passphrase-env takes the NAME of an environment variable, got '${passphraseEnv.slice(0, 40)}'`, '--passphrase-env');
        }
        const passphrase = ctx.env[passphraseEnv];
        if (passphrase === undefined || passphrase === '') {
            throw new errors/* ConfigurationError */.j1(`--passphrase-env: environment variable ${passphraseEnv} is not set`, '--passphrase-env');
        }
        ctx.ui?.mask(passphrase);
        settings.passphrase = passphrase;
    }
    const fingerprints = values['host-fingerprint'];
    const fpList = fingerprints === undefined ? [] : Array.isArray(fingerprints) ? fingerprints.map(String) : [String(fingerprints)];
    if (fpList.length > 0) {
        settings.hostFingerprint = (0,host_key/* parseFingerprints */.Tr)(fpList.join('\n'), '--host-fingerprint').join('\n');
    }
    const knownHostsFlag = stringFlag(values, 'known-hosts');
    if (knownHostsFlag !== undefined) {
        const text = readFlagFile('--known-hosts', knownHostsFlag);
        (0,host_key/* parseKnownHosts */.uJ)(text, `--known-hosts ${knownHostsFlag}`);
        settings.knownHosts = text;
    }
    else if (fpList.length === 0 && settings.host !== undefined) {
        const fallback = (0,external_node_path_.join)(home, '.ssh', 'known_hosts');
        if ((0,external_node_fs_.existsSync)(fallback)) {
            // Only the lines naming this host: the rest of the user's file is neither needed nor shown in errors.
            const text = read(fallback);
            const { host: h, port } = { host: settings.host, port: settings.port };
            const lines = text.split(/\r?\n/);
            const matching = (0,host_key/* parseKnownHosts */.uJ)(text, fallback)
                .filter((e) => e.marker !== 'cert-authority' && (0,host_key/* entryMatchesHost */.gW)(e, h, port))
                .map((e) => lines[e.line - 1] ?? '');
            if (matching.length > 0)
                settings.knownHosts = matching.join('\n') + '\n';
        }
    }
    return settings;
}


/***/ }),

/***/ 6190:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ex: () => (/* binding */ checkHostKey),
/* harmony export */   Tr: () => (/* binding */ parseFingerprints),
/* harmony export */   Ty: () => (/* binding */ hostKeyAlgorithmsFor),
/* harmony export */   _O: () => (/* binding */ fingerprintSha256),
/* harmony export */   gW: () => (/* binding */ entryMatchesHost),
/* harmony export */   uJ: () => (/* binding */ parseKnownHosts),
/* harmony export */   vt: () => (/* binding */ planHostKeyCheck)
/* harmony export */ });
/* unused harmony exports keyTypeOfBlob, knownHostsName */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7322);
/**
 * Host keys: parsing `known_hosts` lines and OpenSSH `SHA256:` fingerprints, matching them against the host
 * being dialled, and deciding whether the key a server presents is trusted. Pure logic (node:crypto only); the
 * ssh adapter calls `checkHostKey` from ssh2's `hostVerifier`, i.e. before any authentication is sent.
 *
 * Policy: pinned by default. `accept-new` (trust on first use) only when the user asks for it by name, and
 * even then a pin that names the host is enforced (like OpenSSH's StrictHostKeyChecking=accept-new).
 */


const KNOWN_HOSTS_INPUT = 'known-hosts';
const FINGERPRINT_INPUT = 'host-fingerprint';
/** Reads the SSH string at the start of a key blob: its algorithm name. */
function keyTypeOfBlob(blob) {
    if (blob.length < 4)
        return undefined;
    const len = Buffer.from(blob.buffer, blob.byteOffset, blob.byteLength).readUInt32BE(0);
    if (len === 0 || len > 64 || 4 + len > blob.length)
        return undefined;
    const name = Buffer.from(blob.subarray(4, 4 + len)).toString('latin1');
    return /^[\x21-\x7e]+$/.test(name) ? name : undefined;
}
/** OpenSSH's fingerprint of a raw public key blob: `SHA256:` + unpadded base64 of its sha256. */
function fingerprintSha256(blob) {
    return 'SHA256:' + (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(blob).digest('base64').replace(/=+$/, '');
}
/** Parses known_hosts text. Blank lines and `#` comments are skipped; a malformed line is a ConfigurationError. */
function parseKnownHosts(text, input = KNOWN_HOSTS_INPUT) {
    const entries = [];
    const lines = text.replace(/^\uFEFF/, '').split(/\r?\n|\r/);
    lines.forEach((raw, i) => {
        const lineNo = i + 1;
        const trimmed = raw.trim();
        if (trimmed === '' || trimmed.startsWith('#'))
            return;
        const fields = trimmed.split(/\s+/);
        let marker;
        if (fields[0]?.startsWith('@')) {
            const m = fields.shift();
            if (m === '@cert-authority')
                marker = 'cert-authority';
            else if (m === '@revoked')
                marker = 'revoked';
            else
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${input} line ${lineNo}: unknown marker '${m}' (expected @cert-authority or @revoked)`, input);
        }
        const [hostField, keyType, keyB64] = fields;
        if (hostField === undefined || keyType === undefined || keyB64 === undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${input} line ${lineNo}: expected 'HOSTS KEYTYPE BASE64KEY' as ssh-keyscan or ~/.ssh/known_hosts write it`, input);
        }
        if (!/^[A-Za-z0-9+/]+={0,2}$/.test(keyB64)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${input} line ${lineNo}: the key field is not base64`, input);
        }
        const key = Buffer.from(keyB64, 'base64');
        const blobType = keyTypeOfBlob(key);
        if (blobType !== keyType) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${input} line ${lineNo}: the key is not a valid ${keyType} public key` +
                (blobType ? ` (it holds a ${blobType} key)` : ''), input);
        }
        let hosts;
        if (hostField.startsWith('|1|')) {
            const parts = hostField.split('|');
            const salt = Buffer.from(parts[2] ?? '', 'base64');
            const hash = Buffer.from(parts[3] ?? '', 'base64');
            if (parts.length !== 4 || salt.length !== 20 || hash.length !== 20) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${input} line ${lineNo}: malformed hashed host name (expected |1|salt|hash)`, input);
            }
            hosts = { kind: 'hashed', salt, hash };
        }
        else {
            const patterns = hostField.split(',').filter((p) => p !== '');
            if (patterns.length === 0)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${input} line ${lineNo}: no host names`, input);
            hosts = { kind: 'patterns', patterns };
        }
        entries.push({ line: lineNo, marker, hosts, keyType, key });
    });
    return entries;
}
/** The name known_hosts uses for a host: `host` on port 22, else `[host]:port`. */
function knownHostsName(host, port) {
    return port === 22 ? host : `[${host}]:${port}`;
}
function globToRegExp(pattern) {
    const body = pattern
        .split('')
        .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[\\^$.|+()[\]{}]/g, '\\$&')))
        .join('');
    return new RegExp(`^${body}$`, 'i');
}
/** Whether a known_hosts entry names this host (patterns with `*`, `?`, `!negation`, or a hashed name). */
function entryMatchesHost(entry, host, port) {
    const name = knownHostsName(host, port);
    if (entry.hosts.kind === 'hashed') {
        const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)('sha1', entry.hosts.salt).update(name).digest();
        return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.timingSafeEqual)(digest, entry.hosts.hash);
    }
    let matched = false;
    for (const pattern of entry.hosts.patterns) {
        const negated = pattern.startsWith('!');
        const re = globToRegExp(negated ? pattern.slice(1) : pattern);
        if (re.test(name)) {
            if (negated)
                return false;
            matched = true;
        }
    }
    return matched;
}
/**
 * Parses one or more fingerprints (separated by whitespace, commas or newlines). Accepts the `SHA256:…`
 * token alone or whole `ssh-keygen -lf` lines (`256 SHA256:… comment (ED25519)`).
 */
function parseFingerprints(text, input = FINGERPRINT_INPUT) {
    const out = [];
    for (const raw of text.split(/\r?\n|,/)) {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            continue;
        const tokens = line.split(/\s+/).filter((t) => /^(SHA256|MD5):/i.test(t));
        if (tokens.length === 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${input}: '${line.slice(0, 80)}' is not an OpenSSH fingerprint; expected SHA256:… as printed by 'ssh-keygen -lf' or 'ssh-keyscan HOST | ssh-keygen -lf -'`, input);
        }
        for (const token of tokens) {
            if (/^MD5:/i.test(token)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${input}: MD5 fingerprints are not accepted; use the SHA256:… form ('ssh-keygen -lf -E sha256')`, input);
            }
            const b64 = token.slice('SHA256:'.length).replace(/=+$/, '');
            const bytes = /^[A-Za-z0-9+/]{43}$/.test(b64) ? Buffer.from(b64 + '=', 'base64') : Buffer.alloc(0);
            if (bytes.length !== 32) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`${input}: '${token}' is not a complete SHA256 fingerprint (expected SHA256: followed by 43 base64 characters)`, input);
            }
            out.push('SHA256:' + b64);
        }
    }
    return out;
}
/**
 * Builds the check from the user's inputs. Strict policy without any pin for this host is a ConfigurationError
 * that says how to pin (or how to opt in to trust-on-first-use).
 */
function planHostKeyCheck(pins) {
    const name = knownHostsName(pins.host, pins.port);
    const all = pins.knownHosts?.trim() ? parseKnownHosts(pins.knownHosts) : [];
    const forHost = all.filter((e) => entryMatchesHost(e, pins.host, pins.port));
    const revoked = forHost.filter((e) => e.marker === 'revoked').map((e) => e.key);
    const pinnedEntries = forHost.filter((e) => e.marker === undefined);
    const fingerprints = pins.hostFingerprint?.trim() ? parseFingerprints(pins.hostFingerprint) : [];
    if (pinnedEntries.length > 0 || fingerprints.length > 0) {
        return {
            mode: 'pinned',
            input: pinnedEntries.length > 0 ? KNOWN_HOSTS_INPUT : FINGERPRINT_INPUT,
            keys: pinnedEntries.map((e) => e.key),
            fingerprints,
            keyTypes: fingerprints.length > 0 ? [] : [...new Set(pinnedEntries.map((e) => e.keyType))],
            revoked,
        };
    }
    if (pins.hostKeyPolicy === 'accept-new')
        return { mode: 'accept-new', revoked };
    if (all.length > 0) {
        const names = all
            .filter((e) => e.marker === undefined)
            .map((e) => (e.hosts.kind === 'hashed' ? '(hashed)' : e.hosts.patterns.join(',')));
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`known-hosts has no key for ${name} (its lines name: ${[...new Set(names)].join(' ') || 'nothing usable'}); ` +
            `add the line 'ssh-keyscan -p ${pins.port} ${pins.host}' prints (checked out of band), or pass host-fingerprint`, KNOWN_HOSTS_INPUT);
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`the host key of ${name} is not pinned: pass known-hosts (a known_hosts line for the host) or host-fingerprint ` +
        `(SHA256:… from 'ssh-keygen -lf'), or choose host-key-policy: accept-new to trust the key seen on first use`, 'host-key-policy');
}
/** ssh2 algorithm names that can present a key of this type (known_hosts type → negotiable algorithms). */
function hostKeyAlgorithmsFor(keyType) {
    if (keyType === 'ssh-rsa')
        return ['rsa-sha2-512', 'rsa-sha2-256', 'ssh-rsa'];
    return [keyType];
}
/** Decides whether the key the server presented is trusted. `label` names the host in messages. */
function checkHostKey(check, presented, label) {
    const blob = Buffer.from(presented);
    const fingerprint = fingerprintSha256(blob);
    const keyType = keyTypeOfBlob(blob) ?? 'unknown';
    const seen = `${fingerprint} (${keyType})`;
    if (check.revoked.some((k) => k.equals(blob))) {
        return {
            ok: false,
            fingerprint,
            keyType,
            input: KNOWN_HOSTS_INPUT,
            message: `host key of ${label} is marked @revoked in known-hosts (${seen}); stopped before authenticating`,
        };
    }
    if (check.mode === 'accept-new')
        return { ok: true, fingerprint, keyType, trust: 'accepted-new' };
    if (check.keys.some((k) => k.equals(blob)) || check.fingerprints.includes(fingerprint)) {
        return { ok: true, fingerprint, keyType, trust: 'pinned' };
    }
    const expected = [
        ...check.keys.map((k) => `${fingerprintSha256(k)} (${keyTypeOfBlob(k) ?? 'unknown'})`),
        ...check.fingerprints,
    ].join(' or ');
    const typeHint = check.keyTypes.length === 0 || check.keyTypes.includes(keyType)
        ? ''
        : ` The server offered a ${keyType} key; pin that type as well if it is genuine.`;
    return {
        ok: false,
        fingerprint,
        keyType,
        input: check.input,
        message: `host key mismatch for ${label}: expected ${expected} from ${check.input}, but the server presented ${seen}. ` +
            `Stopped before authenticating. If the box was rebuilt, check its new key out of band and update ${check.input}; ` +
            `otherwise someone may be intercepting the connection.${typeHint}`,
    };
}


/***/ }),

/***/ 2710:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ LineSplitter)
/* harmony export */ });
class LineSplitter {
    pending = Buffer.alloc(0);
    /** Offset of the first byte not yet part of a yielded line. */
    lineStart;
    constructor(offset = 0) {
        if (!Number.isSafeInteger(offset) || offset < 0)
            throw new RangeError(`invalid stream offset ${offset}`);
        this.lineStart = offset;
    }
    /** Offset to resume from: just past the last whole line. */
    get offset() {
        return this.lineStart;
    }
    /** Offset of the next byte to read from the file (past any partial line held back). */
    get readOffset() {
        return this.lineStart + this.pending.length;
    }
    push(chunk) {
        const lines = [];
        const buf = this.pending.length ? Buffer.concat([this.pending, chunk]) : Buffer.from(chunk);
        let start = 0;
        for (;;) {
            const nl = buf.indexOf(0x0a, start);
            if (nl === -1)
                break;
            this.lineStart += nl + 1 - start;
            lines.push({ line: buf.subarray(start, nl).toString('utf8'), offset: this.lineStart });
            start = nl + 1;
        }
        this.pending = Buffer.from(buf.subarray(start));
        return lines;
    }
    /** The trailing bytes without a newline, as a final line (used when the caller says the file is complete). */
    finish() {
        if (this.pending.length === 0)
            return undefined;
        const line = { line: this.pending.toString('utf8'), offset: this.lineStart + this.pending.length };
        this.lineStart += this.pending.length;
        this.pending = Buffer.alloc(0);
        return line;
    }
}


/***/ }),

/***/ 6761:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ normalizePrivateKeyText),
/* harmony export */   c: () => (/* binding */ looksLikePublicKey)
/* harmony export */ });
/**
 * Repairs the ways a private key gets mangled on its way into a secret or an input: CRLF line endings, a
 * missing final newline, a byte-order mark, surrounding quotes, or `\n` written as two characters on one line.
 * The text is never printed; callers mask it before anything else happens.
 */
function normalizePrivateKeyText(text) {
    let t = text.replace(/^\uFEFF/, '').trim();
    if ((t.startsWith('"') && t.endsWith('"')) || (t.startsWith("'") && t.endsWith("'")))
        t = t.slice(1, -1).trim();
    if (!t.includes('\n') && t.includes('\\n'))
        t = t.replace(/\\r\\n|\\n/g, '\n');
    t = t.replace(/\r\n?/g, '\n');
    return t === '' ? '' : t + '\n';
}
/** A public key (`ssh-ed25519 AAAA…`, `.pub` contents) pasted where the private key belongs. */
function looksLikePublicKey(text) {
    return /^(ssh-(ed25519|rsa|dss)|ecdsa-sha2-nistp\d+|sk-[a-z0-9@.-]+)\s+AAAA/.test(text.trim());
}


/***/ }),

/***/ 5684:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ shellQuote),
/* harmony export */   n: () => (/* binding */ shellJoin)
/* harmony export */ });
/**
 * The one quoting function every remote command is built with. POSIX single-quote quoting: the result is
 * read by sh/bash as exactly the bytes given, whatever they contain ($(…), backticks, ;, newlines, quotes,
 * a leading -, unicode). A leading `-` is preserved as data; callers put `--` before user paths where the
 * program parses options.
 */
function shellQuote(arg) {
    if (arg.includes('\0')) {
        throw new TypeError('a shell argument cannot contain a NUL byte');
    }
    if (arg !== '' && /^[A-Za-z0-9_@%+=:,./-]+$/.test(arg))
        return arg;
    return `'${arg.replace(/'/g, `'\\''`)}'`;
}
/** Joins argv into one shell command line, each element quoted. */
function shellJoin(argv) {
    if (argv.length === 0)
        throw new TypeError('empty argv');
    return argv.map(shellQuote).join(' ');
}


/***/ }),

/***/ 9312:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ib: () => (/* binding */ normalizeSignal),
/* harmony export */   v0: () => (/* binding */ assertPgid)
/* harmony export */ });
/* unused harmony export SIGNAL_NAMES */
/** Signal names as `Host.killGroup` takes them: without the `SIG` prefix (`TERM`, `KILL`, …). */
const SIGNAL_NAMES = [
    'HUP',
    'INT',
    'QUIT',
    'ABRT',
    'KILL',
    'USR1',
    'USR2',
    'ALRM',
    'TERM',
    'CONT',
    'STOP',
    'TSTP',
    'WINCH',
];
/** Accepts `TERM`, `SIGTERM` or `sigterm`; throws TypeError for anything else. */
function normalizeSignal(name) {
    const upper = name.toUpperCase().replace(/^SIG/, '');
    const found = SIGNAL_NAMES.find((s) => s === upper);
    if (!found)
        throw new TypeError(`unknown signal ${JSON.stringify(name)}; use one of ${SIGNAL_NAMES.join(', ')}`);
    return found;
}
/** A process group id that can be signalled: a positive integer above 1 (never 0/-1, which mean "everyone"). */
function assertPgid(pgid) {
    if (!Number.isSafeInteger(pgid) || pgid <= 1)
        throw new TypeError(`invalid process group id ${pgid}`);
}


/***/ })

};

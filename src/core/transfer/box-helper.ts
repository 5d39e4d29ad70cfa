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

export const BOX_HELPER_PY = String.raw`
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

export type BoxHelperMode = 'list' | 'hash' | 'send' | 'raw';

/** argv that runs the helper with the box's python3 (`python` names another interpreter). */
export function boxHelperArgv(mode: BoxHelperMode, python = 'python3'): string[] {
  return [python, '-c', BOX_HELPER_PY, mode];
}

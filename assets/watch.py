#!/usr/bin/env python3
"""tenant checkpoint-directory watcher: reports checkpoint writes as JSON lines, and can kill a process group
the moment a save starts.

    python3 watch.py --pgid 1234 [--arm-file F --signal KILL] DIR...

Polls DIR (and --depth levels of subdirectories, for `checkpoint-*/` layouts) every --interval seconds and prints
one JSON line per change: {"t": ms, "ev": "new"|"grow"|"shrink"|"replace"|"touch"|"gone", "path", "size",
"temp"}. "replace" means the name now points at another inode (an atomic rename landed); "shrink" on an
existing file means it was truncated and is being rewritten in place (not atomic).

With --arm-file: once that file exists, the watcher takes the directory as it is then as the baseline and,
at the first sign of a save (a new file, a file growing or truncated), sends --signal to the process group
--pgid at once, prints {"ev": "killed", ...} and exits. Doing the kill here, on the box, lands it within one
poll interval of the write starting, with no network round trip in between.

Exits when the process group has no live member, when --stop-file appears, or after --max-seconds.
Reads only; the one side effect is the signal it is asked to send. Python 3.6+, stdlib only.
"""
import argparse
import json
import os
import signal
import sys
import time

TEMP_MARKERS = (".tmp", ".temp", ".partial", ".part", ".incomplete", "~")


def looks_temp(name):
    low = name.lower()
    return low.startswith(".") or low.startswith("tmp") or any(low.endswith(m) for m in TEMP_MARKERS) or ".tmp" in low


def now_ms():
    return int(time.time() * 1000)


def snapshot(dirs, depth=3):
    """{path: (inode, size, mtime_ns)} for files in each dir and up to `depth` levels below."""
    out = {}
    stack = [(d, 0) for d in dirs]
    while stack:
        d, level = stack.pop()
        try:
            entries = list(os.scandir(d))
        except OSError:
            continue
        for e in entries:
            try:
                if e.is_dir(follow_symlinks=False):
                    if level < depth:
                        stack.append((e.path, level + 1))
                elif e.is_file(follow_symlinks=False):
                    st = e.stat(follow_symlinks=False)
                    out[e.path] = (st.st_ino, st.st_size, st.st_mtime_ns)
            except OSError:
                continue
    return out


def diff(before, after):
    events = []
    for path, (ino, size, mtime) in after.items():
        old = before.get(path)
        temp = looks_temp(os.path.basename(path)) or looks_temp(os.path.basename(os.path.dirname(path)))
        if old is None:
            events.append(("new", path, size, temp))
        elif old[0] != ino:
            events.append(("replace", path, size, temp))
        elif size > old[1]:
            events.append(("grow", path, size, temp))
        elif size < old[1]:
            events.append(("shrink", path, size, temp))
        elif mtime != old[2]:
            events.append(("touch", path, size, temp))
    for path in before:
        if path not in after:
            events.append(("gone", path, 0, looks_temp(os.path.basename(path))))
    return events


def group_alive(pgid):
    """True while some non-zombie process is in group `pgid` (a zombie-reaping-free pid 1 leaves zombies)."""
    try:
        pids = [p for p in os.listdir("/proc") if p.isdigit()]
    except OSError:
        try:
            os.killpg(pgid, 0)
            return True
        except OSError:
            return False
    for pid in pids:
        try:
            with open("/proc/%s/stat" % pid, "rb") as f:
                data = f.read().decode("ascii", "replace")
        except OSError:
            continue
        fields = data[data.rfind(")") + 2:].split()
        if len(fields) >= 3 and fields[2] == str(pgid) and fields[0] not in ("Z", "X"):
            return True
    return False


def emit(obj):
    sys.stdout.write(json.dumps(obj) + "\n")
    sys.stdout.flush()


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dirs", nargs="+")
    ap.add_argument("--pgid", type=int, required=True)
    ap.add_argument("--interval", type=float, default=0.01)
    ap.add_argument("--arm-file")
    ap.add_argument("--signal", default="KILL")
    ap.add_argument("--stop-file")
    ap.add_argument("--max-seconds", type=float, default=86400.0)
    ap.add_argument("--depth", type=int, default=1, help="levels of subdirectories to watch")
    args = ap.parse_args(argv)
    sig = getattr(signal, "SIG" + args.signal.upper().replace("SIG", ""))
    started = time.time()
    state = snapshot(args.dirs, args.depth)
    emit({"t": now_ms(), "ev": "start", "files": len(state)})
    armed = False
    last_alive_check = 0.0
    last_scan = 0.0
    while True:
        time.sleep(args.interval)
        current = snapshot(args.dirs, args.depth)
        events = diff(state, current)
        t = now_ms()
        for ev, path, size, temp in events:
            emit({"t": t, "ev": ev, "path": path, "size": size, "temp": temp})
        if armed:
            starts = [e for e in events if e[0] in ("new", "grow", "shrink")]
            if starts:
                ev, path, size, temp = starts[0]
                try:
                    os.killpg(args.pgid, sig)
                    emit({"t": now_ms(), "ev": "killed", "signal": args.signal, "path": path, "size": size,
                          "temp": temp, "trigger": ev})
                except OSError as err:
                    emit({"t": now_ms(), "ev": "kill-failed", "error": str(err)})
                return 0
        state = current
        if args.arm_file and not armed and os.path.exists(args.arm_file):
            armed = True
            emit({"t": now_ms(), "ev": "armed", "files": len(state)})
        if args.stop_file and os.path.exists(args.stop_file):
            emit({"t": now_ms(), "ev": "stop", "reason": "stop file"})
            return 0
        if time.time() - started > args.max_seconds:
            emit({"t": now_ms(), "ev": "stop", "reason": "max seconds"})
            return 0
        if time.time() - last_alive_check > 0.1:
            last_alive_check = time.time()
            try:
                os.killpg(args.pgid, 0)
                exists = True
            except OSError:
                exists = False
            # kill(0) also succeeds for a group of zombies, so confirm through /proc now and then.
            if exists and time.time() - last_scan > 1.0:
                last_scan = time.time()
                exists = group_alive(args.pgid)
            if not exists:
                final = diff(state, snapshot(args.dirs, args.depth))
                for ev, path, size, temp in final:
                    emit({"t": now_ms(), "ev": ev, "path": path, "size": size, "temp": temp})
                emit({"t": now_ms(), "ev": "stop", "reason": "process group gone"})
                return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except KeyboardInterrupt:
        sys.exit(130)

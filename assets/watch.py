#!/usr/bin/env python3
"""tenant checkpoint agent: watches the checkpoint directory for the life of one training attempt, reports every
write as a JSON line, probes each new checkpoint itself, answers probe requests, and can kill the process group
the moment a save starts. Started by verify-resume on the box with the training's interpreter; when tenant sends
it, the probe's code (assets/probe.py) comes first in the same script.

    python3 watch.py --pgid 1234 --workdir W --pattern 'checkpoints/*' [--arm-file F --signal KILL] DIR...

Events (one JSON line each, "t" in ms since the epoch):
  {"ev": "new"|"grow"|"shrink"|"replace"|"touch"|"gone", "path", "size", "temp"}  a change in a watched dir;
      "replace" means the name now points at another inode (an atomic rename landed), "shrink" on an existing
      file means it is being rewritten in place (not atomic)
  {"ev": "probe", "id": "auto"|ID, "doc": {...}}   the probe's document: after a checkpoint write settles
      (structure only, fast), or in answer to a request file `<request-dir>/probe-<ID>.json`
  {"ev": "armed"} / {"ev": "killed", "path", "size", "temp", "trigger"}   the during-save kill (--arm-file)
  {"ev": "stop", "reason"}

Once a torch checkpoint has been seen, a forked child imports torch and answers the probe requests, so the
post-kill probe does not pay for the import and the watcher's loop is never held up by it. Exits when --stop-file appears, after --max-seconds, or --linger seconds after the process
group is gone. Reads only, apart from removing the request files it answers; the one other side effect is the
signal it is asked to send. Python 3.6+, stdlib only.
"""
import argparse
import json
import os
import signal
import sys
import time

try:
    build_doc  # noqa: B018 - embedded after probe.py: its functions are already defined here
except NameError:
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from probe import build_doc  # noqa: E402

TEMP_MARKERS = (".tmp", ".temp", ".partial", ".part", ".incomplete", "~")
TORCH_SUFFIXES = (".pt", ".pth", ".ckpt", ".bin", ".tar")
SETTLE_SECONDS = 0.03


def looks_temp(name):
    low = name.lower()
    return low.startswith(".") or low.startswith("tmp") or any(low.endswith(m) for m in TEMP_MARKERS) or ".tmp" in low


def now_ms():
    return int(time.time() * 1000)


def snapshot(dirs, depth=1):
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
    """True while some non-zombie process is in group `pgid` (a pid 1 that never reaps leaves zombies)."""
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
    sys.stdout.write(json.dumps(obj, default=str) + "\n")
    sys.stdout.flush()


class TorchProbeWorker(object):
    """A forked child that imports torch once, then answers probe requests over a pipe. Forking keeps the
    import (seconds of CPU-bound work) off the watcher's loop, which must keep polling every few ms."""

    def __init__(self):
        req_r, req_w = os.pipe()
        res_r, res_w = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child
            os.close(req_w)
            os.close(res_r)
            try:
                import torch  # noqa: F401,PLC0415 - loaded once, ahead of the post-kill probe
            except Exception:  # noqa: BLE001
                pass
            out = os.fdopen(res_w, "w")
            for line in os.fdopen(req_r):
                try:
                    req = json.loads(line)
                    doc = build_doc(req["patterns"], req["workdir"], bool(req.get("allowPickle")), int(req.get("limit", 8)),
                                    bool(req.get("noTorch")))
                    out.write(json.dumps({"id": req["id"], "doc": doc}, default=str) + "\n")
                except Exception as err:  # noqa: BLE001
                    out.write(json.dumps({"id": req.get("id"), "error": str(err)}) + "\n")
                out.flush()
            os._exit(0)
        os.close(req_r)
        os.close(res_w)
        self.pid = pid
        self.requests = os.fdopen(req_w, "w")
        self.results = res_r
        os.set_blocking(res_r, False)
        self.pending = b""

    def submit(self, req):
        self.requests.write(json.dumps(req) + "\n")
        self.requests.flush()

    def poll(self):
        """Finished answers, without blocking."""
        try:
            chunk = os.read(self.results, 1 << 20)
        except BlockingIOError:
            return []
        except OSError:
            return []
        self.pending += chunk
        lines = self.pending.split(b"\n")
        self.pending = lines.pop()
        return [json.loads(l.decode("utf-8")) for l in lines if l.strip()]

    def close(self):
        try:
            self.requests.close()
        except OSError:
            pass
        try:
            os.waitpid(self.pid, os.WNOHANG)
        except OSError:
            pass


def main(argv):
    ap = argparse.ArgumentParser(description="tenant checkpoint agent")
    ap.add_argument("dirs", nargs="+")
    ap.add_argument("--pgid", type=int, required=True)
    ap.add_argument("--workdir", default=os.getcwd())
    ap.add_argument("--pattern", action="append", default=[], help="checkpoint glob (repeatable) for the probes")
    ap.add_argument("--interval", type=float, default=0.01)
    ap.add_argument("--depth", type=int, default=1, help="levels of subdirectories to watch")
    ap.add_argument("--arm-file")
    ap.add_argument("--signal", default="KILL")
    ap.add_argument("--stop-file")
    ap.add_argument("--request-dir", help="directory where probe-<id>.json requests appear")
    ap.add_argument("--max-seconds", type=float, default=86400.0)
    ap.add_argument("--linger", type=float, default=0.0, help="seconds to stay after the process group is gone")
    ap.add_argument("--warm-torch", choices=["no", "on-torch-file", "now"], default="no",
                    help="load torch in a forked child: never, once a torch file is seen, or at once")
    args = ap.parse_args(argv)
    sig = getattr(signal, "SIG" + args.signal.upper().replace("SIG", ""))
    started = time.time()
    state = snapshot(args.dirs, args.depth)
    emit({"t": now_ms(), "ev": "start", "files": len(state)})
    # Checkpoints written before the agent came up are probed at once.
    settle_at = time.time() if any(not looks_temp(os.path.basename(p)) for p in state) else None
    armed = killed = False
    worker = TorchProbeWorker() if args.warm_torch == "now" else None
    last_alive_check = last_scan = 0.0
    gone_since = None
    while True:
        time.sleep(args.interval)
        current = snapshot(args.dirs, args.depth)
        events = diff(state, current)
        t = now_ms()
        for ev, path, size, temp in events:
            emit({"t": t, "ev": ev, "path": path, "size": size, "temp": temp})
            if not temp and ev != "gone":
                settle_at = time.time() + SETTLE_SECONDS
                if worker is None and args.warm_torch != "no" and path.endswith(TORCH_SUFFIXES):
                    worker = TorchProbeWorker()
        if armed and not killed:
            starts = [e for e in events if e[0] in ("new", "grow", "shrink")]
            if starts:
                ev, path, size, temp = starts[0]
                try:
                    os.killpg(args.pgid, sig)
                    emit({"t": now_ms(), "ev": "killed", "signal": args.signal, "path": path, "size": size,
                          "temp": temp, "trigger": ev})
                except OSError as err:
                    emit({"t": now_ms(), "ev": "kill-failed", "error": str(err)})
                killed = True
                settle_at = None
        state = current
        # A checkpoint write has settled: probe it (structure only; fast) so tenant learns of the commit.
        if settle_at is not None and time.time() >= settle_at and args.pattern and not killed:
            settle_at = None
            try:
                doc = build_doc(args.pattern, args.workdir, False, 2, True)
                emit({"t": now_ms(), "ev": "probe", "id": "auto", "doc": doc})
            except Exception as err:  # noqa: BLE001
                emit({"t": now_ms(), "ev": "probe-failed", "id": "auto", "error": str(err)})
        if args.request_dir:
            try:
                names = sorted(n for n in os.listdir(args.request_dir) if n.startswith("probe-") and n.endswith(".json"))
            except OSError:
                names = []
            for name in names:
                req_path = os.path.join(args.request_dir, name)
                rid = name[len("probe-"):-len(".json")]
                try:
                    with open(req_path) as f:
                        req = json.load(f)
                    os.remove(req_path)
                    req = {"id": rid, "patterns": req.get("patterns") or args.pattern,
                           "workdir": req.get("workdir") or args.workdir, "allowPickle": bool(req.get("allowPickle")),
                           "limit": int(req.get("limit", 8)), "noTorch": bool(req.get("noTorch"))}
                    if worker is not None and not req["noTorch"]:
                        worker.submit(req)  # torch is (being) loaded there
                    else:
                        doc = build_doc(req["patterns"], req["workdir"], req["allowPickle"], req["limit"], req["noTorch"])
                        emit({"t": now_ms(), "ev": "probe", "id": rid, "doc": doc})
                except Exception as err:  # noqa: BLE001
                    emit({"t": now_ms(), "ev": "probe-failed", "id": rid, "error": str(err)})
        if worker is not None:
            for answer in worker.poll():
                if "doc" in answer:
                    emit({"t": now_ms(), "ev": "probe", "id": answer["id"], "doc": answer["doc"]})
                else:
                    emit({"t": now_ms(), "ev": "probe-failed", "id": answer.get("id"), "error": answer.get("error")})
        if args.arm_file and not armed and os.path.exists(args.arm_file):
            armed = True
            emit({"t": now_ms(), "ev": "armed", "files": len(state)})
        if args.stop_file and os.path.exists(args.stop_file):
            emit({"t": now_ms(), "ev": "stop", "reason": "stop file"})
            break
        if time.time() - started > args.max_seconds:
            emit({"t": now_ms(), "ev": "stop", "reason": "max seconds"})
            break
        if gone_since is None and time.time() - last_alive_check > 0.1:
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
                gone_since = time.time()
                emit({"t": now_ms(), "ev": "group-gone"})
        if gone_since is not None and time.time() - gone_since >= args.linger:
            emit({"t": now_ms(), "ev": "stop", "reason": "process group gone"})
            break
    if worker is not None:
        worker.close()
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except KeyboardInterrupt:
        sys.exit(130)

#!/usr/bin/env python3
"""tenant checkpoint probe: read a training checkpoint and print one JSON document about it.

Run on the training box with the training's own interpreter, e.g.

    python3 probe.py --workdir /root/proj 'checkpoints/*.pt'

It never writes anything and never changes directory. Formats:

- raw torch files (zip or legacy): loaded with ``weights_only=True`` when torch is importable; when that is
  refused (the file holds numpy arrays, argparse namespaces, custom classes) the pickle is *walked* without
  executing anything, which still yields the keys, step and epoch. ``--allow-pickle`` permits a full
  ``torch.load(weights_only=False)``: loading a pickle runs code, so pass it only for your own files.
- Lightning ``.ckpt`` (a torch file with ``global_step`` / ``optimizer_states`` / ``lr_schedulers``).
- Hugging Face ``checkpoint-*`` directories (``trainer_state.json`` plus optimizer/scheduler/rng files) and
  Accelerate ``save_state`` directories.
- plain JSON checkpoints; ``.safetensors`` headers.

Output: {"probe": 1, "matches": [...], "leftovers": [...]}; each match has path, format, ok, error,
loadedWith, keys, step, epoch, sizeBytes, mtimeMs and a few scalars (optimizer lr, scheduler counters).
Python 3.6+; stdlib only (torch is used when present).
"""
import argparse
import glob
import io
import json
import os
import pickletools
import struct
import sys
import zipfile

PROBE_VERSION = 1
STEP_KEYS = ("global_step", "step", "iteration", "iter", "num_steps", "steps", "train_step", "total_steps", "it")
EPOCH_KEYS = ("epoch", "current_epoch", "epochs")
NESTED_COUNTER_HOLDERS = ("state", "meta", "progress", "trainer_state", "training_state", "counters", "train_state")
TEMP_MARKERS = (".tmp", ".temp", ".partial", ".part", ".incomplete", "~")
MAX_KEYS = 64


# --------------------------------------------------------------------------------------------------
# A pickle walker that executes nothing: globals stay names, calls stay symbolic.
# --------------------------------------------------------------------------------------------------


class Global(object):
    def __init__(self, module, name):
        self.module = module
        self.name = name

    def qualname(self):
        return "%s.%s" % (self.module, self.name)


class Call(object):
    """A REDUCE/NEWOBJ left unevaluated. Dict-like calls (OrderedDict, defaultdict) collect SETITEMs."""

    def __init__(self, func, args):
        self.func = func
        self.args = args
        self.items = {}
        self.state = None

    def qualname(self):
        return self.func.qualname() if isinstance(self.func, Global) else "?"


class Persistent(object):
    def __init__(self, pid):
        self.pid = pid


class Mark(object):
    pass


MARK = Mark()


class _Key(object):
    """Wraps an unhashable key so a symbolic dict can hold it."""

    def __init__(self, value):
        self.value = value


def _hashable(key):
    try:
        hash(key)
        return key
    except TypeError:
        return _Key(key)


def _pop_mark(stack):
    items = []
    while stack:
        item = stack.pop()
        if item is MARK:
            items.reverse()
            return items
        items.append(item)
    raise ValueError("pickle: MARK missing")


def _set_items(target, pairs):
    holder = target.items if isinstance(target, Call) else target
    if not isinstance(holder, dict):
        return
    for k, v in pairs:
        holder[_hashable(k)] = v


def walk_pickle(data, start=0):
    """Returns (object, end offset) for the pickle at `start` of bytes `data`, executing nothing."""
    stream = io.BytesIO(data)
    stream.seek(start)
    stack = []
    memo = {}
    result = None
    for opcode, arg, _pos in pickletools.genops(stream):
        name = opcode.name
        if name in ("PROTO", "FRAME"):
            continue
        if name == "STOP":
            result = stack.pop() if stack else None
            break
        if name == "MARK":
            stack.append(MARK)
        elif name in ("EMPTY_DICT",):
            stack.append({})
        elif name in ("EMPTY_LIST",):
            stack.append([])
        elif name == "EMPTY_TUPLE":
            stack.append(())
        elif name == "EMPTY_SET":
            stack.append(set())
        elif name in ("DICT",):
            items = _pop_mark(stack)
            d = {}
            _set_items(d, zip(items[0::2], items[1::2]))
            stack.append(d)
        elif name in ("LIST",):
            stack.append(list(_pop_mark(stack)))
        elif name in ("TUPLE", "FROZENSET"):
            stack.append(tuple(_pop_mark(stack)))
        elif name == "TUPLE1":
            stack.append((stack.pop(),))
        elif name == "TUPLE2":
            b = stack.pop()
            a = stack.pop()
            stack.append((a, b))
        elif name == "TUPLE3":
            c = stack.pop()
            b = stack.pop()
            a = stack.pop()
            stack.append((a, b, c))
        elif name == "APPEND":
            v = stack.pop()
            if isinstance(stack[-1], list):
                stack[-1].append(v)
        elif name == "APPENDS":
            items = _pop_mark(stack)
            if isinstance(stack[-1], list):
                stack[-1].extend(items)
        elif name == "ADDITEMS":
            _pop_mark(stack)
        elif name == "SETITEM":
            v = stack.pop()
            k = stack.pop()
            _set_items(stack[-1], [(k, v)])
        elif name == "SETITEMS":
            items = _pop_mark(stack)
            _set_items(stack[-1], zip(items[0::2], items[1::2]))
        elif name in ("PUT", "BINPUT", "LONG_BINPUT"):
            memo[arg] = stack[-1]
        elif name == "MEMOIZE":
            memo[len(memo)] = stack[-1]
        elif name in ("GET", "BINGET", "LONG_BINGET"):
            stack.append(memo.get(arg))
        elif name in ("GLOBAL", "INST"):
            module, _, qual = arg.partition(" ")
            if name == "INST":
                stack.append(Call(Global(module, qual), tuple(_pop_mark(stack))))
            else:
                stack.append(Global(module, qual))
        elif name == "STACK_GLOBAL":
            qual = stack.pop()
            module = stack.pop()
            stack.append(Global(str(module), str(qual)))
        elif name == "REDUCE":
            args = stack.pop()
            func = stack.pop()
            stack.append(Call(func, args))
        elif name == "NEWOBJ":
            args = stack.pop()
            cls = stack.pop()
            stack.append(Call(cls, args))
        elif name == "NEWOBJ_EX":
            stack.pop()
            args = stack.pop()
            cls = stack.pop()
            stack.append(Call(cls, args))
        elif name == "OBJ":
            items = _pop_mark(stack)
            stack.append(Call(items[0] if items else None, tuple(items[1:])))
        elif name == "BUILD":
            state = stack.pop()
            target = stack[-1]
            if isinstance(target, Call):
                target.state = state
                # An object's attributes are worth showing; a dict subclass's attributes (a state_dict's
                # `_metadata`) are not entries.
                if isinstance(state, dict) and target.qualname() not in DICT_CLASSES:
                    target.items.update(state)
        elif name in ("PERSID", "BINPERSID"):
            pid = arg if name == "PERSID" else stack.pop()
            stack.append(Persistent(pid))
        elif name == "POP":
            stack.pop()
        elif name == "POP_MARK":
            _pop_mark(stack)
        elif name == "DUP":
            stack.append(stack[-1])
        elif name in ("NONE",):
            stack.append(None)
        elif name == "NEWTRUE":
            stack.append(True)
        elif name == "NEWFALSE":
            stack.append(False)
        elif name in ("EXT1", "EXT2", "EXT4"):
            stack.append(Global("copyreg-ext", str(arg)))
        elif name in ("NEXT_BUFFER", "READONLY_BUFFER"):
            stack.append(None)
        else:
            # INT/LONG/FLOAT/STRING/UNICODE/BYTES variants all carry their decoded value in `arg`.
            stack.append(arg)
    return result, stream.tell()


TENSOR_REBUILDERS = ("_rebuild_tensor", "_rebuild_tensor_v2", "_rebuild_parameter", "_rebuild_qtensor",
                     "_rebuild_sparse_tensor", "_rebuild_meta_tensor_no_storage", "_rebuild_from_type_v2")
DICT_CLASSES = ("collections.OrderedDict", "collections.defaultdict", "builtins.dict", "__builtin__.dict")


def symbolic_kind(value):
    """'tensor' | 'ndarray' | 'dict' | 'object:<qualname>' | python type name."""
    if isinstance(value, Call):
        q = value.qualname()
        if q.rsplit(".", 1)[-1] in TENSOR_REBUILDERS:
            if q.endswith("_rebuild_from_type_v2") and value.args and isinstance(value.args, tuple):
                return "tensor"
            return "tensor"
        if q in ("numpy.core.multiarray._reconstruct", "numpy._core.multiarray._reconstruct", "numpy.ndarray"):
            return "ndarray"
        if q in DICT_CLASSES:
            return "dict"
        return "object:" + q
    if isinstance(value, dict):
        return "dict"
    if isinstance(value, Persistent):
        return "storage"
    return type(value).__name__


def symbolic_to_plain(value, depth=0):
    """A JSON-able, bounded view of a walked pickle: dicts keep keys, tensors become their shape."""
    if depth > 6:
        return "..."
    if isinstance(value, Call):
        kind = symbolic_kind(value)
        if kind == "dict":
            return {"__dict__": True, "items": _plain_items(value.items, depth)}
        if kind == "tensor":
            shape = None
            if isinstance(value.args, tuple) and len(value.args) >= 3 and isinstance(value.args[2], tuple):
                shape = list(value.args[2])
            return {"__tensor__": shape}
        if kind == "ndarray":
            return {"__ndarray__": True}
        if value.items:
            return {"__object__": value.qualname(), "items": _plain_items(value.items, depth)}
        return {"__object__": value.qualname()}
    if isinstance(value, dict):
        return {"__dict__": True, "items": _plain_items(value, depth)}
    if isinstance(value, (list, tuple)):
        return [symbolic_to_plain(v, depth + 1) for v in value[:16]]
    if isinstance(value, (Global, Persistent, _Key)):
        return "<%s>" % type(value).__name__
    if isinstance(value, bytes):
        return "<bytes %d>" % len(value)
    if isinstance(value, (set, frozenset)):
        return "<set>"
    return value


def _plain_items(items, depth):
    out = {}
    for k, v in items.items():
        key = k if isinstance(k, str) else str(k.value if isinstance(k, _Key) else k)
        out[key] = symbolic_to_plain(v, depth + 1)
    return out


# --------------------------------------------------------------------------------------------------
# Turning a loaded (real or symbolic) object into the probe's report.
# --------------------------------------------------------------------------------------------------


def _as_mapping(obj):
    """A real dict view of a loaded or plain-converted object, or None."""
    if isinstance(obj, dict):
        if obj.get("__dict__") is True and isinstance(obj.get("items"), dict):
            return obj["items"]
        if "__object__" in obj and isinstance(obj.get("items"), dict):
            return obj["items"]
        return obj
    if hasattr(obj, "keys") and hasattr(obj, "__getitem__"):
        try:
            return dict(obj)
        except Exception:  # noqa: BLE001 - an exotic mapping; treat as opaque
            return None
    return None


def _is_tensorish(value):
    if isinstance(value, dict) and ("__tensor__" in value or "__ndarray__" in value):
        return True
    name = type(value).__name__
    return name in ("Tensor", "Parameter", "ndarray")


def _number(value):
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return value
    item = getattr(value, "item", None)
    if callable(item) and getattr(value, "numel", lambda: 2)() == 1:
        try:
            v = item()
            return v if isinstance(v, (int, float)) and not isinstance(v, bool) else None
        except Exception:  # noqa: BLE001
            return None
    return None


def _find_counter(mapping, names):
    for name in names:
        if name in mapping:
            n = _number(mapping[name])
            if n is not None:
                return n, name
    for holder in NESTED_COUNTER_HOLDERS:
        inner = _as_mapping(mapping.get(holder)) if holder in mapping else None
        if inner:
            for name in names:
                if name in inner:
                    n = _number(inner[name])
                    if n is not None:
                        return n, "%s.%s" % (holder, name)
    return None, None


def _key_list(mapping):
    return [str(k.value if isinstance(k, _Key) else k) for k in list(mapping.keys())[:MAX_KEYS]]


def _first_lr(optimizer):
    opt = _as_mapping(optimizer)
    if not opt:
        return None
    groups = opt.get("param_groups")
    if isinstance(groups, (list, tuple)) and groups:
        g = _as_mapping(groups[0])
        if g and "lr" in g:
            return _number(g["lr"])
    return None


def describe_state(obj, report):
    """Fills keys / step / epoch / nested facts from a loaded checkpoint object."""
    mapping = _as_mapping(obj)
    if mapping is None:
        report["topLevel"] = type(obj).__name__
        report["keys"] = []
        return
    report["topLevel"] = "dict"
    report["keys"] = _key_list(mapping)
    values = list(mapping.values())
    report["bareStateDict"] = bool(values) and all(_is_tensorish(v) for v in values)
    step, step_key = _find_counter(mapping, STEP_KEYS)
    epoch, epoch_key = _find_counter(mapping, EPOCH_KEYS)
    report["step"] = step
    report["stepKey"] = step_key
    report["epoch"] = epoch
    report["epochKey"] = epoch_key
    nested = {}
    scalars = {}
    for key, value in mapping.items():
        key = str(key.value if isinstance(key, _Key) else key)
        inner = _as_mapping(value)
        if inner is not None and not _is_tensorish(value):
            nested[key] = _key_list(inner)[:24]
        n = _number(value)
        if n is not None:
            scalars[key] = n
    report["nestedKeys"] = nested
    report["scalars"] = scalars
    facts = {}
    for key in ("optimizer", "optim", "opt", "optimizer_state", "optimizer_state_dict"):
        if key in mapping:
            lr = _first_lr(mapping[key])
            if lr is not None:
                facts["optimizerLr"] = lr
            break
    if "optimizer_states" in mapping and isinstance(mapping["optimizer_states"], (list, tuple)):
        if mapping["optimizer_states"]:
            lr = _first_lr(mapping["optimizer_states"][0])
            if lr is not None:
                facts["optimizerLr"] = lr
    for key in ("scheduler", "sched", "lr_scheduler", "scheduler_state", "lr_sched"):
        inner = _as_mapping(mapping.get(key)) if key in mapping else None
        if inner:
            for counter in ("last_epoch", "_step_count", "step", "last_step"):
                if counter in inner and _number(inner[counter]) is not None:
                    facts["scheduler." + counter] = _number(inner[counter])
            break
    model_keys = []
    for key in ("model", "state_dict", "model_state_dict", "module", "net", "network"):
        inner = _as_mapping(mapping.get(key)) if key in mapping else None
        if inner:
            model_keys = _key_list(inner)
            break
    if report["bareStateDict"]:
        model_keys = report["keys"]
    prefixes = sorted({p for p in ("module.", "_orig_mod.") for k in model_keys if k.startswith(p)})
    if prefixes:
        facts["modelKeyPrefixes"] = prefixes
    report["facts"] = facts


# --------------------------------------------------------------------------------------------------
# Formats
# --------------------------------------------------------------------------------------------------


def _torch():
    try:
        import torch  # noqa: PLC0415 - optional dependency, imported only for torch files

        return torch
    except Exception:  # noqa: BLE001
        return None


def _torch_load(torch, path, weights_only):
    try:
        return torch.load(path, map_location="cpu", weights_only=weights_only)
    except TypeError as err:
        if "weights_only" in str(err):
            raise RuntimeError("this torch (%s) has no weights_only; pass --allow-pickle" % torch.__version__)
        raise


def _walk_torch_zip(path):
    with zipfile.ZipFile(path) as zf:
        bad = zf.testzip()
        if bad is not None:
            raise ValueError("torn file: member %s fails its CRC" % bad)
        names = zf.namelist()
        pkl = [n for n in names if n.endswith("/data.pkl") or n == "data.pkl"]
        if not pkl:
            raise ValueError("not a torch zip archive (no data.pkl)")
        obj, _ = walk_pickle(zf.read(pkl[0]))
        return symbolic_to_plain(obj)


def _walk_torch_legacy(path):
    with open(path, "rb") as f:
        data = f.read()
    _magic, pos = walk_pickle(data, 0)
    _proto, pos = walk_pickle(data, pos)
    _sysinfo, pos = walk_pickle(data, pos)
    obj, _ = walk_pickle(data, pos)
    return symbolic_to_plain(obj)


USE_TORCH = True


def probe_torch_file(path, report, allow_pickle, is_zip):
    report["format"] = "torch-zip" if is_zip else "torch-legacy"
    if path.endswith(".ckpt"):
        report["format"] = "lightning"
    if is_zip:
        # Integrity first: a kill mid-write leaves a zip with no central directory or a bad CRC.
        try:
            with zipfile.ZipFile(path) as zf:
                bad = zf.testzip()
        except (zipfile.BadZipFile, EOFError, OSError) as err:
            raise ValueError("torn or truncated torch file: %s" % err)
        if bad is not None:
            raise ValueError("torn torch file: member %s fails its CRC" % bad)
    torch = _torch() if USE_TORCH else None
    errors = []
    if torch is not None:
        try:
            obj = _torch_load(torch, path, True)
            report["loadedWith"] = "weights_only"
            describe_state(obj, report)
            return
        except Exception as err:  # noqa: BLE001 - the reason goes into the report
            errors.append("weights_only load refused: %s" % str(err).splitlines()[0][:300])
        if allow_pickle:
            obj = _torch_load(torch, path, False)
            report["loadedWith"] = "pickle"
            describe_state(obj, report)
            return
    # Read the structure without running the pickle: keys, counters and tensor shapes.
    plain = _walk_torch_zip(path) if is_zip else _walk_torch_legacy(path)
    report["loadedWith"] = "structure"
    if errors:
        report["notes"] = errors + ["read structurally without unpickling; pass --allow-pickle for a full load"]
        report["needsPickle"] = True
    describe_state(plain, report)


def probe_json_file(path, report):
    report["format"] = "json"
    with open(path, "rb") as f:
        raw = f.read()
    try:
        obj = json.loads(raw.decode("utf-8"))
    except ValueError as err:
        raise ValueError("torn or invalid JSON (%d bytes): %s" % (len(raw), err))
    report["loadedWith"] = "json"
    describe_state(obj, report)


def probe_safetensors(path, report):
    report["format"] = "safetensors"
    size = os.path.getsize(path)
    with open(path, "rb") as f:
        head = f.read(8)
        if len(head) < 8:
            raise ValueError("torn safetensors file: %d bytes" % len(head))
        (n,) = struct.unpack("<Q", head)
        if n > size - 8:
            raise ValueError("torn safetensors file: header says %d bytes, file has %d" % (n, size - 8))
        header = json.loads(f.read(n).decode("utf-8"))
    end = 0
    for name, meta in header.items():
        if name != "__metadata__" and isinstance(meta, dict) and "data_offsets" in meta:
            end = max(end, meta["data_offsets"][1])
    if 8 + n + end > size:
        raise ValueError("torn safetensors file: tensors end at %d, file has %d bytes" % (8 + n + end, size))
    report["loadedWith"] = "header"
    report["topLevel"] = "dict"
    report["keys"] = [k for k in header.keys() if k != "__metadata__"][:MAX_KEYS]
    report["bareStateDict"] = True
    report["step"] = None
    report["epoch"] = None


# File names inside a framework checkpoint directory, mapped to the state they carry.
DIR_FILE_ROLES = (
    ("trainer_state.json", "trainer_state"),
    ("optimizer.pt", "optimizer"),
    ("optimizer.bin", "optimizer"),
    ("scheduler.pt", "scheduler"),
    ("scheduler.bin", "scheduler"),
    ("scaler.pt", "scaler"),
    ("rng_state", "rng"),
    ("random_states", "rng"),
    ("model.safetensors", "model"),
    ("pytorch_model", "model"),
    ("adapter_model", "model"),
    ("model_", "model"),
    ("ema", "ema"),
    ("latest", "deepspeed_tag"),
    (".metadata", "dcp_metadata"),
    ("mp_rank_", "model"),
    ("zero_pp_rank_", "optimizer"),
)


def probe_dir(path, report, allow_pickle):
    report["format"] = "dir"
    files = []
    total = 0
    for root, _dirs, names in os.walk(path):
        for name in names:
            p = os.path.join(root, name)
            try:
                total += os.path.getsize(p)
            except OSError:
                continue
            files.append(os.path.relpath(p, path))
    files.sort()
    report["sizeBytes"] = total
    report["files"] = files[:MAX_KEYS]
    roles = []
    for rel in files:
        base = os.path.basename(rel)
        for marker, role in DIR_FILE_ROLES:
            if base.startswith(marker) or base == marker:
                if role not in roles:
                    roles.append(role)
                break
    report["keys"] = roles
    report["topLevel"] = "dir"
    report["step"] = None
    report["epoch"] = None
    report["loadedWith"] = "files"
    problems = []
    state_file = os.path.join(path, "trainer_state.json")
    if os.path.exists(state_file):
        report["format"] = "hf-checkpoint"
        try:
            with open(state_file, "rb") as f:
                state = json.loads(f.read().decode("utf-8"))
            report["step"] = state.get("global_step")
            report["stepKey"] = "trainer_state.global_step"
            report["epoch"] = state.get("epoch")
            report["epochKey"] = "trainer_state.epoch"
            history = state.get("log_history") or []
            for entry in reversed(history):
                if isinstance(entry, dict) and "learning_rate" in entry:
                    report.setdefault("facts", {})["loggedLr"] = entry["learning_rate"]
                    break
        except ValueError as err:
            problems.append("trainer_state.json is torn or invalid: %s" % err)
    # Every torch/safetensors file inside must be intact (a kill mid-save leaves a torn member).
    for rel in files:
        p = os.path.join(path, rel)
        try:
            if rel.endswith(".safetensors"):
                probe_safetensors(p, {})
            elif _is_zip(p):
                with zipfile.ZipFile(p) as zf:
                    bad = zf.testzip()
                if bad is not None:
                    problems.append("%s: member %s fails its CRC" % (rel, bad))
            elif rel.endswith((".pt", ".pth", ".bin")) and os.path.getsize(p) == 0:
                problems.append("%s is empty" % rel)
        except Exception as err:  # noqa: BLE001
            problems.append("%s: %s" % (rel, err))
    if not files:
        problems.append("directory is empty")
    if problems:
        raise ValueError("; ".join(problems[:5]))


def _is_zip(path):
    with open(path, "rb") as f:
        return f.read(4) == b"PK\x03\x04"


def _looks_temp(name):
    low = name.lower()
    return low.startswith(".") or low.startswith("tmp") or any(low.endswith(m) for m in TEMP_MARKERS) or ".tmp" in low


def _mounts():
    """[(mount point, fstype)] from /proc/mounts, longest first; [] where there is none."""
    try:
        with open("/proc/mounts") as f:
            rows = [line.split() for line in f]
    except OSError:
        return []
    out = []
    for row in rows:
        if len(row) >= 3:
            point = row[1].replace("\\040", " ").replace("\\011", "\t")
            out.append((point, row[2]))
    out.sort(key=lambda r: len(r[0]), reverse=True)
    return out


MOUNTS = None


def mount_of(path):
    global MOUNTS
    if MOUNTS is None:
        MOUNTS = _mounts()
    real = os.path.realpath(path)
    for point, fstype in MOUNTS:
        if real == point or real.startswith(point.rstrip("/") + "/"):
            return {"point": point, "fstype": fstype}
    return None


def probe_path(path, allow_pickle):
    report = {"path": path, "ok": False, "error": None, "format": "unknown", "loadedWith": None,
              "keys": [], "step": None, "epoch": None}
    try:
        st = os.stat(path)
        report["mtimeMs"] = int(st.st_mtime * 1000)
        report["inode"] = st.st_ino
        report["realpath"] = os.path.realpath(path)
        report["mount"] = mount_of(path)
        if os.path.isdir(path):
            probe_dir(path, report, allow_pickle)
        else:
            report["sizeBytes"] = st.st_size
            if st.st_size == 0:
                raise ValueError("empty file (0 bytes): a save was cut off or never written")
            with open(path, "rb") as f:
                head = f.read(16)
            if head.startswith(b"PK\x03\x04"):
                probe_torch_file(path, report, allow_pickle, True)
            elif path.endswith(".safetensors"):
                probe_safetensors(path, report)
            elif head.lstrip()[:1] in (b"{", b"[") or path.endswith(".json"):
                probe_json_file(path, report)
            elif head[:1] == b"\x80":
                probe_torch_file(path, report, allow_pickle, False)
            else:
                raise ValueError("unrecognised checkpoint format (first bytes %r)" % head[:8])
        report["ok"] = True
    except Exception as err:  # noqa: BLE001 - every failure is a finding
        report["ok"] = False
        report["error"] = ("%s: %s" % (type(err).__name__, err))[:500]
    return report


def expand(patterns, workdir):
    seen = []
    for pattern in patterns:
        full = pattern if os.path.isabs(pattern) else os.path.join(workdir, pattern)
        for p in sorted(glob.glob(full, recursive=True)):
            if p not in seen:
                seen.append(p)
    return seen


def static_dir(pattern, workdir):
    """The deepest directory of a glob pattern that has no wildcard in it."""
    full = pattern if os.path.isabs(pattern) else os.path.join(workdir, pattern)
    parts = full.split(os.sep)
    fixed = []
    for part in parts[:-1]:
        if any(c in part for c in "*?["):
            break
        fixed.append(part)
    return os.sep.join(fixed) or os.sep


def build_doc(patterns, workdir, allow_pickle=False, limit=8, no_torch=False):
    """The probe's JSON document for `patterns` (globs relative to `workdir`)."""
    global USE_TORCH
    USE_TORCH = not no_torch
    matches = expand(patterns, workdir)
    finals = [p for p in matches if not _looks_temp(os.path.basename(p.rstrip(os.sep)))]
    temps = [p for p in matches if p not in finals]

    def mtime(p):
        try:
            return os.stat(p).st_mtime
        except OSError:
            return 0

    finals.sort(key=mtime, reverse=True)
    reports = [probe_path(p, allow_pickle) for p in finals[: max(1, limit)]]
    leftovers = []
    dirs = sorted({static_dir(p, workdir) for p in patterns} | {os.path.dirname(p) for p in finals})
    for d in dirs:
        try:
            names = os.listdir(d)
        except OSError:
            continue
        for name in sorted(names):
            p = os.path.join(d, name)
            if _looks_temp(name) and p not in [x["path"] for x in leftovers]:
                try:
                    leftovers.append({"path": p, "sizeBytes": os.path.getsize(p)})
                except OSError:
                    pass
    for p in temps:
        if not any(x["path"] == p for x in leftovers):
            leftovers.append({"path": p, "sizeBytes": os.path.getsize(p) if os.path.exists(p) else None})
    torch = sys.modules.get("torch") if USE_TORCH else None
    return {
        "probe": PROBE_VERSION,
        "python": sys.version.split()[0],
        "executable": sys.executable,
        "torch": getattr(torch, "__version__", None) if torch else None,
        "workdir": os.path.abspath(workdir),
        "workdirExists": os.path.isdir(workdir),
        "patterns": list(patterns),
        "matchCount": len(finals),
        "matches": reports,
        "leftovers": leftovers[:MAX_KEYS],
    }


def main(argv):
    parser = argparse.ArgumentParser(description="read-only checkpoint probe (prints one JSON document)")
    parser.add_argument("patterns", nargs="+", help="checkpoint paths or globs (relative to --workdir)")
    parser.add_argument("--workdir", default=os.getcwd())
    parser.add_argument("--allow-pickle", action="store_true", help="permit full unpickling of torch files")
    parser.add_argument("--limit", type=int, default=8, help="probe at most the N newest matches")
    parser.add_argument("--no-torch", action="store_true", help="never import torch: integrity and structure only (fast)")
    args = parser.parse_args(argv)
    doc = build_doc(args.patterns, args.workdir, args.allow_pickle, args.limit, args.no_torch)
    sys.stdout.write(json.dumps(doc, default=str) + "\n")
    return 0


# Embedded in the watcher (assets/watch.py), the watcher sets TENANT_EMBEDDED and runs its own main.
if __name__ == "__main__" and not globals().get("TENANT_EMBEDDED"):
    sys.exit(main(sys.argv[1:]))

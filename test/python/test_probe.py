"""Tests of assets/probe.py and assets/watch.py, run with Debian's python3 (torch 1.13) by test/unit/probe-py.test.ts."""
import io
import json
import os
import pickle
import struct
import subprocess
import sys
import tempfile
import time
import unittest
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ASSETS = os.path.join(HERE, "..", "..", "assets")
sys.path.insert(0, ASSETS)

import probe  # noqa: E402

try:
    import torch
except ImportError:  # the torch cases are skipped without it
    torch = None


def run_probe(workdir, *patterns, allow_pickle=False, no_torch=False):
    """The probe's document, computed in this process (torch is imported once for the whole suite)."""
    return json.loads(json.dumps(probe.build_doc(list(patterns), workdir, allow_pickle, 8, no_torch), default=str))


def run_probe_cli(workdir, *patterns, extra=()):
    """The probe as tenant runs it: a separate interpreter printing one JSON document."""
    args = [sys.executable, os.path.join(ASSETS, "probe.py"), "--workdir", workdir, *extra, "--", *patterns]
    out = subprocess.run(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=True)
    return json.loads(out.stdout.decode())


class Evil(object):
    """Unpickling this runs a command; the probe must never do that."""

    def __init__(self, marker):
        self.marker = marker

    def __reduce__(self):
        return (os.system, ("touch %s" % self.marker,))


class ProbeTests(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="tenant-probe-")

    def path(self, *parts):
        return os.path.join(self.tmp, *parts)

    def test_json_checkpoint(self):
        with open(self.path("latest.json"), "w") as f:
            json.dump({"model": {"w": [1, 2]}, "optimizer": {"m": [0]}, "step": 40, "epoch": 2}, f)
        doc = run_probe(self.tmp, "*.json")
        m = doc["matches"][0]
        self.assertTrue(m["ok"])
        self.assertEqual((m["format"], m["step"], m["epoch"]), ("json", 40, 2))
        self.assertEqual(m["keys"], ["model", "optimizer", "step", "epoch"])
        self.assertEqual(m["nestedKeys"]["model"], ["w"])

    def test_torn_json_and_empty_file(self):
        with open(self.path("a.json"), "w") as f:
            f.write('{"model": [1, 2], "st')
        open(self.path("b.json"), "w").close()
        doc = run_probe(self.tmp, "*.json")
        errors = {os.path.basename(m["path"]): m["error"] for m in doc["matches"]}
        self.assertFalse(any(m["ok"] for m in doc["matches"]))
        self.assertIn("torn or invalid JSON", errors["a.json"])
        self.assertIn("empty file", errors["b.json"])

    def test_leftover_temp_files_are_reported_not_probed(self):
        with open(self.path("latest.json"), "w") as f:
            json.dump({"step": 1}, f)
        with open(self.path("latest.json.tmp"), "w") as f:
            f.write("{")
        doc = run_probe(self.tmp, "*")
        self.assertEqual([os.path.basename(m["path"]) for m in doc["matches"]], ["latest.json"])
        self.assertEqual([os.path.basename(l["path"]) for l in doc["leftovers"]], ["latest.json.tmp"])

    def test_hf_checkpoint_directory(self):
        d = self.path("out", "checkpoint-120")
        os.makedirs(d)
        with open(os.path.join(d, "trainer_state.json"), "w") as f:
            json.dump({"global_step": 120, "epoch": 1.5, "log_history": [{"learning_rate": 4e-05, "loss": 0.5}]}, f)
        for name in ("optimizer.pt", "scheduler.pt", "rng_state.pth"):
            with zipfile.ZipFile(os.path.join(d, name), "w") as z:
                z.writestr("archive/data.pkl", pickle.dumps({}))
        header = json.dumps({"w": {"dtype": "F32", "shape": [2], "data_offsets": [0, 8]}}).encode()
        with open(os.path.join(d, "model.safetensors"), "wb") as f:
            f.write(struct.pack("<Q", len(header)) + header + b"\0" * 8)
        doc = run_probe(self.tmp, "out/checkpoint-*")
        m = doc["matches"][0]
        self.assertTrue(m["ok"], m["error"])
        self.assertEqual((m["format"], m["step"], m["epoch"]), ("hf-checkpoint", 120, 1.5))
        self.assertEqual(set(m["keys"]), {"trainer_state", "optimizer", "scheduler", "rng", "model"})
        self.assertEqual(m["facts"]["loggedLr"], 4e-05)

    def test_hf_directory_with_torn_member(self):
        d = self.path("checkpoint-5")
        os.makedirs(d)
        with open(os.path.join(d, "trainer_state.json"), "w") as f:
            json.dump({"global_step": 5, "epoch": 0.1}, f)
        header = json.dumps({"w": {"dtype": "F32", "shape": [4], "data_offsets": [0, 16]}}).encode()
        with open(os.path.join(d, "model.safetensors"), "wb") as f:
            f.write(struct.pack("<Q", len(header)) + header + b"\0" * 3)  # 16 bytes promised, 3 written
        m = run_probe(self.tmp, "checkpoint-*")["matches"][0]
        self.assertFalse(m["ok"])
        self.assertIn("torn safetensors", m["error"])

    def test_structure_walk_never_executes_the_pickle(self):
        marker = self.path("pwned")
        with zipfile.ZipFile(self.path("evil.pt"), "w") as z:
            z.writestr("archive/data.pkl", pickle.dumps({"step": 3, "payload": Evil(marker)}, protocol=2))
        doc = run_probe_cli(self.tmp, "evil.pt", extra=("--no-torch",))
        m = doc["matches"][0]
        self.assertFalse(os.path.exists(marker), "the probe executed the pickle")
        self.assertEqual(doc["probe"], 1)
        self.assertTrue(m["ok"], m["error"])
        self.assertEqual(m["loadedWith"], "structure")
        self.assertEqual(m["step"], 3)
        self.assertIn("payload", m["keys"])

    def test_walk_pickle_reads_nested_dicts_and_lists_only_symbolically(self):
        data = pickle.dumps({"a": [1, 2.5, "x"], "b": {"c": (1, 2)}, "step": 9}, protocol=4)
        obj, end = probe.walk_pickle(data)
        self.assertEqual(end, len(data))
        plain = probe.symbolic_to_plain(obj)
        self.assertEqual(plain["items"]["step"], 9)
        self.assertEqual(plain["items"]["a"], [1, 2.5, "x"])

    @unittest.skipIf(torch is None, "torch is not installed")
    def test_torch_full_state_weights_only_then_structure(self):
        m = torch.nn.Linear(3, 2)
        opt = torch.optim.Adam(m.parameters(), lr=1e-3)
        m(torch.randn(4, 3)).sum().backward()
        opt.step()
        sched = torch.optim.lr_scheduler.StepLR(opt, 10)
        torch.save({"model": m.state_dict(), "optimizer": opt.state_dict(), "scheduler": sched.state_dict(),
                    "step": 40, "epoch": 1, "rng": torch.get_rng_state()}, self.path("full.pt"))
        torch.save(m.state_dict(), self.path("bare.pt"))
        doc = run_probe(self.tmp, "*.pt")
        by = {os.path.basename(x["path"]): x for x in doc["matches"]}
        full, bare = by["full.pt"], by["bare.pt"]
        self.assertTrue(full["ok"])
        self.assertIn(full["loadedWith"], ("weights_only", "structure"))  # torch 1.13's weights_only refuses floats
        self.assertEqual((full["step"], full["epoch"]), (40, 1))
        self.assertEqual(full["facts"]["optimizerLr"], 0.001)
        self.assertEqual(full["facts"]["scheduler.last_epoch"], 0)
        self.assertEqual(bare["loadedWith"], "weights_only")
        self.assertTrue(bare["bareStateDict"])
        self.assertEqual(bare["keys"], ["weight", "bias"])

    @unittest.skipIf(torch is None, "torch is not installed")
    def test_torch_allow_pickle_and_needs_pickle(self):
        import numpy as np

        torch.save({"step": 7, "rng_numpy": np.random.get_state()}, self.path("np.pt"))
        safe = run_probe(self.tmp, "np.pt")["matches"][0]
        self.assertTrue(safe["ok"])
        self.assertEqual(safe["loadedWith"], "structure")
        self.assertTrue(safe["needsPickle"])
        self.assertEqual(safe["step"], 7)
        full = run_probe(self.tmp, "np.pt", allow_pickle=True)["matches"][0]
        self.assertEqual(full["loadedWith"], "pickle")
        self.assertEqual(full["step"], 7)

    @unittest.skipIf(torch is None, "torch is not installed")
    def test_torn_torch_file_legacy_format_and_lightning(self):
        state = {"state_dict": {"w": torch.zeros(4)}, "optimizer_states": [], "lr_schedulers": [], "epoch": 3,
                 "global_step": 300}
        torch.save(state, self.path("last.ckpt"))
        torch.save({"step": 5, "model": {"w": torch.ones(2)}}, self.path("legacy.pth"), _use_new_zipfile_serialization=False)
        buf = io.BytesIO()
        torch.save({"model": {"w": torch.zeros(1000)}, "step": 1}, buf)
        with open(self.path("torn.pt"), "wb") as f:
            f.write(buf.getvalue()[: len(buf.getvalue()) // 2])
        by = {os.path.basename(x["path"]): x for x in run_probe(self.tmp, "*")["matches"]}
        self.assertEqual((by["last.ckpt"]["format"], by["last.ckpt"]["step"], by["last.ckpt"]["epoch"]), ("lightning", 300, 3))
        self.assertEqual((by["legacy.pth"]["format"], by["legacy.pth"]["step"]), ("torch-legacy", 5))
        self.assertFalse(by["torn.pt"]["ok"])
        self.assertIn("torn", by["torn.pt"]["error"])

    def test_mount_and_realpath_are_reported(self):
        with open(self.path("c.json"), "w") as f:
            json.dump({"step": 1}, f)
        m = run_probe(self.tmp, "c.json")["matches"][0]
        self.assertEqual(m["realpath"], os.path.realpath(self.path("c.json")))
        if os.path.exists("/proc/mounts"):
            self.assertTrue(m["mount"]["fstype"])

    def test_probe_never_writes(self):
        with open(self.path("c.json"), "w") as f:
            json.dump({"step": 1}, f)
        before = sorted(os.listdir(self.tmp))
        mtime = os.stat(self.path("c.json")).st_mtime_ns
        run_probe(self.tmp, "*")
        self.assertEqual(sorted(os.listdir(self.tmp)), before)
        self.assertEqual(os.stat(self.path("c.json")).st_mtime_ns, mtime)


class WatchTests(unittest.TestCase):
    def test_reports_writes_probes_commits_and_kills_when_armed(self):
        tmp = tempfile.mkdtemp(prefix="tenant-watch-")
        ck = os.path.join(tmp, "ck")
        os.makedirs(ck)
        victim = subprocess.Popen(["sleep", "30"], start_new_session=True)
        agent = subprocess.Popen(
            [sys.executable, os.path.join(ASSETS, "watch.py"), "--pgid", str(victim.pid), "--workdir", tmp,
             "--pattern", "ck/*", "--arm-file", os.path.join(tmp, "arm"), "--stop-file", os.path.join(tmp, "stop"),
             "--linger", "0", "--", ck],
            stdout=subprocess.PIPE)
        try:
            time.sleep(0.5)
            with open(os.path.join(ck, "latest.json.tmp"), "w") as f:
                json.dump({"step": 5}, f)
            os.replace(os.path.join(ck, "latest.json.tmp"), os.path.join(ck, "latest.json"))
            time.sleep(0.5)
            open(os.path.join(tmp, "arm"), "w").close()
            time.sleep(0.3)
            with open(os.path.join(ck, "latest.json"), "w") as f:  # an in-place save starts: the agent kills
                f.write('{"st')
            out, _ = agent.communicate(timeout=10)
        finally:
            victim.kill()
            agent.kill()
        events = [json.loads(l) for l in out.decode().splitlines()]
        kinds = [e["ev"] for e in events]
        self.assertIn("new", kinds)
        probes = [e for e in events if e["ev"] == "probe" and e["id"] == "auto"]
        self.assertEqual(probes[0]["doc"]["matches"][0]["step"], 5)
        killed = [e for e in events if e["ev"] == "killed"]
        self.assertEqual(len(killed), 1, kinds)
        self.assertEqual(killed[0]["trigger"], "shrink")
        self.assertEqual(victim.wait(timeout=5), -9)
        self.assertEqual(kinds[-1], "stop")


if __name__ == "__main__":
    unittest.main()

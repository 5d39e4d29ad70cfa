#!/usr/bin/env python3
"""A tiny, dependency-free training program that resumes correctly after being killed at any instant.

It fits a linear model with Adam, a warm-up + cosine learning-rate schedule and a shuffled data order per
epoch, and it follows the resume contract:

- one code path: load the latest checkpoint if there is one, else start fresh (no --resume flag);
- the checkpoint holds the FULL state: weights, optimizer moments, scheduler position, step, epoch, the
  position inside the epoch with that epoch's data order, and the RNG state;
- every save is atomic: write a temp file, flush, fsync, os.replace over the final name, fsync the directory;
- SIGTERM only sets a flag; the save happens at the next step boundary, then the program exits.

Progress goes to stdout as JSON lines: {"step", "epoch", "loss", "lr"}.

    python3 tiny_trainer.py --ckpt-dir checkpoints --epochs 4 --steps-per-epoch 20 --ckpt-every 7

The broken examples next to this file subclass `Trainer` and change exactly one behaviour each.
"""
import argparse
import json
import math
import os
import random
import signal
import sys
import time


def parse_args(argv=None, ckpt_dir_default="checkpoints"):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--ckpt-dir", default=ckpt_dir_default)
    ap.add_argument("--epochs", type=int, default=4)
    ap.add_argument("--steps-per-epoch", type=int, default=20)
    ap.add_argument("--batch-size", type=int, default=8)
    ap.add_argument("--ckpt-every", type=int, default=7, help="save every N optimizer steps")
    ap.add_argument("--step-time", type=float, default=0.02, help="seconds of simulated compute per step")
    ap.add_argument("--lr", type=float, default=0.3)
    ap.add_argument("--warmup", type=int, default=5)
    ap.add_argument("--features", type=int, default=4)
    ap.add_argument("--seed", type=int, default=1234)
    ap.add_argument("--resume", action="store_true", help="ignored by the correct trainer: it always resumes")
    return ap.parse_args(argv)


class Schedule(object):
    """Linear warm-up then cosine decay, stateful like torch's LR schedulers (it counts its own steps)."""

    def __init__(self, base_lr, warmup, total):
        self.base_lr = base_lr
        self.warmup = warmup
        self.total = total
        self.last_step = 0

    def lr(self):
        s = self.last_step + 1
        if s <= self.warmup:
            return self.base_lr * s / self.warmup
        progress = (s - self.warmup) / max(1, self.total - self.warmup)
        return self.base_lr * (0.05 + 0.95 * 0.5 * (1 + math.cos(math.pi * min(1.0, progress))))

    def step(self):
        self.last_step += 1

    def state_dict(self):
        return {"last_step": self.last_step}

    def load_state_dict(self, state):
        self.last_step = state["last_step"]


class Adam(object):
    def __init__(self, n, betas=(0.9, 0.999), eps=1e-8):
        self.m = [0.0] * n
        self.v = [0.0] * n
        self.t = 0
        self.betas = betas
        self.eps = eps

    def update(self, params, grads, lr):
        b1, b2 = self.betas
        self.t += 1
        for i, g in enumerate(grads):
            self.m[i] = b1 * self.m[i] + (1 - b1) * g
            self.v[i] = b2 * self.v[i] + (1 - b2) * g * g
            mh = self.m[i] / (1 - b1 ** self.t)
            vh = self.v[i] / (1 - b2 ** self.t)
            params[i] -= lr * mh / (math.sqrt(vh) + self.eps)

    def state_dict(self):
        return {"m": self.m, "v": self.v, "t": self.t}

    def load_state_dict(self, state):
        self.m, self.v, self.t = list(state["m"]), list(state["v"]), state["t"]


def make_dataset(n, features, seed):
    rng = random.Random(seed)
    true_w = [rng.uniform(-3, 3) for _ in range(features)]
    data = []
    for _ in range(n):
        x = [rng.gauss(0, 1) for _ in range(features)]
        y = sum(w * xi for w, xi in zip(true_w, x)) + 2.5 + rng.gauss(0, 0.05)
        data.append((x, y))
    return data


def _rng_to_json(state):
    version, internal, gauss = state
    return [version, list(internal), gauss]


def _rng_from_json(state):
    version, internal, gauss = state
    return (version, tuple(internal), gauss)


class Trainer(object):
    checkpoint_name = "latest.json"

    def __init__(self, args):
        self.args = args
        self.ckpt_dir = args.ckpt_dir
        self.total_steps = args.epochs * args.steps_per_epoch
        self.data = make_dataset(args.steps_per_epoch * args.batch_size, args.features, args.seed)
        self.params = [0.0] * (args.features + 1)  # weights then bias
        self.optimizer = Adam(len(self.params))
        self.schedule = Schedule(args.lr, args.warmup, self.total_steps)
        self.rng = random.Random(args.seed + 1)  # drives the data order
        self.step = 0
        self.epoch = 0
        self.batch = 0  # position inside the epoch
        self.order = None  # this epoch's data order
        self.stop_requested = False

    # ---- checkpoint ------------------------------------------------------------------------------
    def checkpoint_path(self):
        return os.path.join(self.ckpt_dir, self.checkpoint_name)

    def state_dict(self):
        return {
            "model": {"params": self.params},
            "optimizer": self.optimizer.state_dict(),
            "scheduler": self.schedule.state_dict(),
            "step": self.step,
            "epoch": self.epoch,
            "sampler": {"batch": self.batch, "order": self.order},
            "rng_state": _rng_to_json(self.rng.getstate()),
        }

    def load_state_dict(self, state):
        self.params = list(state["model"]["params"])
        self.optimizer.load_state_dict(state["optimizer"])
        if "scheduler" in state:
            self.schedule.load_state_dict(state["scheduler"])
        self.step = state["step"]
        self.epoch = state["epoch"]
        sampler = state.get("sampler") or {}
        self.batch = sampler.get("batch", 0)
        self.order = sampler.get("order")
        if "rng_state" in state:
            self.rng.setstate(_rng_from_json(state["rng_state"]))

    def write_bytes(self, path, payload):
        """Atomic: temp file in the same directory, fsync, rename over the final name, fsync the directory."""
        tmp = path + ".tmp"
        with open(tmp, "wb") as f:
            f.write(payload)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
        dir_fd = os.open(os.path.dirname(path) or ".", os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)

    def save(self):
        os.makedirs(self.ckpt_dir, exist_ok=True)
        self.write_bytes(self.checkpoint_path(), json.dumps(self.state_dict()).encode("utf-8"))

    def load_latest(self):
        """Unconditional: resume when a checkpoint exists, else start fresh."""
        path = self.checkpoint_path()
        if not os.path.exists(path):
            return False
        with open(path, "rb") as f:
            self.load_state_dict(json.loads(f.read().decode("utf-8")))
        return True

    # ---- training --------------------------------------------------------------------------------
    def new_epoch_order(self):
        order = list(range(len(self.data)))
        self.rng.shuffle(order)
        return order

    def batches(self):
        """Yields (batch index, examples) for the rest of the current epoch, from the saved position."""
        bs = self.args.batch_size
        for b in range(self.batch, self.args.steps_per_epoch):
            yield b, [self.data[i] for i in self.order[b * bs:(b + 1) * bs]]

    def train_step(self, examples, lr):
        nf = self.args.features
        grads = [0.0] * (nf + 1)
        loss = 0.0
        for x, y in examples:
            pred = sum(self.params[i] * x[i] for i in range(nf)) + self.params[nf]
            err = pred - y
            loss += err * err
            for i in range(nf):
                grads[i] += 2 * err * x[i]
            grads[nf] += 2 * err
        n = float(len(examples))
        self.optimizer.update(self.params, [g / n for g in grads], lr)
        return loss / n

    def log(self, **record):
        sys.stdout.write(json.dumps(record) + "\n")
        sys.stdout.flush()

    def on_sigterm(self, _signum, _frame):
        self.stop_requested = True  # only a flag: the save happens at the next step boundary

    def run(self):
        signal.signal(signal.SIGTERM, self.on_sigterm)
        resumed = self.load_latest()
        sys.stderr.write("tiny_trainer: %s at step %d, epoch %d\n" % ("resuming" if resumed else "starting fresh",
                                                                      self.step, self.epoch))
        while self.epoch < self.args.epochs:
            if self.order is None or self.batch == 0 and not resumed:
                self.order = self.new_epoch_order()
            resumed = False
            for b, examples in self.batches():
                lr = self.schedule.lr()
                loss = self.train_step(examples, lr)
                self.schedule.step()
                time.sleep(self.args.step_time)
                self.step += 1
                self.batch = b + 1
                self.log(step=self.step, epoch=self.epoch, loss=round(loss, 6), lr=round(lr, 8))
                if self.step % self.args.ckpt_every == 0 or self.stop_requested:
                    self.save()
                if self.stop_requested:
                    sys.stderr.write("tiny_trainer: SIGTERM: saved step %d, exiting\n" % self.step)
                    return 0
            self.epoch += 1
            self.batch = 0
            self.order = None
        self.save()
        sys.stderr.write("tiny_trainer: done at step %d\n" % self.step)
        return 0


def main(trainer_class=Trainer, argv=None, ckpt_dir_default="checkpoints"):
    args = parse_args(argv, ckpt_dir_default)
    return trainer_class(args).run()


if __name__ == "__main__":
    sys.exit(main())

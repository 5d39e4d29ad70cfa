#!/usr/bin/env python3
"""A small PyTorch training program that resumes correctly after being killed at any instant.

A two-layer MLP with dropout regresses a synthetic target with Adam and a warm-up + cosine LambdaLR. It
runs on CUDA when there is a GPU and on the CPU otherwise, and it follows the resume contract:

- one code path: load the latest checkpoint if there is one, else start fresh;
- full state: model, optimizer, scheduler, step, epoch, the batch position inside the epoch, and the RNG
  state of Python, NumPy (when installed), torch and — on a GPU — every CUDA device;
- an atomic save: torch.save into a temp file, flush, fsync, os.replace, fsync the directory;
- a mid-epoch resume skips the batches the interrupted epoch already consumed (the per-epoch order comes
  from a generator seeded with the epoch, so it is the same order again);
- SIGTERM only sets a flag; the save happens at the next step boundary.

The checkpoint holds NumPy RNG state, which torch >= 2.6 refuses under its default `weights_only=True`;
these are our own files, so the load says `weights_only=False` explicitly.

    /usr/bin/python3 torch_trainer.py --ckpt-dir checkpoints --epochs 3 --steps-per-epoch 16 --ckpt-every 6
"""
import argparse
import itertools
import json
import os
import random
import signal
import sys
import time

import torch

try:
    import numpy as np
except ImportError:  # numpy is optional; its RNG is saved when it is there
    np = None


def parse_args(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--ckpt-dir", default="checkpoints")
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--steps-per-epoch", type=int, default=16)
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--ckpt-every", type=int, default=6)
    ap.add_argument("--step-time", type=float, default=0.02, help="seconds of simulated compute per step")
    ap.add_argument("--lr", type=float, default=0.02)
    ap.add_argument("--warmup", type=int, default=4)
    ap.add_argument("--hidden", type=int, default=32)
    ap.add_argument("--seed", type=int, default=7)
    return ap.parse_args(argv)


class Trainer(object):
    checkpoint_name = "latest.pt"

    def __init__(self, args):
        self.args = args
        self.ckpt_dir = args.ckpt_dir
        self.device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
        torch.manual_seed(args.seed)
        random.seed(args.seed)
        if np is not None:
            np.random.seed(args.seed)
        n = args.steps_per_epoch * args.batch_size
        g = torch.Generator().manual_seed(args.seed)
        self.x = torch.randn(n, 8, generator=g)
        w = torch.randn(8, 1, generator=g)
        self.y = torch.sin(self.x @ w) + 0.5 * self.x[:, :1] + 0.05 * torch.randn(n, 1, generator=g)
        self.model = torch.nn.Sequential(
            torch.nn.Linear(8, args.hidden), torch.nn.ReLU(), torch.nn.Dropout(0.1), torch.nn.Linear(args.hidden, 1)
        ).to(self.device)
        self.optimizer = torch.optim.Adam(self.model.parameters(), lr=args.lr)
        total = args.epochs * args.steps_per_epoch

        def lr_lambda(s):
            if s < args.warmup:
                return (s + 1) / args.warmup
            progress = (s - args.warmup) / max(1, total - args.warmup)
            return 0.05 + 0.95 * 0.5 * (1 + torch.cos(torch.tensor(3.141592653589793 * min(1.0, progress))).item())

        self.scheduler = torch.optim.lr_scheduler.LambdaLR(self.optimizer, lr_lambda)
        self.step = 0
        self.epoch = 0
        self.batch = 0
        self.stop_requested = False

    # ---- checkpoint ------------------------------------------------------------------------------
    def checkpoint_path(self):
        return os.path.join(self.ckpt_dir, self.checkpoint_name)

    def rng_state(self):
        state = {"python": random.getstate(), "torch": torch.get_rng_state()}
        if np is not None:
            state["numpy"] = np.random.get_state()
        if self.device.type == "cuda":
            state["cuda"] = torch.cuda.get_rng_state_all()
        return state

    def set_rng_state(self, state):
        random.setstate(state["python"])
        torch.set_rng_state(state["torch"])
        if np is not None and "numpy" in state:
            np.random.set_state(state["numpy"])
        if self.device.type == "cuda" and "cuda" in state:
            torch.cuda.set_rng_state_all(state["cuda"])

    def state_dict(self):
        return {
            "model": self.model.state_dict(),
            "optimizer": self.optimizer.state_dict(),
            "scheduler": self.scheduler.state_dict(),
            "step": self.step,
            "epoch": self.epoch,
            "batch": self.batch,
            "rng": self.rng_state(),
        }

    def load_state_dict(self, state):
        self.model.load_state_dict(state["model"])
        self.optimizer.load_state_dict(state["optimizer"])
        self.scheduler.load_state_dict(state["scheduler"])
        self.step, self.epoch, self.batch = state["step"], state["epoch"], state["batch"]
        self.set_rng_state(state["rng"])

    def save(self):
        os.makedirs(self.ckpt_dir, exist_ok=True)
        path = self.checkpoint_path()
        tmp = path + ".tmp"
        with open(tmp, "wb") as f:
            torch.save(self.state_dict(), f)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
        dir_fd = os.open(self.ckpt_dir, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)

    def load_latest(self):
        path = self.checkpoint_path()
        if not os.path.exists(path):
            return False
        self.load_state_dict(torch.load(path, map_location=self.device, weights_only=False))
        return True

    # ---- training --------------------------------------------------------------------------------
    def epoch_batches(self):
        """This epoch's batches from the saved position: the order is a function of (seed, epoch)."""
        order = torch.randperm(len(self.x), generator=torch.Generator().manual_seed(self.args.seed * 1000 + self.epoch))
        bs = self.args.batch_size
        all_batches = (order[i * bs:(i + 1) * bs] for i in range(self.args.steps_per_epoch))
        return enumerate(itertools.islice(all_batches, self.batch, None), start=self.batch)

    def log(self, **record):
        sys.stdout.write(json.dumps(record) + "\n")
        sys.stdout.flush()

    def on_sigterm(self, _signum, _frame):
        self.stop_requested = True

    def run(self):
        signal.signal(signal.SIGTERM, self.on_sigterm)
        resumed = self.load_latest()
        sys.stderr.write("torch_trainer: %s at step %d (device %s)\n" % (
            "resuming" if resumed else "starting fresh", self.step, self.device))
        self.model.train()
        while self.epoch < self.args.epochs:
            for b, idx in self.epoch_batches():
                xb, yb = self.x[idx].to(self.device), self.y[idx].to(self.device)
                loss = torch.nn.functional.mse_loss(self.model(xb), yb)
                self.optimizer.zero_grad()
                loss.backward()
                self.optimizer.step()
                lr = self.optimizer.param_groups[0]["lr"]
                self.scheduler.step()
                time.sleep(self.args.step_time)
                self.step += 1
                self.batch = b + 1
                self.log(step=self.step, epoch=self.epoch, loss=round(loss.item(), 6), lr=round(lr, 8))
                if self.step % self.args.ckpt_every == 0 or self.stop_requested:
                    self.save()
                if self.stop_requested:
                    sys.stderr.write("torch_trainer: SIGTERM: saved step %d, exiting\n" % self.step)
                    return 0
            self.epoch += 1
            self.batch = 0
        self.save()
        sys.stderr.write("torch_trainer: done at step %d\n" % self.step)
        return 0


def main(trainer_class=Trainer, argv=None):
    return trainer_class(parse_args(argv)).run()


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""BROKEN ON PURPOSE — checkpoints live in /dev/shm.

The save and the resume are both correct, so a plain kill-and-relaunch works. But /dev/shm is RAM: a
reboot, a stop, or a replacement box takes every checkpoint with it. `--ckpt-dir` is taken relative to
/dev/shm. Expected verdict: FAIL, rule `durable-path` (volatile path).
"""
import os
import sys

import tiny_trainer


class Trainer(tiny_trainer.Trainer):
    def __init__(self, args):
        super().__init__(args)
        self.ckpt_dir = os.path.join("/dev/shm", args.ckpt_dir.lstrip("/"))  # the bug: fast, and gone on reboot


if __name__ == "__main__":
    sys.exit(tiny_trainer.main(Trainer, ckpt_dir_default="tiny-trainer-checkpoints"))

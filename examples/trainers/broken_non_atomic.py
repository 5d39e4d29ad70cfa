#!/usr/bin/env python3
"""BROKEN ON PURPOSE — the checkpoint is overwritten in place.

`torch.save(state, "latest.pt")` truncates the previous checkpoint and writes the new one over it. A kill
during the write leaves a torn file and no intact checkpoint at all; the relaunch then dies in torch.load
("PytorchStreamReader failed reading zip archive"). Expected verdict: FAIL, rule `checkpoint-loadable`
(corrupt on kill) when the kill lands during a save (`--kill during-save`), and `atomic-write` whenever the
in-place rewrite is seen.

The state carries a 16 MiB replay buffer, and the writer is slowed to ~100 MB/s: real checkpoints are GBs
on network disks and take seconds to minutes to write; this stands in for that. The bug is the in-place
write, not the speed.
"""
import os
import sys
import time

import torch

import torch_trainer


class SlowDisk(object):
    """A file object that writes in 1 MiB pieces at about 100 MB/s."""

    def __init__(self, f):
        self.f = f

    def write(self, data):
        view = memoryview(data)
        for i in range(0, len(view), 1 << 20):
            piece = view[i:i + (1 << 20)]
            self.f.write(piece)
            self.f.flush()
            time.sleep(len(piece) / 100e6)
        return len(data)

    def flush(self):
        self.f.flush()


class Trainer(torch_trainer.Trainer):
    def __init__(self, args):
        super().__init__(args)
        self.replay = torch.zeros(4 << 20)  # 16 MiB of float32

    def state_dict(self):
        state = super().state_dict()
        state["replay_buffer"] = self.replay
        return state

    def load_state_dict(self, state):
        super().load_state_dict(state)
        self.replay = state["replay_buffer"]

    def save(self):
        os.makedirs(self.ckpt_dir, exist_ok=True)
        with open(self.checkpoint_path(), "wb") as f:  # the bug: truncates the only good checkpoint
            torch.save(self.state_dict(), SlowDisk(f))


if __name__ == "__main__":
    sys.exit(torch_trainer.main(Trainer))

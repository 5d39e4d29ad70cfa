#!/usr/bin/env python3
"""BROKEN ON PURPOSE — the checkpoint is `model.state_dict()` and nothing else.

The save is atomic and the weights come back, but the optimizer's moments, the LR schedule, the step and
epoch counters and the RNG state are all lost: the relaunch counts from step 0 again with a cold optimizer.
Expected verdict: FAIL, rule `full-state` (weights-only checkpoint).
"""
import os
import sys

import torch

import torch_trainer


class Trainer(torch_trainer.Trainer):
    checkpoint_name = "model.pt"

    def state_dict(self):
        return self.model.state_dict()  # the bug: weights only

    def load_state_dict(self, state):
        self.model.load_state_dict(state)

    def load_latest(self):
        path = self.checkpoint_path()
        if not os.path.exists(path):
            return False
        self.load_state_dict(torch.load(path, map_location=self.device))
        return True


if __name__ == "__main__":
    sys.exit(torch_trainer.main(Trainer))

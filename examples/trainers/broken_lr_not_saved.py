#!/usr/bin/env python3
"""BROKEN ON PURPOSE — the LR scheduler's state is not in the checkpoint.

Weights, optimizer, step, epoch and RNG are saved, but the scheduler is not, so after a relaunch the
schedule starts over: the warm-up replays and the learning rate jumps away from where it was. Expected
verdict: FAIL, rules `full-state` (no scheduler) and `lr-continues`.
"""
import sys

import tiny_trainer


class Trainer(tiny_trainer.Trainer):
    def state_dict(self):
        state = super().state_dict()
        del state["scheduler"]  # the bug
        return state


if __name__ == "__main__":
    sys.exit(tiny_trainer.main(Trainer))

#!/usr/bin/env python3
"""BROKEN ON PURPOSE — a mid-epoch resume replays the batches already seen in that epoch.

The step and epoch counters are restored, but the position inside the epoch is not: the relaunch iterates
the epoch's data from its first batch again, so the interrupted epoch runs longer than every other epoch
and some examples are trained on twice. Expected verdict: FAIL, rule `epoch-length`.
"""
import sys

import tiny_trainer


class Trainer(tiny_trainer.Trainer):
    def load_state_dict(self, state):
        super().load_state_dict(state)
        self.batch = 0  # the bug: the loader starts the epoch over instead of skipping consumed batches


if __name__ == "__main__":
    sys.exit(tiny_trainer.main(Trainer))

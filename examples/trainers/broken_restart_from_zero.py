#!/usr/bin/env python3
"""BROKEN ON PURPOSE — resume is opt-in.

It saves a perfectly good full-state checkpoint, but only loads it when `--resume` is passed. A generic
relaunch (spot recovery, a queue retry, tenant's verify-resume) runs the identical command without the flag, so
training starts again from step 0 and overwrites the checkpoint it had. Expected verdict: FAIL, rule
`resumed-step` (restart from zero).
"""
import sys

import tiny_trainer


class Trainer(tiny_trainer.Trainer):
    def load_latest(self):
        if not self.args.resume:  # the bug: resuming is a flag someone has to remember
            return False
        return super().load_latest()


if __name__ == "__main__":
    sys.exit(tiny_trainer.main(Trainer))

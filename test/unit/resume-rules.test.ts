import { describe, expect, it } from 'vitest';
import type { AttemptEvidence, Evidence } from '../../src/core/resume/evidence.js';
import type { ProbeDoc, ProbeMatch } from '../../src/core/resume/probe-client.js';
import type { ProgressRecord } from '../../src/core/resume/progress.js';
import { judge, type RuleId } from '../../src/core/resume/rules.js';
import { decide } from '../../src/core/resume/verdict.js';

const SPE = 10; // steps per epoch
const lr = (s: number) => 0.1 * (1 - s / 100);
const loss = (s: number) => 10 / (1 + s);
const rec = (step: number, over: Partial<ProgressRecord> = {}): ProgressRecord => ({
  step,
  epoch: Math.floor((step - 1) / SPE),
  loss: loss(step),
  lr: lr(step),
  line: step,
  atMs: 1000 + step * 100,
  ...over,
});
const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);

function match(over: Partial<ProbeMatch> = {}): ProbeMatch {
  return {
    path: '/w/checkpoints/latest.pt',
    ok: true,
    error: null,
    format: 'torch-zip',
    loadedWith: 'weights_only',
    keys: ['model', 'optimizer', 'scheduler', 'step', 'epoch', 'rng'],
    step: 15,
    epoch: 1,
    sizeBytes: 2048,
    mtimeMs: 5,
    realpath: '/w/checkpoints/latest.pt',
    mount: { point: '/', fstype: 'ext4' },
    ...over,
  };
}
function doc(matches: ProbeMatch[], leftovers: ProbeDoc['leftovers'] = []): ProbeDoc {
  return {
    probe: 1,
    python: '3.11',
    torch: null,
    workdir: '/w',
    patterns: ['checkpoints/*'],
    matchCount: matches.length,
    matches,
    leftovers,
  };
}

function attempt(
  role: AttemptEvidence['role'],
  index: number,
  records: ProgressRecord[],
  over: Partial<AttemptEvidence> = {},
): AttemptEvidence {
  return {
    role,
    index,
    runId: `r-${index}`,
    runDir: `/w/.tenant/runs/r-${index}`,
    pgid: 100 + index,
    commandSha256: 'abc123',
    detach: 'nohup',
    startedAtMs: 1000,
    endedAtMs: 9000,
    end: role === 'relaunch' ? 'stopped' : 'killed',
    exitCode: null,
    records,
    lineCount: records.length,
    signatures: [],
    logTail: [],
    commits: [{ atMs: 2000, step: 15, path: '/w/checkpoints/latest.pt', loggedStep: 15 }],
    writes: [{ kind: 'atomic', path: '/w/checkpoints/latest.pt', startMs: 1, endMs: 2, seconds: 0.5, bytes: 2048 }],
    ...over,
  };
}

/** A fresh run killed after step 18 with its checkpoint at 15, relaunched with `after` records. */
function evidence(
  after: ProgressRecord[],
  over: { probe?: ProbeDoc; relaunch?: Partial<AttemptEvidence>; extra?: AttemptEvidence[]; reference?: boolean } = {},
): Evidence {
  const fresh = attempt(
    'fresh',
    0,
    range(1, 18).map((s) => rec(s)),
    {
      kill: {
        mode: 'random',
        signal: 'KILL',
        graceSeconds: 0,
        sentAtMs: 3000,
        lastLoggedStep: 18,
        saveInProgress: false,
        escalated: false,
        exitSeconds: 0.05,
        exitCode: null,
      },
      postKillProbe: over.probe ?? doc([match()]),
    },
  );
  return {
    profileId: 'local',
    attempts: [fresh, attempt('relaunch', 1, after, over.relaunch), ...(over.extra ?? [])],
    codeUse: { scaler: false, ema: false },
    checkpointPatterns: ['checkpoints/*'],
    lossTolerance: 0.05,
    reference: over.reference ?? false,
  };
}

function statuses(ev: Evidence): Record<RuleId, string> {
  return Object.fromEntries(judge(ev).rules.map((r) => [r.id, r.status])) as Record<RuleId, string>;
}
function verdictOf(ev: Evidence) {
  const { rules, cycles } = judge(ev);
  return decide(rules, cycles);
}

describe('rules and verdict', () => {
  it('a correct resume passes every rule it can judge', () => {
    const ev = evidence(range(16, 32).map((s) => rec(s)));
    const st = statuses(ev);
    expect(st).toMatchObject({
      'fresh-start': 'pass',
      'checkpoint-committed': 'pass',
      'checkpoint-loadable': 'pass',
      'atomic-write': 'pass',
      'full-state': 'pass',
      'relaunch-identical': 'pass',
      'resumed-step': 'pass',
      'epoch-continues': 'pass',
      'lr-continues': 'pass',
      'loss-continuity': 'pass',
      'error-signature': 'pass',
      'durable-path': 'pass',
      'epoch-length': 'pass',
      'reference-match': 'skip',
    });
    const v = verdictOf(ev);
    expect(v.verdict).toBe('PASS');
    expect(v.line).toMatch(/step 15/);
  });

  it('restart from zero: resumed-step names it', () => {
    const v = verdictOf(evidence(range(1, 12).map((s) => rec(s))));
    expect(v).toMatchObject({ verdict: 'FAIL', rule: 'resumed-step' });
    expect(v.likelyBug?.id).toBe('restart-from-zero');
    expect(v.alsoFailing).toContain('loss-continuity');
  });

  it('resuming from the last logged step instead of the checkpoint is named too', () => {
    const ev = evidence(range(19, 30).map((s) => rec(s)));
    const r = judge(ev).rules.find((x) => x.id === 'resumed-step');
    expect(r?.status).toBe('fail');
    expect(r?.evidence).toMatch(/after the last one logged before the kill \(18\)/);
    expect(verdictOf(ev).likelyBug?.id).toBe('wrong-resume-point');
  });

  it('weights-only: a bare state_dict with no step fails full-state, S_c estimated from the log', () => {
    const probe = doc([match({ keys: ['0.weight', '0.bias'], bareStateDict: true, step: null, epoch: null })]);
    const ev = evidence(
      range(1, 12).map((s) => rec(s)),
      { probe },
    );
    const v = verdictOf(ev);
    expect(v).toMatchObject({ verdict: 'FAIL', rule: 'full-state' });
    expect(v.likelyBug?.id).toBe('weights-only');
    const step = judge(ev).rules.find((x) => x.id === 'resumed-step');
    expect(step?.evidence).toMatch(/estimated from the log/);
  });

  it('LR reset: the redone steps ran at another lr', () => {
    const probe = doc([match({ keys: ['model', 'optimizer', 'step', 'epoch', 'rng'] })]);
    const ev = evidence(
      range(16, 30).map((s) => rec(s, { lr: lr(s - 15) })),
      { probe },
    );
    const st = statuses(ev);
    expect(st['lr-continues']).toBe('fail');
    expect(st['full-state']).toBe('fail');
    const v = verdictOf(ev);
    expect(v.rule).toBe('lr-continues');
    expect(v.likelyBug?.id).toBe('lr-reset');
  });

  it('epoch replay: the interrupted epoch ran longer', () => {
    // checkpoint at 15 (epoch 1, 5 steps in); the relaunch replays epoch 1 from its start: 10 more steps in epoch 1
    const after = range(16, 40).map((s) => rec(s, { epoch: s <= 25 ? 1 : Math.floor((s - 6) / SPE) }));
    const ev = evidence(after);
    const r = judge(ev).rules.find((x) => x.id === 'epoch-length');
    expect(r?.status).toBe('fail');
    expect(r?.evidence).toMatch(/ran 15 steps, uninterrupted epochs run 10/);
    expect(verdictOf(ev).likelyBug?.id).toBe('epoch-replay');
  });

  it('a torn checkpoint after the kill is corrupt-on-kill', () => {
    const probe = doc(
      [match({ ok: false, error: 'ValueError: torn or truncated torch file', step: null })],
      [{ path: '/w/checkpoints/latest.pt.tmp', sizeBytes: 10 }],
    );
    const ev = evidence([], {
      probe,
      relaunch: {
        end: 'exited',
        exitCode: 1,
        signatures: [
          {
            id: 'torn-checkpoint',
            line: 3,
            text: 'RuntimeError: PytorchStreamReader failed reading zip archive',
            meaning: 'torn',
          },
        ],
      },
    });
    const v = verdictOf(ev);
    expect(v).toMatchObject({ verdict: 'FAIL', rule: 'checkpoint-loadable' });
    expect(v.likelyBug?.id).toBe('corrupt-on-kill');
    expect(v.alsoFailing).toEqual(expect.arrayContaining(['error-signature', 'resumed-step']));
  });

  it('an in-place rewrite fails atomic-write even when no kill tore it', () => {
    const ev = evidence(range(16, 32).map((s) => rec(s)));
    ev.attempts[0]!.writes = [
      { kind: 'in-place', path: '/w/checkpoints/latest.pt', startMs: 0, endMs: 300, seconds: 0.3, bytes: 1 << 24 },
    ];
    expect(verdictOf(ev)).toMatchObject({ rule: 'atomic-write' });
  });

  it('tmpfs is volatile on any profile; the profile decides the rest', () => {
    const probe = doc([match({ realpath: '/dev/shm/ck/latest.pt', mount: { point: '/dev/shm', fstype: 'tmpfs' } })]);
    expect(
      verdictOf(
        evidence(
          range(16, 32).map((s) => rec(s)),
          { probe },
        ),
      ),
    ).toMatchObject({ rule: 'durable-path' });
    const ev = evidence(range(16, 32).map((s) => rec(s)));
    ev.profileDurability = () => ({ durable: false, why: 'lost on stop' });
    expect(verdictOf(ev).likelyBug?.id).toBe('volatile-path');
  });

  it('an error signature in the relaunch fails with its meaning', () => {
    const ev = evidence([], {
      relaunch: {
        end: 'exited',
        exitCode: 1,
        signatures: [
          { id: 'missing-keys', line: 7, text: 'Missing key(s) in state_dict: "module.w"', meaning: 'prefix' },
        ],
      },
    });
    const r = judge(ev).rules.find((x) => x.id === 'error-signature');
    expect(r?.status).toBe('fail');
    expect(r?.evidence).toMatch(/line 8: "Missing key/);
  });

  it('scaler and EMA are required when the code uses them', () => {
    const ev = evidence(range(16, 32).map((s) => rec(s)));
    ev.codeUse = { script: 'train.py', scaler: true, ema: false };
    const r = judge(ev).rules.find((x) => x.id === 'full-state');
    expect(r?.status).toBe('fail');
    expect(r?.evidence).toMatch(/AMP GradScaler/);
  });

  it('loss: exact reproduction of the redone steps passes; a repeat of the opening fails; noise is not judged', () => {
    const exact = judge(evidence(range(16, 32).map((s) => rec(s)))).rules.find((x) => x.id === 'loss-continuity');
    expect(exact?.evidence).toMatch(/reproduced the losses logged before the kill exactly/);
    const zero = judge(evidence(range(1, 12).map((s) => rec(s)))).rules.find((x) => x.id === 'loss-continuity');
    expect(zero?.status).toBe('fail');
    expect(zero?.evidence).toMatch(/repeated the fresh run's first losses exactly/);
    const flat = evidence(range(16, 32).map((s) => rec(s, { loss: 1 + (s % 2) * 0.01 })));
    for (const r of flat.attempts[0]!.records) r.loss = 1;
    expect(statuses(flat)['loss-continuity']).toBe('skip');
    const noisy = evidence(range(16, 32).map((s) => rec(s, { loss: 5 + (s % 2) })));
    noisy.attempts[0]!.records.forEach((r, i) => (r.loss = i % 2 ? 2 : 9));
    const n = judge(noisy).rules.find((x) => x.id === 'loss-continuity');
    expect(n?.status).toBe('skip');
    expect(n?.evidence).toMatch(/step-to-step noise/);
  });

  it('reference: a resumed run that ends later than the uninterrupted one fails', () => {
    const ref = attempt(
      'reference',
      2,
      range(1, 40).map((s) => rec(s)),
      { end: 'exited', exitCode: 0 },
    );
    const ev = evidence(
      range(16, 45).map((s) => rec(s)),
      { relaunch: { end: 'exited', exitCode: 0 }, extra: [ref], reference: true },
    );
    const r = judge(ev).rules.find((x) => x.id === 'reference-match');
    expect(r?.status).toBe('fail');
    expect(r?.evidence).toMatch(/ended at step 45, the uninterrupted run at step 40/);
    const ok = evidence(
      range(16, 40).map((s) => rec(s)),
      { relaunch: { end: 'exited', exitCode: 0 }, extra: [ref], reference: true },
    );
    expect(statuses(ok)['reference-match']).toBe('pass');
  });

  it('two kills: every cycle is judged', () => {
    const ev = evidence(
      range(16, 25).map((s) => rec(s)),
      {
        relaunch: {
          end: 'killed',
          kill: {
            mode: 'random',
            signal: 'KILL',
            graceSeconds: 0,
            sentAtMs: 5000,
            lastLoggedStep: 25,
            saveInProgress: false,
            escalated: false,
            exitSeconds: 0.1,
            exitCode: null,
          },
          postKillProbe: doc([match({ step: 24, epoch: 2 })]),
        },
        extra: [
          attempt(
            'relaunch',
            2,
            range(1, 8).map((s) => rec(s)),
          ),
        ],
      },
    );
    const { cycles, rules } = judge(ev);
    expect(cycles.map((c) => c.sc)).toEqual([15, 24]);
    const r = rules.find((x) => x.id === 'resumed-step');
    expect(r?.status).toBe('fail');
    expect(r?.evidence).toMatch(
      /^kill 1: the relaunch logged step 16 first, continuing from the checkpoint.s step 15.*; kill 2: the relaunch started over at step 1/,
    );
  });
});

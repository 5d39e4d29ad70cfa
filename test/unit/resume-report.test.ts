import { describe, expect, it } from 'vitest';
import { lossChart } from '../../src/core/resume/chart.js';
import { parseKillSpec, randomKillStep, seededRandom } from '../../src/core/resume/kill-strategy.js';
import { watchTarget } from '../../src/core/resume/procedure.js';
import type { VerifyReport } from '../../src/core/resume/report.js';
import { guessPython, parseEnvLines, parseSignal, trainingScript } from '../../src/core/resume/settings.js';
import { summaryMarkdown } from '../../src/core/resume/summary-markdown.js';
import type { WatchEvent } from '../../src/core/resume/watch-client.js';
import { reconstructWrites } from '../../src/core/resume/write-timing.js';
import { formatSeconds, parseDuration, youngDalySeconds, youngDalySteps } from '../../src/core/resume/young-daly.js';

describe('Young/Daly', () => {
  it('matches the worked example: C = 30 s, MTBF = 3 h → W ≈ 805 s ≈ 402 iterations at 2 s', () => {
    expect(youngDalySeconds(3 * 3600, 30)).toBeCloseTo(805, 0);
    expect(youngDalySteps(3 * 3600, 30, 2)).toBe(402);
  });
  it('parses durations', () => {
    expect(parseDuration('6h', 'mtbf')).toBe(21600);
    expect(parseDuration('45m', 'mtbf')).toBe(2700);
    expect(parseDuration('90', 'mtbf')).toBe(90);
    expect(() => parseDuration('soon', 'mtbf')).toThrow(/mtbf must be a duration/);
    expect(formatSeconds(0.25)).toBe('250 ms');
    expect(formatSeconds(805)).toBe('13.4 min');
  });
});

describe('kill strategy', () => {
  it('parses the modes', () => {
    expect(parseKillSpec('random')).toEqual({ mode: 'random' });
    expect(parseKillSpec('step:120')).toEqual({ mode: 'step', step: 120 });
    expect(parseKillSpec('during-save')).toEqual({ mode: 'during-save' });
    expect(() => parseKillSpec('step:x')).toThrow(/random, step:N or during-save/);
  });
  it('is reproducible from the seed and lands strictly between two saves', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const xs = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(xs);
    const rand = seededRandom(7);
    const seen = new Set<number>();
    for (let i = 0; i < 200; i++) seen.add(randomKillStep(rand(), 50, 10));
    expect([...seen].sort()).toEqual([51, 52, 53]); // a few steps past the save, never at the next one
    expect(randomKillStep(0.99, 7, 2)).toBe(8);
    expect(randomKillStep(0.99, 7, 1)).toBe(8);
  });
});

describe('settings helpers', () => {
  it('guesses the interpreter and the training script', () => {
    expect(guessPython({ argv: ['/usr/bin/python3', 'train.py'] })).toBe('/usr/bin/python3');
    expect(guessPython({ argv: ['torchrun', 'train.py'] })).toBe('python3');
    expect(guessPython({ script: 'python3.11 train.py --epochs 3' })).toBe('python3.11');
    expect(trainingScript({ script: 'python train.py --config a.yaml' })).toBe('train.py');
  });
  it('env lines and signals', () => {
    expect(parseEnvLines(['A=1', '# c', '', 'B=x=y'], 'env')).toEqual({ A: '1', B: 'x=y' });
    expect(() => parseEnvLines(['nope'], 'env')).toThrow(/NAME=value/);
    expect(parseSignal('sigterm', 'signal', 'KILL')).toBe('TERM');
    expect(() => parseSignal('HUP', 'signal', 'KILL')).toThrow(/KILL or TERM/);
  });
  it('watches the fixed part of the glob, deep enough for what it matches', () => {
    expect(watchTarget('checkpoints/*.pt', '/w')).toEqual({ dir: '/w/checkpoints', depth: 1 });
    expect(watchTarget('out/checkpoint-*/model.safetensors', '/w')).toEqual({ dir: '/w/out', depth: 2 });
    expect(watchTarget('/dev/shm/run/**', '/w')).toEqual({ dir: '/dev/shm/run', depth: 4 });
  });
});

const ev = (t: number, e: Partial<WatchEvent>): WatchEvent => ({ t, ev: 'new', receivedAtMs: t, ...e }) as WatchEvent;
const isFinal = (p: string) => !p.endsWith('.tmp');

describe('checkpoint writes from watcher events', () => {
  it('an atomic save: temp file, then the final name replaced', () => {
    const w = reconstructWrites(
      [
        ev(100, { ev: 'new', path: '/c/latest.pt.tmp', temp: true, size: 10 }),
        ev(110, { ev: 'grow', path: '/c/latest.pt.tmp', temp: true, size: 99 }),
        ev(400, { ev: 'replace', path: '/c/latest.pt', temp: false, size: 99 }),
        ev(400, { ev: 'gone', path: '/c/latest.pt.tmp', temp: true }),
      ],
      isFinal,
    );
    expect(w).toEqual([{ kind: 'atomic', path: '/c/latest.pt', startMs: 100, endMs: 400, seconds: 0.3, bytes: 99 }]);
  });
  it('an in-place rewrite: truncated, then growing under its own name', () => {
    const w = reconstructWrites(
      [
        ev(0, { ev: 'shrink', path: '/c/latest.pt', size: 0 }),
        ev(10, { ev: 'grow', path: '/c/latest.pt', size: 1 << 20 }),
        ev(200, { ev: 'grow', path: '/c/latest.pt', size: 16 << 20 }),
        ev(900, { ev: 'replace', path: '/c/other.pt', size: 1 }),
      ],
      isFinal,
    );
    expect(w[0]).toMatchObject({ kind: 'in-place', path: '/c/latest.pt', seconds: 0.2, bytes: 16 << 20 });
  });
  it('a lone same-inode size change (a missed rename whose inode was reused) is not an in-place write', () => {
    const w = reconstructWrites(
      [ev(0, { ev: 'shrink', path: '/c/latest.json', size: 8000 }), ev(900, { ev: 'start' })],
      isFinal,
    );
    expect(w).toEqual([]);
  });
});

describe('chart and summary', () => {
  it('draws one mermaid line per series on a shared step axis', () => {
    const chart = lossChart([
      {
        name: 'before',
        points: [
          [1, 3],
          [2, 2],
          [3, 1.5],
        ],
      },
      {
        name: 'after',
        points: [
          [3, 1.6],
          [4, 1.2],
        ],
      },
    ]);
    expect(chart).toContain('xychart-beta');
    expect(chart).toContain('x-axis "step" [1, 2, 3, 4]');
    expect(chart?.match(/^ {4}line \[/gm)).toHaveLength(2);
    expect(chart).toContain('line [3, 2, 1.5, 1.2]');
    expect(chart).toContain('line [3, 2, 1.6, 1.2]');
    expect(lossChart([])).toBeUndefined();
  });

  it('the job summary has the verdict, the rule table, the timeline, the chart and the cadence', () => {
    const report = {
      verdict: 'FAIL',
      verdictLine: 'FAIL — resumed-step: restart from zero',
      failingRule: 'resumed-step',
      likelyBug: {
        id: 'restart-from-zero',
        title: 'restart from zero',
        explanation: 'it trained from 0',
        fix: 'load the latest',
      },
      alsoFailing: [],
      rules: [
        { id: 'resumed-step', title: 'First resumed step', status: 'fail', evidence: 'started over at | step 1' },
      ],
      resumedFromStep: 14,
      stepsLost: 2,
      checkpointWriteSeconds: 0.5,
      checkpointWriteResolutionSeconds: 0.01,
      checkpointWrites: 3,
      secondsPerStep: 0.1,
      observedCheckpointIntervalSteps: 7,
      youngDaly: [{ mtbfSeconds: 3600, intervalSeconds: 60, intervalSteps: 600 }],
      kills: [
        {
          n: 1,
          mode: 'random',
          signal: 'TERM',
          graceSeconds: 10,
          killedAtStep: 16,
          checkpointStep: 14,
          checkpointStepSource: 'checkpoint',
          checkpointPath: '/c/l.pt',
          firstResumedStep: 1,
          stepsLost: 2,
          saveInProgress: false,
          escalated: false,
          exitSeconds: 0.2,
        },
      ],
      attempts: [
        {
          role: 'fresh',
          runId: 'r0',
          runDir: '/r0',
          pgid: 5,
          detach: 'tmux',
          startedAt: '',
          seconds: 1.5,
          end: 'killed',
          exitCode: null,
          firstStep: 1,
          lastStep: 16,
          records: 16,
          lines: 17,
        },
      ],
      command: { text: 'python3 train.py', sha256: 'abc', workdir: '/w', python: 'python3' },
      settings: {
        checkpoint: ['c/*'],
        progress: 'auto',
        kill: 'random',
        signal: 'TERM',
        graceSeconds: 10,
        kills: 1,
        seed: 3,
        reference: false,
        allowPickle: false,
        profile: 'local',
      },
      host: 'local',
      series: {
        preKill: [
          [1, 3],
          [16, 1],
        ],
        resumed: [[1, 3]],
        reference: [],
      },
      wallSeconds: 4,
      writes: [],
    } as unknown as VerifyReport;
    const md = summaryMarkdown(report);
    expect(md).toContain('## ❌ tenant verify-resume: FAIL');
    expect(md).toContain('**Likely bug:** restart from zero');
    expect(md).toContain('| First resumed step (`resumed-step`) | ❌ fail | started over at \\| step 1 |');
    expect(md).toContain('TERM, 10 s grace, exited in 0.20 s');
    expect(md).toContain('```mermaid');
    expect(md).toContain('W = √(2·MTBF·C)');
    expect(md).toContain('| 1.0 h | 1.0 min | 600 |');
  });
});

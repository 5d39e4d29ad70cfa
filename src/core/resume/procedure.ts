/**
 * verify-resume, the procedure (design §6): fresh start in an empty checkpoint directory → wait for a committed
 * checkpoint and some steps past it → kill the process group → probe the checkpoint → relaunch the
 * byte-identical command → read progress until the verdict is certain → (repeat for --kills) → optional
 * uninterrupted reference run → judge.
 */
import { posix } from 'node:path';
import { randomBytes } from 'node:crypto';
import { ConfigurationError, HostError } from '../errors.js';
import type { Host } from '../host/host.js';
import { shellJoin, shellQuote } from '../host/quote.js';
import type { Ui } from '../ui.js';
import { Attempt, type AttemptConfig } from './attempt.js';
import { anchorOf, type AttemptRole, type CodeUse, type Evidence } from './evidence.js';
import { randomKillStep, seededRandom } from './kill-strategy.js';
import { runProbe } from './probe-client.js';
import { fillStepsFromEpochs } from './progress.js';
import { buildReport, type VerifyReport } from './report.js';
import { judge, logInterval, stepped } from './rules.js';
import { trainingScript, type VerifyResumeSettings } from './settings.js';
import { decide } from './verdict.js';
import { VerificationIncomplete } from './verification-incomplete.js';

export interface VerifyResumeOutcome {
  report: VerifyReport;
  evidence: Evidence;
  /** Local clock when the last piece of evidence arrived, and when the verdict was ready. */
  evidenceAtMs: number;
  verdictAtMs: number;
}

function stamp(d = new Date()): string {
  return d.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-');
}

/** The non-wildcard directory of a glob and how many levels below it matches can be. */
export function watchTarget(pattern: string, workdir: string): { dir: string; depth: number } {
  const abs = posix.isAbsolute(pattern) ? pattern : posix.join(workdir, pattern);
  const parts = abs.split('/');
  const fixed: string[] = [];
  let i = 0;
  for (; i < parts.length - 1; i++) {
    const p = parts[i] as string;
    if (/[*?[]/.test(p)) break;
    fixed.push(p);
  }
  const rest = parts.slice(i);
  const depth = rest.includes('**') ? 4 : Math.min(4, Math.max(1, rest.length));
  return { dir: fixed.join('/') || '/', depth };
}

async function detectCodeUse(host: Host, s: VerifyResumeSettings, workdir: string): Promise<CodeUse> {
  const script = trainingScript(s.command);
  if (!script) return { scaler: false, ema: false };
  const path = posix.isAbsolute(script) ? script : posix.join(workdir, script);
  const text = await host
    .readFile(path)
    .then((b) => b.subarray(0, 2_000_000).toString('utf8'))
    .catch(() => '');
  return {
    script,
    scaler: /GradScaler|torch\.amp\.grad_scaler|\bscaler\.scale\(/.test(text),
    ema: /\b(ema|ema_model|model_ema)\b|ExponentialMovingAverage|AveragedModel|swa_utils/.test(text),
    torch: /^\s*(import torch|from torch\b)|^\s*import (transformers|lightning|pytorch_lightning|accelerate)\b/m.test(
      text,
    ),
  };
}

async function removePaths(host: Host, paths: readonly string[]): Promise<void> {
  if (paths.length === 0) return;
  const res = await host.exec({ script: `rm -rf -- ${paths.map(shellQuote).join(' ')}` });
  if (res.code !== 0)
    throw new HostError('ERM', `could not remove old checkpoints on ${host.label}: ${res.stderr.trim()}`);
}

export async function verifyResume(host: Host, s: VerifyResumeSettings, ui: Ui): Promise<VerifyResumeOutcome> {
  const t0 = Date.now();
  const deadline = t0 + s.timeoutSeconds * 1000;
  const remaining = (): number => Math.max(0, deadline - Date.now());
  // Preflight, one exec: the probe runs (right interpreter), resolves the workdir, and lists what already matches.
  const before = await runProbe(host, {
    python: s.python,
    workdir: s.workdir,
    patterns: s.checkpoint,
    noTorch: true,
    limit: 1000,
  }).catch((err: Error) => {
    throw new ConfigurationError(
      `could not run the checkpoint probe with ${s.python} on ${host.label} (${err.message}); set python to the training's interpreter`,
      'python',
    );
  });
  if (before.workdirExists === false || !before.workdir.startsWith('/')) {
    throw new ConfigurationError(
      `workdir ${s.workdir} does not exist on ${host.label}; give an existing directory`,
      'workdir',
    );
  }
  const workdir = before.workdir;
  const probeBase = { python: s.python, workdir, patterns: s.checkpoint };
  if (before.matchCount > 0) {
    if (!s.clean) {
      throw new ConfigurationError(
        `${before.matchCount} checkpoint(s) already match ${s.checkpoint.join(', ')} in ${workdir} (e.g. ${before.matches[0]?.path}); ` +
          'verify-resume starts from an empty checkpoint directory: remove them, point checkpoint at a fresh directory, or pass clean',
        'checkpoint',
      );
    }
    await removePaths(host, [...before.matches.map((m) => m.path), ...before.leftovers.map((l) => l.path)]);
    ui.info(`removed ${before.matchCount} existing checkpoint(s) (clean)`);
  }
  // Run the probe and the watcher with the interpreter itself, not a shim (pyenv's costs a second a start).
  const python = before.executable && before.executable.startsWith('/') ? before.executable : s.python;
  const fast = { ...probeBase, python };
  const codeUse = await detectCodeUse(host, s, workdir);
  const mark = (what: string): void => ui.debug(`+${((Date.now() - t0) / 1000).toFixed(3)} s ${what}`);
  mark('preflight done');
  const targets = s.checkpoint.map((p) => watchTarget(p, workdir));
  const watch = { dirs: [...new Set(targets.map((t) => t.dir))], depth: Math.max(...targets.map((t) => t.depth)) };
  const runRoot = s.runRoot ?? workdir;
  const base = `vr-${stamp()}-${randomBytes(3).toString('hex')}`;
  const rand = seededRandom(s.seed);

  const startAttempt = async (role: AttemptRole, index: number): Promise<Attempt> => {
    const config: AttemptConfig = {
      host,
      role,
      index,
      spec: {
        root: runRoot,
        runId: `${base}-${index}-${role}`,
        command: s.command,
        cwd: workdir,
        env: s.env,
        detach: s.detach,
      },
      progress: s.progress,
      python,
      workdir,
      patterns: s.checkpoint,
      watch,
      watchSignal: s.signal,
      willBeKilled: role !== 'reference' && index < s.kills,
      usesTorch:
        codeUse.torch === true || s.checkpoint.some((p) => /\.(pt|pth|ckpt|bin|safetensors)$|checkpoint-/.test(p)),
      debug: (m) => ui.debug(m),
      pollMs: s.pollMs,
    };
    const a = await Attempt.start(config);
    mark(`${role} ${index} started`);
    ui.info(
      `${role}${role === 'relaunch' ? ` ${index}` : ''}: started ${a.handle.paths.runId} (pgid ${a.handle.pgid}, ${a.handle.detach})`,
    );
    return a;
  };

  const attempts: Attempt[] = [];
  let lastEvidenceAtMs = Date.now();
  try {
    let current = await startAttempt('fresh', 0);
    attempts.push(current);
    let anchorStep: number | null = null;
    for (let k = 1; k <= s.kills; k++) {
      const a = current;
      // 1. a committed checkpoint beyond the one this attempt resumed from
      const committed = await a.waitFor(() => a.commitAfter(anchorStep) !== undefined, remaining());
      const commit = a.commitAfter(anchorStep);
      if (committed !== 'ok' || !commit) {
        if (committed === 'ended') {
          // Saved, but ended before the commit could be confirmed and a kill land: too short to verify.
          const late = anchorOf(await runProbe(host, { ...fast, noTorch: true, limit: 2 }).catch(() => undefined));
          if (late && (anchorStep === null || (late.step ?? -1) > anchorStep)) {
            throw new VerificationIncomplete(
              `the ${a.role} run ended (exit ${a.status?.exitCode ?? '?'}) at step ${a.lastStep() ?? '?'} before a kill could land after a checkpoint; ` +
                'verify-resume needs the training to still be running after a checkpoint: run it for more steps or save earlier',
            );
          }
        }
        ui.warning(
          committed === 'timeout'
            ? `no checkpoint committed within the time limit (${s.timeoutSeconds} s)`
            : `the ${a.role} run ended before committing a checkpoint matching ${s.checkpoint.join(', ')}`,
        );
        break;
      }
      const commitStep = commit.step ?? commit.loggedStep;
      ui.info(
        `checkpoint committed: ${posix.basename(commit.path)} at step ${commit.step ?? `~${commit.loggedStep} (from the log)`}`,
      );

      // 2. the kill
      const graceMs = s.signal === 'TERM' ? s.graceSeconds * 1000 : 0;
      let targetStep: number | undefined;
      let trigger: { path: string; size: number; temp: boolean; event: string } | undefined;
      let sentAtMs = Date.now();
      let result: Awaited<ReturnType<Attempt['killGroup']>> | undefined;
      if (s.kill.mode === 'during-save' && a.watch) {
        await a.watch.arm();
        const killed = () => a.watch?.events.some((e) => e.ev === 'killed' || e.ev === 'kill-failed') ?? false;
        const got = await a.waitFor(killed, remaining());
        const ev = a.watch.events.find((e) => e.ev === 'killed');
        if (got !== 'ok' || !ev) {
          if (a.running) await a.stop();
          throw new VerificationIncomplete(
            `no further checkpoint save started before the ${a.role} run ${got === 'timeout' ? 'hit the time limit' : 'ended'}, so the kill could not land during a save; run it for more steps`,
          );
        }
        trigger = { path: ev.path ?? '', size: ev.size ?? 0, temp: Boolean(ev.temp), event: ev.trigger ?? '' };
        sentAtMs = ev.receivedAtMs;
        result = await a.killGroup(s.signal, graceMs, true);
      } else {
        // The kill lands inside an epoch: not on the first step of a new one.
        const insideEpoch = (): boolean => {
          const recs = stepped(a.records);
          const last = recs[recs.length - 1];
          const prev = recs[recs.length - 2];
          return !(
            prev &&
            last?.epoch !== undefined &&
            prev.epoch !== undefined &&
            Math.floor(last.epoch) !== Math.floor(prev.epoch)
          );
        };
        let delayFraction = 0;
        let reached: () => boolean;
        if (s.kill.mode === 'step') {
          const target = Math.max(s.kill.step, (commitStep ?? 0) + 1);
          targetStep = target;
          reached = () => (a.lastStep() ?? -Infinity) >= target && insideEpoch();
        } else {
          // Uniformly between the newest save and the next one: one draw per kill, re-based on every save seen.
          const u = rand();
          delayFraction = rand();
          reached = () => {
            const save = a.saves[a.saves.length - 1];
            const base = Math.max(save?.loggedStep ?? -Infinity, commitStep ?? 0);
            const interval = a.saveInterval() ?? Math.max(2, (commitStep ?? 2) - (anchorStep ?? 0));
            targetStep = randomKillStep(u, base, interval);
            return (a.lastStep() ?? -Infinity) >= targetStep && insideEpoch();
          };
        }
        const got = await a.waitFor(reached, remaining());
        if (got !== 'ok') {
          if (a.running) await a.stop();
          if (s.kill.mode === 'step' && got === 'ended') {
            throw new ConfigurationError(
              `the ${a.role} run ended at step ${a.lastStep() ?? '?'}, before the kill step ${targetStep}; choose an earlier step`,
              'kill',
            );
          }
          throw new VerificationIncomplete(
            `the ${a.role} run ${got === 'ended' ? 'ended' : 'hit the time limit'} at step ${a.lastStep() ?? '?'}, before the kill point (step ${targetStep}); run it for more steps`,
          );
        }
        const perStep = a.secondsPerStep() ?? 0;
        const delay = Math.min(1000, delayFraction * perStep * 1000);
        if (delay > 0) await new Promise((r) => setTimeout(r, delay));
        sentAtMs = Date.now();
        mark(`kill: ${s.signal} after step ${a.lastStep()} (target ${targetStep})`);
        result = await a.killGroup(s.signal, graceMs);
      }
      mark(`kill confirmed (${result.escalated ? 'escalated to KILL' : s.signal})`);
      await a.finished;
      mark('log drained');
      const lastLogged = a.lastStep();
      // 3. the checkpoint after the kill: the authoritative S_c
      const probe = await a.probeAfterKill(s.allowPickle);
      a.postKillProbe = probe;
      mark('post-kill probe done');
      await a.close();
      mark('agent closed');
      const anchor = anchorOf(probe);
      const torn = probe.matches.some((m) => !m.ok);
      a.kill = {
        mode: s.kill.mode === 'step' ? `step:${s.kill.step}` : s.kill.mode,
        signal: s.signal,
        graceSeconds: s.graceSeconds,
        sentAtMs,
        ...(targetStep !== undefined ? { targetStep } : {}),
        lastLoggedStep: lastLogged,
        saveInProgress: trigger ? true : probe.leftovers.length > 0 || torn,
        ...(trigger ? { trigger } : {}),
        escalated: result.escalated,
        exitSeconds: (result.goneAtMs - sentAtMs) / 1000,
        exitCode: a.status?.exitCode ?? null,
      };
      ui.info(
        `kill ${k}/${s.kills}: ${s.signal}${s.signal === 'TERM' ? ` (grace ${s.graceSeconds} s${result.escalated ? ', then KILL' : ''})` : ''} ` +
          `after step ${lastLogged ?? '?'}; checkpoint after the kill: ${anchor ? `${posix.basename(anchor.path)} step ${anchor.step ?? '?'}` : torn ? 'TORN' : 'none'}`,
      );
      anchorStep = anchor?.step ?? commitStep ?? null;
      // 4. the byte-identical relaunch
      current = await startAttempt('relaunch', k);
      attempts.push(current);
      if (current.handle.commandSha256 !== attempts[0]?.handle.commandSha256) {
        throw new HostError('ERELAUNCH', 'internal: the relaunch command differs from the first one');
      }
    }

    // 5. read the last relaunch until the verdict is certain
    const last = current;
    if (last.role === 'relaunch') {
      if (s.reference) {
        await last.waitFor(() => false, remaining());
      } else {
        const fresh = attempts[0] as Attempt;
        const enough = (): boolean => {
          const recs = stepped(last.records);
          if (recs.length >= s.maxJudgeSteps) return true;
          if (recs.length < s.judgeSteps) return false;
          // Certain already: the relaunch did not continue from the checkpoint (started over, or elsewhere).
          const sr = recs[0]?.step;
          if (
            anchorStep !== null &&
            sr !== undefined &&
            (sr < anchorStep || sr > anchorStep + logInterval(fresh.records))
          )
            return true;
          const e0 = recs[0]?.epoch;
          if (e0 === undefined) return true;
          const start = Math.floor(e0);
          const maxEpoch = Math.max(...recs.map((r) => Math.floor(r.epoch ?? start)));
          if (maxEpoch <= start) return false;
          // an uninterrupted epoch seen before the kill (or in the judged window) is the length to compare with
          const freshEpochs = new Set(stepped(fresh.records).map((r) => Math.floor(r.epoch ?? -1)));
          const cleanBefore = [...freshEpochs].some((e) => e >= 0 && e + 1 <= start && freshEpochs.has(e + 1));
          return cleanBefore || maxEpoch >= start + 2;
        };
        const got = await last.waitFor(enough, remaining());
        if (got === 'ok') {
          lastEvidenceAtMs = last.records[last.records.length - 1]?.atMs ?? Date.now();
          mark('judged: enough evidence');
          await last.stop();
          mark('relaunch stopped');
        } else if (got === 'timeout') {
          ui.warning('time limit reached while reading the relaunch; judging what was seen');
          await last.stop();
        }
      }
      await last.finished;
    } else if (last.running) {
      await last.stop();
      await last.finished;
    }
    lastEvidenceAtMs = Math.max(lastEvidenceAtMs, ...attempts.map((x) => x.records[x.records.length - 1]?.atMs ?? 0));

    // 6. the uninterrupted reference run
    if (s.reference) {
      const now = await runProbe(host, { ...fast, noTorch: true, limit: 1000 });
      await removePaths(host, [...now.matches.map((m) => m.path), ...now.leftovers.map((l) => l.path)]);
      const ref = await startAttempt('reference', s.kills + 1);
      attempts.push(ref);
      const got = await ref.waitFor(() => false, remaining());
      if (got === 'timeout') await ref.stop();
      await ref.finished;
      lastEvidenceAtMs = Date.now();
    }
  } finally {
    for (const a of attempts) {
      if (a.running) await a.stop().catch(() => undefined);
      a.abortFollow();
      // The agents exit within one poll of the stop file; the verdict does not wait for them.
      await a.close(false).catch(() => undefined);
    }
    await Promise.all(attempts.map((a) => Promise.race([a.finished, new Promise((r) => setTimeout(r, 5000))])));
  }

  // Hugging Face log dicts carry a fractional epoch but no step: derive it from the checkpoint's step/epoch.
  const ratioFrom = attempts.map((a) => anchorOf(a.postKillProbe)).find((m) => m?.step && m.epoch && m.epoch > 0);
  if (ratioFrom?.step && ratioFrom.epoch) {
    for (const a of attempts) fillStepsFromEpochs(a.records, ratioFrom.step / ratioFrom.epoch);
  }
  const evidence: Evidence = {
    profileId: s.profileId,
    attempts: attempts.map((a) => a.evidence()),
    codeUse,
    ...(s.durability ? { profileDurability: s.durability } : {}),
    checkpointPatterns: s.checkpoint,
    lossTolerance: s.lossTolerance,
    reference: s.reference,
  };
  mark('attempts closed');
  const { rules, cycles } = judge(evidence);
  const verdict = decide(rules, cycles);
  const report = buildReport({
    evidence,
    cycles,
    rules,
    verdict,
    settings: s,
    workdir,
    hostLabel: host.label,
    wallSeconds: (Date.now() - t0) / 1000,
  });
  return { report, evidence, evidenceAtMs: lastEvidenceAtMs, verdictAtMs: Date.now() };
}

/** The command line shown for an argv command. */
export function commandText(argv: readonly string[]): string {
  return shellJoin(argv);
}

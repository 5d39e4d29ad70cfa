/**
 * Young/Daly: the checkpoint interval that minimises lost work plus checkpoint overhead, W = √(2·MTBF·C),
 * for a checkpoint that takes C seconds to write and interruptions every MTBF seconds on average. Rounded down
 * to whole steps when the step time is known (a checkpoint can only be taken at a step boundary).
 */
import { ConfigurationError } from '../errors.js';

export function youngDalySeconds(mtbfSeconds: number, writeSeconds: number): number {
  if (!(mtbfSeconds > 0) || !(writeSeconds >= 0)) return NaN;
  return Math.sqrt(2 * mtbfSeconds * writeSeconds);
}

export function youngDalySteps(mtbfSeconds: number, writeSeconds: number, secondsPerStep: number): number | undefined {
  const w = youngDalySeconds(mtbfSeconds, writeSeconds);
  if (!(secondsPerStep > 0) || !Number.isFinite(w)) return undefined;
  return Math.max(1, Math.floor(w / secondsPerStep));
}

/** `3h`, `45m`, `90s`, `2d` or plain seconds. */
export function parseDuration(text: string, input: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(s|m|h|d)?\s*$/i.exec(text);
  if (!m)
    throw new ConfigurationError(
      `${input} must be a duration such as 3h, 45m or 600 (seconds), got ${JSON.stringify(text)}`,
      input,
    );
  const unit = (m[2] ?? 's').toLowerCase();
  const factor = unit === 'd' ? 86400 : unit === 'h' ? 3600 : unit === 'm' ? 60 : 1;
  return Number(m[1]) * factor;
}

export function formatSeconds(s: number): string {
  if (!Number.isFinite(s)) return 'n/a';
  if (s < 1) return `${Math.round(s * 1000)} ms`;
  if (s < 60) return `${s.toFixed(s < 10 ? 2 : 1)} s`;
  if (s < 3600) return `${(s / 60).toFixed(1)} min`;
  return `${(s / 3600).toFixed(1)} h`;
}

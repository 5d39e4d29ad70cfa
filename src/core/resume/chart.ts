/**
 * The loss-vs-step chart as a mermaid `xychart-beta`: one line per series (before the kill, after the
 * relaunch, the uninterrupted reference). xychart lines share one categorical x axis and cannot have gaps, so
 * where a series has no point at a step it borrows the value of the next series in line (before-kill, then
 * resumed, then reference): the lines coincide where only one run logged, and part where two runs differ.
 */
export interface ChartSeries {
  name: string;
  points: readonly (readonly [number, number])[];
}

const MAX_POINTS = 40;

function valueAt(points: readonly (readonly [number, number])[], step: number): number | undefined {
  // the last value logged at or before `step`, when it is within the gap to the next logged step
  let best: number | undefined;
  for (const [s, v] of points) {
    if (s === step) return v;
  }
  for (const [s, v] of points) if (s <= step) best = v;
  const after = points.find(([s]) => s > step);
  if (best === undefined || after === undefined) return undefined;
  return best;
}

function fmt(v: number): string {
  if (!Number.isFinite(v)) return '0';
  const a = Math.abs(v);
  return a !== 0 && (a < 1e-3 || a >= 1e6) ? v.toExponential(3) : String(Number(v.toPrecision(5)));
}

export function lossChart(series: readonly ChartSeries[], title = 'loss vs step'): string | undefined {
  const used = series.filter((s) => s.points.length > 0);
  if (used.length === 0) return undefined;
  const steps = [...new Set(used.flatMap((s) => s.points.map(([st]) => st)))].sort((a, b) => a - b);
  const picked =
    steps.length <= MAX_POINTS
      ? steps
      : Array.from(
          { length: MAX_POINTS },
          (_, i) => steps[Math.round((i * (steps.length - 1)) / (MAX_POINTS - 1))] as number,
        );
  const xs = [...new Set(picked)];
  const lines: string[] = [];
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < used.length; i++) {
    const values = xs.map((x) => {
      for (let j = 0; j < used.length; j++) {
        const own = valueAt((used[(i + j) % used.length] as ChartSeries).points, x);
        if (own !== undefined) return own;
      }
      return 0;
    });
    for (const v of values) {
      if (Number.isFinite(v)) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
    lines.push(`    line [${values.map(fmt).join(', ')}]`);
  }
  const pad = (hi - lo) * 0.05 || Math.abs(hi) * 0.05 || 1;
  return [
    '```mermaid',
    'xychart-beta',
    `    title "${title.replace(/"/g, "'")}"`,
    `    x-axis "step" [${xs.join(', ')}]`,
    `    y-axis "loss" ${fmt(lo >= 0 ? Math.max(0, lo - pad) : lo - pad)} --> ${fmt(hi + pad)}`,
    ...lines,
    '```',
    '',
  ].join('\n');
}

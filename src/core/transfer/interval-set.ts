/** A set of half-open byte ranges [start, end), kept sorted and merged: which parts of a file are written. */
export class IntervalSet {
  private ranges: [number, number][] = [];

  constructor(initial: readonly (readonly [number, number])[] = []) {
    for (const [a, b] of initial) this.add(a, b);
  }

  add(start: number, end: number): void {
    if (end <= start) return;
    const out: [number, number][] = [];
    let s = start;
    let e = end;
    let placed = false;
    for (const [a, b] of this.ranges) {
      if (b < s) out.push([a, b]);
      else if (a > e) {
        if (!placed) {
          out.push([s, e]);
          placed = true;
        }
        out.push([a, b]);
      } else {
        s = Math.min(s, a);
        e = Math.max(e, b);
      }
    }
    if (!placed) out.push([s, e]);
    this.ranges = out;
  }

  /** End of the range that contains `at` (or `at` itself when nothing written there). */
  contiguousFrom(at: number): number {
    for (const [a, b] of this.ranges) if (a <= at && at < b) return b;
    return at;
  }

  /** Total bytes covered. */
  get covered(): number {
    return this.ranges.reduce((n, [a, b]) => n + (b - a), 0);
  }

  /** The gaps within [0, size), in order. */
  missing(size: number): [number, number][] {
    const gaps: [number, number][] = [];
    let at = 0;
    for (const [a, b] of this.ranges) {
      if (a >= size) break;
      if (a > at) gaps.push([at, a]);
      at = Math.max(at, b);
    }
    if (at < size) gaps.push([at, size]);
    return gaps;
  }

  toJSON(): [number, number][] {
    return this.ranges.map(([a, b]) => [a, b]);
  }
}

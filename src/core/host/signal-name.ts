/** Signal names as `Host.killGroup` takes them: without the `SIG` prefix (`TERM`, `KILL`, …). */
export const SIGNAL_NAMES = [
  'HUP',
  'INT',
  'QUIT',
  'ABRT',
  'KILL',
  'USR1',
  'USR2',
  'ALRM',
  'TERM',
  'CONT',
  'STOP',
  'TSTP',
  'WINCH',
] as const;
export type SignalName = (typeof SIGNAL_NAMES)[number];

/** Accepts `TERM`, `SIGTERM` or `sigterm`; throws TypeError for anything else. */
export function normalizeSignal(name: string): SignalName {
  const upper = name.toUpperCase().replace(/^SIG/, '');
  const found = SIGNAL_NAMES.find((s) => s === upper);
  if (!found) throw new TypeError(`unknown signal ${JSON.stringify(name)}; use one of ${SIGNAL_NAMES.join(', ')}`);
  return found;
}

/** A process group id that can be signalled: a positive integer above 1 (never 0/-1, which mean "everyone"). */
export function assertPgid(pgid: number): void {
  if (!Number.isSafeInteger(pgid) || pgid <= 1) throw new TypeError(`invalid process group id ${pgid}`);
}

/** What the launch's main phase saves for its post phase (GITHUB_STATE). Never a secret. */
export const STATE_KEYS = {
  /** JSON array of the OpenSSH temp dirs (key, known_hosts) main created. */
  tempDirs: 'tenant-launch-temp-dirs',
  /** JSON SavedRun, saved as soon as the run is known. */
  run: 'tenant-launch-run',
  /** `true` once main finished on its own (success or failure); absent when it was cancelled or killed. */
  mainDone: 'tenant-launch-main-done',
} as const;

export interface SavedRun {
  root: string;
  runId: string;
  pgid: number;
  /** Main attached to a run another launch started: cancelling this workflow never stops that one. */
  attached: boolean;
  stopOnCancel: boolean;
}

export function parseSavedRun(text: string): SavedRun | undefined {
  if (!text) return undefined;
  try {
    const v = JSON.parse(text) as Partial<SavedRun>;
    if (typeof v.root !== 'string' || typeof v.runId !== 'string' || typeof v.pgid !== 'number') return undefined;
    return {
      root: v.root,
      runId: v.runId,
      pgid: v.pgid,
      attached: v.attached === true,
      stopOnCancel: v.stopOnCancel === true,
    };
  } catch {
    return undefined;
  }
}

export function parseTempDirs(text: string): string[] {
  if (!text) return [];
  try {
    const v = JSON.parse(text) as unknown;
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

import type { Ui } from '../core/ui.js';

/** Exit codes of every tenant command. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export interface CliContext {
  ui: Ui;
  /** `--json` was given: print one JSON document on stdout and nothing else there. */
  json: boolean;
  stdout: (text: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export interface CliCommand {
  name: string;
  /** One line for `tenant --help`. */
  summary: string;
  /** Full usage text for `tenant NAME --help`. */
  usage: string;
  run(args: string[], ctx: CliContext): Promise<number>;
}

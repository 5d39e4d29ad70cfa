/**
 * The action runtime: one entry point for every action. It dispatches main or post by a state flag the
 * main phase saves, turns any throw (Error or not) into a failed step that names the action, and exits
 * explicitly so an open socket or timer can never keep the step hanging.
 */
import { ActionsUi, failStep, readState, saveState } from '../adapters/actions-io.js';
import { ConfigurationError, describeError } from '../core/errors.js';
import type { Ui } from '../core/ui.js';

export const STATE = {
  isPost: 'tenant-is-post',
} as const;

export interface ActionDefinition {
  /** The action's name as users see it, e.g. `launch`. */
  name: string;
  main: (ui: Ui) => Promise<void>;
  post?: (ui: Ui) => Promise<void>;
}

export type Phase = 'main' | 'post';

export function currentPhase(): Phase {
  return readState(STATE.isPost) === 'true' ? 'post' : 'main';
}

/** Message for a failed step: configuration errors are one line; others carry the action name. */
export function failureMessage(action: string, err: unknown): string {
  const text = describeError(err);
  if (err instanceof ConfigurationError) return `tenant/${action}: ${text}`;
  return `tenant/${action} failed: ${text}`;
}

export async function runAction(def: ActionDefinition): Promise<never> {
  const ui = new ActionsUi();
  const phase = currentPhase();
  let code = 0;
  try {
    if (phase === 'main') {
      saveState(STATE.isPost, 'true');
      await def.main(ui);
    } else if (def.post) {
      await def.post(ui);
    }
    if (process.exitCode !== undefined && process.exitCode !== 0) code = Number(process.exitCode);
  } catch (err) {
    failStep(failureMessage(def.name, err));
    if (!(err instanceof ConfigurationError) && err instanceof Error && err.stack) {
      ui.debug(err.stack);
    }
    code = 1;
  }
  return process.exit(code);
}

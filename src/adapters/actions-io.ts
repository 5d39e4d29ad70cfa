/**
 * The @actions/core adapter: the only place (with the other adapters) that imports @actions/*.
 * It gives core logic a `Ui` and gives action entries their inputs and state.
 */
import * as core from '@actions/core';
import type { AnnotationProps, Ui } from '../core/ui.js';

function toCoreProps(props?: AnnotationProps): core.AnnotationProperties | undefined {
  if (!props) return undefined;
  return {
    file: props.file,
    startLine: props.line,
    endLine: props.endLine,
    startColumn: props.column,
    title: props.title,
  };
}

export class ActionsUi implements Ui {
  info(message: string): void {
    core.info(message);
  }
  debug(message: string): void {
    core.debug(message);
  }
  notice(message: string, props?: AnnotationProps): void {
    core.notice(message, toCoreProps(props));
  }
  warning(message: string, props?: AnnotationProps): void {
    core.warning(message, toCoreProps(props));
  }
  error(message: string, props?: AnnotationProps): void {
    core.error(message, toCoreProps(props));
  }
  mask(secret: string): void {
    if (!secret) return;
    core.setSecret(secret);
    // A multi-line secret (a private key) is masked line by line too, since the runner masks per line.
    for (const line of secret.split(/\r?\n/)) if (line.trim().length >= 4) core.setSecret(line);
  }
  setOutput(name: string, value: string | number | boolean): void {
    core.setOutput(name, value);
  }
  async summary(markdown: string): Promise<void> {
    if (!process.env.GITHUB_STEP_SUMMARY) return;
    await core.summary.addRaw(markdown, true).write();
  }
  async group<T>(title: string, fn: () => Promise<T>): Promise<T> {
    return core.group(title, fn);
  }
}

/** Raw inputs as the runner passes them (`INPUT_<NAME>`), trimmed; '' when absent. */
export function readInput(name: string): string {
  return core.getInput(name);
}

export function readMultilineInput(name: string): string[] {
  return core.getMultilineInput(name);
}

export function saveState(name: string, value: string): void {
  core.saveState(name, value);
}

export function readState(name: string): string {
  return core.getState(name);
}

/** Sets an environment variable for the steps after this one (GITHUB_ENV). Never a secret. */
export function exportVariable(name: string, value: string): void {
  core.exportVariable(name, value);
}

export function failStep(message: string): void {
  core.setFailed(message);
}

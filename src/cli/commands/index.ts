import type { CliCommand } from '../command.js';

/**
 * A `tenant` subcommand as `tenant --help` lists it. Its code is imported only when it runs (or prints its own
 * --help), so a command starts without parsing the others (the SSH client, the pull engine, the linter's
 * parsers). `name` and `summary` repeat the command's own; a test checks they agree.
 */
export interface CommandEntry {
  name: string;
  /** One line for `tenant --help`. */
  summary: string;
  load(): Promise<CliCommand>;
}

/** Every `tenant` subcommand, in the order `tenant --help` lists them. */
export const COMMANDS: readonly CommandEntry[] = [
  {
    name: 'profiles',
    summary: 'list platform profiles, or show one with the source of every fact',
    load: async () => (await import('./profiles.js')).profilesCommand,
  },
  {
    name: 'lint',
    summary: 'check the repository for hazards of training on rented GPUs (CRLF scripts, volatile checkpoints …)',
    load: async () => (await import('./lint.js')).lintCommand,
  },
  {
    name: 'launch',
    summary: 'pre-flight a box, push the repository, start a training detached once, probe it (and follow it)',
    load: async () => (await import('./launch.js')).launchCommand,
  },
  {
    name: 'verify-resume',
    summary: 'kill the training at a random instant, relaunch it, and prove from the checkpoint that it resumed',
    load: async () => (await import('./verify-resume.js')).verifyResumeCommand,
  },
  {
    name: 'pull',
    summary: 'pull checkpoints off the box, verified against a sha256 manifest made there',
    load: async () => (await import('./pull.js')).pullCommand,
  },
];

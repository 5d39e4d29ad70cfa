import type { CliCommand } from '../command.js';
import { launchCommand } from './launch.js';
import { lintCommand } from './lint.js';
import { profilesCommand } from './profiles.js';
import { pullCommand } from './pull.js';
import { verifyResumeCommand } from './verify-resume.js';

/** Every `tenant` subcommand, in the order `tenant --help` lists them. */
export const COMMANDS: readonly CliCommand[] = [
  profilesCommand,
  lintCommand,
  launchCommand,
  verifyResumeCommand,
  pullCommand,
];

/**
 * The lint settings and their defaults, apart from the `.tenant.yml` parser (lint-config.ts), which loads the
 * YAML parser and zod and is imported only when a config file is there.
 */
import type { RuleLevel, Severity } from '../types.js';

export type FailOn = Severity | 'never';

export interface LintConfig {
  rules: Record<string, RuleLevel>;
  profiles: string[];
  ignore: string[];
  durable: string[];
  failOn: FailOn;
}

export const DEFAULT_CONFIG: LintConfig = { rules: {}, profiles: [], ignore: [], durable: [], failOn: 'error' };

export const CONFIG_FILE = '.tenant.yml';

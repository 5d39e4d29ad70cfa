/**
 * The shapes every part of the linter shares: findings, rule metadata, the file model rules see.
 */
export type Severity = 'error' | 'warning' | 'info';

/** A setting for a rule in `.tenant.yml`: a severity, or `off`. */
export type RuleLevel = Severity | 'off';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** Higher is worse. */
export function severityRank(s: Severity): number {
  return s === 'error' ? 3 : s === 'warning' ? 2 : 1;
}

export interface Finding {
  rule: string;
  severity: Severity;
  /** Repository-relative path with forward slashes. */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  message: string;
}

/** What a rule reports before configuration and suppressions are applied. */
export interface RawFinding {
  line: number;
  column: number;
  message: string;
  /** Overrides the rule's default severity for this finding (e.g. error for /tmp, warning for a data disk). */
  severity?: Severity;
  /** The file the finding belongs to, when a rule reports on another file than the one it checks. */
  file?: string;
}

export type FileKind = 'shell' | 'python' | 'yaml' | 'json' | 'workflow' | 'gitattributes' | 'other';

export interface RuleMeta {
  /** `group/name`, e.g. `shell/crlf`. */
  id: string;
  /** Default severity. */
  severity: Severity;
  /** One line: what it finds. */
  title: string;
  /** `--fix` can repair it mechanically. */
  fixable?: boolean;
}

/** The docs page of a rule, relative to the repository root: `docs/rules/shell-crlf.md`. */
export function ruleDocPath(id: string): string {
  return `docs/rules/${id.replace(/\//g, '-')}.md`;
}

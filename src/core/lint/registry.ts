/** Every lint rule, by id. Adding a rule: write rules/<id>.ts, list it here, add docs/rules/<id>.md and tests. */
import type { Rule } from './rule.js';
import { ckptLightningResumeArg } from './rules/ckpt-lightning-resume-arg.js';
import { ckptNonAtomic } from './rules/ckpt-non-atomic.js';
import { ckptOsRename } from './rules/ckpt-os-rename.js';
import { ckptRankGatedCollective } from './rules/ckpt-rank-gated-collective.js';
import { ckptResumeOptIn } from './rules/ckpt-resume-opt-in.js';
import { ckptVolatilePath } from './rules/ckpt-volatile-path.js';
import { ckptWeightsOnly } from './rules/ckpt-weights-only.js';
import { envHfEndpointAfterImport } from './rules/env-hf-endpoint-after-import.js';
import { gitCommittedCheckpoint } from './rules/git-committed-checkpoint.js';
import { gitEolAttributes } from './rules/git-eol-attributes.js';
import { shellCrlf } from './rules/shell-crlf.js';
import { shellMarkerAfterSemicolon } from './rules/shell-marker-after-semicolon.js';
import { shellNohupNoRedirect } from './rules/shell-nohup-no-redirect.js';
import { shellNoStrictMode } from './rules/shell-no-strict-mode.js';
import { shellPkillRelaunch } from './rules/shell-pkill-relaunch.js';
import { shellRsyncAppendCheckpoint } from './rules/shell-rsync-append-checkpoint.js';
import { shellSecretInline } from './rules/shell-secret-inline.js';
import { shellSilentSync } from './rules/shell-silent-sync.js';
import { shellTmuxEnvPrefix } from './rules/shell-tmux-env-prefix.js';
import { shellUnquotedPipeGrep } from './rules/shell-unquoted-pipe-grep.js';
import { trainSamplerSetEpoch } from './rules/train-sampler-set-epoch.js';

/** Meta rule: a suppression comment or config entry names a rule that does not exist. */
export const UNKNOWN_RULE_ID = 'lint/unknown-rule';

export const RULES: readonly Rule[] = [
  shellCrlf,
  gitEolAttributes,
  ckptVolatilePath,
  ckptNonAtomic,
  ckptWeightsOnly,
  ckptResumeOptIn,
  shellSilentSync,
  shellPkillRelaunch,
  shellSecretInline,
  shellUnquotedPipeGrep,
  shellNoStrictMode,
  shellMarkerAfterSemicolon,
  shellNohupNoRedirect,
  shellTmuxEnvPrefix,
  shellRsyncAppendCheckpoint,
  ckptOsRename,
  ckptRankGatedCollective,
  ckptLightningResumeArg,
  trainSamplerSetEpoch,
  envHfEndpointAfterImport,
  gitCommittedCheckpoint,
];

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id);
}

export function isKnownRule(id: string): boolean {
  return BY_ID.has(id) || id === UNKNOWN_RULE_ID;
}

/** Metadata of every rule, the meta rule included (for SARIF and docs). */
export function allRuleMeta(): {
  id: string;
  severity: 'error' | 'warning' | 'info';
  title: string;
  fixable?: boolean;
}[] {
  return [
    ...RULES.map((r) => ({ id: r.id, severity: r.severity, title: r.title, ...(r.fixable ? { fixable: true } : {}) })),
    { id: UNKNOWN_RULE_ID, severity: 'error' as const, title: 'Unknown rule id in a suppression comment' },
  ];
}

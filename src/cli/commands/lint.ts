/**
 * `tenant lint [PATH...] [--profile ID]... [--format text|json|sarif|github] [--fix] [--config FILE]`
 * Exit 0 when no finding reaches the failing severity (`fail-on` in .tenant.yml, default error), 1 when one
 * does, 2 on a usage or configuration error.
 */
import { indexCrlf, listFiles } from '../../adapters/git-files.js';
import { pythonParser } from '../../adapters/tree-sitter-python.js';
import { ConfigurationError } from '../../core/errors.js';
import { failsAt } from '../../core/lint/engine.js';
import { RULES } from '../../core/lint/registry.js';
import { docsBase } from '../../core/lint/reporters/docs-url.js';
import { formatGithub } from '../../core/lint/reporters/github.js';
import { formatJson } from '../../core/lint/reporters/json.js';
import { formatSarif } from '../../core/lint/reporters/sarif.js';
import { formatText } from '../../core/lint/reporters/text.js';
import { runLint } from '../../core/lint/run.js';
import { packageRoot } from '../../core/package-root.js';
import { EXIT, type CliCommand } from '../command.js';
import { VERSION } from '../version.js';

const FORMATS = ['text', 'json', 'sarif', 'github'] as const;
type Format = (typeof FORMATS)[number];

const USAGE = `Usage: tenant lint [PATH...] [--profile ID]... [--format text|json|sarif|github] [--fix] [--config FILE]

Checks the repository (the files git tracks, or the PATHs given) for what rented GPUs punish: CRLF shell
scripts, checkpoints on paths that do not survive, silent syncs, secrets on command lines, and more.

Options:
  --profile ID   add a platform's non-durable paths (repeatable; also lint.profiles in .tenant.yml)
  --format F     text (default), json, sarif (SARIF 2.1.0 for code scanning), github (workflow annotations)
  --fix          rewrite CRLF shell scripts to LF and add the .gitattributes rule, then lint again
  --config FILE  read this file instead of .tenant.yml

Exit status: 0 clean (below fail-on), 1 findings at or above fail-on, 2 usage or configuration error.

Rules:
${RULES.map((r) => `  ${r.id.padEnd(30)} ${r.severity.padEnd(8)} ${r.title}`).join('\n')}
`;

interface Args {
  paths: string[];
  profiles: string[];
  format: Format;
  fix: boolean;
  config: string | undefined;
}

export function parseLintArgs(argv: readonly string[], json: boolean): Args {
  const out: Args = { paths: [], profiles: [], format: json ? 'json' : 'text', fix: false, config: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    const [flag, inline] =
      a.startsWith('--') && a.includes('=')
        ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]
        : [a, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '')
        throw new ConfigurationError(`${flag} needs a value; see tenant lint --help`, flag);
      return v;
    };
    if (flag === '--profile') out.profiles.push(value());
    else if (flag === '--format') {
      const f = value();
      if (!(FORMATS as readonly string[]).includes(f))
        throw new ConfigurationError(`--format must be one of ${FORMATS.join(', ')}, got '${f}'`, '--format');
      out.format = f as Format;
    } else if (flag === '--fix') out.fix = true;
    else if (flag === '--config') out.config = value();
    else if (a === '--') out.paths.push(...argv.slice(i + 1));
    else if (a.startsWith('-') && a !== '-')
      throw new ConfigurationError(`unknown option ${a}; see tenant lint --help`, a);
    else out.paths.push(a);
    if (a === '--') break;
  }
  return out;
}

export const lintCommand: CliCommand = {
  name: 'lint',
  summary: 'check the repository for hazards of training on rented GPUs (CRLF scripts, volatile checkpoints …)',
  usage: USAGE,
  async run(argv, ctx) {
    const args = parseLintArgs(argv, ctx.json);
    const run = await runLint(
      {
        root: ctx.cwd,
        paths: args.paths,
        profiles: args.profiles,
        fix: args.fix,
        ...(args.config ? { configFile: args.config } : {}),
      },
      { listFiles, indexCrlf, python: pythonParser },
    );
    const base = docsBase(ctx.env, packageRoot());
    switch (args.format) {
      case 'json':
        ctx.stdout(formatJson(run.findings));
        break;
      case 'sarif':
        ctx.stdout(formatSarif(run.findings, { version: VERSION, docsBase: base }));
        break;
      case 'github':
        ctx.stdout(formatGithub(run.findings));
        break;
      default:
        ctx.stdout(formatText(run.findings, run.stats.files));
    }
    for (const f of run.fixed) ctx.ui.info(`fixed: ${f}`);
    return failsAt(run.findings, run.config.failOn) ? EXIT.failed : EXIT.ok;
  },
};

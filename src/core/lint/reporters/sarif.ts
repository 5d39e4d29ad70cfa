/**
 * SARIF 2.1.0 for GitHub code scanning (github/codeql-action/upload-sarif): one run, the tool's rules with
 * their docs pages as help URIs, one result per finding located relative to %SRCROOT%.
 */
import type * as Sarif from 'sarif';
import { allRuleMeta } from '../registry.js';
import type { Finding, Severity } from '../types.js';
import { ruleHelpUri } from './docs-url.js';

const LEVEL: Record<Severity, Sarif.ReportingConfiguration.level> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
};

export interface SarifOptions {
  version: string;
  docsBase: string;
  informationUri?: string;
}

export function toSarif(findings: readonly Finding[], options: SarifOptions): Sarif.Log {
  const metas = allRuleMeta();
  const index = new Map(metas.map((m, i) => [m.id, i]));
  const rules: Sarif.ReportingDescriptor[] = metas.map((m) => ({
    id: m.id,
    name: m.id.replace(/[/-](\w)/g, (_, c: string) => c.toUpperCase()).replace(/^\w/, (c) => c.toUpperCase()),
    shortDescription: { text: m.title },
    fullDescription: { text: `${m.title}.${m.fixable ? ' tenant lint --fix repairs it.' : ''}` },
    helpUri: ruleHelpUri(m.id, options.docsBase),
    help: {
      text: `${m.title}. See ${ruleHelpUri(m.id, options.docsBase)}`,
      markdown: `${m.title}. [Rule documentation](${ruleHelpUri(m.id, options.docsBase)})`,
    },
    defaultConfiguration: { level: LEVEL[m.severity] },
    properties: { tags: ['tenant', m.id.split('/')[0] ?? 'lint'], precision: 'high' },
  }));
  const results: Sarif.Result[] = findings.map((f) => ({
    ruleId: f.rule,
    ...(index.has(f.rule) ? { ruleIndex: index.get(f.rule) } : {}),
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodeURI(f.file), uriBaseId: '%SRCROOT%' },
          region: { startLine: f.line, startColumn: f.column },
        },
      },
    ],
  }));
  return {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: {
          driver: {
            name: 'tenant-lint',
            semanticVersion: options.version,
            version: options.version,
            ...(options.informationUri ? { informationUri: options.informationUri } : {}),
            rules,
          },
        },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

export function formatSarif(findings: readonly Finding[], options: SarifOptions): string {
  return JSON.stringify(toSarif(findings, options), null, 2) + '\n';
}

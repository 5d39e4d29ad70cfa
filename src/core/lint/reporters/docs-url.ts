/**
 * Where a rule's docs page lives, as an absolute URI (SARIF requires one). Inside GitHub Actions: the
 * repository and ref of the action being run (`GITHUB_ACTION_REPOSITORY`/`GITHUB_ACTION_REF`), or of the
 * workflow's repository for a local `uses: ./actions/lint`. Elsewhere: `TENANT_DOCS_BASE`, or a file: URI
 * into the installed package.
 */
import { pathToFileURL } from 'node:url';
import { ruleDocPath } from '../types.js';

export interface DocsEnv {
  GITHUB_SERVER_URL?: string;
  GITHUB_ACTION_REPOSITORY?: string;
  GITHUB_ACTION_REF?: string;
  GITHUB_REPOSITORY?: string;
  GITHUB_SHA?: string;
  TENANT_DOCS_BASE?: string;
}

/** The base URI that `docs/rules/<page>.md` is appended to (ends with `/`). */
export function docsBase(env: DocsEnv, packageRoot: string): string {
  if (env.TENANT_DOCS_BASE)
    return env.TENANT_DOCS_BASE.endsWith('/') ? env.TENANT_DOCS_BASE : env.TENANT_DOCS_BASE + '/';
  const server = env.GITHUB_SERVER_URL || 'https://github.com';
  if (env.GITHUB_ACTION_REPOSITORY)
    return `${server}/${env.GITHUB_ACTION_REPOSITORY}/blob/${env.GITHUB_ACTION_REF || 'main'}/`;
  if (env.GITHUB_REPOSITORY) return `${server}/${env.GITHUB_REPOSITORY}/blob/${env.GITHUB_SHA || 'HEAD'}/`;
  return pathToFileURL(packageRoot).href.replace(/\/?$/, '/');
}

export function ruleHelpUri(id: string, base: string): string {
  return base + ruleDocPath(id);
}

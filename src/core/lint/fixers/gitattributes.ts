/**
 * The .gitattributes fix: appends the rules that give every shell script LF endings — one per extension
 * (`*.sh text eol=lf`), and one per extensionless script by path. Existing lines are kept as they are.
 */
import { checksOutLf, parseGitattributes } from '../gitattributes.js';

export function gitattributesAdditions(shellPaths: readonly string[], existing: string): string[] {
  const lines = parseGitattributes('.gitattributes', existing);
  const uncovered = shellPaths.filter((p) => !checksOutLf(p, lines));
  const out: string[] = [];
  const add = (l: string): void => {
    if (!out.includes(l)) out.push(l);
  };
  for (const p of uncovered) {
    const name = p.slice(p.lastIndexOf('/') + 1);
    const ext = /(\.[A-Za-z0-9]+(?:\.(?:template|tmpl|in))?)$/.exec(name)?.[1];
    if (ext && ext !== name) add(`*${ext} text eol=lf`);
    else add(`/${p.replace(/([ *?[\]#!\\])/g, '\\$1')} text eol=lf`);
  }
  return out;
}

/** The new .gitattributes text, or undefined when nothing needs adding. */
export function fixGitattributes(shellPaths: readonly string[], existing: string | undefined): string | undefined {
  const text = existing ?? '';
  const add = gitattributesAdditions(shellPaths, text);
  if (add.length === 0) return undefined;
  const head = text === '' || text.endsWith('\n') ? text : text + '\n';
  const comment = text.includes('# tenant lint')
    ? ''
    : '# Shell scripts must reach the box with LF endings (tenant lint: git/eol-attributes).\n';
  return head + comment + add.join('\n') + '\n';
}

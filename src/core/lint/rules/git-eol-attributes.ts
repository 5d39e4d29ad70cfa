/** git/eol-attributes: shell scripts that no .gitattributes rule keeps LF, so a Windows checkout (core.autocrlf) turns them CRLF. */
import { checksOutLf, parseGitattributes, type AttributeLine } from '../gitattributes.js';
import { at, type Rule } from '../rule.js';

export const GITATTRIBUTES_FIX = ['*.sh text eol=lf', '*.bash text eol=lf'];

export const gitEolAttributes: Rule = {
  id: 'git/eol-attributes',
  severity: 'warning',
  title: 'No .gitattributes rule keeps shell scripts LF',
  fixable: true,
  repo({ files, read }) {
    const shells = files.filter((f) => f.kind === 'shell');
    if (shells.length === 0) return [];
    const attrFiles = files
      .filter((f) => f.path === '.gitattributes' || f.path.endsWith('/.gitattributes'))
      .sort((a, b) => a.path.split('/').length - b.path.split('/').length);
    const lines: AttributeLine[] = attrFiles.flatMap((f) => {
      const src = read(f.path);
      return src ? parseGitattributes(f.path, src.text()) : [];
    });
    const uncovered = shells.filter((f) => !checksOutLf(f.path, lines));
    if (uncovered.length === 0) return [];
    const shown =
      uncovered
        .slice(0, 3)
        .map((f) => f.path)
        .join(', ') + (uncovered.length > 3 ? `, and ${uncovered.length - 3} more` : '');
    const hasRoot = attrFiles.some((f) => f.path === '.gitattributes');
    const message = `${uncovered.length} shell script${uncovered.length === 1 ? '' : 's'} (${shown}) ${uncovered.length === 1 ? 'has' : 'have'} no .gitattributes rule keeping LF endings; a checkout with core.autocrlf=true (Windows) writes CRLF, and an upload from there breaks bash on the box. Add "*.sh text eol=lf" to .gitattributes (tenant lint --fix does).`;
    return [at(1, 1, message, { file: hasRoot ? '.gitattributes' : (uncovered[0]?.path ?? '.gitattributes') })];
  },
};

/** shell/crlf: CRLF line endings in a shell script (by extension or shebang), in the working tree or in git's index. */
import { at, type Rule } from '../rule.js';
import type { RawFinding } from '../types.js';

/** The finding for a script whose committed blob has CRLF while the working tree shows LF. */
export function committedCrlfFinding(): RawFinding {
  return at(
    1,
    1,
    'git stores this script with CRLF line endings (git ls-files --eol: i/crlf); a checkout without the eol conversion gets the CRs and bash fails with "$\'\\r\': command not found". Commit it with LF (git add --renormalize .) and keep it LF with a .gitattributes rule.',
  );
}

export const shellCrlf: Rule = {
  id: 'shell/crlf',
  severity: 'error',
  title: 'CRLF line endings in a shell script',
  fixable: true,
  text: {
    kinds: ['shell'],
    check(file) {
      const b = file.bytes;
      const first = b.indexOf('\r\n');
      if (first === -1) {
        return file.indexCrlf ? [committedCrlfFinding()] : [];
      }
      let count = 0;
      for (let i = first; i !== -1; i = b.indexOf('\r\n', i + 2)) count++;
      let line = 1;
      for (let i = b.indexOf(0x0a); i !== -1 && i < first; i = b.indexOf(0x0a, i + 1)) line++;
      const lineStart = b.lastIndexOf(0x0a, first) + 1;
      const col = b.toString('utf8', lineStart, first).length + 1;
      return [
        at(
          line,
          col,
          `${count} line${count === 1 ? '' : 's'} end in CRLF; bash reads the CR as part of each command ("set: -: invalid option", "$'\\r': command not found", "syntax error near unexpected token $'do\\r'"). Run tenant lint --fix (CRLF → LF) and add "*.sh text eol=lf" to .gitattributes.`,
        ),
      ];
    },
  },
};

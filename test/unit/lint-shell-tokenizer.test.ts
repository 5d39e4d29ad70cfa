/** The shell tokenizer and the nested command strings (ssh, bash -c, tmux, heredocs). */
import { describe, expect, it } from 'vitest';
import { allCommands, argv, parseShellScript, sshParts } from '../../src/core/lint/shell/script.js';
import { tokenizeShell } from '../../src/core/lint/shell/tokenizer.js';

const words = (text: string): string[][] => tokenizeShell(text).map((c) => c.words.map((w) => w.value));

describe('shell tokenizer', () => {
  it('splits commands on operators and newlines, and keeps quoting', () => {
    const cmds = tokenizeShell('a "b c" \'d\' && e | f; g &\nh');
    expect(cmds.map((c) => c.words.map((w) => w.value))).toEqual([['a', 'b c', 'd'], ['e'], ['f'], ['g'], ['h']]);
    expect(cmds.map((c) => c.after)).toEqual(['&&', '|', ';', '&', 'EOF']);
    expect(cmds[0]?.words[1]?.quoted).toBe(true);
    expect(cmds[0]?.words[0]?.quoted).toBe(false);
  });

  it('records positions, variables and redirects', () => {
    const [cmd] = tokenizeShell('  cp "$SRC/x" ${DST:-/tmp} 2>/dev/null');
    expect(cmd?.line).toBe(1);
    expect(cmd?.words[1]?.col).toBe(6);
    expect(cmd?.words[1]?.vars).toEqual(['SRC']);
    expect(cmd?.words[2]?.vars).toEqual(['DST']);
    expect(cmd?.redirects).toEqual([{ op: '2>', target: '/dev/null', line: 1, col: 28 }]);
  });

  it('skips comments and line continuations, and strips keywords', () => {
    expect(words('# x\nif grep -q a f; then echo yes # c\nfi\nwhile true; do \\\n  sleep 1; done')).toEqual([
      ['grep', '-q', 'a', 'f'],
      ['echo', 'yes'],
      ['true'],
      ['sleep', '1'],
    ]);
    const [grep] = tokenizeShell('if grep -q a f; then echo yes; fi');
    expect(grep?.condition).toBe(true);
  });

  it('reads heredoc bodies and command substitutions as part of words', () => {
    const cmds = tokenizeShell('cat <<\'EOF\' > out\n$HOME is literal\nEOF\necho "$(date +%s) done"');
    expect(cmds[0]?.heredoc?.body).toBe('$HOME is literal');
    expect(cmds[1]?.words[1]?.value).toBe('$(date +%s) done');
  });

  it('drops loop headers', () => {
    expect(words('for f in a b; do echo "$f"; done')).toEqual([['echo', '$f']]);
  });

  it('ignores case patterns and function headers', () => {
    expect(words('case "$1" in\n  a|b) echo ab ;;\n  *) echo other ;;\nesac\nf() { echo in; }')).toEqual([
      ['echo', 'ab'],
      ['echo', 'other'],
      ['echo', 'in'],
    ]);
  });

  it('does not fail on unterminated quotes', () => {
    expect(words('echo "unterminated')).toEqual([['echo', 'unterminated']]);
  });
});

describe('nested command strings', () => {
  it('parses the remote command of ssh, with positions in the file', () => {
    const script = parseShellScript("ssh -p 22 -o BatchMode=yes box 'pkill -f x; nohup python t.py &'");
    const remote = script.units.find((u) => u.origin === 'ssh');
    expect(remote?.commands.map((c) => argv(c).map((w) => w.value))).toEqual([
      ['pkill', '-f', 'x'],
      ['nohup', 'python', 't.py'],
    ]);
    expect(remote?.commands[1]?.col).toBe(45);
  });

  it('finds host and remote words past ssh options', () => {
    const [cmd] = tokenizeShell('ssh -i key -p2222 -tt user@h echo hi');
    const parts = sshParts(cmd?.words ?? []);
    expect(parts.host?.value).toBe('user@h');
    expect(parts.remote.map((w) => w.value)).toEqual(['echo', 'hi']);
  });

  it('follows bash -c, tmux new and a heredoc fed to ssh bash -s', () => {
    const script = parseShellScript(
      "bash -c 'a; b'\ntmux new -d -s s 'python x.py'\nssh h bash -s <<EOF\nkill 1\nEOF\n",
    );
    expect(script.units.map((u) => u.origin)).toEqual(['script', 'bash -c', 'tmux', 'ssh', 'heredoc']);
    // 3 in the script, a and b, python, `bash -s` (the ssh command), kill (the heredoc)
    expect(allCommands(script).length).toBe(3 + 2 + 1 + 1 + 1);
  });
});

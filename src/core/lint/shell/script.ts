/**
 * A shell script as the rules see it: its commands, plus the command strings it runs somewhere else — the
 * remote command of `ssh`, the string of `bash -c`, the session command of `tmux new`, a heredoc fed to
 * `ssh host bash -s` — each tokenized again as its own unit, with positions in the file.
 */
import { tokenizeShell, type ShellCommand, type TokenizeOptions, type Word } from './tokenizer.js';

export type UnitOrigin = 'script' | 'ssh' | 'bash -c' | 'tmux' | 'heredoc';

export interface ShellUnit {
  commands: ShellCommand[];
  origin: UnitOrigin;
  /** The command that carries this unit (the `ssh …` command), for nested units. */
  via?: ShellCommand;
  /** Nesting level: 0 for the script itself. */
  level: number;
}

export interface ShellScript {
  units: ShellUnit[];
}

const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*(\[[^\]]*\])?\+?=/;

export function isAssignment(w: Word): boolean {
  return ASSIGNMENT.test(w.raw);
}

/** The command's words without its leading `NAME=value` assignments. */
export function argv(cmd: ShellCommand): Word[] {
  let k = 0;
  while (k < cmd.words.length && isAssignment(cmd.words[k] as Word)) k++;
  return cmd.words.slice(k);
}

/** Leading `NAME=value` words. */
export function prefixAssignments(cmd: ShellCommand): Word[] {
  const out: Word[] = [];
  for (const w of cmd.words) {
    if (!isAssignment(w)) break;
    out.push(w);
  }
  return out;
}

/** Wrappers that run the rest of their argv as the real command. Values: how many option words to skip. */
const WRAPPERS: Record<string, (words: Word[]) => number> = {
  sudo: (w) => skipOptions(w, new Set(['-u', '-g', '-C', '-D', '-h', '-p', '-r', '-t', '-U'])),
  env: (w) => {
    let k = skipOptions(w, new Set(['-u', '-C', '-S']));
    while (k < w.length && isAssignment(w[k] as Word)) k++;
    return k;
  },
  nohup: () => 0,
  setsid: (w) => skipOptions(w, new Set()),
  exec: (w) => skipOptions(w, new Set(['-a'])),
  command: () => 0,
  time: (w) => skipOptions(w, new Set(['-f', '-o'])),
  nice: (w) => skipOptions(w, new Set(['-n'])),
  ionice: (w) => skipOptions(w, new Set(['-c', '-n'])),
  stdbuf: (w) => skipOptions(w, new Set(['-i', '-o', '-e'])),
  timeout: (w) => {
    const k = skipOptions(w, new Set(['-s', '-k', '--signal', '--kill-after']));
    return k + 1; // the duration
  },
  xargs: (w) => skipOptions(w, new Set(['-I', '-n', '-P', '-L', '-d', '-E', '-s', '-a'])),
};

function skipOptions(words: Word[], withArg: Set<string>): number {
  let k = 0;
  while (k < words.length) {
    const v = (words[k] as Word).value;
    if (v === '--') return k + 1;
    if (!v.startsWith('-') || v === '-') break;
    k += withArg.has(v) ? 2 : 1;
  }
  return k;
}

/** The effective argv once wrappers (`sudo`, `env`, `nohup`, `timeout 5` …) are peeled off, and the wrappers seen. */
export function effectiveArgv(cmd: ShellCommand): { words: Word[]; wrappers: string[] } {
  let words = argv(cmd);
  const wrappers: string[] = [];
  for (let guard = 0; guard < 6; guard++) {
    const head = words[0];
    const skip = head ? WRAPPERS[basename(head.value)] : undefined;
    if (!head || !skip) break;
    wrappers.push(basename(head.value));
    const rest = words.slice(1);
    words = rest.slice(skip(rest));
  }
  return { words, wrappers };
}

export function basename(p: string): string {
  const at = p.lastIndexOf('/');
  return at === -1 ? p : p.slice(at + 1);
}

/** The command name (`python3`, `ssh`) after wrappers, or ''. */
export function commandName(cmd: ShellCommand): string {
  const head = effectiveArgv(cmd).words[0];
  return head ? basename(head.value) : '';
}

const SSH_OPTS_WITH_ARG = new Set('BbcDEeFIiJLlmOoPpQRSWw'.split(''));

/** For an `ssh` argv (starting at `ssh`): host and remote command words. */
export function sshParts(words: Word[]): { host: Word | undefined; remote: Word[]; options: Word[] } {
  const options: Word[] = [];
  let k = 1;
  while (k < words.length) {
    const w = words[k] as Word;
    const v = w.value;
    if (v === '--') {
      k++;
      break;
    }
    if (!v.startsWith('-') || v.length < 2) break;
    options.push(w);
    const letter = v[v.length - 1] as string;
    // `-p22` carries its value; `-p 22` takes the next word.
    const flags = v.slice(1);
    const withArg = [...flags].findIndex((c) => SSH_OPTS_WITH_ARG.has(c));
    if (withArg !== -1 && withArg === flags.length - 1 && SSH_OPTS_WITH_ARG.has(letter)) {
      const next = words[k + 1];
      if (next) options.push(next);
      k += 2;
    } else {
      k += 1;
    }
  }
  return { host: words[k], remote: words.slice(k + 1), options };
}

const SHELLS = new Set(['bash', 'sh', 'dash', 'zsh', 'ksh']);

interface Nested {
  text: string;
  at: Word | undefined;
  origin: UnitOrigin;
  line?: number;
}

/** The command strings a command runs elsewhere. */
function nestedOf(cmd: ShellCommand): Nested[] {
  const { words } = effectiveArgv(cmd);
  const name = words[0] ? basename(words[0].value) : '';
  const out: Nested[] = [];
  if (name === 'ssh') {
    const { remote } = sshParts(words);
    if (remote.length > 0) {
      out.push({ text: remote.map((w) => w.value).join(' '), at: remote[0], origin: 'ssh' });
    }
    const shellOnly =
      remote.length === 0 || (SHELLS.has(basename(remote[0]?.value ?? '')) && !remote.some((w) => w.value === '-c'));
    if (shellOnly && cmd.heredoc)
      out.push({ text: cmd.heredoc.body, at: undefined, origin: 'heredoc', line: cmd.heredoc.line });
    return out;
  }
  if (SHELLS.has(name)) {
    const c = words.findIndex((w, i) => i > 0 && /^-[a-z]*c[a-z]*$/.test(w.value));
    const script = c === -1 ? undefined : words[c + 1];
    if (script) out.push({ text: script.value, at: script, origin: 'bash -c' });
    else if (words.some((w) => w.value === '-s') && cmd.heredoc) {
      out.push({ text: cmd.heredoc.body, at: undefined, origin: 'heredoc', line: cmd.heredoc.line });
    }
    return out;
  }
  if (name === 'tmux') {
    const sub = words[1]?.value ?? '';
    if (sub === 'new' || sub === 'new-session' || sub === 'new-window' || sub === 'neww' || sub === 'split-window') {
      const rest = words.slice(2);
      let k = 0;
      const withArg = new Set(['-s', '-n', '-c', '-t', '-e', '-x', '-y', '-F', '-f', '-l']);
      while (k < rest.length && (rest[k] as Word).value.startsWith('-'))
        k += withArg.has((rest[k] as Word).value) ? 2 : 1;
      const cmdWords = rest.slice(k);
      if (cmdWords.length > 0)
        out.push({ text: cmdWords.map((w) => w.value).join(' '), at: cmdWords[0], origin: 'tmux' });
    } else if (sub === 'send-keys' || sub === 'send') {
      const rest = words.slice(2);
      let k = 0;
      while (k < rest.length && (rest[k] as Word).value.startsWith('-')) k += (rest[k] as Word).value === '-t' ? 2 : 1;
      const keys = rest.slice(k).filter((w) => !/^(Enter|C-m|KPEnter)$/.test(w.value));
      if (keys.length > 0) out.push({ text: keys.map((w) => w.value).join(' '), at: keys[0], origin: 'tmux' });
    }
  }
  return out;
}

/** Tokenizes a script and every command string nested in it (up to three levels deep). */
export function parseShellScript(text: string, options: TokenizeOptions = {}): ShellScript {
  const units: ShellUnit[] = [];
  const visit = (commands: ShellCommand[], origin: UnitOrigin, level: number, via?: ShellCommand): void => {
    units.push({ commands, origin, level, ...(via ? { via } : {}) });
    if (level >= 3) return;
    for (const cmd of commands) {
      for (const n of nestedOf(cmd)) {
        const opts: TokenizeOptions = n.at
          ? { line: n.at.line, firstCol: n.at.col + (n.at.quoted ? 1 : 0) }
          : { line: n.line ?? cmd.line, indent: options.indent ?? 0 };
        visit(tokenizeShell(n.text, opts), n.origin, level + 1, cmd);
      }
    }
  };
  visit(tokenizeShell(text, options), 'script', 0);
  return { units };
}

/** Every command of every unit. */
export function allCommands(script: ShellScript): ShellCommand[] {
  return script.units.flatMap((u) => u.commands);
}

/**
 * A small shell tokenizer: enough of POSIX/bash lexing to see simple commands, their words (with quoting
 * and expanded variable names), redirections, the operators between commands, heredoc bodies and whether a
 * command sits in an `if`/`while` condition. It never executes or expands anything, and it does not fail:
 * unterminated quotes run to the end of the text.
 */

export interface Word {
  /** The word after quote removal; expansions stay as written (`"$HOME/x"` → `$HOME/x`). */
  value: string;
  raw: string;
  line: number;
  col: number;
  /** Some part of the word was quoted or escaped. */
  quoted: boolean;
  /** Variables expanded outside single quotes (`$A`, `${B:-x}` → `A`, `B`). */
  vars: string[];
}

export interface Redirect {
  /** `>`, `>>`, `<`, `2>`, `&>`, `2>&1`'s `>&` … with the fd prefix kept: `2>`. */
  op: string;
  target: string;
  line: number;
  col: number;
}

export type Op = ';' | '&&' | '||' | '|' | '&' | '\n' | '(' | ')' | ';;' | 'BOF' | 'EOF';

export interface Heredoc {
  body: string;
  /** Line (in the file) of the body's first line. */
  line: number;
  /** The delimiter was quoted: no expansion in the body. */
  quoted: boolean;
}

export interface ShellCommand {
  /** Command words, leading `NAME=value` assignments included. */
  words: Word[];
  redirects: Redirect[];
  /** A keyword that introduced the command (`if`, `while`, `then`, `do`, `!` …), if any. */
  keyword?: string;
  /** Part of the condition of `if`/`elif`/`while`/`until`. */
  condition: boolean;
  /** Operator before and after the command. */
  before: Op;
  after: Op;
  line: number;
  col: number;
  heredoc?: Heredoc;
  /** Nesting depth of `( )`, `{ }` and compound commands; 0 at top level of the script. */
  depth: number;
}

export interface TokenizeOptions {
  /** Line number (1-based) of the first line of `text` in its file. */
  line?: number;
  /** Added to every column (the indentation a YAML block scalar removed). */
  indent?: number;
  /** Column of the first character on the first line (a remote command string inside a word). */
  firstCol?: number;
}

const PREFIX_KEYWORDS = new Set(['then', 'do', 'else', '{', '!', 'time']);
const CONDITION_KEYWORDS = new Set(['if', 'elif', 'while', 'until']);
const CLOSE_KEYWORDS = new Set(['fi', 'done', 'esac', '}']);
const OPERATOR_CHARS = new Set([';', '&', '|', '(', ')', '<', '>']);

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t';
}

function isNameStart(c: string | undefined): boolean {
  return c !== undefined && /[A-Za-z_]/.test(c);
}

export function tokenizeShell(text: string, options: TokenizeOptions = {}): ShellCommand[] {
  return new Lexer(text, options).run();
}

interface PendingHeredoc {
  delim: string;
  strip: boolean;
  quoted: boolean;
  cmd: ShellCommand;
}

class Lexer {
  private i = 0;
  private line: number;
  private col: number;
  private readonly indent: number;
  private readonly out: ShellCommand[] = [];
  private cur: ShellCommand | undefined;
  private lastOp: Op = 'BOF';
  private inCondition = false;
  private depth = 0;
  private pending: PendingHeredoc[] = [];
  /** Inside `case … in`: true while reading patterns (up to `)`). */
  private casePattern: boolean[] = [];

  constructor(
    private readonly s: string,
    options: TokenizeOptions,
  ) {
    this.line = options.line ?? 1;
    this.indent = options.indent ?? 0;
    this.col = (options.firstCol ?? 1) - this.indent;
  }

  private pos(): { line: number; col: number } {
    return { line: this.line, col: this.col + this.indent };
  }

  private advance(n = 1): void {
    for (let k = 0; k < n && this.i < this.s.length; k++) {
      if (this.s[this.i] === '\n') {
        this.line++;
        this.col = 1;
      } else {
        this.col++;
      }
      this.i++;
    }
  }

  private peek(k = 0): string | undefined {
    return this.s[this.i + k];
  }

  private command(at?: { line: number; col: number }): ShellCommand {
    if (!this.cur) {
      const p = at ?? this.pos();
      this.cur = {
        words: [],
        redirects: [],
        condition: this.inCondition,
        before: this.lastOp,
        after: 'EOF',
        line: p.line,
        col: p.col,
        depth: this.depth,
      };
    }
    return this.cur;
  }

  private finish(op: Op): void {
    const c = this.cur;
    const header = c?.keyword === 'for' || c?.keyword === 'select' || c?.keyword === 'case';
    if (c && !header && (c.words.length > 0 || c.redirects.length > 0 || c.heredoc)) {
      c.after = op;
      this.out.push(c);
    }
    this.cur = undefined;
    this.lastOp = op;
  }

  run(): ShellCommand[] {
    const s = this.s;
    while (this.i < s.length) {
      const c = s[this.i];
      if (isSpace(c) || c === '\r') {
        this.advance();
        continue;
      }
      if (c === '\\' && s[this.i + 1] === '\n') {
        this.advance(2);
        continue;
      }
      if (c === '\\' && s[this.i + 1] === '\r' && s[this.i + 2] === '\n') {
        this.advance(3);
        continue;
      }
      if (c === '#') {
        while (this.i < s.length && s[this.i] !== '\n') this.advance();
        continue;
      }
      if (c === '\n') {
        this.finish('\n');
        this.advance();
        this.readHeredocs();
        continue;
      }
      if (this.readOperator()) continue;
      if (this.readRedirect()) continue;
      this.readWordInto();
    }
    this.finish('EOF');
    return this.out;
  }

  private readOperator(): boolean {
    const s = this.s;
    const c = s[this.i];
    const n = s[this.i + 1];
    let op: Op | undefined;
    let len = 1;
    if (c === '&' && n === '&') [op, len] = ['&&', 2];
    else if (c === '|' && n === '|') [op, len] = ['||', 2];
    else if (c === ';' && n === ';') [op, len] = [';;', 2];
    else if (c === ';' && n === '&') [op, len] = [';;', 2];
    else if (c === '|' && n === '&') [op, len] = ['|', 2];
    else if (c === ';') op = ';';
    else if (c === '|') op = '|';
    else if (c === '&' && n !== '>') op = '&';
    else if (c === '(') op = '(';
    else if (c === ')') op = ')';
    if (!op) return false;
    if (op === '(' && this.cur && this.cur.words.length === 1 && s[this.i + 1] === ')') {
      // `name() {` — a function definition, not a command.
      this.cur = undefined;
      this.advance(2);
      return true;
    }
    if (op === ')' && this.casePattern.length > 0 && this.casePattern[this.casePattern.length - 1]) {
      // End of a case pattern: what was read was the pattern, not a command.
      this.cur = undefined;
      this.casePattern[this.casePattern.length - 1] = false;
      this.advance();
      return true;
    }
    this.finish(op);
    if (op === ';;' && this.casePattern.length > 0) this.casePattern[this.casePattern.length - 1] = true;
    if (op === '(') this.depth++;
    if (op === ')') this.depth = Math.max(0, this.depth - 1);
    this.advance(len);
    return true;
  }

  private readRedirect(): boolean {
    const s = this.s;
    let j = this.i;
    while (j < s.length && /[0-9]/.test(s[j] ?? '')) j++;
    let op = '';
    const c = s[j];
    const n = s[j + 1];
    if (c === '&' && n === '>') op = s[j + 2] === '>' ? '&>>' : '&>';
    else if (c === '>') op = n === '>' ? '>>' : n === '&' ? '>&' : n === '|' ? '>|' : '>';
    else if (c === '<') {
      if (n === '<' && s[j + 2] === '<') op = '<<<';
      else if (n === '<' && s[j + 2] === '-') op = '<<-';
      else if (n === '<') op = '<<';
      else if (n === '&') op = '<&';
      else if (n === '>') op = '<>';
      else op = '<';
    } else return false;
    if (j > this.i && c === '&') return false;
    const fd = s.slice(this.i, j);
    const p = this.pos();
    this.advance(j - this.i + op.length);
    while (isSpace(this.peek())) this.advance();
    const target = this.readWord();
    const cmd = this.command(p);
    if (op === '<<' || op === '<<-') {
      this.pending.push({ delim: target?.value ?? '', strip: op === '<<-', quoted: target?.quoted ?? false, cmd });
    }
    cmd.redirects.push({ op: fd + op, target: target?.value ?? '', line: p.line, col: p.col });
    return true;
  }

  private readHeredocs(): void {
    const s = this.s;
    for (const h of this.pending) {
      const startLine = this.line;
      const body: string[] = [];
      while (this.i < s.length) {
        let end = s.indexOf('\n', this.i);
        if (end === -1) end = s.length;
        const raw = s.slice(this.i, end);
        const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
        this.advance(end - this.i + (end < s.length ? 1 : 0));
        const cmp = h.strip ? text.replace(/^\t+/, '') : text;
        if (cmp === h.delim) break;
        body.push(raw);
      }
      h.cmd.heredoc = { body: body.join('\n'), line: startLine, quoted: h.quoted };
    }
    this.pending = [];
  }

  private readWordInto(): void {
    const w = this.readWord();
    if (!w) {
      // A character that starts nothing we know (a stray operator char); skip it.
      this.advance();
      return;
    }
    const cmd = this.command(w);
    const unquotedKeyword = !w.quoted && w.raw === w.value;
    if (cmd.words.length === 0 && unquotedKeyword && !cmd.redirects.length) {
      const k = w.value;
      if (this.casePattern.length > 0 && this.casePattern[this.casePattern.length - 1] && k !== 'esac') {
        return; // a case pattern word
      }
      if (CLOSE_KEYWORDS.has(k)) {
        this.depth = Math.max(0, this.depth - 1);
        cmd.depth = this.depth;
        cmd.keyword = k;
        if (k === 'esac') this.casePattern.pop();
        return;
      }
      if (CONDITION_KEYWORDS.has(k)) {
        this.inCondition = true;
        cmd.condition = true;
        cmd.keyword = k;
        if (k !== 'elif') this.depth++;
        return;
      }
      if (PREFIX_KEYWORDS.has(k)) {
        if (k === 'then' || k === 'do') this.inCondition = false;
        cmd.condition = this.inCondition;
        cmd.keyword ??= k;
        if (k === '{') this.depth++;
        return;
      }
      if (k === 'case' || k === 'for' || k === 'select') {
        // A loop or case header is not a command: its words are dropped when it finishes.
        cmd.keyword = k;
        this.depth++;
        if (k === 'case') this.casePattern.push(false);
        return;
      }
    }
    if (cmd.keyword === 'case' && unquotedKeyword && w.value === 'in' && this.casePattern.length > 0) {
      this.casePattern[this.casePattern.length - 1] = true;
      this.cur = undefined;
      this.lastOp = ';';
      return;
    }
    cmd.words.push(w);
  }

  /** Reads one word at the cursor; undefined when the cursor is on an operator or blank. */
  private readWord(): Word | undefined {
    const s = this.s;
    const start = this.i;
    const p = this.pos();
    let value = '';
    let quoted = false;
    const vars: string[] = [];
    while (this.i < s.length) {
      const c = s[this.i] as string;
      if (isSpace(c) || c === '\n' || c === '\r') break;
      if (OPERATOR_CHARS.has(c)) {
        // `a=(x y)` array literal and `<(cmd)` / `>(cmd)` process substitution stay inside the word.
        if (c === '(' && value.endsWith('=')) {
          value += this.readBalanced('(', ')', vars);
          continue;
        }
        if ((c === '<' || c === '>') && s[this.i + 1] === '(' && value === '') {
          this.advance();
          value += c + this.readBalanced('(', ')', vars);
          continue;
        }
        break;
      }
      if (c === '\\') {
        quoted = true;
        this.advance();
        if (this.i < s.length) {
          value += s[this.i];
          this.advance();
        }
        continue;
      }
      if (c === "'") {
        quoted = true;
        this.advance();
        while (this.i < s.length && s[this.i] !== "'") {
          value += s[this.i];
          this.advance();
        }
        this.advance();
        continue;
      }
      if (c === '"') {
        quoted = true;
        this.advance();
        while (this.i < s.length && s[this.i] !== '"') {
          const d = s[this.i] as string;
          if (d === '\\' && /[$`"\\\n]/.test(s[this.i + 1] ?? '')) {
            this.advance();
            if (s[this.i] !== '\n') value += s[this.i];
            this.advance();
            continue;
          }
          if (d === '$' || d === '`') {
            value += this.readExpansion(vars);
            continue;
          }
          value += d;
          this.advance();
        }
        this.advance();
        continue;
      }
      if (c === '$' && s[this.i + 1] === "'") {
        quoted = true;
        this.advance(2);
        while (this.i < s.length && s[this.i] !== "'") {
          if (s[this.i] === '\\') {
            const e = s[this.i + 1];
            value += e === 'n' ? '\n' : e === 't' ? '\t' : e === 'r' ? '\r' : (e ?? '');
            this.advance(2);
            continue;
          }
          value += s[this.i];
          this.advance();
        }
        this.advance();
        continue;
      }
      if (c === '$' || c === '`') {
        value += this.readExpansion(vars);
        continue;
      }
      value += c;
      this.advance();
    }
    if (this.i === start) return undefined;
    return { value, raw: s.slice(start, this.i), line: p.line, col: p.col, quoted, vars };
  }

  /** `$NAME`, `${…}`, `$(…)`, `$((…))`, `` `…` `` — returned as written; variable names recorded. */
  private readExpansion(vars: string[]): string {
    const s = this.s;
    const c = s[this.i];
    if (c === '`') {
      const from = this.i;
      this.advance();
      while (this.i < s.length && s[this.i] !== '`') this.advance(s[this.i] === '\\' ? 2 : 1);
      this.advance();
      return s.slice(from, this.i);
    }
    const n = s[this.i + 1];
    if (n === '(') {
      this.advance();
      return '$' + this.readBalanced('(', ')', vars);
    }
    if (n === '{') {
      const from = this.i;
      this.advance(2);
      const m = /^[#!]?([A-Za-z_][A-Za-z0-9_]*|[0-9]+|[@*#?$!-])/.exec(s.slice(this.i, this.i + 200));
      if (m?.[1]) vars.push(m[1]);
      let depth = 1;
      while (this.i < s.length && depth > 0) {
        if (s[this.i] === '{') depth++;
        else if (s[this.i] === '}') depth--;
        this.advance();
      }
      return s.slice(from, this.i);
    }
    if (isNameStart(n)) {
      const from = this.i;
      this.advance();
      while (this.i < s.length && /[A-Za-z0-9_]/.test(s[this.i] ?? '')) this.advance();
      vars.push(s.slice(from + 1, this.i));
      return s.slice(from, this.i);
    }
    if (n !== undefined && /[0-9@*#?$!-]/.test(n)) {
      this.advance(2);
      vars.push(n);
      return '$' + n;
    }
    this.advance();
    return '$';
  }

  /** From an opening bracket at the cursor to its match, skipping quotes; returns the text. */
  private readBalanced(open: string, close: string, vars: string[]): string {
    const s = this.s;
    const from = this.i;
    let depth = 0;
    while (this.i < s.length) {
      const c = s[this.i];
      if (c === '\\') {
        this.advance(2);
        continue;
      }
      if (c === "'") {
        this.advance();
        while (this.i < s.length && s[this.i] !== "'") this.advance();
        this.advance();
        continue;
      }
      if (c === '"') {
        this.advance();
        while (this.i < s.length && s[this.i] !== '"') this.advance(s[this.i] === '\\' ? 2 : 1);
        this.advance();
        continue;
      }
      if (c === '$' && isNameStart(s[this.i + 1])) {
        const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(s.slice(this.i + 1, this.i + 200));
        if (m) vars.push(m[0]);
      }
      if (c === open) depth++;
      else if (c === close) {
        depth--;
        if (depth === 0) {
          this.advance();
          break;
        }
      }
      this.advance();
    }
    return s.slice(from, this.i);
  }
}

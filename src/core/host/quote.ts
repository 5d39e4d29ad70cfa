/**
 * The one quoting function every remote command is built with. POSIX single-quote quoting: the result is
 * read by sh/bash as exactly the bytes given, whatever they contain ($(…), backticks, ;, newlines, quotes,
 * a leading -, unicode). A leading `-` is preserved as data; callers put `--` before user paths where the
 * program parses options.
 */
export function shellQuote(arg: string): string {
  if (arg.includes('\0')) {
    throw new TypeError('a shell argument cannot contain a NUL byte');
  }
  if (arg !== '' && /^[A-Za-z0-9_@%+=:,./-]+$/.test(arg)) return arg;
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}

/** Joins argv into one shell command line, each element quoted. */
export function shellJoin(argv: readonly string[]): string {
  if (argv.length === 0) throw new TypeError('empty argv');
  return argv.map(shellQuote).join(' ');
}

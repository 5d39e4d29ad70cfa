/**
 * Glob patterns as git uses them in .gitignore/.gitattributes: `*` and `?` stay within a path segment, `**`
 * crosses segments, `[...]` is a character class; a pattern without a slash matches the name at any depth.
 */

function segmentRegex(glob: string): string {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const slashAfter = glob[i + 2] === '/';
        const slashBefore = i === 0 || glob[i - 1] === '/';
        if (slashBefore && slashAfter) {
          out += '(?:.*/)?';
          i += 2;
        } else {
          out += '.*';
          i += 1;
        }
      } else {
        out += '[^/]*';
      }
    } else if (c === '?') {
      out += '[^/]';
    } else if (c === '[') {
      const end = glob.indexOf(']', i + 1);
      if (end === -1) out += '\\[';
      else {
        out +=
          '[' +
          glob
            .slice(i + 1, end)
            .replace(/^!/, '^')
            .replace(/\\/g, '\\\\') +
          ']';
        i = end;
      }
    } else if (c === '\\' && i + 1 < glob.length) {
      out += (glob[i + 1] as string).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
      i++;
    } else {
      out += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    }
  }
  return out;
}

export interface GlobOptions {
  /** Also match everything below a matching directory (ignore lists). */
  directories?: boolean;
}

/** Compiles one pattern, matched against repository-relative paths with forward slashes. */
export function globToRegExp(pattern: string, options: GlobOptions = {}): RegExp {
  let p = pattern.trim();
  const dirOnly = p.endsWith('/');
  if (dirOnly) p = p.slice(0, -1);
  const anchored = p.includes('/');
  if (p.startsWith('/')) p = p.slice(1);
  const body = segmentRegex(p);
  const head = anchored ? '^' : '^(?:.*/)?';
  const tail = options.directories || dirOnly ? '(?:/.*)?$' : '$';
  return new RegExp(head + body + tail);
}

export class GlobSet {
  private readonly res: RegExp[];
  constructor(
    readonly patterns: readonly string[],
    options: GlobOptions = {},
  ) {
    this.res = patterns.filter((p) => p.trim() !== '').map((p) => globToRegExp(p, options));
  }
  matches(path: string): boolean {
    return this.res.some((r) => r.test(path));
  }
}

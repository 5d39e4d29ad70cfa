/**
 * Scalar key/value pairs of YAML and JSON config files with their positions, for rules that look at keys
 * such as `output_dir`. Workflow `run:` blocks are extracted here too, with the offsets that map their lines
 * back into the file.
 */
import { isMap, isScalar, isSeq, LineCounter, parseAllDocuments, type Node } from 'yaml';

export interface ConfigEntry {
  /** The key, and its dotted path from the document root (`training.output_dir`). */
  key: string;
  path: string;
  value: string;
  line: number;
  column: number;
}

export interface RunBlock {
  text: string;
  /** Line of the script's first line in the file. */
  line: number;
  /** Indentation removed from each line (block scalars), or the column of a plain/quoted value minus one. */
  indent: number;
  /** For single-line values: the column where the value starts. */
  firstCol?: number;
}

export interface ParsedConfig {
  entries: ConfigEntry[];
  runs: RunBlock[];
  /** The file did not parse. */
  broken: boolean;
}

export function parseConfig(text: string): ParsedConfig {
  const counter = new LineCounter();
  const entries: ConfigEntry[] = [];
  const runs: RunBlock[] = [];
  let broken = false;
  let docs;
  try {
    docs = parseAllDocuments(text, { lineCounter: counter, uniqueKeys: false, strict: false });
  } catch {
    return { entries, runs, broken: true };
  }
  const list = Array.isArray(docs) ? docs : [docs];
  const walk = (node: Node | null | undefined, path: string, depth: number): void => {
    if (!node || depth > 40) return;
    if (isMap(node)) {
      for (const pair of node.items) {
        const keyNode = pair.key as Node | null;
        const key = isScalar(keyNode) ? String(keyNode.value) : '';
        const value = pair.value as Node | null;
        const full = path ? `${path}.${key}` : key;
        if (
          isScalar(value) &&
          (typeof value.value === 'string' || typeof value.value === 'number' || typeof value.value === 'boolean') &&
          value.range
        ) {
          const pos = counter.linePos(value.range[0]);
          entries.push({ key, path: full, value: String(value.value), line: pos.line, column: pos.col });
          if (key === 'run' && typeof value.value === 'string') runs.push(runBlock(text, value, counter));
        } else {
          walk(value, full, depth + 1);
        }
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => walk(item as Node, `${path}[${i}]`, depth + 1));
    }
  };
  for (const doc of list) {
    if (doc.errors.length > 0) broken = true;
    walk(doc.contents as Node | null, '', 0);
  }
  return { entries, runs, broken };
}

function runBlock(
  text: string,
  node: { value: unknown; range?: [number, number, number] | null; type?: string },
  counter: LineCounter,
): RunBlock {
  const start = node.range?.[0] ?? 0;
  const pos = counter.linePos(start);
  const value = String(node.value);
  if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') {
    // The body starts on the line after the indicator; find its indentation from the first non-empty line.
    const after = text.indexOf('\n', start);
    const body = text.slice(after + 1);
    const firstLine = body.split('\n').find((l) => l.trim() !== '') ?? '';
    const indent = firstLine.length - firstLine.trimStart().length;
    return { text: value, line: pos.line + 1, indent };
  }
  const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
  return { text: value, line: pos.line, indent: 0, firstCol: pos.col + (quoted ? 1 : 0) };
}

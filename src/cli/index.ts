import '../dirname-shim.js';
import { ConfigurationError, describeError } from '../core/errors.js';
import { EXIT, type CliContext } from './command.js';
import { COMMANDS } from './commands/index.js';
import { TerminalUi } from './terminal-ui.js';
import { VERSION } from './version.js';

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'tenant — train on rented GPUs from CI: launch, verify-resume, pull, lint',
    '',
    'Usage: tenant <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Global options:',
    '  --help      show help (also: tenant <command> --help)',
    '  --version   print the version',
    '  --json      machine-readable output on stdout',
    '',
  ].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  // Global flags are read only before a `--` (what follows it is a user's command line).
  const dashdash = argv.indexOf('--');
  const head = dashdash === -1 ? argv : argv.slice(0, dashdash);
  const tail = dashdash === -1 ? [] : argv.slice(dashdash);
  const json = head.includes('--json');
  const ui = new TerminalUi();
  const ctx: CliContext = {
    ui,
    json,
    stdout: (t) => process.stdout.write(t),
    env: process.env,
    cwd: process.cwd(),
  };
  const [name, ...rest] = [...head.filter((a) => a !== '--json'), ...tail];
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    ctx.stdout(help());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === '--version' || name === '-V') {
    ctx.stdout(json ? JSON.stringify({ version: VERSION }) + '\n' : `tenant ${VERSION}\n`);
    return EXIT.ok;
  }
  const entry = COMMANDS.find((c) => c.name === name);
  if (!entry) {
    ui.error(`unknown command '${name}'; run 'tenant --help' for the list`);
    return EXIT.usage;
  }
  const command = await entry.load();
  if (head.includes('--help') || head.includes('-h')) {
    ctx.stdout(command.usage.endsWith('\n') ? command.usage : command.usage + '\n');
    return EXIT.ok;
  }
  try {
    return await command.run(rest, ctx);
  } catch (err) {
    ui.error(`tenant ${name}: ${describeError(err)}`);
    return err instanceof ConfigurationError ? EXIT.usage : EXIT.failed;
  }
}

/**
 * Resolves once the stream has handed everything written to it to the OS: stdout to a pipe is asynchronous,
 * and process.exit drops what is still queued (`tenant lint --format json | jq` got the first 64–128 KiB).
 * Gives up after `ms`, so a reader that stopped reading cannot keep the process alive.
 */
function flushed(stream: NodeJS.WriteStream, ms: number): Promise<void> {
  if (stream.writableLength === 0) return Promise.resolve();
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(done, ms);
    stream.once('drain', done);
    stream.once('error', done);
    stream.once('close', done);
  });
}

const code = await main(process.argv.slice(2));
await flushed(process.stdout, 30_000);
process.exit(code);

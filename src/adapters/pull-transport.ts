/**
 * Builds the transfer engines for a pull from the connection: over SSH, both engines use the OpenSSH client
 * (pinned to the host key the ssh2 connection verified); with the `local` profile they run here directly.
 * The runner's rsync is checked first: older than 3.4.1 (or missing) makes rsync unusable, with the reason.
 */
import type { ConnectionSettings } from '../core/host/connection.js';
import type { Host } from '../core/host/host.js';
import type { PullEngines } from '../core/transfer/pull.js';
import { rsyncTooOld } from '../core/transfer/rsync-plan.js';
import { prepareOpenSshAsync, type OpenSshClient } from './openssh-client.js';
import { localRsyncVersion, RsyncEngine } from './rsync.js';
import { StreamEngine, type BoxLauncher } from './stream-transfer.js';

export interface PullTransportOptions {
  /** Parallel stream connections for large files. */
  streams: number;
  /** rsync --timeout, seconds. */
  ioTimeoutS?: number;
  tempRoot?: string;
  python?: string;
  /** Stream engine tuning (tests, benchmarks). */
  chunkBytes?: number;
  /** Files at least this large are written by ssh straight into the file (default 64 MiB). */
  directMinBytes?: number;
  /** The runner's rsync binary (tests point it at a fake one). */
  rsyncBin?: string;
}

export interface PullTransport {
  engines: PullEngines;
  /** The runner's rsync version, when there is one. */
  rsyncVersion: string | undefined;
  dispose(): void;
}

export async function pullTransport(
  settings: ConnectionSettings,
  host: Host,
  options: PullTransportOptions,
): Promise<PullTransport> {
  const rsyncVersion = localRsyncVersion(options.rsyncBin);
  const unusable = rsyncTooOld(rsyncVersion);
  let client: OpenSshClient | undefined;
  let launch: BoxLauncher;
  if (host.kind === 'local') {
    launch = (argv) => ({ command: argv[0] as string, args: argv.slice(1) });
  } else {
    client = await prepareOpenSshAsync(settings, {
      verifiedFingerprint: host.hostKeyFingerprint,
      tempRoot: options.tempRoot,
    });
    const c = client;
    launch = (argv) => {
      const [command, ...args] = c.sshArgvFor(argv);
      return { command: command as string, args, env: c.env };
    };
  }
  const stream = new StreamEngine({
    launch,
    streams: options.streams,
    python: options.python,
    chunkBytes: options.chunkBytes,
  });
  const rsync = unusable
    ? { unusable }
    : new RsyncEngine({
        shell: client?.rsyncShell(),
        source: (root) => (client ? client.rsyncRemote(root) : root),
        timeoutS: options.ioTimeoutS ?? 60,
        env: client?.env,
        bin: options.rsyncBin,
      });
  return {
    engines: { stream, rsync },
    rsyncVersion,
    dispose: () => client?.dispose(),
  };
}

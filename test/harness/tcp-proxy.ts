/**
 * A loopback TCP proxy the test owns: forwards 127.0.0.1:port to a target and can cut every live connection
 * on demand (a dropped network, as seen by both ends), or stop forwarding new data while keeping sockets open
 * (a black hole: the peer sees nothing, so only keepalive or a deadline notices).
 */
import { createServer, connect, type Server, type Socket } from 'node:net';

export interface TcpProxy {
  readonly port: number;
  /** Connections accepted so far. */
  readonly accepted: number;
  /** Live client/upstream pairs. */
  readonly live: number;
  /** Destroys every live connection (RST towards both ends). New connections are still accepted. */
  cut(): void;
  /** While true, bytes are swallowed in both directions but sockets stay open. */
  blackhole(on: boolean): void;
  /** Bytes forwarded from the target to clients (downloads) and from clients to the target, since start. */
  readonly bytesToClient: number;
  readonly bytesToServer: number;
  /** Cuts every live connection once `bytesToClient` reaches `threshold` (checked as bytes are forwarded). */
  cutAtBytesToClient(threshold: number): Promise<void>;
  close(): Promise<void>;
}

export interface TcpProxyOptions {
  /** Delay every chunk by this many ms in each direction (a WAN link of RTT ≈ 2 × delay); order is kept. */
  delayMs?: number;
}

export async function startTcpProxy(
  targetPort: number,
  targetHost = '127.0.0.1',
  options: TcpProxyOptions = {},
): Promise<TcpProxy> {
  const delay = options.delayMs ?? 0;
  const pairs = new Set<[Socket, Socket]>();
  let accepted = 0;
  let swallow = false;
  let toClient = 0;
  let toServer = 0;
  const triggers: { at: number; fire: () => void }[] = [];
  const server: Server = createServer((client) => {
    accepted++;
    const upstream = connect({ host: targetHost, port: targetPort });
    const pair: [Socket, Socket] = [client, upstream];
    pairs.add(pair);
    const forward = (from: Socket, to: Socket): void => {
      const send = (d: Buffer): void => {
        if (swallow || to.destroyed) return;
        if (!to.write(d)) {
          from.pause();
          to.once('drain', () => from.resume());
        }
      };
      from.on('data', (d: Buffer) => {
        if (swallow) return;
        if (to === client) {
          toClient += d.length;
          for (const t of triggers.filter((x) => toClient >= x.at)) {
            triggers.splice(triggers.indexOf(t), 1);
            t.fire();
          }
          if (client.destroyed) return;
        } else toServer += d.length;
        if (delay > 0) setTimeout(() => send(d), delay);
        else send(d);
      });
      from.on('end', () => (delay > 0 ? setTimeout(() => to.end(), delay) : to.end()));
    };
    forward(client, upstream);
    forward(upstream, client);
    const drop = (): void => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on('error', drop);
    upstream.on('error', drop);
    client.on('close', drop);
    upstream.on('close', drop);
    client.setNoDelay(true);
    upstream.setNoDelay(true);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  const cut = (): void => {
    for (const [a, b] of [...pairs]) {
      a.resetAndDestroy();
      b.resetAndDestroy();
    }
    pairs.clear();
  };
  return {
    port,
    get accepted() {
      return accepted;
    },
    get live() {
      return pairs.size;
    },
    cut,
    blackhole(on: boolean) {
      swallow = on;
    },
    get bytesToClient() {
      return toClient;
    },
    get bytesToServer() {
      return toServer;
    },
    cutAtBytesToClient(threshold: number) {
      return new Promise<void>((resolve) => {
        triggers.push({
          at: threshold,
          fire: () => {
            cut();
            resolve();
          },
        });
      });
    },
    close() {
      cut();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

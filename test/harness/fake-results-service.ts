/**
 * A stand-in for the GitHub Actions results service that @actions/artifact 6 and @actions/cache 6 (cache
 * service v2) talk to, on 127.0.0.1: the Twirp JSON endpoints (CreateArtifact / FinalizeArtifact,
 * CreateCacheEntry / FinalizeCacheEntryUpload) and the Azure Blob endpoints the signed upload URL points at
 * (Put Blob, Put Block, Put Block List). It records every call and keeps the uploaded blobs, so a test can
 * check what the real libraries sent. Shapes follow the libraries' generated Twirp clients (snake_case JSON
 * field names; int64 as strings).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

export interface TwirpCall {
  service: string;
  method: string;
  body: Record<string, unknown>;
}

export interface FakeResultsService {
  readonly url: string;
  readonly calls: TwirpCall[];
  /** Uploaded blobs by path (`/devstoreaccount1/<container>/<name>`). */
  readonly blobs: Map<string, Buffer>;
  /** Answer CreateCacheEntry with ok: false and this message (a refused save). */
  refuseCache(message: string | undefined): void;
  /** A runtime token whose claims name a workflow run and job, as the artifact library requires. */
  readonly runtimeToken: string;
  close(): Promise<void>;
}

function b64url(s: string): string {
  return Buffer.from(s).toString('base64').replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
}

async function body(req: IncomingMessage): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of req) parts.push(chunk as Buffer);
  return Buffer.concat(parts);
}

export async function startFakeResultsService(): Promise<FakeResultsService> {
  const calls: TwirpCall[] = [];
  const blobs = new Map<string, Buffer>();
  const blocks = new Map<string, Map<string, Buffer>>();
  let refusal: string | undefined;
  let nextId = 1000;
  let base = '';

  const json = (res: ServerResponse, status: number, doc: unknown): void => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(doc));
  };
  const azureOk = (res: ServerResponse, status = 201): void => {
    res.writeHead(status, {
      'x-ms-request-id': `req-${nextId++}`,
      'x-ms-version': '2025-01-05',
      etag: `"0x${nextId.toString(16)}"`,
      'last-modified': new Date().toUTCString(),
      'x-ms-request-server-encrypted': 'true',
      'content-length': '0',
    });
    res.end();
  };

  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', base);
      const data = await body(req);
      const twirp = /^\/twirp\/([^/]+)\/([^/]+)$/.exec(url.pathname);
      if (twirp && req.method === 'POST') {
        const [, service, method] = twirp as unknown as [string, string, string];
        const doc = data.length > 0 ? (JSON.parse(data.toString('utf8')) as Record<string, unknown>) : {};
        calls.push({ service, method, body: doc });
        const blobUrl = (container: string): string =>
          `${base}/devstoreaccount1/${container}/${nextId++}?sig=fake-signature&se=2099-01-01`;
        if (method === 'CreateArtifact') return json(res, 200, { ok: true, signed_upload_url: blobUrl('artifacts') });
        if (method === 'FinalizeArtifact') return json(res, 200, { ok: true, artifact_id: String(nextId++) });
        if (method === 'CreateCacheEntry') {
          if (refusal !== undefined) return json(res, 200, { ok: false, signed_upload_url: '', message: refusal });
          return json(res, 200, { ok: true, signed_upload_url: blobUrl('cache') });
        }
        if (method === 'FinalizeCacheEntryUpload') return json(res, 200, { ok: true, entry_id: String(nextId++) });
        return json(res, 404, { code: 'bad_route', msg: `no ${service}/${method}` });
      }
      if (url.pathname.startsWith('/devstoreaccount1/') && req.method === 'PUT') {
        const comp = url.searchParams.get('comp');
        if (comp === 'block') {
          const id = url.searchParams.get('blockid') ?? '';
          const m = blocks.get(url.pathname) ?? new Map<string, Buffer>();
          m.set(id, data);
          blocks.set(url.pathname, m);
          return azureOk(res);
        }
        if (comp === 'blocklist') {
          const ids = [...data.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)<\//g)].map(
            (x) => x[1] as string,
          );
          const m = blocks.get(url.pathname) ?? new Map<string, Buffer>();
          blobs.set(url.pathname, Buffer.concat(ids.map((id) => m.get(id) ?? Buffer.alloc(0))));
          return azureOk(res);
        }
        blobs.set(url.pathname, data);
        return azureOk(res);
      }
      res.writeHead(404);
      res.end();
    })().catch((err: unknown) => {
      res.writeHead(500);
      res.end(String(err));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  base = `http://127.0.0.1:${port}`;
  const claims = {
    scp: 'Actions.ExampleScope Actions.Results:11111111-2222-3333-4444-555555555555:66666666-7777-8888-9999-000000000000',
  };
  return {
    url: base + '/',
    calls,
    blobs,
    refuseCache: (m) => {
      refusal = m;
    },
    runtimeToken: `${b64url('{"alg":"none","typ":"JWT"}')}.${b64url(JSON.stringify(claims))}.sig`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

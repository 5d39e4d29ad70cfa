import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { getExecOutput } from '../../src/adapters/exec-deferred.js';
import { HttpClient } from '../../src/adapters/http-client-deferred.js';
import { packagePath } from '../../src/core/package-root.js';

// The bundles built through scripts/ncc/ get these stand-ins for @actions/http-client and @actions/exec.
const coreLib = (file: string): string =>
  readFileSync(packagePath('node_modules', '@actions', 'core', 'lib', file), 'utf8');

describe('what @actions/core asks of the packages the stand-ins replace', () => {
  it('only oidc-utils imports @actions/http-client, for HttpClient, and calls getJson on it', () => {
    for (const f of [
      'core.js',
      'command.js',
      'file-command.js',
      'summary.js',
      'platform.js',
      'utils.js',
      'path-utils.js',
    ])
      expect(coreLib(f), f).not.toMatch(/from '@actions\/http-client'/);
    const oidc = coreLib('oidc-utils.js');
    expect(oidc).toMatch(/import \{ HttpClient \} from '@actions\/http-client';/);
    const client = /const (\w+) = OidcClient\.createHttpClient\(\)/.exec(oidc)?.[1];
    expect(client).toBe('httpclient');
    const calls = new Set([...oidc.matchAll(/httpclient\s*\.\s*(\w+)/g)].map((m) => m[1]));
    expect([...calls]).toEqual(['getJson']);
  });

  it('only platform imports @actions/exec, and calls getExecOutput on it', () => {
    for (const f of ['core.js', 'command.js', 'file-command.js', 'summary.js', 'oidc-utils.js', 'utils.js'])
      expect(coreLib(f), f).not.toMatch(/from '@actions\/exec'/);
    const platform = coreLib('platform.js');
    expect(platform).toMatch(/import \* as exec from '@actions\/exec';/);
    expect(new Set([...platform.matchAll(/exec\.(\w+)/g)].map((m) => m[1]))).toEqual(new Set(['getExecOutput']));
  });
});

describe('the stand-ins load the real package on first use', () => {
  it('HttpClient.getJson sends the handlers and returns the parsed body', async () => {
    const server = createServer((req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ value: req.headers.authorization, ua: req.headers['user-agent'] }));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const { port } = server.address() as AddressInfo;
      const handler = {
        prepareRequest: (o: { headers?: Record<string, string> }) => {
          o.headers = { ...o.headers, authorization: 'Bearer t0k' };
        },
        canHandleAuthentication: () => false,
        handleAuthentication: () => Promise.reject(new Error('unused')),
      };
      const client = new HttpClient('tenant-test', [handler as never], { allowRetries: false });
      const res = await client.getJson<{ value: string; ua: string }>(`http://127.0.0.1:${port}/token`);
      expect(res.statusCode).toBe(200);
      expect(res.result).toEqual({ value: 'Bearer t0k', ua: 'tenant-test' });
    } finally {
      server.close();
    }
  });

  it('getExecOutput runs the command', async () => {
    const out = await getExecOutput('echo', ['deferred'], { silent: true });
    expect(out).toMatchObject({ exitCode: 0, stdout: 'deferred\n' });
  });
});

/**
 * Stands in for `@actions/http-client` in the bundles that make no HTTP request of their own (every action
 * but pull-artifacts, and the CLI): scripts/build.mjs maps the package name here for them. @actions/core
 * imports the client at the top of its OIDC helper, which would load undici, http, https and tls at every
 * start only for `getIDToken`, which these bundles never call. This class takes the same constructor
 * arguments and loads the real client (a separate chunk) on the first request.
 *
 * It implements what @actions/core's OIDC helper calls: `getJson` (test/unit/actions-deferred.test.ts
 * checks that list against the installed @actions/core). Bundles that use the client themselves (through
 * @actions/artifact or @actions/cache) are built without the mapping.
 */
// Both paths are relative so that the build's mapping of the package name to this file does not apply.
import type * as Real from '../../node_modules/@actions/http-client/lib/index.js';
import type { TypedResponse } from '@actions/http-client/lib/interfaces';

type RealModule = typeof Real;
type Args = ConstructorParameters<RealModule['HttpClient']>;

let real: Promise<RealModule> | undefined;

/** The real client module, loaded once. */
function load(): Promise<RealModule> {
  real ??= import('../../node_modules/@actions/http-client/lib/index.js') as Promise<RealModule>;
  return real;
}

export class HttpClient {
  private readonly args: Args;
  private client: Promise<InstanceType<RealModule['HttpClient']>> | undefined;

  constructor(...args: Args) {
    this.args = args;
  }

  private real(): Promise<InstanceType<RealModule['HttpClient']>> {
    this.client ??= load().then((m) => new m.HttpClient(...this.args));
    return this.client;
  }

  async getJson<T>(...args: Parameters<InstanceType<RealModule['HttpClient']>['getJson']>): Promise<TypedResponse<T>> {
    return (await this.real()).getJson<T>(...args);
  }
}

/**
 * `upload: cache`: the pulled folder saved to the Actions cache under `cache-key`, through @actions/cache
 * 6.3.0. A cache that is not available here, or a save the service refuses (keys are immutable: the key may
 * already exist, or another job is saving it), is reported as a warning and the pull still succeeds: the
 * files are in `dest` either way.
 */
import * as cache from '@actions/cache';
import { ConfigurationError, describeError } from '../core/errors.js';

export interface CacheClient {
  isFeatureAvailable(): boolean;
  saveCache(paths: string[], key: string): Promise<number>;
}

export const defaultCacheClient: CacheClient = {
  isFeatureAvailable: () => cache.isFeatureAvailable(),
  saveCache: (paths, key) => cache.saveCache(paths, key),
};

export type CacheOutcome =
  { saved: true; key: string; cacheId: number } | { saved: false; key: string; reason: string };

export function checkCacheKey(key: string, input = 'cache-key'): string {
  const k = key.trim();
  if (k === '')
    throw new ConfigurationError(`${input} is required with upload: cache (e.g. ckpt-\${{ github.run_id }})`, input);
  if (k.length > 512) throw new ConfigurationError(`${input} is longer than 512 characters`, input);
  if (k.includes(',')) throw new ConfigurationError(`${input} cannot contain commas`, input);
  return k;
}

export async function saveToCache(
  paths: string[],
  key: string,
  client: CacheClient = defaultCacheClient,
): Promise<CacheOutcome> {
  if (!client.isFeatureAvailable()) {
    return {
      saved: false,
      key,
      reason: 'the Actions cache service is not available to this job (ACTIONS_RESULTS_URL / ACTIONS_CACHE_URL unset)',
    };
  }
  try {
    const id = await client.saveCache(paths, key);
    if (id === -1 || !Number.isFinite(id)) {
      return {
        saved: false,
        key,
        reason: `the cache service refused to save key '${key}' (cache keys are immutable: it may already exist, or another job is saving it)`,
      };
    }
    return { saved: true, key, cacheId: id };
  } catch (err) {
    return { saved: false, key, reason: `saving the cache failed: ${describeError(err)}` };
  }
}

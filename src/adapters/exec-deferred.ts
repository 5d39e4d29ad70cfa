/**
 * Stands in for `@actions/exec` in the bundles built with scripts/ncc/tsconfig.json: @actions/core imports it
 * at top level for `platform.getDetails()` alone, which would load child_process, net, dgram and assert at
 * every start. `getExecOutput` loads the real module (a separate chunk) on the first call. It is what
 * @actions/core calls (test/unit/actions-deferred.test.ts checks that list against the installed package).
 */
// A relative path, so that the build's mapping of the package name to this file does not apply.
import type * as Real from '../../node_modules/@actions/exec/lib/exec.js';

let real: Promise<typeof Real> | undefined;

export async function getExecOutput(
  ...args: Parameters<typeof Real.getExecOutput>
): ReturnType<typeof Real.getExecOutput> {
  real ??= import('../../node_modules/@actions/exec/lib/exec.js') as Promise<typeof Real>;
  return (await real).getExecOutput(...args);
}

/** Job-summary markdown for one platform profile: storage survival, checkpoint dir, preemption, clocks. */
import type { Profile } from '../profiles/schema.js';
import { durableCheckpointDir, preemption } from '../profiles/queries.js';
import { heading, table } from './markdown.js';

const yesNo = (v: boolean | null): string => (v === null ? 'unknown' : v ? 'yes' : 'no');

export function profileSummaryMarkdown(p: Profile): string {
  const term = preemption(p);
  const parts = [
    heading(3, `tenant profile: ${p.name} (\`${p.id}\`)`),
    `${p.summary}\n\n`,
    `Checkpoints go to \`${durableCheckpointDir(p)}\`. On interruption the training gets **SIG${term.signal}**` +
      (term.graceSeconds > 0 ? ` and ${term.graceSeconds} s before SIGKILL` : ' with no grace') +
      ` (${term.source}).\n\n`,
    table(
      ['mount', 'path', 'survives stop', 'survives destroy', 'source'],
      p.storage.mounts.map((m) => [
        m.name,
        m.path,
        yesNo(m.survivesStop.value),
        yesNo(m.survivesDestroy.value),
        m.survivesDestroy.source,
      ]),
    ),
  ];
  if (p.lifecycle.dangerClocks.length > 0) {
    parts.push(
      '\n',
      table(
        ['danger clock', 'after', 'effect', 'source'],
        p.lifecycle.dangerClocks.map((c) => [
          c.id,
          c.afterSeconds === null ? 'unstated' : `${c.afterSeconds} s`,
          c.effect,
          c.source,
        ]),
      ),
    );
  }
  return parts.join('');
}

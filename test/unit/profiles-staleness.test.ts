import { describe, expect, it } from 'vitest';
import { loadProfile } from '../../src/core/profiles/loader.js';
import type { Profile } from '../../src/core/profiles/schema.js';
import { staleFacts, stalenessWarnings, verifiedFacts } from '../../src/core/profiles/staleness.js';

const at = (iso: string) => new Date(iso);

describe('staleness', () => {
  it('nothing is stale when every fact is within six months', () => {
    const p = loadProfile('autodl'); // seed facts are from 2026-06, one contradiction from 2026-07
    expect(staleFacts(p, { now: at('2026-12-15T00:00:00Z') })).toEqual([]);
    expect(stalenessWarnings(p, { now: at('2026-12-31T23:59:59Z') })).toEqual([]);
  });

  it('exactly six months is still fresh; seven is stale', () => {
    const p = loadProfile('runpod'); // every fact verified 2026-06
    expect(staleFacts(p, { now: at('2026-12-01T00:00:00Z') })).toEqual([]);
    const stale = staleFacts(p, { now: at('2027-01-01T00:00:00Z') });
    expect(stale.length).toBe(verifiedFacts(p).length);
    expect(stale[0]).toMatchObject({ profile: 'runpod', verified: '2026-06', ageMonths: 7 });
  });

  it('names profile, field, month and where to re-check', () => {
    const p = loadProfile('autodl');
    const warnings = stalenessWarnings(p, { now: at('2027-03-10T00:00:00Z') });
    expect(warnings).toContain(
      'autodl: storage.mounts[1].survivesStop was last verified in 2026-06, 9 months ago (more than 6); re-check it against seed/remote-gpu-trainer/profiles/autodl.md §5 Teardown',
    );
    // the 2026-07 contradiction is 8 months old at that date
    expect(
      warnings.some((w) => w.startsWith('autodl: contradictions[1] was last verified in 2026-07, 8 months ago')),
    ).toBe(true);
  });

  it('mixes ages: only the old facts are reported', () => {
    const p = structuredClone(loadProfile('lambda')) as Profile;
    p.ssh.defaultUser.verified = '2025-01';
    const stale = staleFacts(p, { now: at('2026-12-01T00:00:00Z') });
    expect(stale.map((f) => f.field)).toEqual(['ssh.defaultUser']);
    expect(stale[0]?.ageMonths).toBe(23);
  });

  it('a month in the future is flagged as a typo', () => {
    const p = structuredClone(loadProfile('lambda')) as Profile;
    p.tools.tmux.verified = '2031-01';
    expect(stalenessWarnings(p, { now: at('2026-12-01T00:00:00Z') })).toEqual([
      'lambda: tools.tmux says it was verified in 2031-01, which is in the future; fix the month',
    ]);
  });

  it('the age limit is configurable', () => {
    const p = loadProfile('runpod');
    expect(staleFacts(p, { now: at('2026-09-01T00:00:00Z'), maxAgeMonths: 2 }).length).toBeGreaterThan(0);
    expect(staleFacts(p, { now: at('2026-09-01T00:00:00Z'), maxAgeMonths: 3 })).toEqual([]);
  });
});

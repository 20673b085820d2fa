import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { teamContentSchema } from '../../../src/schemas/team-content';
import fc from 'fast-check';
import { teamSchema } from '../../../src/schemas/funnel-team';
import { teamInputsSchema } from '../../../src/schemas/team-fields';
import { startingTeam, teamContent } from '../../../src/lib/funnel/team-data';

const file = 'content/team/team.json';
const raw = JSON.parse(readFileSync(file, 'utf8')) as unknown;

describe(`the team section's starting values (${file})`, () => {
  it('pass their schema, and the starting team passes the saved funnel’s', () => {
    const parsed = teamContentSchema.safeParse(raw);
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(teamSchema.safeParse(startingTeam).success).toBe(true);
    expect(startingTeam).toEqual({ quota: 50_000, ramp: 3, attainment: 80, meetings: 12 });
  });

  it('label every value without a source as an editorial assumption', () => {
    for (const f of Object.values(teamContent.fields))
      if (!f.source) expect(f.basis).toMatch(/^Editorial assumption\./);
    expect(teamContent.notes).toMatch(/editorial assumption/i);
  });

  it('name the field an editor got wrong', () => {
    const fields = (raw as { fields: Record<string, object> }).fields;
    const broken = (change: object) => ({ ...(raw as object), fields: { ...fields, ...change } });
    const outOfOrder = teamContentSchema.safeParse(broken({ ramp: { ...fields.ramp, start: 12 } }));
    expect(outOfOrder.error?.issues[0]).toMatchObject({
      path: ['fields', 'ramp', 'start'],
      message: /low ≤ start ≤ high/,
    });
    const unlabelled = teamContentSchema.safeParse(broken({ quota: { ...fields.quota, basis: 'A guess.' } }));
    expect(unlabelled.error?.issues[0]).toMatchObject({ path: ['fields', 'quota', 'basis'] });
    const typo = teamContentSchema.safeParse(broken({ meetings: { ...fields.meetings, strat: 1 } }));
    expect(typo.error?.issues[0]?.message).toMatch(/"strat" \(did you mean "start"\?\)/);
  });
});

describe('the team inputs as saved and as typed', () => {
  it('accept and refuse the same values: the saved funnel never holds what a field would refuse', () => {
    const value = fc.oneof(
      fc.double({ noNaN: false }),
      fc.integer({ min: -10, max: 300 }),
      fc.integer({ min: -100, max: 30_000 }).map((n) => n / 100),
      fc.integer({ min: 0, max: 1e6 }).map((n) => n / 1000),
    );
    fc.assert(
      fc.property(fc.record({ quota: value, ramp: value, attainment: value, meetings: value }), (t) => {
        expect(teamSchema.safeParse(t).success).toBe(teamInputsSchema.safeParse(t).success);
      }),
      { numRuns: 2000 },
    );
  });
});

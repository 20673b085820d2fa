import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { teamContentSchema } from '../../../src/schemas/team-content';
import { teamSchema } from '../../../src/schemas/funnel-team';
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

/**
 * A team link carries the workshop's owners and due dates (issue 27): `#t=<codes>&p=<plan code>`,
 * read through a zod schema. Old links without `&p=` open as before; a bad plan code is refused
 * with a reason and never stops the link's results from opening.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { codesFromTeamHash, teamHash } from '../../../src/lib/assessment/team-link';
import { encodeTeamPlan } from '../../../src/lib/assessment/team-plan-encode';
import {
  decodeTeamPlan,
  planCodeFromTeamHash,
  planFromLink,
  PLAN_LINK_MAX_ACTIONS,
} from '../../../src/lib/assessment/team-plan-code';
import { linkKey } from '../../../src/lib/assessment/action-key';
import { realQuestionnaire } from '../../fixtures/assessment';
import { toBase64Url } from '../../../src/lib/base64url';

const packed = (items: unknown, version = 1) =>
  `${version}.${toBase64Url(new TextEncoder().encode(JSON.stringify(items)))}`;
const SLA = 'Write a simple SLA with a follow-up time for sales and a lead volume and quality target for marketing.';
const sla = linkKey(`handoff|${SLA}`);

describe('a team link with the workshop plan', () => {
  it('carries owners and due dates and reads them back under the page’s own keys; actions with neither are left out', () => {
    const plan = {
      [`handoff|${SLA}`]: { owner: 'Ana (sales ops)', due: '2026-07-01' },
      'handoff|talk-first': { owner: 'Heads of both teams', due: '' },
    };
    const code = encodeTeamPlan({ ...plan, 'joint-planning|Anything': { owner: '', due: '' } })!;
    const hash = teamHash(['AAA', 'BBB'], code);
    expect(hash).toMatch(/^#t=AAA\.BBB&p=1\.[A-Za-z0-9_-]+$/);
    // The action's 100-character text is not in the link, only its hash.
    expect(hash.length).toBeLessThan(200);
    expect(codesFromTeamHash(hash)).toBe('AAA\nBBB');
    expect(decodeTeamPlan(planCodeFromTeamHash(hash)!)).toEqual({
      ok: true,
      plan: { [sla]: plan[`handoff|${SLA}`], 'handoff|talk-first': plan['handoff|talk-first'] },
      actions: 2,
    });
    expect(planFromLink(hash, realQuestionnaire())).toEqual({
      plan,
      note: 'It carries owners or due dates for 2 actions, shown in the workshop.',
    });
    expect(encodeTeamPlan({})).toBeNull();
  });

  it('leaves out, and counts, owners for actions whose wording this site has since changed', () => {
    const code = encodeTeamPlan({ 'handoff|An action worded differently': { owner: 'Ana', due: '' } })!;
    expect(planFromLink(teamHash(['AAA'], code), realQuestionnaire())).toEqual({
      plan: {},
      note: 'It carries owners or due dates for 0 actions, shown in the workshop. 1 more was for actions this site no longer suggests.',
    });
    expect(planFromLink('#t=AAA&p=1.@@', realQuestionnaire()).note).toBe(
      'The owners and due dates in the link could not be read (they are damaged), so the results open without them.',
    );
  });

  it('opens an old link (no plan) exactly as before', () => {
    expect(codesFromTeamHash('#t=AAA.BBB')).toBe('AAA\nBBB');
    expect(planCodeFromTeamHash('#t=AAA.BBB')).toBeNull();
    expect(teamHash(['AAA'])).toBe('#t=AAA');
  });

  it('refuses bad, edited, oversized and newer plan codes with a reason, and still reads the codes', () => {
    const reason = (code: string) => {
      const r = decodeTeamPlan(code);
      return r.ok ? 'accepted' : r.reason;
    };
    expect(codesFromTeamHash('#t=AAA&p=%3Cscript%3E')).toBe('AAA');
    expect(reason('%3Cscript%3E')).toBe('they are damaged');
    expect(reason('1.@@@')).toBe('they are damaged');
    expect(reason(packed({ not: 'a list' }))).toBe('they are damaged');
    expect(reason(packed([[sla, 'Ana', '2026-07-01']], 2))).toBe('the link was made by a newer version of this site');
    expect(reason(`1.${'A'.repeat(5000)}`)).toBe('they are longer than any team link this site makes');
    expect(reason(packed([[sla, 'x'.repeat(81), '']]))).toBe(
      'the owner (at most 80 characters) of action 1 in the link is not valid',
    );
    expect(
      reason(
        packed([
          [sla, 'Ana', ''],
          [sla, 'Ana', '2026-02-30'],
        ]),
      ),
    ).toBe('the due date of action 2 in the link is not valid');
    expect(reason(packed([['<img src=x>|00000000', 'Ana', '']]))).toBe(
      'the action of action 1 in the link is not valid',
    );
    expect(reason(packed([[sla, 'Ana']]))).toBe('the action of action 1 in the link is not valid');
    const many = Array.from({ length: PLAN_LINK_MAX_ACTIONS + 1 }, () => ['a|talk-first', 'A', '']);
    expect(reason(packed(many))).toBe(
      `they name ${PLAN_LINK_MAX_ACTIONS + 1} actions, more than the 60 a plan can have`,
    );
  });

  it('never throws, whatever follows &p=', () => {
    fc.assert(
      fc.property(fc.string(), fc.jsonValue(), (text, json) => {
        expect(() => decodeTeamPlan(text)).not.toThrow();
        expect(() => decodeTeamPlan(packed(json))).not.toThrow();
        expect(codesFromTeamHash(`#t=AAA&p=${text}`)).toBe('AAA');
      }),
    );
  });

  it('names actions in a link by dimension and a hash of their text', () => {
    expect(sla).toMatch(/^handoff\|[0-9a-f]{8}$/);
    expect(linkKey(`handoff|${SLA}`)).toBe(sla);
    expect(linkKey('handoff|talk-first')).toBe('handoff|talk-first');
  });
});

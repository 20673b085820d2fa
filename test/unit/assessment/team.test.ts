import { describe, it, expect } from 'vitest';
import type { SharedResult } from '../../../src/schemas/assessment';
import { encodeResultCode, shareHref } from '../../../src/lib/assessment/code-encode';
import { parseTeamInput } from '../../../src/lib/assessment/team';
import { aggregateTeam } from '../../../src/lib/assessment/team-score';
import { workshopAgenda } from '../../../src/lib/assessment/team-agenda';
import { realQuestionnaire, smallQuestionnaire } from '../../fixtures/assessment';

const q = smallQuestionnaire();
const base = { questionnaireVersion: 1, team: 'North', date: '2026-05-01' } as const;
let nonce = 0;
const code = (r: Omit<SharedResult, keyof typeof base | 'nonce'> & Partial<SharedResult>) =>
  encodeResultCode({ ...base, nonce: ++nonce, ...r });

// Dimensions a, b, c × 3 statements. Marketing rates everything 4.
// Sales differ on b: S1 [1, 2, 3], S2 [3, 3, 3] → sales mean 2.5 on b, gap 4 − 2.5 = 1.5 (flagged).
const M1 = code({ role: 'marketing', answers: [4, 4, 4, 4, 4, 4, 4, 4, 4] });
const M2 = code({ role: 'marketing', answers: [4, 4, 4, 4, 4, 4, 4, 4, null], team: 'South' });
const S1 = code({ role: 'sales', answers: [4, 4, 4, 1, 2, 3, 4, 4, 4] });
const S2 = code({ role: 'sales', answers: [4, 4, 4, 3, 3, 3, 4, 4, 4] });
const L1 = code({ role: 'leadership', answers: [3, 3, 3, 3, 3, 3, 3, 3, 3] });

describe('reading pasted codes', () => {
  it('uses good lines and gives each bad, duplicate and other-version line its own message', () => {
    const broken = M1.slice(0, 5) + (M1[5] === 'A' ? 'B' : 'A') + M1.slice(6);
    const oldVersion = encodeResultCode({
      ...base,
      nonce: 9,
      questionnaireVersion: 2,
      role: 'other',
      answers: [3, 3, 3, 3, 3, 3, 3, 3, 3],
    });
    const text = [M1, '', `https://site.example${shareHref(S1)}`, broken, M1, oldVersion, 'hello'].join('\n');
    const { respondents, messages } = parseTeamInput(q, text);
    expect(respondents.map((r) => [r.line, r.role])).toEqual([
      [1, 'marketing'],
      [3, 'sales'],
    ]);
    expect(messages.map((m) => [m.line, m.kind])).toEqual([
      [4, 'bad'],
      [5, 'duplicate'],
      [6, 'other-version'],
      [7, 'bad'],
    ]);
    expect(messages[1]!.message).toBe('The same code as line 1; it is counted once.');
    expect(messages[2]!.message).toContain('version 2');
  });
});

describe('the team view', () => {
  const { respondents } = parseTeamInput(q, [M1, M2, S1, S2, L1].join('\n'));
  const team = aggregateTeam(q, respondents);

  it('counts respondents by role and scores the team over every rated answer', () => {
    expect(team.byRole).toEqual({ marketing: 2, sales: 2, leadership: 1, other: 0 });
    // Sums: M1 36, M2 32 (8 rated), S1 30, S2 33, L1 27 → 158 over 44 → 15800 / 220 = 71.8 → 72.
    expect(team.score).toBe(72);
    expect(team.level).toBe('aligned');
  });

  it('gives each dimension its mean score and range', () => {
    // b: M1 80, M2 80, S1 40, S2 60, L1 60 → mean 64, range 40–80.
    const b = team.dimensions[1]!;
    expect([b.mean, b.level, b.min, b.max, b.rated]).toEqual([64, 'aligned', 40, 80, 5]);
    // c: M2 rated only two (4, 4) → still 80; mean (80 + 80 + 80 + 80 + 60) / 5 = 76.
    expect(team.dimensions[2]!.mean).toBe(76);
  });

  it('flags marketing–sales gaps of 1.5 points or more, per dimension and per statement', () => {
    const [a, b] = team.dimensions;
    expect(a!.gap).toEqual({ marketing: 4, sales: 4, gap: 0, flagged: false });
    expect(b!.gap).toEqual({ marketing: 4, sales: 2.5, gap: 1.5, flagged: true });
    expect(b!.statements.map((s) => [s.gap.sales, s.gap.gap, s.gap.flagged])).toEqual([
      [2, 2, true],
      [2.5, 1.5, true],
      [3, 1, false],
    ]);
  });

  it('shows no gap when one side has no answers', () => {
    const only = aggregateTeam(q, parseTeamInput(q, M1).respondents);
    expect(only.dimensions[0]!.gap).toEqual({ marketing: 4, sales: null, gap: null, flagged: false });
  });

  it('puts the largest gaps and then the lowest dimensions on the workshop agenda', () => {
    const agenda = workshopAgenda(team);
    expect(agenda.gaps.map((g) => g.dimension.id)).toEqual(['b']);
    expect(agenda.gaps[0]!.reason).toBe('Marketing 4.0, sales 2.5: a gap of 1.5 points (large).');
    expect(agenda.lowest.map((g) => g.dimension.id)).toEqual(['a', 'c']); // a and c tie at 76; the earlier one comes first
  });

  it('is empty but valid with no respondents', () => {
    const none = aggregateTeam(q, []);
    expect(none.score).toBeNull();
    expect(none.dimensions.every((d) => d.mean === null && d.min === null)).toBe(true);
  });
});

describe('two colleagues with identical answers', () => {
  it('are two respondents, not a duplicate, because each attempt has its own random id', () => {
    const a = code({ role: 'sales', answers: Array(9).fill(3), nonce: 100 });
    const b = code({ role: 'sales', answers: Array(9).fill(3), nonce: 101 });
    const { respondents, messages } = parseTeamInput(q, `${a}\n${b}`);
    expect(respondents).toHaveLength(2);
    expect(messages).toEqual([]);
  });
});

describe('a team with "does not apply" answers (hand-worked)', () => {
  // a: M [4, 4, na] → 80 and placed; S [4, na, na] → 80 but one rating is too few for a rung.
  // b: M [4, 4, 4] → 80; S [2, 2, 2] → 40; both placed. c: everyone 3 → unclear, nobody places it.
  const M = code({ role: 'marketing', answers: [4, 4, 'na', 4, 4, 4, 3, 3, 3] });
  const S = code({ role: 'sales', answers: [4, 'na', 'na', 2, 2, 2, 3, 3, 3] });
  const team = aggregateTeam(q, parseTeamInput(q, `${M}\n${S}`).respondents);

  it('leaves "does not apply" out of every mean and counts it', () => {
    // M 4 + 4 + 12 + 9 = 29 over 8, S 4 + 6 + 9 = 19 over 7 → 48 over 15 → 4800 / 75 = 64.
    expect(team.score).toBe(64);
    expect(team.notApplicable).toBe(3);
    expect(team.dimensions.map((d) => d.notApplicable)).toEqual([3, 0, 0]);
    expect(team.dimensions[0]!.gap).toEqual({ marketing: 4, sales: 4, gap: 0, flagged: false });
  });

  it('places each dimension from the respondents who placed it, and the team at its lowest rung', () => {
    expect(team.dimensions.map((d) => [d.mean, d.rung])).toEqual([
      [80, 'integrated'], // only marketing's 80 counts for the rung
      [60, 'aligned'], // (80 + 40) / 2
      [60, null], // all neutral: a Kotler 60, but no rung
    ]);
    expect(team.rung).toBe('aligned');
  });
});

describe('codes from questionnaire versions 2 and 3 pasted together', () => {
  const real = realQuestionnaire();
  const v3 = (nonce: number, role: 'marketing' | 'sales') =>
    encodeResultCode({ ...base, nonce, role, questionnaireVersion: 3, answers: ['na', ...Array<number>(39).fill(4)] });
  const v2 = (nonce: number) =>
    encodeResultCode({ ...base, nonce, role: 'sales', questionnaireVersion: 2, answers: Array(40).fill(4) });

  it('use the version most codes were made with, and name the lines left out', () => {
    const mostly3 = parseTeamInput(real, [v3(1, 'marketing'), v2(2), v3(3, 'sales')].join('\n'));
    expect(mostly3.q.version).toBe(3);
    expect(mostly3.respondents.map((r) => r.line)).toEqual([1, 3]);
    expect(mostly3.messages.map((m) => [m.line, m.kind])).toEqual([[2, 'other-version']]);
    expect(aggregateTeam(mostly3.q, mostly3.respondents).notApplicable).toBe(2);
    const mostly2 = parseTeamInput(real, [v2(4), v3(5, 'sales'), v2(6)].join('\n'));
    expect(mostly2.q.version).toBe(2);
    expect(mostly2.messages[0]!.message).toMatch(/^Made with questionnaire version 3; this view uses version 2/);
  });
});

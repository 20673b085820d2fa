/**
 * One set of limits for team data (issue 28, M3): what the site saves to a file, it reopens; past a
 * limit it says how many it read and left out, and never keeps a line cut short.
 */
import { describe, expect, it } from 'vitest';
import { encodeResultCode, shareHref } from '../../../src/lib/assessment/code-encode';
import { parseTeamInput } from '../../../src/lib/assessment/team';
import { teamHash } from '../../../src/lib/assessment/team-link';
import {
  limitTeamText,
  linkFits,
  teamFileProblem,
  TEAM_FILE_MAX_BYTES,
  TEAM_LINE_MAX_CHARS,
  TEAM_LINK_MAX_CHARS,
  TEAM_MAX_PEOPLE,
  TEAM_TEXT_MAX_CHARS,
} from '../../../src/lib/assessment/team-limits';
import { teamCodesSchema, TEAM_LABEL_MAX } from '../../../src/schemas/assessment';
import { statementCount } from '../../../src/lib/assessment/questionnaire';
import { realQuestionnaire } from '../../fixtures/assessment';

const q = realQuestionnaire();
const roles = ['marketing', 'sales', 'leadership', 'other'] as const;
/** A code as long as the site makes them: a 40-character label in a script of 3 bytes a character. */
const longCode = (i: number, answers = statementCount(q)) =>
  encodeResultCode({
    questionnaireVersion: q.version,
    role: roles[i % 4]!,
    nonce: i % 0x10000,
    team: 'مبيعات'.repeat(7).slice(0, TEAM_LABEL_MAX - 3) + String(i % 1000).padStart(3, '0'),
    date: '2026-05-01',
    answers: Array.from({ length: answers }, (_, k) => (1 + ((i + k) % 5)) as 1 | 2 | 3 | 4 | 5),
  });

describe('team limits, written once', () => {
  it('saves the largest team allowed to a file and reopens every code of it', () => {
    const codes = Array.from({ length: TEAM_MAX_PEOPLE }, (_, i) => longCode(i));
    // The file exactly as TeamLink writes it.
    const file = codes.join('\n') + '\n';
    const bytes = new TextEncoder().encode(file).length;
    expect(teamFileProblem(bytes)).toBeNull();
    const opened = limitTeamText(file);
    expect(opened.message).toBeNull();
    expect(opened.text.length).toBeLessThanOrEqual(TEAM_TEXT_MAX_CHARS);
    expect(teamCodesSchema.safeParse({ text: opened.text }).success).toBe(true);
    expect(parseTeamInput(q, opened.text).respondents).toHaveLength(TEAM_MAX_PEOPLE);
  });

  it('holds the longest code the site can make, and a share link to it, within one line', () => {
    const longest = longCode(1, 255);
    expect(longest.length).toBeLessThanOrEqual(306);
    expect(`https://marketing-and-sales.example${shareHref(longest)}`.length).toBeLessThan(TEAM_LINE_MAX_CHARS);
  });

  it('past the limit keeps whole lines, and says how many it read, left out and what to do', () => {
    const codes = Array.from({ length: 4000 }, (_, i) => longCode(i % 3000));
    const r = limitTeamText(codes.join('\n'));
    expect(r.kept).toBe(TEAM_MAX_PEOPLE);
    expect(r.left).toBe(4000 - TEAM_MAX_PEOPLE);
    expect(r.text.split('\n').every((l) => codes.includes(l))).toBe(true);
    expect(r.message).toBe(
      'Read the first 250 lines; 3,750 more were left out, because a team view holds at most 250 people. Split the team into groups (by region or team, say) and build a view for each.',
    );
    // The paste box's text is within what the saved data allows.
    expect(teamCodesSchema.safeParse({ text: r.text }).success).toBe(true);
  });

  it('leaves out a line too long to be a code rather than cut it, and keeps empty lines within the limit', () => {
    const r = limitTeamText(
      ['abc', 'x'.repeat(TEAM_LINE_MAX_CHARS + 1), '   ', 'def', '\n'.repeat(100_000)].join('\n'),
    );
    expect(r.text.startsWith('abc\n\ndef\n')).toBe(true);
    expect(r.text.length).toBeLessThanOrEqual(TEAM_TEXT_MAX_CHARS);
    expect(r).toMatchObject({ kept: 2, left: 1 });
    expect(r.message).toContain('1 line was left out for being longer than 500 characters');
  });

  it('refuses a file larger than the limit with the size, the limit and a way forward', () => {
    expect(teamFileProblem(TEAM_FILE_MAX_BYTES)).toBeNull();
    expect(teamFileProblem(170_000)).toBe(
      'That file is 170 kB; a team file holds at most 250 codes (126 kB), so it was not read. Check it is the file this page saved, or split the team into smaller files.',
    );
  });

  it('offers a team link only while it stays short enough for mail and chat (measured)', () => {
    const origin = 'https://marketing-and-sales.example/assessment/team/';
    const link = (n: number) => origin + teamHash(Array.from({ length: n }, (_, i) => longCode(i)));
    // With the longest labels, 13 people fit in 2,000 characters; 40 would need about 5,700.
    const fit = Array.from({ length: 60 }, (_, i) => i + 1)
      .filter((n) => linkFits(link(n)))
      .at(-1)!;
    expect(link(fit).length).toBeLessThanOrEqual(TEAM_LINK_MAX_CHARS);
    expect(linkFits(link(fit + 1))).toBe(false);
    console.info(`team link: ${fit} people with 40-character Arabic labels fit; 40 would be ${link(40).length} chars`);
  });
});

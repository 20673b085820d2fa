import { describe, it, expect } from 'vitest';
import { encodeResultCode } from '../../../src/lib/assessment/code';
import { actionPlan, actionPlanCsv, actionPlanMarkdown, escapeMarkdown } from '../../../src/lib/assessment/export';
import { aggregateTeam, parseTeamInput } from '../../../src/lib/assessment/team';
import { smallQuestionnaire } from '../../fixtures/assessment';

const q = smallQuestionnaire();
const enc = (role: 'marketing' | 'sales', answers: number[]) =>
  encodeResultCode({ questionnaireVersion: 1, nonce: answers[0]!, role, team: 'T', date: '2026-01-02', answers });
const team = aggregateTeam(
  q,
  parseTeamInput(
    q,
    [enc('marketing', [4, 4, 4, 5, 5, 5, 2, 2, 2]), enc('sales', [4, 4, 4, 2, 2, 2, 2, 2, 2])].join('\n'),
  ).respondents,
);

describe('the action plan', () => {
  it('aims each workshop dimension at its next level', () => {
    const rows = actionPlan(team);
    // b: gap 5 − 2 = 3; a and c are lowest (c = 40 defined, a = 80 integrated).
    expect(rows.map((r) => [r.dimension, r.level, r.target])).toEqual([
      ['Dimension B', 'aligned', 'integrated'],
      ['Dimension B', 'aligned', 'integrated'],
      ['Dimension C', 'defined', 'aligned'],
      ['Dimension C', 'defined', 'aligned'],
      ['Dimension A', 'integrated', null],
      ['Dimension A', 'integrated', null],
    ]);
    expect(rows[0]!.action).toBe('b: first step from aligned.');
  });

  it('exports Markdown with owner and due columns, and links to chapters', () => {
    const md = actionPlanMarkdown(q, team, actionPlan(team), ['[x](javascript:alert(1))'], 'https://guide.example');
    expect(md).toContain('# Action plan: \\[x\\]\\(javascript:alert\\(1\\)\\)');
    // 33 + 24 = 57 over 18 rated → 5700 / 90 = 63.3 → 63.
    expect(md).toContain('Team score: 63 out of 100 (Aligned).');
    expect(md).toContain('| b: first step from aligned. |  |  |');
    expect(md).toContain('To stay Integrated:');
    expect(md).toContain('Read: https://guide.example/guide/funnel-and-handoff/');
  });

  it('exports CSV that spreadsheets read safely', () => {
    const csv = actionPlanCsv(actionPlan(team));
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(7);
    expect(lines[0]).toBe('Dimension,Why,Current level,Aim,Action,Owner,Due,Chapters');
    expect(lines[1]).toContain(',Aligned,Integrated,b: first step from aligned.,,,');
    expect(escapeMarkdown('a*b_c')).toBe('a\\*b\\_c');
  });
});

import { describe, it, expect } from 'vitest';
import { encodeResultCode } from '../../../src/lib/assessment/code-encode';
import { actionPlan, actionPlanCsv, actionPlanMarkdown, escapeMarkdown } from '../../../src/lib/assessment/export';
import { parseTeamInput } from '../../../src/lib/assessment/team';
import { aggregateTeam } from '../../../src/lib/assessment/team-score';
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
  it('starts from the side that rated a dimension lower, and says to talk first about a large gap', () => {
    const rows = actionPlan(team);
    // b: marketing 5.0, sales 2.0 (gap 3, flagged) → from sales' 2.0 = 40, defined, aiming at aligned;
    // then the lowest: c (both 2.0 → defined) and a (both 4.0 → integrated).
    expect(rows.map((r) => [r.dimension, r.level, r.target, r.talkFirst])).toEqual([
      ['Dimension B', 'defined', 'aligned', true],
      ['Dimension B', 'defined', 'aligned', false],
      ['Dimension B', 'defined', 'aligned', false],
      ['Dimension C', 'defined', 'aligned', false],
      ['Dimension C', 'defined', 'aligned', false],
      ['Dimension A', 'integrated', null, false],
      ['Dimension A', 'integrated', null, false],
    ]);
    expect(rows[0]!.action).toMatch(/^First talk about why you see this differently/);
    expect(rows[1]!.action).toBe('b: first step from defined.');
    expect(rows[0]!.lowerSide).toBe('Sales rated it lower (2.0; marketing 5.0).');
  });

  it('exports Markdown with the owners and due dates typed, and links to chapters', () => {
    const rows = actionPlan(team);
    const plan = { [rows[1]!.key]: { owner: 'Ana *Lopez*', due: '2026-07-01' } };
    const md = actionPlanMarkdown(q, team, rows, ['[x](javascript:alert(1))'], 'https://guide.example', plan);
    expect(md).toContain('# Action plan: \\[x\\]\\(javascript:alert\\(1\\)\\)');
    // 33 + 24 = 57 over 18 rated → 5700 / 90 = 63.3 → 63.
    expect(md).toContain('Team score: 63 out of 100 (Aligned).');
    expect(md).toContain('| b: first step from defined. | Ana \\*Lopez\\* | 2026-07-01 |');
    expect(md).toContain('| c: first step from defined. |  |  |');
    expect(md).toContain('Sales rated it lower (2.0; marketing 5.0).');
    expect(md).toContain('To stay Integrated:');
    expect(md).toContain('Read: https://guide.example/guide/funnel-and-handoff/');
  });

  it('names levels as the content does, so a renamed level reads the same in both exports as on the page', () => {
    const renamed = {
      ...q,
      levels: {
        ...q.levels,
        aligned: { ...q.levels.aligned, name: 'In step' },
        integrated: { ...q.levels.integrated, name: 'One team' },
      },
    };
    const rows = actionPlan(team);
    const md = actionPlanMarkdown(renamed, team, rows, [], 'https://guide.example');
    expect(md).toContain('Team score: 63 out of 100 (In step).');
    expect(md).toContain('To stay One team:');
    expect(actionPlanCsv(renamed, rows)).toContain(',Defined,In step,b: first step from defined.,,,');
  });

  it('exports CSV with owner and due date that spreadsheets read safely', () => {
    const rows = actionPlan(team);
    const csv = actionPlanCsv(q, rows, { [rows[1]!.key]: { owner: '=cmd', due: '2026-07-01' } });
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(8);
    expect(lines[0]).toBe('Dimension,Why,Rated lower by,Current level,Aim,Action,Owner,Due,Chapters');
    expect(lines[2]).toContain(",Defined,Aligned,b: first step from defined.,'=cmd,2026-07-01,");
    expect(escapeMarkdown('a*b_c')).toBe('a\\*b\\_c');
  });
});

import type { LevelId } from '../../schemas/assessment';
import type { Questionnaire } from './questionnaire';
import type { TeamResult, WorkshopItem } from './team';
import { workshopAgenda } from './team';
import { nextLevel } from './scoring';
import { csvText } from '../csv';

export interface ActionRow {
  dimension: string;
  why: string;
  level: LevelId | null;
  /** The level the actions aim for; null when already integrated (the actions then keep it there). */
  target: LevelId | null;
  action: string;
  chapters: string[];
}

/** One row per action for each workshop item, aimed at the dimension's next level. */
export function actionPlan(team: TeamResult): ActionRow[] {
  const agenda = workshopAgenda(team);
  const items: WorkshopItem[] = [...agenda.gaps, ...agenda.lowest];
  return items.flatMap((item) => {
    const d = team.dimensions.find((x) => x.dimension.id === item.dimension.id)!;
    const level = d.level ?? 'undefined';
    return item.dimension.actions[level].map((action) => ({
      dimension: item.dimension.name,
      why: item.reason,
      level: d.level,
      target: nextLevel(level),
      action,
      chapters: item.dimension.chapters,
    }));
  });
}

/** Escapes text typed by respondents so Markdown shows it literally (no links, no formatting). */
export const escapeMarkdown = (text: string) => text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, '\\$&').replace(/\s+/g, ' ');

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The action plan as a Markdown document, with blank owner and date columns to fill in. */
export function actionPlanMarkdown(
  q: Questionnaire,
  team: TeamResult,
  rows: ActionRow[],
  teams: string[],
  siteUrl: string,
): string {
  const title = teams.length ? `Action plan: ${teams.map(escapeMarkdown).join(', ')}` : 'Action plan';
  const out = [
    `# ${title}`,
    '',
    `Marketing–sales integration self-assessment, questionnaire version ${q.version}. ${team.respondents} respondents ` +
      `(marketing ${team.byRole.marketing}, sales ${team.byRole.sales}, leadership ${team.byRole.leadership}, other ${team.byRole.other}).`,
    team.score === null ? 'Team score: not rated.' : `Team score: ${team.score} out of 100 (${cap(team.level!)}).`,
    '',
  ];
  let current = '';
  rows.forEach((r, i) => {
    if (r.dimension !== current) {
      current = r.dimension;
      out.push(`## ${r.dimension}`, '', r.why, '', r.target ? `To reach ${cap(r.target)}:` : 'To stay Integrated:', '');
      out.push('| Action | Owner | Due |', '| --- | --- | --- |');
    }
    out.push(`| ${r.action.replace(/\|/g, '\\|')} |  |  |`);
    if (rows[i + 1]?.dimension !== current) {
      out.push('', `Read: ${r.chapters.map((c) => `${siteUrl}/guide/${c}/`).join(', ')}`, '');
    }
  });
  return out.join('\n');
}

/** The action plan as CSV (RFC 4180, CRLF line ends), one action per row. */
export function actionPlanCsv(rows: ActionRow[]): string {
  const header = ['Dimension', 'Why', 'Current level', 'Aim', 'Action', 'Owner', 'Due', 'Chapters'];
  const lines = rows.map((r) => [
    r.dimension,
    r.why,
    r.level ? cap(r.level) : 'Not rated',
    r.target ? cap(r.target) : 'Stay integrated',
    r.action,
    '',
    '',
    r.chapters.join(' '),
  ]);
  return csvText([header, ...lines]);
}

import type { LevelId } from '../../schemas/assessment';
import type { Questionnaire } from './questionnaire';
import { roleWords, workshopAgenda, type WorkshopItem } from './team-agenda';
import type { TeamDimension, TeamResult } from './team-score';
import { levelOf, nextLevel } from './scoring';
import { ladderSince } from './ladder';
import { csvText } from '../csv';
import { chapterHref } from '../chapters';

/** What the manager typed against one action in workshop mode. */
export interface ActionPlanEntry {
  owner: string;
  /** YYYY-MM-DD, or empty. */
  due: string;
}

export interface ActionRow {
  /** Stable across visits (dimension id and action text), so owner and due date stay with their action. */
  key: string;
  dimension: string;
  why: string;
  /** Who rated the dimension lower, in a sentence; empty with only one role present. */
  lowerSide: string;
  /** The level of the lower role mean: where the side that sees it worse stands. */
  level: LevelId | null;
  /** The level the actions aim for; null when already integrated (the actions then keep it there). */
  target: LevelId | null;
  action: string;
  /** The "talk first" row of a dimension with a large gap. */
  talkFirst: boolean;
  chapters: string[];
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** A level as content/assessment/questionnaire.yaml names it, so the exports say what the page says. */
const named = (q: Questionnaire, level: LevelId) => cap(q.levels[level].name);
const fmt1 = (x: number) => x.toFixed(1);

/** "Sales rated it lower (2.0; marketing 5.0)." from the role means, or "" with one role. */
function lowerSide(d: TeamDimension): string {
  const means = Object.entries(d.roleMeans) as [keyof typeof roleWords, number][];
  if (means.length < 2 || !d.lower) return '';
  const others = means.filter(([r]) => r !== d.lower!.role).map(([r, m]) => `${roleWords[r]} ${fmt1(m)}`);
  return `${cap(roleWords[d.lower.role])} rated it lower (${fmt1(d.lower.mean)}; ${others.join(', ')}).`;
}

/** The level the lower role mean stands at: 1–5 means map to 20–100 like a score. */
const lowerLevel = (d: TeamDimension): LevelId | null => (d.lower ? levelOf(Math.round(d.lower.mean * 20)) : d.level);

/**
 * One row per action for each workshop item, aimed at the next level from where the side that
 * rated it lower stands. A dimension with a large gap opens with a row to talk about why first.
 */
export function actionPlan(team: TeamResult): ActionRow[] {
  const agenda = workshopAgenda(team);
  const items: WorkshopItem[] = [...agenda.gaps, ...agenda.lowest];
  return items.flatMap((item) => {
    const d = team.dimensions.find((x) => x.dimension.id === item.dimension.id)!;
    const level = lowerLevel(d);
    const from = level ?? 'undefined';
    const base = {
      dimension: item.dimension.name,
      why: item.reason,
      lowerSide: lowerSide(d),
      level,
      target: nextLevel(from),
      chapters: item.dimension.chapters,
    };
    const talk = d.gap.flagged
      ? [
          {
            ...base,
            key: `${item.dimension.id}|talk-first`,
            action: 'First talk about why you see this differently, before choosing any of the actions below.',
            talkFirst: true,
          },
        ]
      : [];
    return [
      ...talk,
      ...item.dimension.actions[from].map((action) => ({
        ...base,
        key: `${item.dimension.id}|${action}`,
        action,
        talkFirst: false,
      })),
    ];
  });
}

/** Escapes text typed by respondents so Markdown shows it literally (no links, no formatting). */
export const escapeMarkdown = (text: string) => text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, '\\$&').replace(/\s+/g, ' ');

const entryOf = (plan: Record<string, ActionPlanEntry>, key: string): ActionPlanEntry =>
  plan[key] ?? { owner: '', due: '' };

/** The action plan as a Markdown document, with the owners and due dates typed in workshop mode. */
export function actionPlanMarkdown(
  q: Questionnaire,
  team: TeamResult,
  rows: ActionRow[],
  teams: string[],
  siteUrl: string,
  plan: Record<string, ActionPlanEntry> = {},
): string {
  const title = teams.length ? `Action plan: ${teams.map(escapeMarkdown).join(', ')}` : 'Action plan';
  const out = [
    `# ${title}`,
    '',
    `Marketing–sales integration self-assessment, questionnaire version ${q.version}. ${team.respondents} respondents ` +
      `(marketing ${team.byRole.marketing}, sales ${team.byRole.sales}, leadership ${team.byRole.leadership}, other ${team.byRole.other}).`,
    team.score === null ? 'Team score: not rated.' : `Team score: ${team.score} out of 100 (${named(q, team.level!)}).`,
    ...(q.version >= ladderSince
      ? [
          `Lowest rung on the ladder: ${team.rung ? named(q, team.rung) : 'not set (no dimension had clear enough answers)'}.`,
        ]
      : []),
    '',
  ];
  let current = '';
  rows.forEach((r, i) => {
    if (r.dimension !== current) {
      current = r.dimension;
      const aim = r.target ? `To reach ${named(q, r.target)}:` : `To stay ${named(q, 'integrated')}:`;
      out.push(`## ${r.dimension}`, '', [r.why, r.lowerSide].filter(Boolean).join(' '), '', aim, '');
      out.push('| Action | Owner | Due |', '| --- | --- | --- |');
    }
    const e = entryOf(plan, r.key);
    // The due date is a checked YYYY-MM-DD, so only the owner needs escaping.
    out.push(`| ${r.action.replace(/\|/g, '\\|')} | ${escapeMarkdown(e.owner)} | ${e.due} |`);
    if (rows[i + 1]?.dimension !== current) {
      out.push('', `Read: ${r.chapters.map((c) => `${siteUrl}${chapterHref(c)}`).join(', ')}`, '');
    }
  });
  return out.join('\n');
}

/** The action plan as CSV (RFC 4180, CRLF line ends), one action per row. */
export function actionPlanCsv(q: Questionnaire, rows: ActionRow[], plan: Record<string, ActionPlanEntry> = {}): string {
  const header = ['Dimension', 'Why', 'Rated lower by', 'Current level', 'Aim', 'Action', 'Owner', 'Due', 'Chapters'];
  const lines = rows.map((r) => {
    const e = entryOf(plan, r.key);
    return [
      r.dimension,
      r.why,
      r.lowerSide,
      r.level ? named(q, r.level) : 'Not rated',
      r.target ? named(q, r.target) : `Stay ${named(q, 'integrated').toLowerCase()}`,
      r.action,
      e.owner,
      e.due,
      r.chapters.join(' '),
    ];
  });
  return csvText([header, ...lines]);
}

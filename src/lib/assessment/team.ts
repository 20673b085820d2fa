import type { LevelId, Role, SharedResult } from '../../schemas/assessment';
import { decodeResultCode, extractCode } from './code';
import { statementCount, type Dimension, type Questionnaire } from './questionnaire';
import { answersFromList, levelOf, scoreAttempt, scoreOf } from './scoring';

/** Marketing and sales means this far apart or more (on the 1–5 answer scale) are flagged. */
export const GAP_FLAG = 1.5;

export interface Respondent extends SharedResult {
  /** 1-based line of the pasted text it came from. */
  line: number;
  code: string;
}

export interface LineMessage {
  line: number;
  kind: 'bad' | 'duplicate' | 'other-version';
  message: string;
}

/**
 * Reads pasted codes or links, one per line. Every unusable line gets its own message and the
 * rest are used: bad codes, duplicates (counted once) and codes from another questionnaire version.
 */
export function parseTeamInput(q: Questionnaire, text: string): { respondents: Respondent[]; messages: LineMessage[] } {
  const respondents: Respondent[] = [];
  const messages: LineMessage[] = [];
  const firstLine = new Map<string, number>();
  const count = statementCount(q);
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (!raw.trim()) return;
    const code = extractCode(raw);
    const decoded = decodeResultCode(code);
    if (!decoded.ok) {
      messages.push({ line, kind: 'bad', message: decoded.message });
      return;
    }
    const earlier = firstLine.get(code);
    if (earlier !== undefined) {
      messages.push({ line, kind: 'duplicate', message: `The same code as line ${earlier}; it is counted once.` });
      return;
    }
    firstLine.set(code, line);
    const r = decoded.value;
    if (r.questionnaireVersion !== q.version || r.answers.length !== count) {
      messages.push({
        line,
        kind: 'other-version',
        message: `Made with version ${r.questionnaireVersion} of the questionnaire; this page uses version ${q.version}, so it is left out.`,
      });
      return;
    }
    respondents.push({ ...r, line, code });
  });
  return { respondents, messages };
}

/** Mean of 1–5 answers, or null when there are none. */
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
/** Gaps are compared at two decimals so 4 − 2.5 counts as 1.5 whatever the float error. */
const roundGap = (g: number) => Math.round(g * 100) / 100;

export interface Gap {
  /** Mean marketing answer, 1–5; null when no marketing respondent rated it. */
  marketing: number | null;
  sales: number | null;
  /** Marketing minus sales; null unless both sides rated it. */
  gap: number | null;
  flagged: boolean;
}

function gapOf(m: number[], s: number[]): Gap {
  const marketing = mean(m);
  const sales = mean(s);
  const gap = marketing !== null && sales !== null ? roundGap(marketing - sales) : null;
  return { marketing, sales, gap, flagged: gap !== null && Math.abs(gap) >= GAP_FLAG };
}

export interface TeamDimension {
  dimension: Dimension;
  /** Mean of respondents' dimension scores (20–100), rounded; null when nobody rated it. */
  mean: number | null;
  level: LevelId | null;
  min: number | null;
  max: number | null;
  /** Respondents who rated at least one statement in it. */
  rated: number;
  gap: Gap;
  statements: { id: string; text: string; gap: Gap }[];
}

export interface TeamResult {
  respondents: number;
  byRole: Record<Role, number>;
  /** Over every rated answer from everyone: 100 × sum ÷ (5 × count). */
  score: number | null;
  level: LevelId | null;
  dimensions: TeamDimension[];
}

/** Aggregates respondents: team score, each dimension's mean and range, and marketing–sales gaps. */
export function aggregateTeam(q: Questionnaire, respondents: Respondent[]): TeamResult {
  const byRole: Record<Role, number> = { marketing: 0, sales: 0, leadership: 0, other: 0 };
  for (const r of respondents) byRole[r.role]++;
  const scored = respondents.map((r) => ({
    role: r.role,
    answers: answersFromList(q, r.answers),
    result: scoreAttempt(q, answersFromList(q, r.answers)),
  }));
  const ratingsOf = (role: Role | null, id: string) =>
    scored
      .filter((s) => role === null || s.role === role)
      .map((s) => s.answers[id])
      .filter((a): a is 1 | 2 | 3 | 4 | 5 => typeof a === 'number');
  const allRatings = q.dimensions.flatMap((d) => d.statements.flatMap((s) => ratingsOf(null, s.id)));
  const score = scoreOf(allRatings);
  const dimensions = q.dimensions.map((dimension, i): TeamDimension => {
    const scores = scored.map((s) => s.result.dimensions[i]!.score).filter((x): x is number => x !== null);
    const m = mean(scores);
    const meanScore = m === null ? null : Math.round(m);
    const ids = dimension.statements.map((s) => s.id);
    return {
      dimension,
      mean: meanScore,
      level: meanScore === null ? null : levelOf(meanScore),
      min: scores.length ? Math.min(...scores) : null,
      max: scores.length ? Math.max(...scores) : null,
      rated: scores.length,
      gap: gapOf(
        ids.flatMap((id) => ratingsOf('marketing', id)),
        ids.flatMap((id) => ratingsOf('sales', id)),
      ),
      statements: dimension.statements.map((s) => ({
        id: s.id,
        text: s.text,
        gap: gapOf(ratingsOf('marketing', s.id), ratingsOf('sales', s.id)),
      })),
    };
  });
  return { respondents: respondents.length, byRole, score, level: score === null ? null : levelOf(score), dimensions };
}

export interface WorkshopItem {
  dimension: Dimension;
  /** Why it is on the agenda, in words. */
  reason: string;
  prompts: string[];
}

const fmt1 = (x: number) => x.toFixed(1);

/**
 * The workshop agenda: the three largest marketing–sales gaps (any size above zero) and the three
 * lowest-scoring dimensions, each with its discussion prompts. A dimension on both lists appears once.
 */
export function workshopAgenda(team: TeamResult): { gaps: WorkshopItem[]; lowest: WorkshopItem[] } {
  const gaps = team.dimensions
    .filter((d) => d.gap.gap !== null && Math.abs(d.gap.gap) > 0)
    .sort((a, b) => Math.abs(b.gap.gap!) - Math.abs(a.gap.gap!) || a.dimension.order - b.dimension.order)
    .slice(0, 3)
    .map((d) => ({
      dimension: d.dimension,
      reason: `Marketing ${fmt1(d.gap.marketing!)}, sales ${fmt1(d.gap.sales!)}: a gap of ${fmt1(Math.abs(d.gap.gap!))} points${d.gap.flagged ? ' (large)' : ''}.`,
      prompts: d.dimension.prompts,
    }));
  const onGapList = new Set(gaps.map((g) => g.dimension.id));
  const lowest = team.dimensions
    .filter((d) => d.mean !== null && !onGapList.has(d.dimension.id))
    .sort((a, b) => a.mean! - b.mean! || a.dimension.order - b.dimension.order)
    .slice(0, 3)
    .map((d) => ({
      dimension: d.dimension,
      reason: `Team score ${d.mean} (${d.level}).`,
      prompts: d.dimension.prompts,
    }));
  return { gaps, lowest };
}

import { roles, type LevelId, type Role, type SharedResult } from '../../schemas/assessment';
import { decodeResultCode, extractCode } from './code';
import { forVersion, statementCount, type Dimension, type Questionnaire } from './questionnaire';
import { answersFromList, levelOf, scoreAttempt, scoreOf, scoredValue } from './scoring';

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

export { TEAM_LINK_LIMIT } from './team-link';

export interface TeamInput {
  respondents: Respondent[];
  messages: LineMessage[];
  /** The questionnaire version the view uses: the one most readable codes were made with. */
  q: Questionnaire;
}

/**
 * Reads pasted codes or links, one per line. Every unusable line gets its own message and the
 * rest are used: bad codes, duplicates (counted once) and codes from another questionnaire
 * version than the one most codes use (statements differ between versions, so they cannot be
 * compared answer by answer).
 */
export function parseTeamInput(q: Questionnaire, text: string): TeamInput {
  const messages: LineMessage[] = [];
  const firstLine = new Map<string, number>();
  const read: Respondent[] = [];
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
    read.push({ ...decoded.value, line, code });
  });
  const usable = read.filter((r) => forVersion(q, r.questionnaireVersion) !== null);
  const counts = new Map<number, number>();
  for (const r of usable) counts.set(r.questionnaireVersion, (counts.get(r.questionnaireVersion) ?? 0) + 1);
  const version = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? q.version;
  const vq = forVersion(q, version)!;
  const count = statementCount(vq);
  const respondents: Respondent[] = [];
  for (const r of read) {
    const known = forVersion(q, r.questionnaireVersion) !== null;
    if (r.questionnaireVersion === version && r.answers.length === count) respondents.push(r);
    else
      messages.push({
        line: r.line,
        kind: 'other-version',
        message: !known
          ? `Made with questionnaire version ${r.questionnaireVersion}, which this site does not know, so it is left out.`
          : r.questionnaireVersion === version
            ? 'Its number of answers does not match its questionnaire version, so it is left out.'
            : `Made with questionnaire version ${r.questionnaireVersion}; this view uses version ${version}, which most of these codes use. The two versions ask different statements, so it is left out.`,
      });
  }
  messages.sort((a, b) => a.line - b.line);
  return { respondents, messages, q: vq };
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
  /** Mean scored answer (1–5) of each role that rated it; roles with no rating are left out. */
  roleMeans: Partial<Record<Role, number>>;
  /** The role with the lowest mean, and that mean: where the plan starts from. */
  lower: { role: Role; mean: number } | null;
  statements: { id: string; text: string; reverse: boolean; gap: Gap }[];
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
  const reverse = new Map(q.dimensions.flatMap((d) => d.statements.map((s) => [s.id, s.reverse] as const)));
  // Scored values, so a reverse-scored statement pulls every mean the same way as the others.
  const ratingsOf = (role: Role | null, id: string) =>
    scored
      .filter((s) => role === null || s.role === role)
      .map((s) => s.answers[id])
      .filter((a): a is 1 | 2 | 3 | 4 | 5 => typeof a === 'number')
      .map((a) => scoredValue(a, reverse.get(id)));
  const allRatings = q.dimensions.flatMap((d) => d.statements.flatMap((s) => ratingsOf(null, s.id)));
  const score = scoreOf(allRatings);
  const dimensions = q.dimensions.map((dimension, i): TeamDimension => {
    const scores = scored.map((s) => s.result.dimensions[i]!.score).filter((x): x is number => x !== null);
    const m = mean(scores);
    const meanScore = m === null ? null : Math.round(m);
    const ids = dimension.statements.map((s) => s.id);
    const roleMeans: Partial<Record<Role, number>> = {};
    for (const role of roles) {
      const m = mean(ids.flatMap((id) => ratingsOf(role, id)));
      if (m !== null) roleMeans[role] = m;
    }
    const lowest = (Object.entries(roleMeans) as [Role, number][]).sort((a, b) => a[1] - b[1])[0];
    return {
      roleMeans,
      lower: lowest ? { role: lowest[0], mean: lowest[1] } : null,
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
        reverse: s.reverse === true,
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
    .filter((d) => d.lower !== null && !onGapList.has(d.dimension.id))
    .sort((a, b) => a.lower!.mean - b.lower!.mean || a.dimension.order - b.dimension.order)
    .slice(0, 3)
    .map((d) => ({
      dimension: d.dimension,
      reason: `Team score ${d.mean} (${d.level}); lowest view: ${roleWords[d.lower!.role]} ${fmt1(d.lower!.mean)}.`,
      prompts: d.dimension.prompts,
    }));
  return { gaps, lowest };
}

/** Roles as they read inside a sentence. */
export const roleWords: Record<Role, string> = {
  marketing: 'marketing',
  sales: 'sales',
  leadership: 'leadership',
  other: 'other respondents',
};

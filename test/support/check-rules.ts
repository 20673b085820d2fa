import { isAnswerRight } from '../../src/lib/learning/scoring';

/** The parts of a knowledge-check question that the rules below look at. */
export interface RuleQuestion {
  id: string;
  kind: 'single' | 'multiple';
  prompt: string;
  options: readonly { text: string; correct: boolean }[];
}
export interface RuleCheck {
  /** The chapter id, which is also the file name. */
  id: string;
  questions: readonly RuleQuestion[];
}

/** The limits a set of checks must meet so that position and length never give the answer away. */
export const CHECK_RULES = {
  /** No position may hold the right answer more than this many points above its even share. */
  positionSlack: 0.1,
  /** Share of multiple-answer questions whose right set may be the first options of the list. */
  maxPrefixShare: 1 / 3,
  /** Share of questions in which the longest option may be a right one. */
  maxLongestShare: 0.4,
  /** Share of each chapter's questions that must be scenarios. */
  minScenarioShare: 0.5,
  minQuestions: 5,
  /** A reader who always picks the first option (the first two when several apply) may score at most this. */
  maxFirstOptionScore: 0.5,
} as const;

const prompted = (prompt: string) => prompt.replace(/\s*Choose all that apply\.?\s*$/i, '').trim();

/**
 * A scenario question sets up a situation before it asks: at least one sentence, then the
 * question. A one-line recall question ("Which order do the stages run in?") is not one.
 */
export const isScenario = (q: Pick<RuleQuestion, 'prompt'>): boolean =>
  /[.!"”]\s+\S[\s\S]*\?$/.test(prompted(q.prompt));

/** True when the right options of a multiple-answer question are exactly the first few. */
export function isPrefixSet(q: RuleQuestion): boolean {
  const right = q.options.map((o) => o.correct);
  const k = right.filter(Boolean).length;
  return right.every((r, i) => r === i < k);
}

/** True when one option is longer than every other and it is a right one: length gives it away. */
export function longestIsRight(q: RuleQuestion): boolean {
  const lengths = q.options.map((o) => o.text.length);
  const max = Math.max(...lengths);
  const at = lengths.indexOf(max);
  return lengths.filter((l) => l === max).length === 1 && q.options[at]!.correct;
}

/** Picks the first option, or the first two when several answers may apply. */
const firstOptionPick = (q: RuleQuestion): number[] => (q.kind === 'single' ? [0] : [0, 1]);

/** Figures for the whole guide: where right answers sit, and how a pattern-guesser would score. */
export function checkFigures(checks: readonly RuleCheck[]) {
  const all = checks.flatMap((c) => c.questions);
  const single = all.filter((q) => q.kind === 'single');
  const multiple = all.filter((q) => q.kind === 'multiple');
  const maxOptions = Math.max(0, ...single.map((q) => q.options.length));
  const positions = Array.from({ length: maxOptions }, (_, p) => ({
    position: p + 1,
    right: single.filter((q) => q.options[p]?.correct).length,
    // The even share: a question with n options puts its answer at p one time in n.
    expected: single.reduce((sum, q) => sum + (p < q.options.length ? 1 / q.options.length : 0), 0),
  }));
  const firstOptionRight = all.filter((q) => isAnswerRight(q.options, firstOptionPick(q))).length;
  return {
    questions: all.length,
    single: single.length,
    multiple: multiple.length,
    positions,
    prefixSets: multiple.filter(isPrefixSet).length,
    longestRight: all.filter(longestIsRight).length,
    scenarios: all.filter(isScenario).length,
    firstOptionRight,
    firstOptionScore: all.length ? firstOptionRight / all.length : 0,
  };
}

const pct = (x: number) => `${Math.round(100 * x)} %`;

/** Every way the checks break the rules, as messages that name the file and what to change. */
export function checkRuleErrors(checks: readonly RuleCheck[]): string[] {
  const errors: string[] = [];
  const f = checkFigures(checks);
  for (const p of f.positions) {
    if (!f.single) break;
    const share = p.right / f.single;
    const even = p.expected / f.single;
    if (share > even + CHECK_RULES.positionSlack)
      errors.push(
        `position ${p.position} holds the right answer in ${p.right} of ${f.single} single-answer questions (${pct(share)}); the even share is ${pct(even)}: move some right answers to other positions`,
      );
  }
  if (f.multiple && f.prefixSets / f.multiple > CHECK_RULES.maxPrefixShare)
    errors.push(
      `in ${f.prefixSets} of ${f.multiple} multiple-answer questions the right answers are the first options of the list: mix them with the wrong ones`,
    );
  if (f.questions && f.longestRight / f.questions > CHECK_RULES.maxLongestShare)
    errors.push(
      `the longest option is a right one in ${f.longestRight} of ${f.questions} questions (${pct(f.longestRight / f.questions)}; at most ${pct(CHECK_RULES.maxLongestShare)}): shorten right answers or write fuller wrong ones`,
    );
  if (f.firstOptionScore > CHECK_RULES.maxFirstOptionScore)
    errors.push(
      `a reader who always picks the first option scores ${pct(f.firstOptionScore)} (at most ${pct(CHECK_RULES.maxFirstOptionScore)})`,
    );
  for (const c of checks) {
    const file = `content/checks/${c.id}.yaml`;
    if (c.questions.length < CHECK_RULES.minQuestions)
      errors.push(`${file}: ${c.questions.length} questions; a check needs at least ${CHECK_RULES.minQuestions}`);
    const scenarios = c.questions.filter(isScenario).length;
    if (scenarios < c.questions.length * CHECK_RULES.minScenarioShare)
      errors.push(
        `${file}: ${scenarios} of ${c.questions.length} questions are scenarios (a situation, then the question); at least half must be`,
      );
    for (const q of c.questions)
      if (/^\s*according to the (chapter|text|guide)/i.test(q.prompt))
        errors.push(`${file}: "${q.id}" starts "According to the chapter": ask the reader to apply the idea instead`);
  }
  return errors;
}

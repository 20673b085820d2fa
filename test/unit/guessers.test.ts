/**
 * Readers who never opened the chapter: they pick an answer from the options' words alone
 * (length, absolute or hedged wording, echoes of the prompt, or a rule learned on the other
 * chapters). A check that such a reader can pass measures test-wiseness, not understanding.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { checkSchema, type CheckQuestion } from '../../src/schemas/learning';
import { isPassed } from '../../src/lib/learning/scoring';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'content', 'checks');
const checks = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => ({
    id: f.replace(/\.yaml$/, ''),
    questions: checkSchema.parse(parseYaml(readFileSync(path.join(dir, f), 'utf8'))).questions,
  }));

const ABSOLUTE =
  /\b(always|never|only|nothing|all|none|every|everyone|everything|everybody|nobody|no one|must|cannot|can't|entirely|completely|totally|exactly|guaranteed?)\b/gi;
const HEDGE =
  /\b(often|usually|may|might|can|could|some|sometimes|most|many|likely|tends?|generally|typically|probably|perhaps|mostly|partly|depends?|rarely|few|several|largely|unless)\b/gi;
const STOP = new Set(
  'the and for are but not you your with that this what which who why how when from into than then they them their there one two its has have had was were will would should does did our out all any can may more most much own same such too very just also only each'.split(
    ' ',
  ),
);
const count = (re: RegExp, s: string) => s.match(re)?.length ?? 0;
const stem = (w: string) => w.replace(/(ing|ed|es|s)$/, '');
const words = (s: string) => new Set((s.toLowerCase().match(/[a-z]{3,}/g) ?? []).filter((w) => !STOP.has(w)).map(stem));
const overlap = (option: string, prompt: string) => {
  const p = words(prompt);
  return [...words(option)].filter((w) => p.has(w)).length;
};
/** Position of each value among the question's options, 0 (smallest) to 1 (largest). */
const ranks = (xs: number[]) => xs.map((x) => (xs.length < 2 ? 0 : xs.filter((y) => y < x).length / (xs.length - 1)));
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return (s[Math.floor((s.length - 1) / 2)]! + s[Math.ceil((s.length - 1) / 2)]!) / 2;
};

/** What a guesser can see of one option, relative to the other options of its question. */
interface Features {
  length: number;
  absolute: number;
  hedge: number;
  echo: number;
}
const features = (q: CheckQuestion): Features[] => {
  const len = ranks(q.options.map((o) => o.text.length));
  const echo = ranks(q.options.map((o) => overlap(o.text, q.prompt)));
  return q.options.map((o, i) => ({
    length: len[i]!,
    absolute: count(ABSOLUTE, o.text) > 0 ? 1 : 0,
    hedge: count(HEDGE, o.text) > 0 ? 1 : 0,
    echo: echo[i]!,
  }));
};

/**
 * Expected credit of a guess made by scoring each option. Single answer: the best-scoring option,
 * a tie broken at random (so the credit is the share of tied options that are right). Multiple
 * answers: every option scoring above `cut` (by default the median; the best one when none does),
 * right only when that set is exactly the right set, as the site scores it.
 */
function credit(q: CheckQuestion, score: number[], cut?: number): number {
  if (q.kind === 'single') {
    const best = Math.max(...score);
    const tied = q.options.filter((_, i) => score[i] === best);
    return tied.filter((o) => o.correct).length / tied.length;
  }
  const m = cut ?? median(score);
  let pick = score.map((s) => s > m);
  if (!pick.some(Boolean)) pick = score.map((s) => s === Math.max(...score));
  return q.options.every((o, i) => o.correct === pick[i]) ? 1 : 0;
}

/** A guesser scores each option; with a `cut`, it picks every option above it in multiple-answer questions. */
type Rule = ((f: Features, text: string) => number) & { cut?: number };
const withCut = (rule: Rule, cut: number): Rule => Object.assign((f: Features, t: string) => rule(f, t), { cut });
const GUESSERS: Record<string, Rule> = {
  longest: (f) => f.length,
  // The reader who has learned that writers pad the wrong answers to hide the right one.
  shortest: (f) => -f.length,
  // Several answers: every option without an absolute word.
  'longest, no absolutes': withCut((f) => f.length - 2 * f.absolute, -1),
  // Several answers: every option with more hedges than absolutes.
  'most hedged': withCut((f, text) => count(HEDGE, text) - count(ABSOLUTE, text) + f.length / 10, 0.1),
  'echoes the prompt': (f) => f.echo + f.length / 10,
};
const featureCache = new Map<CheckQuestion, Features[]>();
const playRule = (q: CheckQuestion, rule: Rule) => {
  if (!featureCache.has(q)) featureCache.set(q, features(q));
  const score = featureCache.get(q)!.map((f, i) => rule(f, q.options[i]!.text));
  return credit(q, score, rule.cut);
};

/**
 * A linear rule over the four features, weights from a small grid, picking above the median or
 * above zero in multiple-answer questions: the best one on the training questions.
 */
const GRID = [-2, -1, 0, 1, 2];
const weightSets = GRID.flatMap((a) => GRID.flatMap((b) => GRID.flatMap((c) => GRID.map((d) => [a, b, c, d]))));
const linear =
  ([a, b, c, d]: number[]): Rule =>
  (f) =>
    a! * f.length + b! * f.absolute + c! * f.hedge + d! * f.echo;
const candidates = weightSets.flatMap((w) => [linear(w), withCut(linear(w), 0)]);
function learnRule(training: readonly CheckQuestion[]): Rule {
  let best = candidates[0]!;
  let bestScore = -1;
  for (const rule of candidates) {
    const s = training.reduce((sum, q) => sum + playRule(q, rule), 0);
    if (s > bestScore) [best, bestScore] = [rule, s];
  }
  return best;
}

/** Every guesser's expected right answers per chapter; the learned rule never sees the chapter it plays. */
const results = checks.map((c) => {
  const others = checks.filter((o) => o.id !== c.id).flatMap((o) => o.questions);
  const rules: Record<string, Rule> = { ...GUESSERS, 'learned on other chapters': learnRule(others) };
  const scores = Object.fromEntries(
    Object.entries(rules).map(([name, rule]) => [name, c.questions.reduce((s, q) => s + playRule(q, rule), 0)]),
  );
  const single = c.questions.filter((q) => q.kind === 'single');
  const longestRight = single.filter((q) => playRule(q, GUESSERS.longest!) === 1).length;
  return { id: c.id, total: c.questions.length, single: single.length, longestRight, scores };
});
const names = Object.keys(results[0]?.scores ?? {});

describe('a reader who never opened the chapter', () => {
  const row = (r: Pick<(typeof results)[number], 'total' | 'single' | 'longestRight' | 'scores'>) => ({
    questions: r.total,
    ...Object.fromEntries(names.map((n) => [n, Math.round(r.scores[n]! * 10) / 10])),
    best: Math.round(Math.max(...Object.values(r.scores)) * 10) / 10,
    'longest is right (single)': `${r.longestRight}/${r.single}`,
  });
  const sum = (rs: typeof results, k: 'total' | 'single' | 'longestRight') => rs.reduce((s, r) => s + r[k], 0);
  const allScores = Object.fromEntries(names.map((n) => [n, results.reduce((s, r) => s + r.scores[n]!, 0)]));
  const table = {
    ...Object.fromEntries(results.map((r) => [r.id, row(r)])),
    'all chapters': row({
      total: sum(results, 'total'),
      single: sum(results, 'single'),
      longestRight: sum(results, 'longestRight'),
      scores: allScores,
    }),
  };
  console.table(table);

  it('reads every chapter’s check', () => {
    expect(results.length).toBeGreaterThanOrEqual(12);
  });

  it('answers at most 35 % of the questions in the guide right, whichever guess they use', () => {
    const total = results.reduce((s, r) => s + r.total, 0);
    for (const n of names) {
      const right = results.reduce((s, r) => s + r.scores[n]!, 0);
      expect(right, `${n}: ${right.toFixed(1)} of ${total}`).toBeLessThanOrEqual(0.35 * total);
    }
  });

  it('passes no chapter’s check (two thirds right)', () => {
    for (const r of results)
      for (const n of names)
        expect(isPassed({ correct: r.scores[n]!, total: r.total }), `${r.id} passed by "${n}"`).toBe(false);
  });

  it('finds the right answer as the longest option in at most 40 % of single-answer questions', () => {
    const single = results.reduce((s, r) => s + r.single, 0);
    const longest = results.reduce((s, r) => s + r.longestRight, 0);
    expect(longest).toBeLessThanOrEqual(0.4 * single);
  });

  it('is caught by these guessers on a check written the old way', () => {
    const naive: CheckQuestion = {
      id: 'naive',
      kind: 'single',
      prompt: 'A seller ignores the leads. What usually happens to interested buyers?',
      options: [
        { text: 'Nothing at all.', correct: false, explanation: 'x' },
        { text: 'Many interested buyers usually lose patience and buy from a rival.', correct: true, explanation: 'x' },
        { text: 'They always wait.', correct: false, explanation: 'x' },
      ],
    };
    for (const [name, rule] of Object.entries(GUESSERS))
      expect(playRule(naive, rule), name).toBe(name === 'shortest' ? 0 : 1);
    // ...and one whose writer padded every wrong answer to hide the right one.
    const padded = {
      ...naive,
      options: naive.options.map((o) => ({ ...o, text: o.correct ? 'Yes.' : `${o.text} ${o.text}` })),
    };
    expect(playRule(padded, GUESSERS.shortest!)).toBe(1);
  });
});

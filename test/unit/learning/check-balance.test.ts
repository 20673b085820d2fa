/**
 * Knowledge checks that measure understanding: across every file in content/checks/, the right
 * answer's position and length give nothing away, a reader who always picks the first option
 * fails, and most questions ask the reader to apply an idea to a situation.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { checkSchema } from '../../../src/schemas/learning';
import {
  CHECK_RULES,
  checkFigures,
  checkRuleErrors,
  isPrefixSet,
  isScenario,
  longestIsRight,
  type RuleCheck,
} from '../../support/check-rules';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'content', 'checks');
const checks: RuleCheck[] = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => ({
    id: f.replace(/\.yaml$/, ''),
    questions: checkSchema.parse(parseYaml(readFileSync(path.join(dir, f), 'utf8'))).questions,
  }));

const opt = (text: string, correct = false) => ({ text, correct });
const q = (id: string, prompt: string, rightAt: number[], kind: 'single' | 'multiple' = 'single') => ({
  id,
  kind,
  prompt,
  options: ['Alpha', 'Bravo', 'Charlie', 'Delta'].map((t, i) => opt(t, rightAt.includes(i))),
});

describe('knowledge checks across the guide', () => {
  it('meet every rule: even answer positions, mixed multi-answer sets, length gives nothing away, scenarios', () => {
    const f = checkFigures(checks);
    if (process.env.CONTENT_REPORT) console.log(JSON.stringify(f, null, 2));
    expect(checkRuleErrors(checks)).toEqual([]);
  });

  it('defeat a reader who always picks the first option (the first two when several apply)', () => {
    const f = checkFigures(checks);
    expect(f.questions).toBeGreaterThanOrEqual(5 * checks.length);
    expect(f.firstOptionScore).toBeLessThanOrEqual(CHECK_RULES.maxFirstOptionScore);
  });

  it('ask at least five questions per chapter, at least half of them scenarios', () => {
    for (const c of checks) {
      expect(c.questions.length, c.id).toBeGreaterThanOrEqual(5);
      expect(c.questions.filter(isScenario).length * 2, `${c.id}: scenario questions`).toBeGreaterThanOrEqual(
        c.questions.length,
      );
    }
  });
});

describe('the rules themselves', () => {
  it('tell a scenario from a recall question', () => {
    expect(isScenario({ prompt: 'A seller says the leads are junk. What should happen first?' })).toBe(true);
    expect(isScenario({ prompt: 'Your firm drafts an SLA. Which promises fit? Choose all that apply.' })).toBe(true);
    expect(isScenario({ prompt: 'Which order do the funnel stages run in?' })).toBe(false);
  });

  it('spot a right set at the top of the list and a right answer that is the longest', () => {
    expect(isPrefixSet(q('a', 'x', [0, 1, 2], 'multiple'))).toBe(true);
    expect(isPrefixSet(q('a', 'x', [0, 2], 'multiple'))).toBe(false);
    expect(longestIsRight({ ...q('a', 'x', [1]), options: [opt('No'), opt('Yes, the long one', true)] })).toBe(true);
    expect(longestIsRight({ ...q('a', 'x', [1]), options: [opt('Same', false), opt('Size', true)] })).toBe(false);
  });

  it('reject checks like the old ones, naming each problem', () => {
    const old: RuleCheck[] = [
      {
        id: 'old',
        questions: [
          q('one', 'According to the chapter, which is right?', [0]),
          q('two', 'Which is right?', [0]),
          q('three', 'Which apply? Choose all that apply.', [0, 1, 2], 'multiple'),
          q('four', 'Which apply? Choose all that apply.', [0, 1], 'multiple'),
        ],
      },
    ];
    const errors = checkRuleErrors(old);
    expect(errors).toContain(
      'position 1 holds the right answer in 2 of 2 single-answer questions (100 %); the even share is 25 %: move some right answers to other positions',
    );
    expect(
      errors.some((e) => e.startsWith('in 2 of 2 multiple-answer questions the right answers are the first')),
    ).toBe(true);
    expect(errors).toContain('a reader who always picks the first option scores 75 % (at most 50 %)');
    expect(errors).toContain('content/checks/old.yaml: 4 questions; a check needs at least 5');
    expect(errors).toContain(
      'content/checks/old.yaml: 0 of 4 questions are scenarios (a situation, then the question); at least half must be',
    );
    expect(errors).toContain(
      'content/checks/old.yaml: "one" starts "According to the chapter": ask the reader to apply the idea instead',
    );
  });
});

import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  fleschKincaidGrade,
  mdxToProse,
  normalisedWords,
  sentenceCount,
  sharedRuns,
  syllables,
  textStats,
  wordRuns,
  words,
} from '../support/readability';

describe('syllables', () => {
  it.each([
    ['cat', 1],
    ['the', 1],
    ['price', 1],
    ['sales', 1],
    ['asked', 1],
    ['need', 1],
    ['table', 2],
    ['people', 2],
    ['wanted', 2],
    ['prices', 2],
    ['buyer', 2],
    ['marketing', 3],
    ['customer', 3],
    ['together', 3],
    ['follow-up', 3],
    ['2006', 1],
  ])('%s has %i', (word, expected) => {
    expect(syllables(word)).toBe(expected);
  });
});

describe('Flesch–Kincaid grade', () => {
  it('matches a hand-worked short sentence', () => {
    // 6 words, 1 sentence, 6 syllables: 0.39 × 6 + 11.8 × 1 − 15.59 = −1.45
    expect(textStats('The cat sat on the mat.')).toEqual({ words: 6, sentences: 1, syllables: 6 });
    expect(fleschKincaidGrade('The cat sat on the mat.')).toBeCloseTo(-1.45, 2);
  });

  it('matches a hand-worked longer passage', () => {
    const text = 'Marketing studies the market. Sales talks to one buyer at a time.';
    // 12 words in 2 sentences; syllables mar-ket-ing stud-ies the mar-ket (8) + sales talks to one buy-er at a time (9) = 17
    expect(textStats(text)).toEqual({ words: 12, sentences: 2, syllables: 17 });
    // 0.39 × 6 + 11.8 × 17/12 − 15.59 = 2.34 + 16.7167 − 15.59 = 3.4667
    expect(fleschKincaidGrade(text)).toBeCloseTo(3.4667, 3);
  });

  it('scores long sentences of long words higher than short plain ones', () => {
    const plain = 'Sales wins the deal. Marketing finds the buyer. They work as one team.';
    const dense =
      'Organisational misalignment between commercial functions systematically undermines profitability, predictability and accountability across international subsidiaries.';
    expect(fleschKincaidGrade(dense)).toBeGreaterThan(11);
    expect(fleschKincaidGrade(plain)).toBeLessThan(6);
  });

  it('never returns NaN or Infinity, whatever the text', () => {
    fc.assert(fc.property(fc.string(), (t) => Number.isFinite(fleschKincaidGrade(t))));
    expect(fleschKincaidGrade('')).toBe(0);
  });

  it('counts at least one sentence and splits on ., ! and ?', () => {
    expect(sentenceCount('no full stop')).toBe(1);
    expect(sentenceCount('One. Two! Three? Four.')).toBe(4);
    expect(words("Sales' claim: it's the buyer's call, e-mail 2 people.")).toEqual([
      'Sales',
      'claim',
      "it's",
      'the',
      "buyer's",
      'call',
      'e-mail',
      '2',
      'people',
    ]);
  });
});

describe('prose from MDX', () => {
  it('drops frontmatter, imports, exports, tags and link targets, and ends every block as a sentence', () => {
    const mdx = [
      '---',
      'title: Not prose',
      '---',
      "import Term from '../../src/components/mdx/Term.astro';",
      '',
      'export const rows = [',
      "  { aspect: 'Focus' },",
      '];',
      '',
      '## Cold calls',
      '',
      'A rep calls a <Term id="lead">lead</Term>. See [the funnel](/funnel/).',
      '',
      '- First point',
      '- Second point:',
      '',
      '<Callout type="try">',
      'Try it now!',
      '</Callout>',
    ].join('\n');
    expect(mdxToProse(mdx)).toBe(
      ['Cold calls.', 'A rep calls a lead . See the funnel.', 'First point.', 'Second point.', 'Try it now!'].join(
        '\n',
      ),
    );
  });
});

describe('runs of words shared with the source article', () => {
  const source = 'Marketing and sales are one of the most important components of a business’s survival.';

  it('finds a copied run of 8 words whatever the case, quotes and punctuation', () => {
    const copy = "We think MARKETING and Sales are one of the most important parts, and a business's survival matters.";
    expect(sharedRuns(source, copy)).toEqual([
      'marketing and sales are one of the most',
      'and sales are one of the most important',
    ]);
    expect(sharedRuns(source, 'of the most important components of a business’s survival')).toEqual([
      'of the most important components of a businesss',
      'the most important components of a businesss survival',
    ]);
  });

  it('ignores runs of 7 words or fewer and text in our own words', () => {
    expect(sharedRuns(source, 'Marketing and sales are one of the pillars of a firm.')).toEqual([]);
    expect(sharedRuns(source, 'Both jobs matter a great deal to whether a company survives.')).toEqual([]);
  });

  it('treats markup between words as a space', () => {
    expect(normalisedWords('a <Term id="x">lead</Term>’s “call”')).toEqual(['a', 'lead', 's', 'call']);
  });

  it('always finds every run of a text in the text itself', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('sales', 'marketing', 'the', 'buyer', 'deal'), { minLength: 8, maxLength: 30 }),
        (ws) => {
          const t = ws.join(' ');
          expect(sharedRuns(t, t)).toEqual([...wordRuns(t)]);
          expect(wordRuns(t).size).toBeGreaterThan(0);
        },
      ),
    );
  });
});

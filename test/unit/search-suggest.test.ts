import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  closestWord,
  didYouMean,
  glossaryEntryFor,
  listWords,
  missingWordsMessage,
  normalise,
  vocabulary,
  type SearchTerms,
} from '../../src/lib/search-suggest';
import { editDistance } from '../../src/schemas/edit-distance';

const terms: SearchTerms = {
  titles: ['What marketing does', 'What sales does', 'The funnel and the handoff', 'Working as one'],
  glossary: [
    { term: 'SLA', expansion: 'Service-level agreement', id: 'sla' },
    { term: 'ABM', expansion: 'Account-based marketing', id: 'abm' },
    { term: 'Lead scoring', id: 'lead-scoring' },
    { term: 'Pipeline', id: 'pipeline' },
    { term: 'Quota', id: 'quota' },
  ],
};
const vocab = vocabulary(terms);

describe('edit distance', () => {
  it('counts insertions, deletions, substitutions and swapped neighbours as one edit each', () => {
    expect(editDistance('markting', 'marketing')).toBe(1);
    expect(editDistance('qouta', 'quota')).toBe(1);
    expect(editDistance('pipline', 'pipeline')).toBe(1);
    expect(editDistance('sales', 'sale')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('stops early past the limit', () => {
    expect(editDistance('xylophone', 'marketing', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });

  it('is symmetric and zero only for equal words', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const d = editDistance(a, b);
        expect(d).toBe(editDistance(b, a));
        expect(d === 0).toBe(a === b);
        expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
      }),
    );
  });
});

describe('"Did you mean …?"', () => {
  it('offers the known word a slip away', () => {
    expect(didYouMean('markting', vocab)).toBe('marketing');
    expect(didYouMean('lead scorring', vocab)).toBe('lead scoring');
    expect(didYouMean('Qouta', vocab)).toBe('quota');
    expect(closestWord('handof', vocab)).toBe('handoff');
  });

  it('offers nothing for words the site knows, short words, numbers or words far from any', () => {
    expect(didYouMean('marketing', vocab)).toBeUndefined();
    expect(didYouMean('xylophone zebra', vocab)).toBeUndefined();
    expect(didYouMean('the ab', vocab)).toBeUndefined();
    expect(didYouMean('2024', vocab)).toBeUndefined();
    expect(didYouMean('', vocab)).toBeUndefined();
  });

  it('corrects only the words that found nothing when told which', () => {
    expect(didYouMean('markting pipline', vocab, ['pipline'])).toBe('markting pipeline');
  });

  it('leaves out words that found nothing and are close to nothing', () => {
    expect(didYouMean('xylophone markting', vocab, ['xylophone', 'markting'])).toBe('marketing');
    expect(didYouMean('xylophone budget zebra', vocab, ['xylophone', 'zebra'])).toBeUndefined();
  });

  it('never throws on any text', () => {
    fc.assert(fc.property(fc.string(), (q) => void didYouMean(q, vocab)));
  });
});

describe('glossary entries named by a query', () => {
  it('matches the term or its spelled-out form, whatever the case, hyphens or spaces', () => {
    expect(glossaryEntryFor('sla', terms.glossary)?.id).toBe('sla');
    expect(glossaryEntryFor('  Service level agreement ', terms.glossary)?.id).toBe('sla');
    expect(glossaryEntryFor('account-based marketing', terms.glossary)?.id).toBe('abm');
    expect(glossaryEntryFor('Lead Scoring', terms.glossary)?.id).toBe('lead-scoring');
  });

  it('matches nothing for a query that only contains a term', () => {
    expect(glossaryEntryFor('what is an sla', terms.glossary)).toBeUndefined();
    expect(glossaryEntryFor('', terms.glossary)).toBeUndefined();
  });
});

describe('messages about words that found nothing', () => {
  it('names the words in quotes', () => {
    expect(listWords(['xylophone'])).toBe('“xylophone”');
    expect(listWords(['xylophone', 'zebra'])).toBe('“xylophone” or “zebra”');
    expect(listWords(['a', 'b', 'c'], 'and')).toBe('“a”, “b” and “c”');
  });

  it('says what the results shown match instead', () => {
    expect(missingWordsMessage(['xylophone', 'zebra'], 3, 7)).toBe(
      'No page has “xylophone” or “zebra”: the results match your other words.',
    );
    expect(missingWordsMessage(['markting'], 1, 5)).toBe('No page has “markting”: the results are near matches.');
    expect(missingWordsMessage(['qouta'], 1, 0)).toBe('No page has “qouta”.');
    expect(missingWordsMessage([], 2, 4)).toBe('');
  });

  it('normalises text for comparison', () => {
    expect(normalise(' Service-Level  Agreement! ')).toBe('service level agreement');
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { closestName, glossaryEntryFor, joinedKey, rewriteQuery, type TermEntry } from '../../src/lib/search-suggest';
import { countText, filterTerms } from '../../src/lib/glossary-filter';

const glossary: TermEntry[] = [
  { term: 'Bow tie', id: 'bow-tie' },
  { term: 'Handoff', id: 'handoff' },
  { term: 'Win rate', id: 'win-rate' },
  { term: 'SLA', expansion: 'Service-level agreement', id: 'sla' },
  { term: 'Cold call', aliases: ['cold calling'], id: 'cold-call' },
  { term: 'Go-to-market plan', aliases: ['go-to-market'], id: 'go-to-market' },
];

describe('query normalisation', () => {
  it.each([
    ['bow-tie', 'bow tie'],
    ['bowtie', 'bow tie'],
    ['bow tie', 'bow tie'],
    ['Bow  Tie', 'bow tie'],
    ['hand off', 'handoff'],
    ['hand-off', 'handoff'],
    ['handoff', 'handoff'],
    ['winrate', 'win rate'],
    ['win-rate', 'win rate'],
    ['WinRate', 'win rate'],
    ['service level agreement', 'service level agreement'],
    ['gotomarket', 'go to market'],
  ])('searches "%s" as "%s"', (typed, searched) => {
    expect(rewriteQuery(typed, glossary)).toBe(searched);
  });

  it('respaces a glossary name inside a longer query and leaves other words as typed', () => {
    expect(rewriteQuery('who owns the hand-off', glossary)).toBe('who owns the handoff');
    expect(rewriteQuery('improve our winrate fast', glossary)).toBe('improve our win rate fast');
    expect(rewriteQuery('pricing strategy', glossary)).toBe('pricing strategy');
  });

  it('never joins words that only touch a name by accident', () => {
    // "win" and "ratebook" do not join to "winrate".
    expect(rewriteQuery('win ratebook', glossary)).toBe('win ratebook');
    expect(rewriteQuery('', glossary)).toBe('');
    expect(rewriteQuery('  -- ', glossary)).toBe('');
  });

  it('gives every spacing of a name the same key', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z]{1,6}$/), { minLength: 1, maxLength: 4 }), (parts) => {
        expect(joinedKey(parts.join('-'))).toBe(joinedKey(parts.join(' ')));
        expect(joinedKey(parts.join(' '))).toBe(parts.join(''));
      }),
    );
  });

  it('treats aliases and respaced names as the term for glossary-first ordering', () => {
    expect(glossaryEntryFor('cold calling', glossary)?.id).toBe('cold-call');
    expect(glossaryEntryFor('winrate', glossary)?.id).toBe('win-rate');
    expect(glossaryEntryFor('bow-tie', glossary)?.id).toBe('bow-tie');
    expect(glossaryEntryFor('hand off', glossary)?.id).toBe('handoff');
    expect(glossaryEntryFor('win', glossary)).toBeUndefined();
  });
});

describe('"did you mean" for a nearly spelt glossary name', () => {
  it.each([
    ['winrat', 'win rate'],
    ['bowtei', 'bow tie'],
    ['handof', 'handoff'],
    ['cold caling', 'cold calling'],
  ])('offers "%s" → "%s"', (typed, meant) => {
    expect(closestName(typed, glossary)).toBe(meant);
  });

  it('offers nothing for an exact name, a short word, numbers or something far away', () => {
    expect(closestName('win rate', glossary)).toBeUndefined();
    expect(closestName('winrate', glossary)).toBeUndefined();
    expect(closestName('sla', glossary)).toBeUndefined();
    expect(closestName('xylophone', glossary)).toBeUndefined();
    expect(closestName('2024 plan', glossary)).toBeUndefined();
  });
});

describe('the glossary filter box', () => {
  const terms = [
    { id: 'bow-tie', term: 'Bow tie', short: 'Two funnels.', aliases: [] },
    { id: 'mql', term: 'MQL', expansion: 'Marketing-qualified lead', short: 'A lead.', aliases: [] },
    { id: 'cold-call', term: 'Cold call', short: 'A call.', aliases: ['cold calling'] },
  ];
  it('matches names, spelled-out forms and aliases however they are spaced', () => {
    const ids = (q: string) => filterTerms(q, terms).map((t) => t.id);
    expect(ids('bowtie')).toEqual(['bow-tie']);
    expect(ids('BOW-T')).toEqual(['bow-tie']);
    expect(ids('qualified')).toEqual(['mql']);
    expect(ids('calling')).toEqual(['cold-call']);
    expect(ids('zzz')).toEqual([]);
    expect(ids('  ')).toEqual(['bow-tie', 'mql', 'cold-call']);
  });
  it('says how many terms show', () => {
    expect(countText(78, 78)).toBe('78 terms');
    expect(countText(12, 78)).toBe('12 of 78 terms');
    expect(countText(0, 78)).toBe('0 of 78 terms');
  });
});

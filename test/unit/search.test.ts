import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  AUDIENCES,
  SECTIONS,
  findMatches,
  hasWord,
  highlightTerms,
  meaningfulTerms,
  mergeRelaxed,
  pagefindFilters,
  parseExcerpt,
  resultSummary,
  sectionOf,
  toShownResult,
  wordStems,
} from '../../src/lib/search';
import { parseSearchParams, toSearchParams } from '../../src/lib/search-url';
import { cspScriptResources } from '../../src/lib/csp';

describe('search URL state', () => {
  it('reads words and known filters, dropping unknown values and repeats', () => {
    const state = parseSearchParams(
      new URLSearchParams(
        'q=  win   rate &section=Tools&section=Nope&section=Guide&section=Tools&audience=Manager&audience=<script>',
      ),
    );
    expect(state).toEqual({ q: 'win rate', section: ['Guide', 'Tools'], audience: ['Manager'] });
  });

  it('cuts an over-long query instead of rejecting it', () => {
    expect(parseSearchParams(new URLSearchParams({ q: 'x'.repeat(5000) })).q).toHaveLength(200);
  });

  it('writes a shareable query string, empty when there is nothing to search', () => {
    expect(toSearchParams({ q: 'who owns pricing', section: ['Guide'], audience: ['New hire'] })).toBe(
      '?q=who+owns+pricing&section=Guide&audience=New+hire',
    );
    expect(toSearchParams({ q: '  ', section: [], audience: [] })).toBe('');
  });

  it('round-trips any state through the URL (property)', () => {
    const state = fc.record({
      q: fc.string({ maxLength: 80 }).map((s) => s.replace(/\s+/g, ' ').trim()),
      section: fc.subarray([...SECTIONS]),
      audience: fc.subarray([...AUDIENCES]),
    });
    fc.assert(
      fc.property(state, (s) => {
        expect(parseSearchParams(new URLSearchParams(toSearchParams(s)))).toEqual(s);
      }),
    );
  });

  it('never throws on arbitrary query strings (property)', () => {
    fc.assert(
      fc.property(fc.string(), (raw) => {
        const s = parseSearchParams(new URLSearchParams(raw));
        expect(typeof s.q).toBe('string');
        expect(s.section.every((v) => (SECTIONS as readonly string[]).includes(v))).toBe(true);
      }),
    );
  });
});

describe('Pagefind filters', () => {
  it('matches any ticked value within a group and every group at once', () => {
    expect(pagefindFilters({ section: ['Guide', 'Glossary'], audience: ['Manager'] })).toEqual({
      section: { any: ['Guide', 'Glossary'] },
      audience: { any: ['Manager'] },
    });
    expect(pagefindFilters({ section: [], audience: [] })).toEqual({});
  });
});

describe('questions that Pagefind alone finds too little for', () => {
  it('keeps only the topic words of a question', () => {
    expect(meaningfulTerms('Who owns pricing?')).toEqual(['owns', 'pricing']);
    expect(meaningfulTerms('what is the difference between marketing and sales')).toEqual([
      'difference',
      'between',
      'marketing',
      'sales',
    ]);
    expect(meaningfulTerms('the of and')).toEqual([]);
    expect(meaningfulTerms('account-based marketing')).toEqual(['account-based', 'marketing']);
  });

  it('keeps strict matches first, then the rest by their summed scores', () => {
    const h = (id: string, score: number) => ({ id, score });
    const merged = mergeRelaxed(
      [h('glossary', 5)],
      [
        [h('rivalry', 9), h('glossary', 4), h('mix', 2)],
        [h('mix', 1), h('funnel', 20)],
      ],
    );
    expect(merged.map((r) => r.id)).toEqual(['glossary', 'funnel', 'rivalry', 'mix']);
  });

  it('never loses or repeats a page (property)', () => {
    const hit = fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd', 'e'), score: fc.double({ noNaN: false }) });
    fc.assert(
      fc.property(
        fc.uniqueArray(hit, { selector: (h) => h.id }),
        fc.array(fc.uniqueArray(hit, { selector: (h) => h.id })),
        (strict, perTerm) => {
          const ids = mergeRelaxed(strict, perTerm).map((r) => r.id);
          expect(new Set(ids).size).toBe(ids.length);
          expect(new Set(ids)).toEqual(new Set([...strict, ...perTerm.flat()].map((r) => r.id)));
          expect(ids.slice(0, strict.length)).toEqual(strict.map((r) => r.id));
        },
      ),
    );
  });
});

describe('excerpts', () => {
  it('splits text and matched words without treating anything as HTML', () => {
    expect(
      parseExcerpt('the <mark>MQL</mark> rules &lt;b&gt;agreed&lt;/b&gt; by <mark>both</mark><mark> teams</mark>'),
    ).toEqual([
      { text: 'the ', mark: false },
      { text: 'MQL', mark: true },
      { text: ' rules <b>agreed</b> by ', mark: false },
      { text: 'both teams', mark: true },
    ]);
  });

  it('keeps a stray tag or ampersand as plain text', () => {
    expect(parseExcerpt('R&amp;D <img src=x onerror=alert(1)>')).toEqual([
      { text: 'R&amp;D <img src=x onerror=alert(1)>', mark: false },
    ]);
  });

  it('loses no text whatever the input (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.constant('<mark>'), fc.constant('</mark>'))), (parts) => {
        const raw = parts.join('');
        const text = parseExcerpt(raw)
          .map((s) => s.text)
          .join('');
        expect(text).toBe(
          raw
            .split(/<\/?mark>/)
            .join('')
            .replace(/&lt;/g, '<')
            .replace(/&gt;/g, '>'),
        );
      }),
    );
  });
});

describe('results for display', () => {
  const data = {
    url: '/glossary/?pagefind-highlight=mql',
    excerpt: 'an <mark>MQL</mark> is',
    meta: { title: 'Glossary' },
    filters: { section: ['Glossary'] },
    sub_results: [
      {
        title: 'Glossary',
        url: '/glossary/?pagefind-highlight=mql',
        excerpt: 'top',
        weighted_locations: [{ balanced_score: 9 }],
      },
      {
        title: 'Handoff',
        url: '/glossary/?pagefind-highlight=mql#handoff',
        excerpt: 'new <mark>MQLs</mark>',
        weighted_locations: [{ balanced_score: 2 }],
      },
      {
        title: 'Lead',
        url: '/glossary/?pagefind-highlight=mql#lead',
        excerpt: 'x',
        weighted_locations: [{ balanced_score: 1 }],
      },
      {
        title: 'MQL',
        url: '/glossary/?pagefind-highlight=mql#mql',
        excerpt: '<mark>MQL</mark>',
        weighted_locations: [{ balanced_score: 20 }, { balanced_score: 5 }],
      },
      {
        title: 'SQL',
        url: '/glossary/?pagefind-highlight=mql#sql',
        excerpt: 'y',
        weighted_locations: [{ balanced_score: 2 }],
      },
    ],
  };

  it('puts the best-matching heading first, drops the page itself and keeps three', () => {
    const shown = toShownResult(data);
    expect(shown.title).toBe('Glossary');
    expect(shown.section).toBe('Glossary');
    expect(shown.subResults.map((s) => s.title)).toEqual(['MQL', 'Handoff', 'SQL']);
    expect(shown.subResults[0]!.url).toBe('/glossary/?pagefind-highlight=mql#mql');
  });

  it('puts the heading named by the query first, even when others match more often', () => {
    const shown = toShownResult(data, 'sql');
    expect(shown.subResults.map((s) => s.title)).toEqual(['SQL', 'MQL', 'Handoff']);
    expect(toShownResult(data, 'lead').subResults[0]!.title).toBe('Lead');
  });

  it('falls back to the address when a page has no title', () => {
    expect(toShownResult({ url: '/funnel/', excerpt: '', meta: {} }).title).toBe('/funnel/');
  });

  it('announces the count in words', () => {
    expect(resultSummary(0, ' pricing ')).toBe('No results for “pricing”.');
    expect(resultSummary(1, 'MQL')).toBe('1 result for “MQL”.');
    expect(resultSummary(12, 'win rate')).toBe('12 results for “win rate”.');
    expect(resultSummary(3, '')).toBe('');
  });
});

describe('search sections', () => {
  it('puts every page in exactly one section by its path', () => {
    expect(sectionOf('/')).toBe('Guide');
    expect(sectionOf('/guide/')).toBe('Guide');
    expect(sectionOf('/guide/the-rivalry/')).toBe('Guide');
    expect(sectionOf('/about/')).toBe('Guide');
    expect(sectionOf('/glossary/')).toBe('Glossary');
    expect(sectionOf('/funnel/')).toBe('Tools');
    expect(sectionOf('/assessment/team/')).toBe('Tools');
    expect(sectionOf('/progress/')).toBe('Tools');
    expect(sectionOf('/practice/')).toBe('Practice');
    expect(sectionOf('/practice/sort/')).toBe('Practice');
    expect(sectionOf('/paths/manager/')).toBe('Paths');
    expect(sectionOf('/onboarding/')).toBe('Paths');
  });

  it('never returns a value the filter checkboxes do not offer', () => {
    fc.assert(fc.property(fc.string(), (path) => (SECTIONS as readonly string[]).includes(sectionOf(path))));
  });
});

describe('telling real matches from near misses', () => {
  it('finds a word or its stem at the start of a word', () => {
    expect(hasWord(['Setting the price'], 'pricing')).toBe(true);
    expect(hasWord(['Two companies'], 'companies')).toBe(true);
    expect(hasWord(['Budgets, goals'], 'budget')).toBe(true);
    expect(hasWord(['The SLA.'], 'sla')).toBe(true);
  });

  it('does not count a near miss that Pagefind returned', () => {
    expect(hasWord(['Press "Mark as read"', 'the result is marked provisional'], 'markting')).toBe(false);
    expect(hasWord(['How scoring works'], 'scorring')).toBe(false);
    expect(hasWord(['remarketing'], 'marketing')).toBe(false);
  });

  it('keeps at least three letters of a stem', () => {
    expect(wordStems('uses')).toEqual(['uses', 'use']);
    expect(wordStems('is')).toEqual(['is']);
    expect(wordStems('selling')).toEqual(['selling', 'sell']);
  });

  it('treats regular-expression characters in a word as text', () => {
    expect(hasWord(['a.c'], 'a.c')).toBe(true);
    expect(() => hasWord(['x'], '[')).not.toThrow();
  });
});

describe('highlighting on the target page', () => {
  it('reads the searched words from the highlight parameters', () => {
    expect(highlightTerms('?pagefind-highlight=Cold&pagefind-highlight=calls&pagefind-highlight=a&x=1')).toEqual([
      'cold',
      'calls',
    ]);
    expect(highlightTerms('?pagefind-highlight=%22win%20rate%22')).toEqual(['win', 'rate']);
    expect(highlightTerms('?q=nothing')).toEqual([]);
  });

  it('skips stop words, so "who sets the price" marks only "sets" and "price"', () => {
    const search = '?' + ['who', 'sets', 'the', 'price'].map((w) => `pagefind-highlight=${w}`).join('&');
    expect(highlightTerms(search)).toEqual(['sets', 'price']);
    expect(highlightTerms('?pagefind-highlight=The%20a%20of')).toEqual([]);
  });

  it('marks whole words that start with a term, in order', () => {
    const text = 'Sales calls, a cold call and recalls.';
    const ranges = findMatches(text, ['call', 'cold']);
    expect(ranges.map(([a, b]) => text.slice(a, b))).toEqual(['calls', 'cold', 'call']);
  });

  it('treats regular-expression characters in a term as text', () => {
    expect(findMatches('abc and a.c', ['a.c'])).toEqual([[8, 11]]);
    expect(findMatches('pricee', ['price+'])).toEqual([]);
    expect(() => findMatches('x', ['[', '\\', '*'])).not.toThrow();
  });
});

describe('Content Security Policy for search', () => {
  it('allows WebAssembly for Pagefind but never eval or inline script', () => {
    expect(cspScriptResources).toContain("'self'");
    expect(cspScriptResources).toContain("'wasm-unsafe-eval'");
    expect(cspScriptResources).not.toContain("'unsafe-eval'");
    expect(cspScriptResources).not.toContain("'unsafe-inline'");
  });
});

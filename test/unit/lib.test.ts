import { describe, it, expect } from 'vitest';
import { countWords, readingMinutes } from '../../src/lib/reading';
import { sortChapters, neighbours, sharedSources } from '../../src/lib/chapters';
import { glossaryLinkErrors, sortTerms } from '../../src/lib/glossary';
import { parseThemePreference, resolveTheme } from '../../src/lib/theme';
import { isCurrentSection } from '../../src/lib/site';

describe('reading time', () => {
  it('counts prose words and skips imports, tags, code and link targets', () => {
    const body =
      'import X from \'./x.astro\';\n\n## Heading here\n\nMarketing [creates](/guide/a/) demand.\n\n<Callout type="tip">Sales closes</Callout>\n\n```js\nconst notCounted = 1;\n```';
    expect(countWords(body)).toBe(7);
  });

  it('rounds to whole minutes at 220 words a minute and never shows zero', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(100)).toBe(1);
    expect(readingMinutes(1100)).toBe(5);
    expect(readingMinutes(Number.NaN)).toBe(1);
  });
});

describe('chapter order', () => {
  const ch = (id: string, order: number) => ({ id, data: { order, title: id } });

  it('sorts by order and finds neighbours', () => {
    const sorted = sortChapters([ch('c', 3), ch('a', 1), ch('b', 2)]);
    expect(sorted.map((c) => c.id)).toEqual(['a', 'b', 'c']);
    expect(neighbours(sorted, 'a')).toEqual({ prev: undefined, next: sorted[1] });
    expect(neighbours(sorted, 'c').next).toBeUndefined();
    expect(neighbours(sorted, 'missing')).toEqual({});
  });

  it('names both files when two chapters share an order', () => {
    expect(() => sortChapters([ch('one', 1), ch('two', 1)])).toThrow(
      'content/guide/one.mdx and content/guide/two.mdx both have order 1',
    );
  });
});

describe('glossary links', () => {
  const t = (id: string, term: string, related: string[] = [], chapter?: string) => ({
    id,
    data: { term, related, chapter },
  });

  it('reports unknown related terms, unknown chapters and duplicate terms with file and field', () => {
    const errors = glossaryLinkErrors(
      [t('mql', 'MQL', ['sql', 'nope']), t('sql', 'SQL', [], 'missing-chapter'), t('mql-2', 'mql')],
      new Set(['intro']),
    );
    expect(errors).toEqual([
      'content/glossary/mql.md → related: no term with id "nope"',
      'content/glossary/mql-2.md → term: "mql" is already defined in content/glossary/mql.md',
      'content/glossary/sql.md → chapter: no chapter with id "missing-chapter" (a chapter id is a file name in content/guide/)',
    ]);
  });

  it('sorts terms alphabetically regardless of case', () => {
    expect(sortTerms([t('b', 'win rate'), t('a', 'Account'), t('c', 'MQL')]).map((x) => x.id)).toEqual(['a', 'c', 'b']);
  });
});

describe('theme preference', () => {
  it('falls back to the system theme for anything unknown', () => {
    expect(parseThemePreference('dark')).toBe('dark');
    expect(parseThemePreference('<script>')).toBe('system');
    expect(parseThemePreference(null)).toBe('system');
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('light', true)).toBe('light');
  });
});

describe('current navigation section', () => {
  it('marks a section and the pages below it', () => {
    expect(isCurrentSection('/guide/what-marketing-does/', '/guide/')).toBe(true);
    expect(isCurrentSection('/guide', '/guide/')).toBe(true);
    expect(isCurrentSection('/glossary/', '/guide/')).toBe(false);
  });
});

describe('shared sources', () => {
  const hbr = { title: 'Ending the War', year: 2006 };
  const book = { title: 'A Book', year: 1999 };
  const once = { title: 'Once', year: 2020 };
  it('lists sources at least two chapters cite, most cited first, each once', () => {
    expect(
      sharedSources([
        [hbr, book],
        [hbr, once],
        [book, hbr, hbr],
      ]),
    ).toEqual([hbr, book]);
  });
  it('keeps editions of different years apart', () => {
    expect(sharedSources([[hbr], [{ ...hbr, year: 2007 }]])).toEqual([]);
  });
});

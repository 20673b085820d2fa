/**
 * What a reader without JavaScript gets: the built HTML itself. Every page has one heading and
 * readable content; the tools show worked examples and say what needs JavaScript.
 */
import { describe, expect, test } from 'vitest';
import { all, attr, byTag, first, page, pages, visibleText } from './site';

const main = (path: string) => {
  const m = byTag(page(path), 'main');
  expect(m, `${path} has one <main>`).toHaveLength(1);
  return m[0]!;
};
const links = (root: Parameters<typeof byTag>[0]) =>
  all(root, (e) => e.tagName === 'a' && attr(e, 'href') !== undefined).map((a) => ({
    href: attr(a, 'href')!,
    text: visibleText(a),
  }));

describe('every page without JavaScript', () => {
  test('has one h1 and content to read in <main>; the 404 page gives four ways on', () => {
    for (const p of pages) {
      expect(byTag(page(p), 'h1'), p).toHaveLength(1);
      if (p === '/404.html') expect(links(main(p)), p).toHaveLength(4);
      else expect(visibleText(main(p)).length, p).toBeGreaterThan(200);
    }
  });

  test('the funnel builder shows both worked examples and the results table, and says it needs JavaScript', () => {
    const text = visibleText(main('/funnel/'));
    expect(text).toMatch(/builder needs JavaScript/);
    expect(text).toContain('So marketing must bring in 24,680 Visitors a month, 14,680 more than today.');
    expect(text).toContain('The next 12 months');
    const table = all(main('/funnel/'), (e) => e.tagName === 'table' && /Your funnel each month/.test(visibleText(first(e, 'caption') ?? e)))[0]!;
    const head = byTag(first(table, 'thead')!, 'th').map(visibleText);
    const customer = byTag(first(table, 'tbody')!, 'tr').find((r) => visibleText(first(r, 'th')!) === 'Customer')!;
    expect(byTag(customer, 'th').concat(byTag(customer, 'td')).map(visibleText)[head.indexOf('People a month')]).toBe('2.1');
  });

  test('the search page explains itself and links the guide and the glossary; the header search is a link to it', () => {
    const m = main('/search/');
    expect(visibleText(m)).toContain('Search needs JavaScript');
    expect(links(m)).toEqual(
      expect.arrayContaining([
        { href: '/guide/', text: 'The guide' },
        { href: '/glossary/', text: 'The glossary' },
      ]),
    );
    expect(all(m, (e) => attr(e, 'type') === 'search').every((e) => attr(e, 'disabled') !== undefined)).toBe(true);
    expect(all(page('/'), (e) => e.tagName === 'a' && attr(e, 'data-search-open') !== undefined).map((a) => attr(a, 'href'))).toEqual(['/search/']);
  });

  test('a chapter links to its check page, which has the questions and their answers, and carries no question itself', () => {
    const chapter = '/guide/marketing-vs-sales/';
    const prompt = 'A friend asks you to sum up the difference between the two jobs in one line.';
    expect(links(main(chapter))).toContainEqual({ href: `${chapter}check/`, text: 'Take the 7-question check' });
    expect(visibleText(page(chapter))).not.toContain(prompt);
    const check = visibleText(main(`${chapter}check/`));
    expect(check.split(prompt)).toHaveLength(2);
    const question = all(main(`${chapter}check/`), (e) => e.tagName === 'fieldset')[0]!;
    const answer = first(question, 'details')!;
    expect(visibleText(first(answer, 'summary')!)).toBe('Show the answer');
    expect(visibleText(answer)).toMatch(/Right: Marketing works on the market as a whole/);
  });

  test('the assessment names its reverse-scored statements in the scoring text, in questionnaire order', () => {
    const reverse = all(page('/assessment/'), (e) => attr(e, 'id') === 'reverse-scored')[0]!;
    expect(visibleText(reverse)).toContain('9 statements are worded negatively');
    expect(byTag(first(reverse, 'ul')!, 'li').map(visibleText)).toEqual([
      '4. Our teams often argue about whether a lead counts as qualified.',
      '8. Marketing can meet all its goals in a quarter in which sales misses its own.',
      '13. Many leads that marketing hands over are never contacted by sales.',
      '16. Sales first hears of a campaign when its leads arrive.',
      '19. Marketing and sales meet only when something has gone wrong.',
      '24. People on our teams keep their own customer lists outside the shared system.',
      '29. Most of the content marketing makes, such as case studies and guides, goes unused by sellers.',
      '35. When results are poor, each team blames the other.',
      "38. Sellers hear about a competitor's moves from customers before marketing tells them.",
    ]);
  });
});

/**
 * What the built chapters say and how they are marked up for assistive technology: glossary terms,
 * the comparison table, diagrams with a text version, notes, sources. Behaviour (hover, focus,
 * layout) stays in test/e2e/guide.spec.ts.
 */
import { describe, expect, test } from 'vitest';
import { all, attr, byTag, first, page, visibleText, type El } from './site';

const article = (path: string) => first(page(path), 'article') ?? first(page(path), 'main')!;
const byId = (path: string, id: string) => all(page(path), (e) => attr(e, 'id') === id)[0];
const linksTo = (root: El, href: string) => all(root, (e) => e.tagName === 'a' && attr(e, 'href') === href);
const h2 = (path: string, name: string) => byTag(page(path), 'h2').filter((h) => visibleText(h) === name);

describe('glossary terms in a chapter', () => {
  test('a term links to its glossary entry and is described by a tooltip with its definition', () => {
    const path = '/guide/funnel-and-handoff/';
    const [link] = all(article(path), (e) => e.tagName === 'a' && visibleText(e) === 'MQL');
    expect(attr(link!, 'href')).toBe('/glossary/mql/');
    const tip = byId(path, attr(link!, 'aria-describedby')!)!;
    expect(attr(tip, 'role')).toBe('tooltip');
    expect(visibleText(tip)).toMatch(/Marketing-qualified lead/);
    expect(visibleText(tip)).toContain('A lead that marketing judges likely enough to buy');
  });

  test('only the first use of a term in a chapter is a link', () => {
    // The chapter mentions the CRM twice through <Term id="crm">; only the first links.
    expect(linksTo(article('/guide/sla-and-shared-metrics/'), '/glossary/crm/')).toHaveLength(1);
  });
});

describe('the comparison table', () => {
  const path = '/guide/marketing-vs-sales/';
  const table = () =>
    byTag(page(path), 'table').find((t) => visibleText(first(t, 'caption')!) === 'How marketing and sales differ')!;

  test('has Marketing and Sales column headers and seven aspects as row headers', () => {
    expect(byTag(first(table(), 'thead')!, 'th').map(visibleText)).toEqual(['Aspect', 'Marketing', 'Sales']);
    expect(all(first(table(), 'tbody')!, (e) => e.tagName === 'th').map(visibleText)).toEqual([
      'Focus',
      'Time horizon',
      'Audience reached',
      'Typical activities',
      'Metrics',
      'Skills',
      'What success looks like',
    ]);
    const horizon = byTag(table(), 'tr').find((r) => visibleText(first(r, 'th')!) === 'Time horizon')!;
    expect(visibleText(horizon)).toContain('Months to years');
    expect(visibleText(horizon)).toContain('This month and this quarter');
  });

  test('a term first used inside the table links to its glossary entry from the cell, once in the chapter', () => {
    const metrics = byTag(table(), 'tr').find((r) => visibleText(first(r, 'th')!) === 'Metrics')!;
    for (const [id, words] of [
      ['mql', 'MQLs'],
      ['quota', 'quota'],
    ] as const) {
      expect(linksTo(article(path), `/glossary/${id}/`), id).toHaveLength(1);
      expect(linksTo(metrics, `/glossary/${id}/`).map(visibleText)).toEqual([words]);
    }
    expect(linksTo(article(path), '/glossary/win-rate/')).toHaveLength(1);
  });
});

describe('diagrams', () => {
  const diagrams = [
    ['/guide/funnel-and-handoff/', 'The handoff from marketing to sales', 'MQL, marketing-qualified lead'],
    ['/guide/the-rivalry/', 'Rivalry compared with integration', 'win the market together'],
    ['/guide/today-and-tomorrow/', "Today's customer compared with tomorrow's market", 'Requests and objections go down'],
    ['/guide/four-kinds-of-relationship/', 'The four kinds of relationship between marketing and sales', 'Integrated:'],
    ['/guide/after-the-sale/', 'The bow tie: the funnel before the sale and the funnel after it', 'Sale: the knot'],
    ['/guide/one-person-does-both/', 'A week for one person who does both jobs', 'Friday afternoon to reviewing'],
    ['/guide/evidence-and-cases/', 'How fast companies answered a web inquiry', 'Never replied'],
  ] as const;

  test.each(diagrams)('%s: "%s" is an image with a name, described by a text version anyone can open', (path, name, text) => {
    const img = all(page(path), (e) => attr(e, 'role') === 'img' && attr(e, 'aria-labelledby') !== undefined).find(
      (e) => visibleText(byId(path, attr(e, 'aria-labelledby')!)!) === name,
    );
    expect(img, `no image named "${name}"`).toBeTruthy();
    const description = byId(path, attr(img!, 'aria-describedby')!)!;
    expect(visibleText(description)).toContain(text);
    const details = all(page(path), (e) => e.tagName === 'details' && all(e, (d) => d === description).length > 0)[0];
    expect(details && visibleText(first(details, 'summary')!)).toBe('Text version of this diagram');
  });
});

describe('chapter content', () => {
  test('the funnel chapter sends readers to the funnel builder, the four-kinds chapter to the self-assessment', () => {
    expect(linksTo(article('/guide/funnel-and-handoff/'), '/funnel/').map(visibleText)).toContain('funnel builder');
    expect(linksTo(article('/guide/four-kinds-of-relationship/'), '/assessment/').map(visibleText)).toContain(
      'self-assessment',
    );
  });

  test('chapter 9 marks what practice adds apart from what the 2006 authors wrote', () => {
    const path = '/guide/four-kinds-of-relationship/';
    expect(h2(path, 'What practice adds')).toHaveLength(1);
    const note = all(page(path), (e) => attr(e, 'role') === 'note' && /Practice outside the 2006 article/.test(attr(e, 'aria-label') ?? ''))[0]!;
    expect(visibleText(note)).toContain('service-level agreement');
    expect(visibleText(note)).toContain('account-based marketing');
    expect(visibleText(article(path))).toContain('What the authors describe.');
  });

  test('every chapter ends with a Going deeper section for managers', () => {
    for (const id of ['marketing-vs-sales', 'after-the-sale', 'evidence-and-cases']) {
      expect(h2(`/guide/${id}/`, 'Going deeper'), id).toHaveLength(1);
      expect(visibleText(article(`/guide/${id}/`)), id).toContain('A question for your team.');
    }
  });

  test('sources are clean citations that link to where they were read, books with their ISBN', () => {
    const sourcesOf = (path: string) =>
      all(
        page(path),
        (e) => e.tagName === 'section' && h2(path, 'Sources').some((h) => all(e, (x) => x === h).length > 0),
      )[0]!;
    const rivalry = sourcesOf('/guide/the-rivalry/');
    expect(byTag(rivalry, 'li').map(visibleText)).toContain(
      'Christian Homburg and Ove Jensen (2007). The Thought Worlds of Marketing and Sales: Which Differences Make a Difference? Journal of Marketing.',
    );
    const links = all(rivalry, (e) => e.tagName === 'a' && /Thought Worlds/.test(visibleText(e)));
    expect(links).toHaveLength(1);
    expect(attr(links[0]!, 'href')).toMatch(/^https:\/\//);
    // A book whose ISBN no stored record confirms is cited by a page about it; one with a confirmed ISBN shows it.
    const spin = byTag(sourcesOf('/guide/what-sales-does/'), 'li').find((li) => visibleText(li).includes('SPIN Selling'))!;
    expect(visibleText(spin)).toBe('Neil Rackham (1988). SPIN Selling. McGraw-Hill.');
    expect(byTag(spin, 'a').map((a) => attr(a, 'href'))).toEqual([
      'https://www.supersummary.com/spin-selling/preface-chapter-2-summary',
    ]);
    expect(byTag(sourcesOf('/guide/after-the-sale/'), 'li').map(visibleText)).toContain(
      'Jacco van der Kooij (2023). Revenue Architecture. Winning by Design. ISBN 979-8-218-96493-1.',
    );
  });

});

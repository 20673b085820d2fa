import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const ids = readdirSync('content/glossary')
  .filter((f) => f.endsWith('.md'))
  .map((f) => f.replace(/\.md$/, ''));
const built = existsSync('dist/glossary/index.html');

describe.skipIf(!built)('glossary pages in the built site', () => {
  const hub = built ? readFileSync('dist/glossary/index.html', 'utf8') : '';
  const sitemap = built ? readFileSync('dist/sitemap-0.xml', 'utf8') : '';

  it('gives every term its own page with its heading, in the sitemap', () => {
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      const file = `dist/glossary/${id}/index.html`;
      expect(existsSync(file), `${file} is missing`).toBe(true);
      const html = readFileSync(file, 'utf8');
      expect(html, `${id} has no h1`).toMatch(/<h1[^>]*>/);
      expect(html, `${id} is not indexed for search`).toContain('data-pagefind-body');
      expect(sitemap, `${id} is not in the sitemap`).toContain(`/glossary/${id}/</loc>`);
    }
  });

  it('lists every term on the hub without JavaScript, linking to its page and keeping the old #id anchor', () => {
    for (const id of ids) {
      expect(hub, `the hub has no link to ${id}`).toContain(`href="/glossary/${id}/"`);
      expect(hub, `the hub lost the #${id} anchor`).toMatch(new RegExp(`<li[^>]* id="${id}"`));
    }
  });

  it('links chapters to term pages, not to the hub', () => {
    const chapter = readFileSync('dist/guide/funnel-and-handoff/index.html', 'utf8');
    expect(chapter).toMatch(/href="\/glossary\/[a-z0-9-]+\/"/);
    expect(chapter).not.toMatch(/href="\/glossary\/#/);
  });
});

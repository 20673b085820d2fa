/**
 * Content as a practitioner checks it: every source can be looked up (a URL or an ISBN), every
 * glossary term is linked where a chapter first uses it, and no chapter's knowledge check is
 * missing. Reads only files inside the repository.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { sourceSchema } from '../../src/schemas/common';
import { claimSourceSchema } from '../../src/schemas/claim';
import { mythSourceSchema } from '../../src/schemas/myth';
import { glossarySchema } from '../../src/schemas/glossary';
import { checkSchema } from '../../src/schemas/learning';
import { longestIsRight } from '../support/check-rules';
import { termLinkParts, unlinkedFirstUses, type LinkableTerm } from '../../src/lib/term-links';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const content = path.join(root, 'content');
const frontmatter = (src: string) => /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(src);

function filesIn(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? filesIn(p) : [p];
  });
}

/** Every object in a parsed document that looks like a source (a title, an author and a year). */
function sourcesIn(value: unknown, where: string, out: { where: string; source: Record<string, unknown> }[] = []) {
  if (Array.isArray(value)) value.forEach((v, i) => sourcesIn(v, `${where}[${i}]`, out));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if ('title' in o && 'author' in o && 'year' in o) out.push({ where, source: o });
    else for (const [k, v] of Object.entries(o)) sourcesIn(v, `${where}.${k}`, out);
  }
  return out;
}

/** The `source={{ … }}` objects of PredictReveal blocks, read as data. */
function mdxSourceProps(src: string): Record<string, unknown>[] {
  return [...src.matchAll(/source=\{\{([\s\S]*?)\}\}/g)].map((m) => {
    const o: Record<string, unknown> = {};
    for (const f of m[1]!.matchAll(/(\w+):\s*(?:'((?:\\'|[^'])*)'|"([^"]*)"|(\d+))/g))
      o[f[1]!] = f[4] !== undefined ? Number(f[4]) : (f[2] ?? f[3]);
    return o;
  });
}

const allSources = filesIn(content).flatMap((file) => {
  const rel = path.relative(root, file);
  const src = readFileSync(file, 'utf8');
  if (file.endsWith('.json')) return sourcesIn(JSON.parse(src), rel);
  if (/\.ya?ml$/.test(file)) return sourcesIn(parseYaml(src), rel);
  if (/\.mdx?$/.test(file)) {
    const fm = frontmatter(src);
    return [
      ...(fm ? sourcesIn(parseYaml(fm[1]!), `${rel} frontmatter`) : []),
      ...mdxSourceProps(src).map((source, i) => ({ where: `${rel} PredictReveal #${i + 1}`, source })),
    ];
  }
  return [];
});

describe('sources', () => {
  it('finds the sources of chapters, predictions and presets', () => {
    expect(allSources.filter((s) => s.where.includes('frontmatter')).length).toBeGreaterThan(12);
    expect(allSources.filter((s) => s.where.includes('PredictReveal')).length).toBeGreaterThanOrEqual(3);
    expect(allSources.filter((s) => s.where.startsWith('content/presets')).length).toBeGreaterThan(0);
  });

  it('gives every source in content/ a URL or a valid ISBN', () => {
    const problems = allSources.flatMap(({ where, source }) => {
      // Claims and myths may also give a confirmed DOI, and a myth's source a note on why it is listed.
      const schema = where.startsWith('content/myths/')
        ? mythSourceSchema
        : where.startsWith('content/claims/')
          ? claimSourceSchema
          : sourceSchema;
      const r = schema.safeParse(source);
      return r.success ? [] : r.error.issues.map((i) => `${where} ("${String(source.title)}"): ${i.message}`);
    });
    expect(problems).toEqual([]);
  });

  it('rejects a source with neither a URL nor an ISBN, and an ISBN with a wrong check digit', () => {
    const book = { title: 'SPIN Selling', author: 'Neil Rackham', year: 1988 };
    expect(sourceSchema.safeParse(book).success).toBe(false);
    expect(sourceSchema.safeParse({ ...book, isbn: '978-0-07-051113-2' }).success).toBe(true);
    expect(sourceSchema.safeParse({ ...book, isbn: '978-0-07-051113-3' }).success).toBe(false);
    expect(sourceSchema.safeParse({ ...book, url: 'https://example.org', extra: 1 }).success).toBe(false);
  });
});

const terms: (LinkableTerm & { everyday: boolean })[] = readdirSync(path.join(content, 'glossary'))
  .filter((f) => f.endsWith('.md'))
  .map((f) => {
    const data = glossarySchema.parse(
      parseYaml(frontmatter(readFileSync(path.join(content, 'glossary', f), 'utf8'))![1]!),
    );
    const id = f.replace(/\.md$/, '');
    return { id, term: data.term, expansion: data.expansion, aliases: data.aliases, everyday: data.everyday };
  });
/** Words whose everyday sense dominates (`everyday: true` in their glossary file). */
const EVERYDAY = new Set(terms.filter((t) => t.everyday).map((t) => t.id));

const chapters = readdirSync(path.join(content, 'guide'))
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => {
    const src = readFileSync(path.join(content, 'guide', f), 'utf8');
    return { id: f.replace(/\.mdx$/, ''), body: src.slice(frontmatter(src)![0].length) };
  });

describe('glossary links', () => {
  it.each(chapters.map((c) => [c.id, c] as const))('%s links every glossary term at its first use', (_id, c) => {
    expect(
      unlinkedFirstUses(c.body, terms, EVERYDAY).map(
        (u) => `content/guide/${c.id}.mdx: "${u.id}" first used unlinked: …${u.context}…`,
      ),
    ).toEqual([]);
  });

  it('finds an unlinked first use in prose and in a table, and accepts a linked one', () => {
    const mql = [{ id: 'mql', term: 'MQL', expansion: 'Marketing-qualified lead' }];
    expect(unlinkedFirstUses('Marketing sends MQLs. Later <Term id="mql" /> again.', mql, new Set())).toHaveLength(1);
    expect(unlinkedFirstUses('## MQL\n\nAn <Term id="mql">MQL</Term> is… More MQLs.', mql, new Set())).toEqual([]);
    const table =
      "export const rows = [{ aspect: 'Metrics', marketing: 'Leads, MQLs', sales: 'Deals' }];\n\n<ComparisonTable rows={rows} />\n\nAn <Term id=\"mql\" />.";
    expect(unlinkedFirstUses(table, mql, new Set()).map((u) => u.id)).toEqual(['mql']);
    const linkedTable = table.replace('Leads, MQLs', 'Leads, [MQLs](term:mql)');
    expect(unlinkedFirstUses(linkedTable, mql, new Set())).toEqual([]);
  });
});

describe('term links in table cells', () => {
  it('splits a cell into its plain words and its term links, in reading order', () => {
    expect(termLinkParts('Leads, [MQLs](term:mql) and [win rate](term:win-rate).')).toEqual([
      { text: 'Leads, ' },
      { text: 'MQLs', term: 'mql' },
      { text: ' and ' },
      { text: 'win rate', term: 'win-rate' },
      { text: '.' },
    ]);
    expect(termLinkParts('[Quota](term:quota)')).toEqual([{ text: 'Quota', term: 'quota' }]);
    expect(termLinkParts('No links here')).toEqual([{ text: 'No links here' }]);
  });
});

/** The knowledge-check standard for the chapters added with the "Going deeper" sections. */
describe('checks for the newer chapters', () => {
  const newer = ['after-the-sale', 'one-person-does-both', 'evidence-and-cases'];
  const checks = newer.map((id) => ({
    id,
    data: checkSchema.parse(parseYaml(readFileSync(path.join(content, 'checks', `${id}.yaml`), 'utf8'))),
  }));

  it.each(checks.map((c) => [c.id, c] as const))('%s has a fair, scenario-led check', (_id, c) => {
    const qs = c.data.questions;
    expect(qs.length).toBeGreaterThanOrEqual(5);
    expect(qs.filter((q) => /^according to the chapter/i.test(q.prompt))).toEqual([]);
    // A tie for the longest gives nothing away (answers such as "108%" and "123%" are as long as each other).
    const longestRight = qs.filter(longestIsRight);
    expect(longestRight.length / qs.length, 'the right answer is the longest too often').toBeLessThanOrEqual(0.4);
    for (const q of qs.filter((q) => q.kind === 'multiple')) {
      const right = q.options.map((o, i) => (o.correct ? i : -1)).filter((i) => i >= 0);
      expect(right, `${c.id}/${q.id}: the right answers must not simply be the first options`).not.toEqual(
        right.map((_, i) => i),
      );
    }
    const singles = qs.filter((q) => q.kind === 'single').map((q) => q.options.findIndex((o) => o.correct));
    expect(new Set(singles).size, `${c.id}: the right answer sits in the same place every time`).toBeGreaterThan(2);
  });
});

describe('going deeper', () => {
  it.each(chapters.map((c) => [c.id, c] as const))('%s ends with a finding, a question and a reading', (_id, c) => {
    const section = c.body.split(/^## Going deeper\s*$/m)[1];
    expect(section, `content/guide/${c.id}.mdx has no "## Going deeper" section`).toBeDefined();
    expect(section).not.toMatch(/^## /m);
    for (const label of ['A finding.', 'A question for your team.', 'Further reading.'])
      expect(section, `${c.id}: Going deeper needs "**${label}**"`).toContain(`**${label}**`);
  });
});

describe('audiences', () => {
  it('tags every chapter with the audience of each path that includes it', () => {
    const audienceOf = new Map(
      chapters.map((c) => {
        const src = readFileSync(path.join(content, 'guide', `${c.id}.mdx`), 'utf8');
        return [c.id, (parseYaml(frontmatter(src)![1]!) as { audience: string[] }).audience] as const;
      }),
    );
    const problems = readdirSync(path.join(content, 'paths'))
      .filter((f) => f.endsWith('.yaml'))
      .flatMap((f) => {
        const p = parseYaml(readFileSync(path.join(content, 'paths', f), 'utf8')) as {
          audience: string;
          sections: { steps: { kind: string; chapter?: string }[] }[];
        };
        return p.sections
          .flatMap((s) => s.steps)
          .filter((s) => s.chapter && !audienceOf.get(s.chapter)?.includes(p.audience))
          .map((s) => `content/guide/${s.chapter}.mdx is in content/paths/${f} but not tagged "${p.audience}"`);
      });
    expect([...new Set(problems)]).toEqual([]);
  });
});

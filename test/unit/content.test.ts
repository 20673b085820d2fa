/**
 * Checks on the guide's content as an editor would break it: missing
 * frontmatter, short or hard-to-read chapters, glossary links to nowhere,
 * terms defined twice, and text copied from the source article.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { guideSchema } from '../../src/schemas/guide';
import { glossarySchema } from '../../src/schemas/glossary';
import { glossaryLinkErrors } from '../../src/lib/glossary';
import { fleschKincaidGrade, mdxToProse, words } from '../support/readability';
import { copiedRuns, readFingerprint } from '../tools/originality';
import { fingerprintPath } from '../tools/fingerprint';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const contentDir = path.join(projectRoot, 'content');

const MIN_WORDS = 600;
const MAX_GRADE = 11;

interface Doc {
  id: string;
  file: string;
  source: string;
  data: unknown;
  body: string;
}

function readDocs(dir: string, ext: string): Doc[] {
  return readdirSync(path.join(contentDir, dir))
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => {
      const source = readFileSync(path.join(contentDir, dir, f), 'utf8');
      const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
      return {
        id: f.slice(0, -ext.length),
        file: `content/${dir}/${f}`,
        source,
        data: match ? parseYaml(match[1]!) : undefined,
        body: match ? source.slice(match[0].length) : source,
      };
    });
}

function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? allFiles(p) : [p];
  });
}

const chapters = readDocs('guide', '.mdx');
const terms = readDocs('glossary', '.md');
const termIds = new Set(terms.map((t) => t.id));

/** Word count and Flesch–Kincaid grade of a chapter's body, as the tests measure them. */
function measure(chapter: Doc) {
  const prose = mdxToProse(chapter.body);
  return { words: words(prose).length, grade: fleschKincaidGrade(prose) };
}

if (process.env.CONTENT_REPORT) {
  console.table(chapters.map((c) => ({ id: c.id, ...measure(c), grade: Number(measure(c).grade.toFixed(1)) })));
}

describe('guide chapters', () => {
  const planned = [
    'marketing-vs-sales',
    'what-marketing-does',
    'what-sales-does',
    'the-rivalry',
    'today-and-tomorrow',
    'funnel-and-handoff',
    'scoring-and-funnel-maths',
    'sla-and-shared-metrics',
    'working-as-one',
    'four-kinds-of-relationship',
    'after-the-sale',
    'one-person-does-both',
    'evidence-and-cases',
    'selling-in-the-marketing-mix',
    'the-managers-numbers',
  ];

  it('has every chapter of the plan, in plan order', () => {
    const byOrder = chapters
      .map((c) => ({ id: c.id, order: (c.data as { order?: number } | undefined)?.order ?? 0 }))
      .sort((a, b) => a.order - b.order)
      .map((c) => c.id);
    expect(byOrder).toEqual(planned);
  });

  describe.each(chapters.map((c) => [c.id, c] as const))('%s', (_id, chapter) => {
    it('has complete frontmatter', () => {
      expect(chapter.data, `${chapter.file} has no frontmatter block`).toBeTypeOf('object');
      const result = guideSchema.safeParse(chapter.data);
      const problems = result.success
        ? []
        : result.error.issues.map((i) => `${chapter.file} → ${i.path.join('.')}: ${i.message}`);
      expect(problems).toEqual([]);
      expect((result.data?.sources ?? []).length, `${chapter.file} cites no sources`).toBeGreaterThan(0);
    });

    it(`has at least ${MIN_WORDS} words`, () => {
      expect(measure(chapter).words).toBeGreaterThanOrEqual(MIN_WORDS);
    });

    it(`reads at Flesch–Kincaid grade ${MAX_GRADE} or lower`, () => {
      expect(measure(chapter).grade).toBeLessThanOrEqual(MAX_GRADE);
    });

    it('links only to glossary terms that exist', () => {
      const tags = chapter.body.match(/<Term\b[^>]*>/g) ?? [];
      const ids = tags.map((t) => /\bid="([a-z0-9-]+)"/.exec(t)?.[1]);
      expect(
        ids.filter((id) => id === undefined),
        `${chapter.file}: every <Term> needs a literal id="…"`,
      ).toEqual([]);
      expect(
        ids
          .filter((id) => !termIds.has(id!))
          .map((id) => `${chapter.file}: <Term id="${id}"> has no content/glossary/${id}.md`),
      ).toEqual([]);
    });

    it('has section headings for the table of contents and no inline styles', () => {
      expect(chapter.body).toMatch(/^## \S/m);
      expect(chapter.body).not.toMatch(/\sstyle=/);
    });
  });

  it('keeps the headings readers search for', () => {
    const headings = chapters.flatMap((c) => [...c.body.matchAll(/^#{2,3} (.+)$/gm)].map((m) => m[1]!.trim()));
    for (const h of [
      'Cold calls',
      'Networking',
      'Meetings in person',
      'Setting the price',
      'The marketing mix',
      'The rivalry',
      'Service-level agreement',
      'Closed-loop feedback',
      'Account-based marketing',
      'Revenue operations',
      'The handoff',
    ]) {
      expect(headings).toContain(h);
    }
  });

  it('points readers to the funnel builder and the self-assessment', () => {
    const body = (id: string) => chapters.find((c) => c.id === id)?.body ?? '';
    expect(body('funnel-and-handoff')).toContain('](/funnel/)');
    expect(body('scoring-and-funnel-maths')).toContain('](/funnel/)');
    expect(body('four-kinds-of-relationship')).toContain('](/assessment/)');
  });

  it('illustrates the guide with at least four different diagrams and one comparison table', () => {
    const used = new Set(chapters.flatMap((c) => [...c.body.matchAll(/<(\w+Diagram)\b/g)].map((m) => m[1])));
    expect(used.size).toBeGreaterThanOrEqual(4);
    expect(chapters.some((c) => /<ComparisonTable\b/.test(c.body))).toBe(true);
  });
});

describe('glossary', () => {
  it('has at least 40 terms, including those other pages link to', () => {
    expect(terms.length).toBeGreaterThanOrEqual(40);
    for (const id of [
      'lead',
      'mql',
      'sal',
      'sql',
      'opportunity',
      'customer',
      'handoff',
      'marketing-mix',
      'win-rate',
      'sla',
      'revops',
      'abm',
      'pipeline',
      'icp',
      'closed-loop-feedback',
      'conversion-rate',
      'lead-scoring',
      'cac',
    ]) {
      expect(termIds, `content/glossary/${id}.md is missing`).toContain(id);
    }
  });

  it('gives every term a definition, an example and valid frontmatter', () => {
    const problems = terms.flatMap((t) => {
      const result = glossarySchema.safeParse(t.data);
      return result.success ? [] : result.error.issues.map((i) => `${t.file} → ${i.path.join('.')}: ${i.message}`);
    });
    expect(problems).toEqual([]);
    expect(
      terms.filter((t) => words(t.body).length < 15).map((t) => `${t.file} needs a longer explanation in its body`),
    ).toEqual([]);
  });

  it('defines no term twice and links only to terms and chapters that exist', () => {
    const parsed = terms.map((t) => ({ id: t.id, data: glossarySchema.parse(t.data) }));
    expect(glossaryLinkErrors(parsed, new Set(chapters.map((c) => c.id)))).toEqual([]);
    const expansions = parsed.flatMap((t) => (t.data.expansion ? [t.data.expansion.toLowerCase()] : []));
    expect(expansions.filter((e, i) => expansions.indexOf(e) !== i)).toEqual([]);
  });

  it('reaches every term from at least one other term or a chapter', () => {
    const linked = new Set([
      ...terms.flatMap((t) => glossarySchema.parse(t.data).related),
      ...chapters.flatMap((c) => [...c.body.matchAll(/<Term\b[^>]*\bid="([a-z0-9-]+)"/g)].map((m) => m[1]!)),
    ]);
    expect(terms.map((t) => t.id).filter((id) => !linked.has(id))).toEqual([]);
  });
});

describe('originality', () => {
  it('copies no run of 8 words from the source article anywhere in content/ (checked against its fingerprint)', () => {
    const fingerprint = readFingerprint(fingerprintPath);
    const copied = allFiles(contentDir).flatMap((file) =>
      copiedRuns(fingerprint, readFileSync(file, 'utf8')).map((run) => `${path.relative(projectRoot, file)}: "${run}"`),
    );
    expect(copied).toEqual([]);
  });
});

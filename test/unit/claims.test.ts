/**
 * Evidence labels: the claims collection's schema, the <Claim> ids chapters use, and the rule that a sentence
 * with a figure or a finding carries a label in its paragraph. Sentences not yet labelled are listed in
 * claims-pending.json; the list may only shrink, and must be empty once every chapter is labelled.
 */
import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { claimSchema } from '../../src/schemas/claim';
import { mythSchema } from '../../src/schemas/myth';
import { claimIdsIn, claimUses, shortSource } from '../../src/lib/claims';
import { unlabelledSentences } from '../tools/claim-labels';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const read = (rel: string) => readFileSync(path.join(root, rel), 'utf8');
const filesIn = (dir: string, ext: RegExp) =>
  readdirSync(path.join(root, dir))
    .filter((f) => ext.test(f))
    .sort()
    .map((f) => `${dir}/${f}`);

const chapterFiles = filesIn('content/guide', /\.mdx$/);
const claimFiles = filesIn('content/claims', /\.ya?ml$/);
const mythFiles = filesIn('content/myths', /\.ya?ml$/);
const claimIds = new Set(claimFiles.map((f) => path.basename(f).replace(/\.ya?ml$/, '')));

function issuesOf(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);
}

const valid = {
  statement: 'Only 37% of 2,241 US firms answered a web inquiry within an hour.',
  kind: 'field-study',
  source: {
    title: 'The Short Life of Online Sales Leads',
    author: 'James B. Oldroyd, Kristina McElheran and David Elkington',
    publisher: 'Harvard Business Review',
    year: 2011,
    url: 'https://hbr.org/2011/03/the-short-life-of-online-sales-leads',
  },
  shows: 'How fast firms answered.',
  cannotShow: 'Whether slow answers cost sales.',
};

describe('claim schema', () => {
  it('accepts a complete claim, with or without a conflict of interest', () => {
    expect(issuesOf(claimSchema.safeParse(valid))).toEqual([]);
    expect(issuesOf(claimSchema.safeParse({ ...valid, conflict: 'A co-author ran a vendor.' }))).toEqual([]);
  });

  it('asks for a url, a doi or an isbn, and accepts any one of them', () => {
    const { url: _url, ...noLink } = valid.source;
    expect(issuesOf(claimSchema.safeParse({ ...valid, source: noLink }))).toEqual([
      'source.url: source needs a url, a doi or an isbn so readers can check it',
    ]);
    expect(claimSchema.safeParse({ ...valid, source: { ...noLink, doi: '10.1509/jmkg.71.3.124' } }).success).toBe(true);
    expect(claimSchema.safeParse({ ...valid, source: { ...noLink, isbn: '978-0-07-051113-2' } }).success).toBe(true);
  });

  it('names the field that is wrong', () => {
    expect(issuesOf(claimSchema.safeParse({ ...valid, kind: 'anecdote' }))).toEqual([
      'kind: kind must be one of field-study, survey, experiment, practitioner-analysis, company-story, expert-opinion',
    ]);
    expect(issuesOf(claimSchema.safeParse({ ...valid, source: { ...valid.source, doi: 'doi.org/10.1' } }))).toEqual([
      'source.doi: source.doi must look like 10.1509/jmkg.71.3.124',
    ]);
    expect(issuesOf(claimSchema.safeParse({ ...valid, cannotShow: ' ' }))).toEqual([
      'cannotShow: cannotShow must not be empty',
    ]);
    expect(issuesOf(claimSchema.safeParse({ ...valid, cannot_show: 'x' }))[0]).toMatch(/unknown field "cannot_show"/);
  });

  it('checks every file in content/claims/, naming the file and field', () => {
    const problems = claimFiles.flatMap((f) =>
      issuesOf(claimSchema.safeParse(parseYaml(read(f)))).map((issue) => `${f} → ${issue}`),
    );
    expect(problems).toEqual([]);
  });
});

describe('myth schema', () => {
  const myth = {
    statement: 'Aligned companies grow 19% faster.',
    order: 1,
    traced: false,
    origin: 'We could not trace it.',
    sample: 'Unknown.',
    sponsor: 'Unknown.',
    shows: 'Nothing that can be checked.',
  };

  it('accepts an untraced myth with no sources, but a traced one needs a source', () => {
    expect(issuesOf(mythSchema.safeParse(myth))).toEqual([]);
    expect(issuesOf(mythSchema.safeParse({ ...myth, traced: true }))).toEqual([
      'sources: a traced myth needs at least one source',
    ]);
  });

  it('lets a source have no date and a note, but not lack a link', () => {
    const seen = { title: 'An infographic', author: 'A vendor', publisher: 'A vendor', note: 'Repeats it.' };
    expect(mythSchema.safeParse({ ...myth, sources: [{ ...seen, url: 'https://example.com/' }] }).success).toBe(true);
    expect(issuesOf(mythSchema.safeParse({ ...myth, sources: [seen] }))).toEqual([
      'sources.0.url: source needs a url, a doi or an isbn so readers can check it',
    ]);
  });

  it('checks every file in content/myths/, naming the file and field', () => {
    expect(mythFiles.length).toBeGreaterThanOrEqual(3);
    const problems = mythFiles.flatMap((f) =>
      issuesOf(mythSchema.safeParse(parseYaml(read(f)))).map((issue) => `${f} → ${issue}`),
    );
    expect(problems).toEqual([]);
  });
});

describe('claim labels in chapters', () => {
  it('every <Claim id> names a file in content/claims/', () => {
    const missing = chapterFiles.flatMap((f) =>
      read(f)
        .split('\n')
        .flatMap((line, i) =>
          claimIdsIn(line)
            .filter((id) => !claimIds.has(id))
            .map((id) => `${f}:${i + 1}: <Claim id="${id}"> has no content/claims/${id}.yaml`),
        ),
    );
    expect(missing).toEqual([]);
  });

  it('finds which chapters use a claim, once per chapter', () => {
    const uses = claimUses([
      { id: 'a', body: 'x <Claim id="one" /> y <Claim id="one" />' },
      { id: 'b', body: '<Claim id=\'one\' /> <Claim id="two" />' },
    ]);
    expect(Object.fromEntries(uses)).toEqual({ one: ['a', 'b'], two: ['b'] });
  });

  it('names a source the way the label shows it', () => {
    expect(shortSource(valid.source)).toBe('Oldroyd et al.\u00a02011');
    expect(shortSource({ author: 'Christian Homburg and Ove Jensen', year: 2007 })).toBe(
      'Homburg and Jensen\u00a02007',
    );
    expect(shortSource({ author: 'Baymard Institute', year: 2024, short: 'Baymard' })).toBe('Baymard\u00a02024');
  });
});

describe('the label finder', () => {
  const body = (...paras: string[]) => `---\ntitle: x\n---\n\nimport A from 'a';\n\n${paras.join('\n\n')}\n`;
  const found = (src: string) => unlabelledSentences(src).map((u) => `${u.line}: ${u.sentence}`);

  it('flags a percentage, a "study found" phrase and a multiple, with the line each starts on', () => {
    const src = body(
      'Intro line.\nOnly 37% answered within an hour.',
      'A 2007 study of managers found that some differences help.',
      'Fast firms were 21 times more likely to convert.',
    );
    expect(found(src)).toEqual([
      '8: Only 37% answered within an hour.',
      '10: A 2007 study of managers found that some differences help.',
      '12: Fast firms were 21 times more likely to convert.',
    ]);
  });

  it('accepts a paragraph with a label, but a label covers only its own paragraph or list item', () => {
    const src = body(
      'Only 37% answered within an hour. <Claim id="x" />',
      '- 23% never replied. <Claim id="x" />\n- 42 hours on average, 16% within a day.',
    );
    expect(found(src)).toEqual(['10: - 42 hours on average, 16% within a day.']);
  });

  it('leaves alone numbers that are not findings, and paragraphs marked not-a-claim with a reason', () => {
    const src = body(
      'Sales calls each lead three times a week. Budgets rose four times over ten years.',
      'Take 1,000 leads: {/* not-a-claim: worked example */}\n\n- 25% become MQLs.\n- 80% are accepted.',
      '<PredictReveal\n  question="Guess: 7% or 37%?"\n>\n  The answer is in the text.\n</PredictReveal>',
      '{/* not-a-claim: */} Empty reasons do not count: 50% of nothing.',
    );
    expect(found(src)).toEqual(['20: {/* not-a-claim: */} Empty reasons do not count: 50% of nothing.']);
  });
});

describe('every empirical sentence in a chapter has a label', () => {
  const pendingFile = 'test/unit/claims-pending.json';
  const pending: { file: string; sentence: string }[] = existsSync(path.join(root, pendingFile))
    ? (JSON.parse(read(pendingFile)) as { pending: { file: string; sentence: string }[] }).pending
    : [];
  const key = (file: string, sentence: string) => `${file}\n${sentence}`;
  const pendingKeys = new Set(pending.map((p) => key(p.file, p.sentence)));
  const current = chapterFiles.flatMap((file) => unlabelledSentences(read(file)).map((u) => ({ file, ...u })));

  it('has no unlabelled sentence beyond those listed in claims-pending.json', () => {
    const fresh = current
      .filter((u) => !pendingKeys.has(key(u.file, u.sentence)))
      .map((u) => `${u.file}:${u.line} (${u.why}): ${u.sentence}`);
    expect(
      fresh,
      'add <Claim id="…" /> to the paragraph, or {/* not-a-claim: reason */} if it states no finding',
    ).toEqual([]);
  });

  it('lists only sentences that still need a label, so the list only shrinks', () => {
    const currentKeys = new Set(current.map((u) => key(u.file, u.sentence)));
    const stale = pending
      .filter((p) => !currentKeys.has(key(p.file, p.sentence)))
      .map((p) => `${p.file}: ${p.sentence}`);
    expect(stale, `labelled or rewritten: remove these from ${pendingFile}`).toEqual([]);
  });
});

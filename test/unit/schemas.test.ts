import { describe, it, expect } from 'vitest';
import { guideSchema } from '../../src/schemas/guide';
import { glossarySchema } from '../../src/schemas/glossary';

const validChapter = {
  title: 'Two jobs that people mix up',
  description: 'Why marketing and sales differ.',
  order: 1,
  audience: ['student'],
  summary: 'Marketing shapes the offer; sales closes the deal.',
  objectives: ['Explain the difference.'],
  takeaways: ['They need each other.'],
};

function issuesOf(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('guide chapter frontmatter', () => {
  it('accepts a complete chapter and defaults sources to an empty list', () => {
    const parsed = guideSchema.parse(validChapter);
    expect(parsed.sources).toEqual([]);
  });

  it('names the missing field when a chapter has no learning objectives', () => {
    const { objectives: _omit, ...rest } = validChapter;
    expect(issuesOf(guideSchema.safeParse(rest))).toEqual([
      'objectives: Invalid input: expected array, received undefined',
    ]);
    expect(issuesOf(guideSchema.safeParse({ ...rest, objectives: [] }))).toEqual([
      'objectives: objectives needs at least one learning objective',
    ]);
  });

  it('explains which audiences are allowed when one is misspelt', () => {
    const issues = issuesOf(guideSchema.safeParse({ ...validChapter, audience: ['students'] }));
    expect(issues).toEqual(['audience.0: must be one of "student", "new-hire" or "manager"']);
  });

  it('rejects a blank title and a fractional order', () => {
    const issues = issuesOf(guideSchema.safeParse({ ...validChapter, title: '   ', order: 1.5 }));
    expect(issues).toContain('title: title must not be empty');
    expect(issues.some((i) => i.startsWith('order:'))).toBe(true);
  });

  it('rejects a source link that is not a URL', () => {
    const issues = issuesOf(
      guideSchema.safeParse({ ...validChapter, sources: [{ title: 'T', author: 'A', year: 2006, url: 'hbr.org' }] }),
    );
    expect(issues).toEqual(['sources.0.url: must be a full URL, such as https://example.com/article']);
  });
});

describe('glossary term frontmatter', () => {
  const term = {
    term: 'MQL',
    short: 'A lead marketing passes on.',
    example: 'A webinar attendee from a good-fit company.',
  };

  it('accepts a term and defaults related terms to none', () => {
    expect(glossarySchema.parse(term).related).toEqual([]);
  });

  it('asks for related terms as ids, not display names', () => {
    expect(issuesOf(glossarySchema.safeParse({ ...term, related: ['Sales qualified lead'] }))).toEqual([
      'related.0: related must list term ids like "sql"',
    ]);
  });

  it('requires an example', () => {
    expect(issuesOf(glossarySchema.safeParse({ term: 'SQL', short: 'x' }))).toEqual(['example: example is required']);
  });
});

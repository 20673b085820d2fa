import { describe, it, expect } from 'vitest';
import { guideSchema } from '../../src/schemas/guide';
import { glossarySchema } from '../../src/schemas/glossary';
import { emptyProgress, progressSchema } from '../../src/lib/learning/progress-codec';
import { attemptSchema, planEntrySchema, sharedResultSchema } from '../../src/schemas/assessment';
import { slug, slugRule, SLUG_MAX } from '../../src/schemas/common';

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
      'related.0: related term id must be lower-case words joined by hyphens, like "shared-goals" (at most 60 characters)',
    ]);
  });

  it('requires an example', () => {
    expect(issuesOf(glossarySchema.safeParse({ term: 'SQL', short: 'x' }))).toEqual(['example: example is required']);
  });
});

describe('strict schemas: a misspelt key stops the build', () => {
  const term = {
    term: 'SQL',
    short: 'A lead sales has accepted.',
    example: 'A webinar attendee from a good-fit company.',
  };

  it('names the unknown key and the field it was probably meant to be', () => {
    expect(issuesOf(glossarySchema.safeParse({ ...term, chapters: 'funnel-and-handoff' }))).toEqual([
      ': unknown field "chapters" (did you mean "chapter"?); the fields allowed here are term, expansion, short, example, related, chapter, aliases, everyday',
    ]);
  });

  it('names where a nested object has the unknown key, and every unknown key', () => {
    const sources = [{ title: 'A book', autor: 'Someone', year: 2006, pages: 12 }];
    expect(issuesOf(guideSchema.safeParse({ ...validChapter, sources }))).toEqual([
      'sources.0.author: Invalid input: expected string, received undefined',
      'sources.0: unknown fields "autor" (did you mean "author"?), "pages"; the fields allowed here are title, author, publisher, year, url, isbn',
    ]);
  });

  it('refuses unknown keys in saved and shared values too (nothing unexpected is kept)', () => {
    const progress = { ...emptyProgress(), extra: 1 };
    expect(progressSchema.safeParse(emptyProgress()).success).toBe(true);
    expect(progressSchema.safeParse(progress).success).toBe(false);
    const result = { questionnaireVersion: 1, nonce: 1, role: 'sales', team: '', date: '2026-01-02', answers: [3] };
    expect(sharedResultSchema.safeParse(result).success).toBe(true);
    expect(sharedResultSchema.safeParse({ ...result, admin: true }).success).toBe(false);
  });
});

describe('the one id rule', () => {
  it('accepts lower-case words joined by single hyphens, up to the limit', () => {
    for (const id of ['mql', 'funnel-and-handoff', 's3', 'a'.repeat(SLUG_MAX)])
      expect(slug('id').safeParse(id).success).toBe(true);
  });

  it('refuses capitals, spaces, stray hyphens and over-long ids, naming the field', () => {
    for (const id of ['MQL', 'lead scoring', '-lead', 'lead-', 'lead--scoring', '', 'a'.repeat(SLUG_MAX + 1)])
      expect(slug('chapter').safeParse(id).success).toBe(false);
    expect(issuesOf(slug('chapter').safeParse('Funnel'))).toEqual([`: ${slugRule('chapter')}`]);
  });
});

describe('saved values checked with refinements instead of zod record, union, int and regex', () => {
  const attempt = {
    completedAt: '2026-03-12T09:00:00.000Z',
    nonce: 1,
    questionnaireVersion: 2,
    role: 'sales',
    team: '',
    answers: { 'written-lead-stages': 4, 'shared-goals': 'dk' },
  };

  it('keeps a well-formed attempt as it is', () => {
    expect(attemptSchema.parse(attempt)).toEqual(attempt);
  });

  it('refuses answers off the scale, fractional numbers and impossible dates, naming the field', () => {
    expect(issuesOf(attemptSchema.safeParse({ ...attempt, answers: { a: 6 } }))[0]).toMatch(/^answers\.a: /);
    expect(issuesOf(attemptSchema.safeParse({ ...attempt, nonce: 1.5 }))).toEqual(['nonce: must be a whole number']);
    for (const completedAt of ['2026-02-30T09:00:00.000Z', '2026-03-12 09:00', '2026-03-12T09:00:00+01:00'])
      expect(issuesOf(attemptSchema.safeParse({ ...attempt, completedAt }))).toEqual([
        'completedAt: must be a date-time in UTC',
      ]);
  });

  it('takes an empty or a real due date in the action plan, nothing else', () => {
    for (const due of ['', '2026-12-31']) expect(planEntrySchema.safeParse({ owner: 'Ana', due }).success).toBe(true);
    for (const due of ['2026-13-01', 'soon', '2026-1-1'])
      expect(issuesOf(planEntrySchema.safeParse({ owner: 'Ana', due }))).toEqual([
        'due: must be a real day written YYYY-MM-DD',
      ]);
  });

  it('names a saved progress key that is not an id, and a review entry filed under another question', () => {
    const item = { chapter: 'a', question: 'q', step: 0, due: '2026-01-02', missed: '2026-01-01' };
    expect(
      issuesOf(progressSchema.safeParse({ ...emptyProgress(), tasks: { 'Bad Id': { doneOn: '2026-01-02' } } })),
    ).toEqual([`tasks.Bad Id: ${slugRule('A key')}`]);
    expect(progressSchema.safeParse({ ...emptyProgress(), review: { 'a/q': item } }).success).toBe(true);
    expect(issuesOf(progressSchema.safeParse({ ...emptyProgress(), review: { 'a/x': item } }))).toEqual([
      'review.a/x: a review key must name its question',
    ]);
    expect(progressSchema.safeParse({ ...emptyProgress(), review: { 'a/q': { ...item, step: 3 } } }).success).toBe(
      false,
    );
  });
});

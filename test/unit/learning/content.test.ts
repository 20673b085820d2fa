/**
 * The learning content as an editor could break it: a check that does not match its schema or
 * names no chapter, a path step to nowhere, too few activities, or text too hard to read.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { activitySchema, checkSchema, pathSchema } from '../../../src/schemas/learning';
import { learningRefErrors } from '../../../src/lib/learning/paths';
import { chapterIds as guideChapterIds } from '../../../src/schemas/chapter-ids';
import { fleschKincaidGrade } from '../../support/readability';

const content = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'content');
const yamlIn = (dir: string) =>
  readdirSync(path.join(content, dir))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({
      id: f.replace(/\.yaml$/, ''),
      data: parseYaml(readFileSync(path.join(content, dir, f), 'utf8')) as unknown,
    }));

const chapterIds = new Set(guideChapterIds);
const checks = yamlIn('checks').map((c) => ({ id: c.id, data: checkSchema.parse(c.data) }));
const paths = yamlIn('paths').map((p) => ({ id: p.id, data: pathSchema.parse(p.data) }));
const activities = (yamlIn('activities')[0]!.data as unknown[])
  .map((a) => activitySchema.parse(a))
  .map((a) => ({ id: a.id, data: a }));

describe('learning content', () => {
  it('has a check of at least four questions for every chapter, with single- and multiple-answer questions', () => {
    expect(checks.map((c) => c.id).sort()).toEqual([...chapterIds].sort());
    for (const c of checks) {
      expect(c.data.questions.length).toBeGreaterThanOrEqual(4);
      expect(
        c.data.questions.some((q) => q.kind === 'multiple'),
        `${c.id} has a multiple-answer question`,
      ).toBe(true);
    }
  });

  it('has at least 16 sorting activities in all three groups, with unique ids', () => {
    expect(activities.length).toBeGreaterThanOrEqual(16);
    expect(new Set(activities.map((a) => a.id)).size).toBe(activities.length);
    for (const g of ['marketing', 'sales', 'both'])
      expect(activities.filter((a) => a.data.group === g).length).toBeGreaterThanOrEqual(4);
  });

  it('has a path for each audience, and every path step, check and activity points at something that exists', () => {
    expect(paths.map((p) => p.data.audience).sort()).toEqual(['manager', 'new-hire', 'student']);
    expect(learningRefErrors({ chapterIds, checkIds: new Set(checks.map((c) => c.id)), paths, activities })).toEqual(
      [],
    );
  });

  it('names the file and the problem when a path points at a missing chapter', () => {
    const broken = [
      {
        id: 'student',
        data: {
          sections: [{ title: 'Part 1', ask: [], steps: [{ kind: 'chapter' as const, chapter: 'no-such-chapter' }] }],
        },
      },
    ];
    expect(learningRefErrors({ chapterIds, checkIds: new Set(), paths: broken, activities: [] })).toEqual([
      'content/paths/student.yaml → chapter step: no chapter with id "no-such-chapter" (a chapter id is a file name in content/guide/)',
    ]);
  });

  it('rejects a single-answer question with two right answers, naming the question', () => {
    const q = {
      id: 'q',
      prompt: 'Which?',
      kind: 'single',
      options: [
        { text: 'A', correct: true, explanation: 'x' },
        { text: 'B', correct: true, explanation: 'y' },
      ],
    };
    const result = checkSchema.safeParse({
      questions: [q, { ...q, id: 'q2' }, { ...q, id: 'q3' }, { ...q, id: 'q4' }],
    });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.message).toBe(
      'a single-answer question needs exactly one correct option; "q" has 2',
    );
  });

  it('is written for a first-year student (Flesch–Kincaid grade 11 or below per file)', () => {
    const texts: [string, string][] = [
      ...checks.map((c): [string, string] => [
        `checks/${c.id}`,
        c.data.questions.flatMap((q) => [q.prompt, ...q.options.flatMap((o) => [o.text, o.explanation])]).join(' '),
      ]),
      ['activities', activities.map((a) => `${a.data.text}. ${a.data.explanation}`).join(' ')],
      ...paths.map((p): [string, string] => [
        `paths/${p.id}`,
        [p.data.intro, p.data.finish, ...p.data.sections.flatMap((s) => [s.summary ?? '', ...s.ask])].join(' '),
      ]),
    ];
    const grades = texts.map(([name, text]) => [name, Math.round(fleschKincaidGrade(text) * 10) / 10] as const);
    if (process.env.CONTENT_REPORT) console.log(grades.map(([n, g]) => `${n}: ${g}`).join('\n'));
    expect(grades.filter(([, g]) => g > 11)).toEqual([]);
  });
});

describe('predict, then reveal', () => {
  it('is used at least three times in the guide, each with a source', () => {
    const uses = [...chapterIds].flatMap((id) => {
      const mdx = readFileSync(path.join(content, 'guide', `${id}.mdx`), 'utf8');
      return [...mdx.matchAll(/<PredictReveal\b[\s\S]*?>/g)].map((m) => ({ id, tag: m[0] }));
    });
    expect(uses.length).toBeGreaterThanOrEqual(3);
    for (const u of uses)
      expect(u.tag, `${u.id}: PredictReveal needs a source`).toMatch(
        /source=\{\{[^}]*title:[^}]*author:[^}]*year: \d{4}/,
      );
  });
});

import { getCollection, type CollectionEntry } from 'astro:content';
import { sortChapters, chapterHref } from '../lib/chapters';
import { countWords, readingMinutes } from '../lib/reading';
import type { ChapterRef } from '../lib/learning/continue';
import { allSteps, learningRefErrors, pathHref, stepKey } from '../lib/learning/paths';
import { mixedOrder } from '../lib/learning/order';
import { reviewKey } from '../lib/learning/review';
import type { PathStep } from '../schemas/learning';
import type { ChapterInfo, PathInfo, StepView } from '../lib/learning/views';
import { withBase } from '../lib/base';

/** What a path's tool step is called and where it leads. */
const toolViews: Record<Extract<PathStep, { kind: 'tool' }>['tool'], { title: string; path: string }> = {
  funnel: { title: 'Build a funnel in the funnel builder', path: '/funnel/' },
  assessment: { title: 'Take the self-assessment', path: '/assessment/' },
  numbers: { title: 'Read your CRM export in Your own numbers', path: '/your-numbers/' },
};

/**
 * Loads chapters, checks, activities and paths for the learning pages, and stops the build,
 * naming the file, when a path, check or activity points at something that does not exist.
 */
export async function loadLearning() {
  const { chapters, refs } = await loadChapterRefs();
  const checks = await getCollection('checks');
  // Collections come back sorted by id; mix them so one group's activities never bunch together.
  const activities = mixedOrder(await getCollection('activities'));
  const paths = (await getCollection('paths')).sort((a, b) => a.data.order - b.data.order);
  const errors = learningRefErrors({
    chapterIds: new Set(chapters.map((c) => c.id)),
    checkIds: new Set(checks.map((c) => c.id)),
    paths,
    activities,
  });
  if (errors.length) throw new Error(`Learning content has broken links:\n${errors.join('\n')}`);
  const questionCount = new Map(checks.map((c) => [c.id, c.data.questions.length]));
  const chapterInfo: ChapterInfo[] = refs.map((c) => ({ ...c, questions: questionCount.get(c.id) ?? 0 }));
  /** Every question that can be reviewed, by "chapter/question". */
  const reviewKeys = checks.flatMap((c) => c.data.questions.map((q) => reviewKey(c.id, q.id)));
  const titles = new Map(chapters.map((c) => [c.id, c.data.title]));

  const view = (step: PathStep): StepView => {
    const base = { key: stepKey(step), step, note: step.note };
    switch (step.kind) {
      case 'chapter':
        return { ...base, kind: 'Read', title: titles.get(step.chapter)!, href: chapterHref(step.chapter) };
      case 'check':
        return {
          ...base,
          kind: 'Check',
          title: `Take the check for “${titles.get(step.chapter)}”`,
          href: `${chapterHref(step.chapter)}#check`,
        };
      case 'exercise':
        return {
          ...base,
          kind: 'Exercise',
          title: 'Marketing, sales or both? Sort the activities',
          href: withBase('/practice/sort/'),
        };
      case 'tool':
        return { ...base, kind: 'Tool', title: toolViews[step.tool].title, href: withBase(toolViews[step.tool].path) };
      case 'task':
        return { ...base, kind: 'Task', title: step.title };
    }
  };
  const pathInfo: PathInfo[] = paths.map((p) => ({
    id: p.id,
    title: p.data.title,
    href: pathHref(p.id),
    steps: allSteps(p.data),
  }));
  return { chapters, chapterInfo, checks, activities, paths, pathInfo, reviewKeys, view };
}

/**
 * The chapters in reading order, as the home page and the guide index show them: each one's
 * reading time, its reference for the progress islands, and the guide's total reading time.
 */
export async function loadChapterRefs() {
  const chapters = sortChapters(await getCollection('guide'));
  const minutes = chapters.map((c) => readingMinutes(countWords(c.body ?? '')));
  const refs: ChapterRef[] = chapters.map((c) => ({
    id: c.id,
    order: c.data.order,
    title: c.data.title,
    href: chapterHref(c.id),
  }));
  return { chapters, minutes, refs, totalMinutes: minutes.reduce((sum, m) => sum + m, 0) };
}

export type PathEntry = CollectionEntry<'paths'>;

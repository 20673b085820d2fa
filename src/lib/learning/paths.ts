import type { LearningPath, PathSection, PathStep, PathTrack } from '../../schemas/learning';
import type { Progress } from './progress-codec';
import { chapterRefErrors, type ChapterRef } from '../chapters';
import { withBase } from '../base';

/** Whether the reader has done a step, judged only from saved progress. */
export function stepDone(step: PathStep, p: Progress): boolean {
  switch (step.kind) {
    case 'chapter':
      return Boolean(p.chapters[step.chapter]);
    case 'check':
      return Boolean(p.checks[step.chapter]);
    case 'exercise':
      return Boolean(p.exercises[step.exercise]);
    case 'tool':
      return Boolean(p.tools[step.tool]);
    case 'task':
      return Boolean(p.tasks[step.id]);
  }
}

export const allSteps = (path: Pick<LearningPath, 'sections'>) => path.sections.flatMap((s) => s.steps);

/** A path as one role follows it: the shared sections, then the track's own. */
export function trackSections(path: Pick<LearningPath, 'sections' | 'tracks'>, track: PathTrack): PathSection[] {
  return [...path.sections.slice(0, path.tracks?.after ?? 0), ...track.sections];
}

/** Every plan a path offers: the general one and one per role track, each checked on its own. */
function pathPlans(path: { id: string; data: Pick<LearningPath, 'sections' | 'tracks'> }) {
  return [
    { file: `content/paths/${path.id}.yaml`, sections: path.data.sections },
    ...(path.data.tracks?.choices ?? []).map((t) => ({
      file: `content/paths/${path.id}.yaml (track "${t.id}")`,
      sections: trackSections(path.data, t),
    })),
  ];
}

/** Steps done out of all steps, and the first step not done yet (null when finished). */
export function pathProgress(
  steps: readonly PathStep[],
  p: Progress,
): { done: number; total: number; next: PathStep | null } {
  const done = steps.filter((s) => stepDone(s, p)).length;
  return { done, total: steps.length, next: steps.find((s) => !stepDone(s, p)) ?? null };
}

/** A stable key for a step, for lists and ids. */
export function stepKey(step: PathStep): string {
  switch (step.kind) {
    case 'chapter':
    case 'check':
      return `${step.kind}-${step.chapter}`;
    case 'exercise':
      return `exercise-${step.exercise}`;
    case 'tool':
      return `tool-${step.tool}`;
    case 'task':
      return `task-${step.id}`;
  }
}

/**
 * Broken references in paths, checks and activities, each naming the file and what is
 * wrong, so a typo fails the build instead of shipping a step that can never be done.
 */
export function learningRefErrors(input: {
  chapterIds: Set<string>;
  checkIds: Set<string>;
  paths: { id: string; data: Pick<LearningPath, 'sections' | 'tracks'> }[];
  activities: { id: string; data: { chapter?: string } }[];
}): string[] {
  const errors: string[] = [];
  for (const c of input.checkIds)
    if (!input.chapterIds.has(c))
      errors.push(`content/checks/${c}.yaml: there is no chapter content/guide/${c}.mdx for this check`);
  const chapterRefs: ChapterRef[] = input.activities.flatMap((a) =>
    a.data.chapter
      ? [{ file: 'content/activities/marketing-or-sales.yaml', field: `${a.id}.chapter`, chapter: a.data.chapter }]
      : [],
  );
  for (const path of input.paths) {
    const tracks = path.data.tracks;
    if (!tracks) continue;
    if (tracks.after >= path.data.sections.length)
      errors.push(`content/paths/${path.id}.yaml → tracks.after: must leave at least one section for the general plan`);
    const ids = tracks.choices.map((t) => t.id);
    for (const id of new Set(ids.filter((id, i) => ids.indexOf(id) !== i)))
      errors.push(`content/paths/${path.id}.yaml → tracks: track id "${id}" is used twice`);
  }
  for (const plan of input.paths.flatMap(pathPlans)) {
    const seen = new Set<string>();
    for (const step of allSteps(plan)) {
      const key = stepKey(step);
      if (seen.has(key)) errors.push(`${plan.file}: step "${key}" appears twice`);
      seen.add(key);
      if (step.kind === 'chapter' || step.kind === 'check')
        chapterRefs.push({ file: plan.file, field: `${step.kind} step`, chapter: step.chapter });
      if (step.kind === 'check' && input.chapterIds.has(step.chapter) && !input.checkIds.has(step.chapter)) {
        errors.push(`${plan.file}: chapter "${step.chapter}" has no check in content/checks/`);
      }
    }
  }
  return [...chapterRefErrors(chapterRefs, input.chapterIds), ...errors];
}

/** Where a path is read: the new-hire path is the onboarding page, the others live under /paths/. */
export const pathHref = (id: string) => withBase(id === 'new-hire' ? '/onboarding/' : `/paths/${id}/`);

import { getCollection, getEntry } from 'astro:content';
import { buildQuestionnaire, type Questionnaire } from './questionnaire';

/** The questionnaire from content/assessment/, checked; for Astro pages only (build time). */
export async function loadQuestionnaire(): Promise<Questionnaire> {
  const meta = await getEntry('assessmentQuestionnaire', 'questionnaire');
  if (!meta) throw new Error('content/assessment/questionnaire.yaml must have a top-level "questionnaire:" entry.');
  const dimensions = await getCollection('assessmentDimensions');
  const past = await getCollection('assessmentVersions');
  return buildQuestionnaire(
    meta.data,
    dimensions.map((d) => ({ id: d.id, ...d.data })),
    past.map((p) => p.data).sort((a, b) => a.version - b.version),
  );
}

/** Titles of the guide chapters that exist, so links point only at pages that are built. */
export async function chapterTitles(): Promise<Record<string, string>> {
  const chapters = await getCollection('guide');
  return Object.fromEntries(chapters.map((c) => [c.id, c.data.title]));
}

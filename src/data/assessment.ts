import { getCollection, getEntry } from 'astro:content';
import { buildQuestionnaire, dimensionChapterRefs, type Questionnaire } from '../lib/assessment/questionnaire';
import { chapterRefErrors } from '../lib/chapters';

/** The questionnaire from content/assessment/, checked; for Astro pages only (build time). */
export async function loadQuestionnaire(): Promise<Questionnaire> {
  const meta = await getEntry('assessmentQuestionnaire', 'questionnaire');
  if (!meta) throw new Error('content/assessment/questionnaire.yaml must have a top-level "questionnaire:" entry.');
  const dimensions = (await getCollection('assessmentDimensions')).map((d) => ({ id: d.id, ...d.data }));
  const past = (await getCollection('assessmentVersions')).map((p) => p.data).sort((a, b) => a.version - b.version);
  const chapters = new Set((await getCollection('guide')).map((c) => c.id));
  const errors = chapterRefErrors(dimensionChapterRefs(dimensions), chapters);
  if (errors.length) throw new Error(`The self-assessment links to missing chapters:\n${errors.join('\n')}`);
  return buildQuestionnaire(meta.data, dimensions, past);
}

/** Titles of the guide chapters that exist, so links point only at pages that are built. */
export async function chapterTitles(): Promise<Record<string, string>> {
  const chapters = await getCollection('guide');
  return Object.fromEntries(chapters.map((c) => [c.id, c.data.title]));
}

import type { DimensionData, PastVersion, QuestionnaireMeta } from '../../schemas/assessment-content';
import { fnv1a } from '../fnv1a';

/** A dimension with its id (the content file's name). */
export interface Dimension extends DimensionData {
  id: string;
}

/** The questionnaire the widgets use: version, level texts and dimensions in order. */
export interface Questionnaire {
  version: number;
  levels: QuestionnaireMeta['levels'];
  dimensions: Dimension[];
  /** Earlier versions' statements, so their codes and saved attempts still open. */
  past?: PastVersion[];
}

/** Every statement id in questionnaire order: the order answers take in a result code. */
export function statementIds(q: Pick<Questionnaire, 'dimensions'>): string[] {
  return q.dimensions.flatMap((d) => d.statements.map((s) => s.id));
}

/** How many statements the first `dimensions` dimensions hold (all of them by default). */
export const statementCount = (q: Pick<Questionnaire, 'dimensions'>, dimensions = q.dimensions.length) =>
  q.dimensions.slice(0, Math.max(0, dimensions)).reduce((n, d) => n + d.statements.length, 0);

/** Every chapter a dimension names, for the one chapter-reference check (lib/chapters.ts). */
export const dimensionChapterRefs = (dimensions: readonly Pick<Dimension, 'id' | 'chapters'>[]) =>
  dimensions.flatMap((d) =>
    d.chapters.map((chapter) => ({ file: `content/assessment/dimensions/${d.id}.yaml`, field: 'chapters', chapter })),
  );

/** Checksum of the ordered statement ids; changes whenever statements are added, removed or moved. */
export function fingerprint(q: Pick<Questionnaire, 'dimensions'>): string {
  return fnv1a(statementIds(q).join('|'));
}

/**
 * Sorts dimensions and checks what a schema cannot see across files: unique orders, unique
 * statement ids, and a fingerprint that matches (so a changed questionnaire gets a new version).
 * Throws a message that tells the editor what to fix; the build stops on it.
 */
export function buildQuestionnaire(
  meta: QuestionnaireMeta,
  dimensions: Dimension[],
  past: PastVersion[] = [],
): Questionnaire {
  const sorted = [...dimensions].sort((a, b) => a.order - b.order);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.order === sorted[i - 1]!.order) {
      throw new Error(
        `content/assessment/dimensions/${sorted[i - 1]!.id}.yaml and ${sorted[i]!.id}.yaml both have order ${sorted[i]!.order}: each dimension needs its own.`,
      );
    }
  }
  const seen = new Map<string, string>();
  for (const d of sorted) {
    for (const s of d.statements) {
      const other = seen.get(s.id);
      if (other)
        throw new Error(
          `Statement id "${s.id}" is used in both ${other}.yaml and ${d.id}.yaml: statement ids must be unique.`,
        );
      seen.set(s.id, d.id);
    }
  }
  if (seen.size > 255)
    throw new Error('The questionnaire has more than 255 statements, which a result code cannot hold.');
  const q: Questionnaire = { version: meta.version, levels: meta.levels, dimensions: sorted, past };
  for (const p of past) {
    const where = `content/assessment/versions/v${p.version}.yaml`;
    if (p.version >= meta.version)
      throw new Error(`${where} holds version ${p.version}, but only versions before ${meta.version} belong there.`);
    const unknown = Object.keys(p.dimensions).filter((id) => !sorted.some((d) => d.id === id));
    if (unknown.length) throw new Error(`${where} names dimensions that do not exist: ${unknown.join(', ')}.`);
    const old = forVersion(q, p.version)!;
    if (fingerprint(old) !== p.fingerprint)
      throw new Error(
        `${where}: its statements do not match fingerprint ${p.fingerprint} (they give ${fingerprint(old)}).`,
      );
  }
  const actual = fingerprint(q);
  if (actual !== meta.fingerprint) {
    throw new Error(
      `The statements in content/assessment/ changed (fingerprint ${actual}, questionnaire.yaml says ${meta.fingerprint}). ` +
        `If you added, removed or reordered statements, increase "version" (now ${meta.version}); then set fingerprint: "${actual}".`,
    );
  }
  return q;
}

/**
 * The questionnaire as it was in an earlier version: today's dimensions, level texts and
 * actions with that version's statements. Null for a version this site does not know.
 */
export function forVersion(q: Questionnaire, version: number): Questionnaire | null {
  if (version === q.version) return q;
  const p = q.past?.find((x) => x.version === version);
  if (!p) return null;
  return {
    ...q,
    version,
    past: [],
    dimensions: q.dimensions.map((d) => ({ ...d, statements: p.dimensions[d.id] ?? [] })),
  };
}

/**
 * What changed since an earlier version, for messages about old codes and attempts: each later
 * version's note in turn, since a version's note says only what the next one changed.
 */
export const changesSince = (q: Questionnaire, version: number) =>
  (q.past ?? [])
    .filter((x) => x.version >= version)
    .sort((a, b) => a.version - b.version)
    .map((x) => x.changes)
    .join(' ');

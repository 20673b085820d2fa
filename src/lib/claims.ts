import { CLAIM_KINDS, type ClaimKind, type ClaimSource } from '../schemas/claim';
import { withBase } from './base';

/** The kinds in words, as the label and the evidence page show them. */
export const kindLabels: Record<ClaimKind, string> = {
  'field-study': 'Field study',
  survey: 'Survey',
  experiment: 'Experiment',
  'practitioner-analysis': 'Practitioner analysis',
  'company-story': 'Company story',
  'expert-opinion': 'Expert opinion',
};

/** Headings on /evidence/, in the order of CLAIM_KINDS. */
export const kindHeadings: Record<ClaimKind, string> = {
  'field-study': 'Field studies',
  survey: 'Surveys',
  experiment: 'Experiments',
  'practitioner-analysis': 'Practitioner analyses',
  'company-story': 'Company stories',
  'expert-opinion': 'Expert opinion',
};

export { CLAIM_KINDS };

export const claimHref = (id: string) => withBase(`/evidence/#${id}`);

/** Surnames from "A B, C D and E F": the last word of each name. */
function surnames(author: string): string[] {
  return author
    .split(/,\s*|\s+and\s+|\s*&\s*/)
    .map((name) => name.trim().split(/\s+/).at(-1) ?? '')
    .filter(Boolean);
}

/** "Oldroyd et al. 2011", "Homburg and Jensen 2007", or the source's own `short` form. */
export function shortSource(s: Pick<ClaimSource, 'author' | 'year' | 'short'>): string {
  if (s.short) return `${s.short}\u00a0${s.year}`;
  const names = surnames(s.author);
  const who = names.length > 2 ? `${names[0]} et al.` : names.join(' and ');
  return `${who}\u00a0${s.year}`;
}

/** Ids of the claims a chapter body labels, in order of first use. */
export function claimIdsIn(body: string): string[] {
  const ids = [...body.matchAll(/<Claim\s+id=["']([^"']+)["']/g)].map((m) => m[1]!);
  return [...new Set(ids)];
}

/** Which chapters use each claim: claim id → chapter ids, in the order given. */
export function claimUses(chapters: { id: string; body?: string }[]): Map<string, string[]> {
  const uses = new Map<string, string[]>();
  for (const c of chapters) {
    for (const id of claimIdsIn(c.body ?? '')) uses.set(id, [...(uses.get(id) ?? []), c.id]);
  }
  return uses;
}

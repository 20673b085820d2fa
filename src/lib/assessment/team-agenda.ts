import type { Role } from '../../schemas/assessment';
import type { Dimension } from './questionnaire';
import type { TeamResult } from './team-score';

export interface WorkshopItem {
  dimension: Dimension;
  /** Why it is on the agenda, in words. */
  reason: string;
  prompts: string[];
}

const fmt1 = (x: number) => x.toFixed(1);

/**
 * The workshop agenda: the three largest marketing–sales gaps (any size above zero) and the three
 * lowest-scoring dimensions, each with its discussion prompts. A dimension on both lists appears once.
 */
export function workshopAgenda(team: TeamResult): { gaps: WorkshopItem[]; lowest: WorkshopItem[] } {
  const gaps = team.dimensions
    .filter((d) => d.gap.gap !== null && Math.abs(d.gap.gap) > 0)
    .sort((a, b) => Math.abs(b.gap.gap!) - Math.abs(a.gap.gap!) || a.dimension.order - b.dimension.order)
    .slice(0, 3)
    .map((d) => ({
      dimension: d.dimension,
      reason: `Marketing ${fmt1(d.gap.marketing!)}, sales ${fmt1(d.gap.sales!)}: a gap of ${fmt1(Math.abs(d.gap.gap!))} points${d.gap.flagged ? ' (large)' : ''}.`,
      prompts: d.dimension.prompts,
    }));
  const onGapList = new Set(gaps.map((g) => g.dimension.id));
  const lowest = team.dimensions
    .filter((d) => d.lower !== null && !onGapList.has(d.dimension.id))
    .sort((a, b) => a.lower!.mean - b.lower!.mean || a.dimension.order - b.dimension.order)
    .slice(0, 3)
    .map((d) => ({
      dimension: d.dimension,
      reason: `Team score ${d.mean} (${d.level}); lowest view: ${roleWords[d.lower!.role]} ${fmt1(d.lower!.mean)}.`,
      prompts: d.dimension.prompts,
    }));
  return { gaps, lowest };
}

/** Roles as they read inside a sentence. */
export const roleWords: Record<Role, string> = {
  marketing: 'marketing',
  sales: 'sales',
  leadership: 'leadership',
  other: 'other respondents',
};

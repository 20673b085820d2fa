import type { Funnel } from '../../schemas/funnel';
import { forward } from './model';
import { findHandoff } from './insights';
import { formatCount, formatPct, pluralName } from './format';

export interface SlaDraft {
  title: string;
  /** Numbered commitments, one per paragraph. */
  clauses: string[];
}

/**
 * A two-way service-level agreement drafted from the handoff: marketing delivers N a month,
 * sales follows up each within H hours with at least K attempts, both review monthly.
 * Null when the funnel has no marketing-to-sales handoff.
 */
export function draftSla(f: Funnel, hours: number, attempts: number): SlaDraft | null {
  const r = forward(f);
  const h = findHandoff(f, r);
  if (!h) return null;
  const one = pluralName(h.fromName, 1);
  const many = pluralName(h.fromName, h.count);
  return {
    title: `Service-level agreement (draft): the ${h.fromName} to ${h.toName} handoff`,
    clauses: [
      `Marketing delivers ${formatCount(h.count)} ${many} a month to sales, each one meeting the definition of ${one} that both teams signed.`,
      `Sales follows up every ${one} within ${hours} ${hours === 1 ? 'hour' : 'hours'} of receiving it, and makes at least ${attempts} ${attempts === 1 ? 'attempt' : 'attempts'} to reach the buyer before handing it back to marketing with a reason.`,
      `Both teams review the numbers together once a month: ${many} delivered, the share followed up in time, and how many became ${pluralName(h.toName, 2)} (the plan expects ${formatCount(h.accepted)} a month, ${formatPct(h.count > 0 ? (h.accepted / h.count) * 100 : null)} of those handed over).`,
      'If either side misses its part for two months running, the heads of marketing and sales agree a fix together.',
    ],
  };
}

/** The draft as plain text for the clipboard. */
export function slaText(d: SlaDraft): string {
  return [d.title, '', ...d.clauses.map((c, i) => `${i + 1}. ${c}`)].join('\n');
}

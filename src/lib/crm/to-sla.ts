/*
 * "Fill the SLA draft": the handoff's measured volumes and the measured speed to lead, for the
 * funnel builder's SLA draft. The volumes are the measured funnel's own (so they match the
 * scenario "Use these numbers" makes); the follow-up hours start from the median first response.
 */
import { LIMITS, slaMeasuredSchema, type Funnel, type SlaMeasured } from '../../schemas/funnel';
import type { Summary } from '../../schemas/crm';
import { findHandoff } from '../funnel/insights';
import { dateRange } from './combine';

export type MeasuredSla = { ok: true; measured: SlaMeasured; hours: number | null } | { ok: false; message: string };

/** Whole hours for the SLA from a median in hours: rounded up, 1 to the longest the builder allows. */
export const slaHours = (median: number) => Math.min(LIMITS.hoursMax, Math.max(1, Math.ceil(median)));

/** `funnel` is the measured funnel (see measuredFunnel); null when the files did not make one. */
export function measuredSla(summary: Summary, funnel: Funnel | null): MeasuredSla {
  const h = funnel && findHandoff(funnel);
  if (!h)
    return {
      ok: false,
      message:
        'The SLA draft needs a handoff: a leads file with the dates leads became MQLs (or another marketing stage) and SQLs.',
    };
  const range = dateRange(summary);
  const months = range ? `${range.first.slice(0, 7)} to ${range.last.slice(0, 7)}` : '';
  const median = summary.leads?.speed?.all.median ?? null;
  const parsed = slaMeasuredSchema.safeParse({
    from: `${summary.name.slice(0, 200)}${months ? `, ${months}` : ''}`,
    fromName: h.fromName,
    toName: h.toName,
    delivered: Math.round(h.count * 10) / 10,
    accepted: Math.round(h.accepted * 10) / 10,
    medianHours: median,
  });
  if (!parsed.success) return { ok: false, message: 'The measured handoff could not be read as an SLA draft.' };
  return { ok: true, measured: parsed.data, hours: median === null ? null : slaHours(median) };
}

import type { Funnel, SlaMeasured } from '../../schemas/funnel';
import { forward, type ForwardResult } from './model';
import { findHandoff } from './insights';
import { numbersFor, pluralName } from './format';
import { BIDI_CONTROLS } from '../../schemas/checks';

/** A piece of a sentence: plain text, or a name the reader typed (isolated so its direction cannot reorder the rest). */
export type Part = string | { name: string };
export type Sentence = Part[];

export interface SlaDraft {
  title: Sentence;
  /** Says where the numbers come from: today's funnel, the goal, or the CRM files (named as the reader named them). */
  basis: Sentence;
  /** Numbered commitments, one per paragraph. */
  clauses: Sentence[];
  /** What marketing delivers each month (the handoff stage's count). */
  delivered: number;
}

/**
 * A two-way service-level agreement drafted from the handoff: marketing delivers N a month,
 * sales follows up each within H hours with at least K attempts, both review monthly.
 * `plan` is the funnel's numbers to commit to: today's forward result, or in goal mode what
 * the goal needs (see goalAsForward). `measured` (filled from a CRM export) replaces the
 * handoff's names and volumes, and the basis says where they came from. Null when there is
 * no marketing-to-sales handoff to draft for.
 */
export function draftSla(
  f: Funnel,
  hours: number,
  attempts: number,
  plan: ForwardResult = forward(f),
  forGoal = false,
  measured?: SlaMeasured,
): SlaDraft | null {
  const h = measured
    ? { fromName: measured.fromName, toName: measured.toName, count: measured.delivered, accepted: measured.accepted }
    : findHandoff(f, plan);
  if (!h) return null;
  const { count, money, pct } = numbersFor(f.currency);
  const one = { name: pluralName(h.fromName, 1) };
  const many = { name: pluralName(h.fromName, h.count) };
  return {
    title: ['Service-level agreement (draft): the ', { name: h.fromName }, ' to ', { name: h.toName }, ' handoff'],
    basis: measured
      ? measuredBasis(measured, count)
      : [
          forGoal
            ? `These numbers are what the goal of ${money(f.target)} a month needs, not what the funnel delivers today.`
            : 'These numbers are what the funnel delivers today.',
        ],
    delivered: h.count,
    clauses: [
      [
        `Marketing delivers ${count(h.count)} `,
        many,
        ' a month to sales, each one meeting the definition of ',
        one,
        ' that both teams signed.',
      ],
      [
        'Sales follows up every ',
        one,
        ` within ${hours} ${hours === 1 ? 'hour' : 'hours'} of receiving it, and makes at least ${attempts} ${attempts === 1 ? 'attempt' : 'attempts'} to reach the buyer before handing it back to marketing with a reason.`,
      ],
      [
        'Both teams review the numbers together once a month: ',
        many,
        ' delivered, the share followed up in time, and how many became ',
        { name: pluralName(h.toName, 2) },
        ` (${measured ? 'your CRM shows' : 'the plan expects'} ${count(h.accepted)} a month, ${pct(h.count > 0 ? (h.accepted / h.count) * 100 : null)} of those handed over).`,
      ],
      ['If either side misses its part for two months running, the heads of marketing and sales agree a fix together.'],
    ],
  };
}

/** Where measured numbers came from, in one sentence (the file name isolated on screen, as the reader named it). */
function measuredBasis(m: SlaMeasured, count: (n: number) => string): Sentence {
  const speed =
    m.medianHours === null
      ? 'The files had no response times, so the follow-up hours are yours to set.'
      : `Half of your leads were answered within ${count(Math.round(m.medianHours * 10) / 10)} ${m.medianHours === 1 ? 'hour' : 'hours'} (the median first response), the starting point for the follow-up hours.`;
  return [
    'These numbers were measured in ',
    { name: m.from },
    `: ${count(m.delivered)} ${pluralName(m.fromName, m.delivered)} and ${count(m.accepted)} ${pluralName(m.toName, m.accepted)} a month. ${speed}`,
  ];
}

/**
 * A sentence as plain text for the clipboard. Names are isolated only on screen (<bdi>): isolate
 * characters in copied text are invisible, and they break search, spell checks and pasted names in
 * the tools people paste an SLA into. Any bidi control left in a name is dropped for the same reason.
 */
export const sentenceText = (s: Sentence) =>
  s.map((p) => (typeof p === 'string' ? p : p.name.replace(BIDI_CONTROLS, ''))).join('');

/** The draft as plain text for the clipboard. */
export function slaText(d: SlaDraft): string {
  return [
    sentenceText(d.title),
    sentenceText(d.basis),
    '',
    ...d.clauses.map((c, i) => `${i + 1}. ${sentenceText(c)}`),
  ].join('\n');
}

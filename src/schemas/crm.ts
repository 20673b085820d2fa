/*
 * The CRM reader's saved shapes: the column mappings a reader corrected (kept per header shape
 * so the next export of the same kind is read the same way) and the summary a reader chose to
 * keep. Both hold counts, rates and labels only, never the file's rows. zod mini, as in
 * ./funnel, because these ship to the browser.
 */
import './no-eval';
import * as z from 'zod/mini';

const label = z.string().check(z.maxLength(200));
const count = z.number().check(z.minimum(0));
const rate = z.nullable(z.number().check(z.minimum(0), z.maximum(1)));
const num = z.nullable(z.number());
const month = z.string().check(z.regex(/^\d{4}-\d{2}$/));
const day = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

const mappingSchema = z.strictObject({
  kind: z.enum(['leads', 'deals', 'customers']),
  columns: z.record(z.string(), label),
  dateOrder: z.enum(['mdy', 'dmy']),
  responseUnit: z.enum(['hours', 'minutes', 'seconds', 'ms']),
});

/** Mappings by header shape (see headerShape in lib/crm/fields), newest last, at most 20. */
export const mappingsStateSchema = z.strictObject({
  byShape: z.array(z.strictObject({ shape: z.string(), mapping: mappingSchema })).check(z.maxLength(20)),
});
export type MappingsState = z.infer<typeof mappingsStateSchema>;

const spreadSchema = z.strictObject({ n: count, median: num, p90: num });

const stageRowSchema = z.strictObject({
  id: z.string(),
  label: z.string(),
  reached: count,
  /** Share of this stage that reached the next; null for the last. */
  toNext: rate,
  dropOff: z.nullable(count),
  /** Days from this stage to the next. */
  days: z.nullable(spreadSchema),
});

const speedGroupSchema = z.strictObject({
  label,
  leads: count,
  responded: count,
  median: num,
  /** curve[h]: leads answered within h hours, h = 0…168. */
  curve: z.array(count),
});
export type SpeedGroup = z.infer<typeof speedGroupSchema>;

/** How many rows a file had and the first and last day they cover. */
const fileSpan = { rows: count, first: day, last: day };

const leadsSummarySchema = z.strictObject({
  ...fileSpan,
  /** Average new leads per month over the file's span. */
  monthlyVolume: count,
  stages: z.array(stageRowSchema),
  months: z.array(z.strictObject({ month, counts: z.array(count), cohortToLast: rate })),
  sources: z.array(z.strictObject({ label, leads: count, reachedLast: count, rate })),
  outOfOrder: count,
  speed: z.nullable(
    z.strictObject({
      all: speedGroupSchema,
      byOwner: z.array(speedGroupSchema),
      bySource: z.array(speedGroupSchema),
    }),
  ),
});
export type LeadsSummary = z.infer<typeof leadsSummarySchema>;

const outcomeGroup = z.strictObject({ label, won: count, lost: count, open: count, rate, wonValue: count });
const dealsSummarySchema = z.strictObject({
  ...fileSpan,
  won: count,
  lost: count,
  open: count,
  winRate: rate,
  avgWon: num,
  medianWon: num,
  /** Days from created to won. */
  cycle: spreadSchema,
  bySource: z.array(outcomeGroup),
  byOwner: z.array(outcomeGroup),
  months: z.array(z.strictObject({ month, won: count, lost: count, wonValue: count })),
});
export type DealsSummary = z.infer<typeof dealsSummarySchema>;

const customersSummarySchema = z.strictObject({
  rows: count,
  asOf: day,
  active: count,
  mrrNow: count,
  /** Over the 12 months before asOf, for customers active at its start; null when there were none. */
  grr: num,
  nrr: num,
  /** False when only one MRR column was given, so expansion could not be seen and NRR equals GRR. */
  expansionMeasured: z.boolean(),
  churnMonths: z.array(z.strictObject({ month, active: count, churned: count, rate })),
  cohorts: z.array(z.strictObject({ month, started: count, active: count })),
});
export type CustomersSummary = z.infer<typeof customersSummarySchema>;

export const summarySchema = z.strictObject({
  /** The files' names, shown as the summary's title. */
  name: label,
  files: z.array(z.strictObject({ name: label, kind: z.enum(['leads', 'deals', 'customers']), rows: count })),
  leads: z.nullable(leadsSummarySchema),
  deals: z.nullable(dealsSummarySchema),
  customers: z.nullable(customersSummarySchema),
});
export type Summary = z.infer<typeof summarySchema>;

/** What "keep this summary" saves under msg:crm-summary. */
export const keptSummarySchema = z.strictObject({
  summary: z.nullable(summarySchema),
  keptAt: z.nullable(day),
});
export type KeptSummary = z.infer<typeof keptSummarySchema>;

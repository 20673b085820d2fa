/*
 * Written with zod mini (the same zod 4 core as astro/zod, with a function-style API) because
 * these schemas ship to the browser in the funnel island: the full zod API would triple its
 * size. Content collections accept any zod 4 schema, so presets nest these parts too.
 */
import './no-eval';
import * as z from 'zod/mini';
import { slug as idRule } from './slug';
import { somethingVisible, withoutBidiControls } from './checks';
import { teamSchema } from './funnel-team';

/** What the builder needs from a schema: zod's safeParse. */
export type Schema<T> = z.ZodMiniType<T>;

/** Limits shared by the schemas, the editor's messages and the tests. */
export const LIMITS = {
  minStages: 2,
  maxStages: 10,
  nameMax: 40,
  volumeMax: 1_000_000_000,
  moneyMax: 1_000_000_000,
  targetMax: 1_000_000_000_000,
  daysMax: 730,
  hoursMax: 168,
  attemptsMax: 20,
  /** Scenarios a reader can keep; saving one more asks which to replace. */
  scenariosMax: 10,
  /** What an older save may still hold (version 1 allowed 12): kept, never cut. */
  scenariosStored: 12,
} as const;

/** True when a number has at most `n` decimal places (checked on its shortest printed form). */
const hasDecimals = (n: number) => (v: number) => {
  const [, frac = ''] = String(v).split('.');
  return !String(v).includes('e') && frac.length <= n;
};

/** Who works a stage. "shared" is a stage both teams own, such as a sales-accepted lead. */
export const ownerSchema = z.enum(['marketing', 'sales', 'shared'], { error: 'Choose marketing, sales or shared.' });
export type Owner = z.infer<typeof ownerSchema>;
export const owners: readonly Owner[] = ['marketing', 'sales', 'shared'];
export const ownerLabels: Record<Owner, string> = { marketing: 'Marketing', sales: 'Sales', shared: 'Shared' };

/** A stage's display name: what the people in it are called, e.g. "MQL". */
export const stageNameSchema = z
  .string()
  .check(
    withoutBidiControls(),
    z.trim(),
    z.minLength(1, { error: 'Give the stage a name.' }),
    somethingVisible('Give the stage a name made of letters or digits that show.'),
    z.maxLength(LIMITS.nameMax, { error: `Keep names to ${LIMITS.nameMax} characters.` }),
  );

/** Conversion to the next stage in percent, 0–100 with at most two decimals. */
export const rateSchema = z
  .number({ error: 'Enter a rate in percent, like 25.' })
  .check(
    z.minimum(0, { error: 'A rate cannot be below 0 %.' }),
    z.maximum(100, { error: 'A rate cannot be above 100 %.' }),
    z.refine(hasDecimals(2), { error: 'Use at most two decimal places.' }),
  );

/** Whole numbers; checked after the range so 1e20 reads "too large" rather than "not whole". */
const whole = (error: string) => z.refine<number>((v) => Number.isInteger(v), { error });

/** Average whole days a person spends in a stage before moving on. */
export const daysSchema = z
  .number({ error: 'Enter whole days, like 14.' })
  .check(
    z.minimum(0, { error: 'Days cannot be below 0.' }),
    z.maximum(LIMITS.daysMax, { error: `Use at most ${LIMITS.daysMax} days (two years).` }),
    whole('Use whole days.'),
  );

/** People entering the first stage each month. */
export const volumeSchema = z
  .number({ error: 'Enter how many people enter the funnel each month.' })
  .check(
    z.minimum(1, { error: 'At least 1 person must enter the funnel.' }),
    z.maximum(LIMITS.volumeMax, { error: 'Use at most 1,000,000,000 a month.' }),
    whole('Use a whole number of people.'),
  );

/** A money amount with at most two decimals. */
const money = (what: string, min: number, max: number) =>
  z.number({ error: `Enter ${what} as a number.` }).check(
    z.minimum(min, {
      error:
        min > 0
          ? `${what[0]!.toUpperCase()}${what.slice(1)} must be more than 0.`
          : `${what[0]!.toUpperCase()}${what.slice(1)} cannot be negative.`,
    }),
    z.maximum(max, { error: `Use at most ${max.toLocaleString('en-US')}.` }),
    z.refine(hasDecimals(2), { error: 'Use at most two decimal places.' }),
  );

/** Average value of one won deal. */
export const dealValueSchema = money('the deal value', 0.01, LIMITS.moneyMax);
/** Monthly marketing budget; optional, used for cost per customer. */
export const budgetSchema = money('the budget', 0, LIMITS.moneyMax);
/** Monthly revenue target for goal mode. */
export const targetSchema = money('the target', 0.01, LIMITS.targetMax);
/** Hours sales has to follow up a handed-over lead, for the SLA draft. */
export const hoursSchema = z
  .number({ error: 'Enter hours, like 24.' })
  .check(
    z.minimum(1, { error: 'Use at least 1 hour.' }),
    z.maximum(LIMITS.hoursMax, { error: 'Use at most 168 hours (a week).' }),
    whole('Use whole hours.'),
  );
/** Minimum follow-up attempts before sales hands a lead back, for the SLA draft. */
export const attemptsSchema = z
  .number({ error: 'Enter a number of attempts, like 6.' })
  .check(
    z.minimum(1, { error: 'Use at least 1 attempt.' }),
    z.maximum(LIMITS.attemptsMax, { error: 'Use at most 20 attempts.' }),
    whole('Use a whole number.'),
  );

/** Currencies the builder formats; ISO 4217 codes. */
export const currencies = ['USD', 'EUR', 'GBP', 'CAD', 'AUD', 'INR', 'JPY', 'CHF', 'SEK'] as const;
export const currencySchema = z.enum(currencies, { error: 'Choose a currency from the list.' });
export type Currency = z.infer<typeof currencySchema>;

/**
 * How amounts in each currency are usually written: the number conventions of its home market
 * (for the euro, those of Germany, its largest economy: "120.000 €"). Only money follows them;
 * people and percentages are written in the page's English ("73,360 Visitors"), whatever the
 * currency (see numbersFor). A new currency needs a locale here; the type makes the build fail
 * without one.
 */
export const currencyLocales: Record<Currency, string> = {
  USD: 'en-US',
  EUR: 'de-DE',
  GBP: 'en-GB',
  CAD: 'en-CA',
  AUD: 'en-AU',
  INR: 'en-IN',
  JPY: 'ja-JP',
  CHF: 'de-CH',
  SEK: 'sv-SE',
};

/** A monthly percentage for the after-sale section (churn, expansion): 0–100 with at most two decimals. */
const monthlyPct = (what: string) =>
  z
    .number({ error: `Enter the monthly ${what} in percent, like 2.5.` })
    .check(
      z.minimum(0, { error: `The ${what} cannot be below 0 %.` }),
      z.maximum(100, { error: `The ${what} cannot be above 100 %.` }),
      z.refine(hasDecimals(2), { error: 'Use at most two decimal places.' }),
    );
export const churnSchema = monthlyPct('churn');
export const expansionSchema = monthlyPct('expansion');
/** What one kept customer pays each month. */
export const monthlySchema = money('the monthly revenue per customer', 0.01, LIMITS.moneyMax);
/** Gross margin in percent: the share of revenue left after the cost of serving the customer. */
export const grossMarginSchema = z
  .number({ error: 'Enter the gross margin in percent, like 75.' })
  .check(
    z.minimum(0, { error: 'The gross margin cannot be below 0 %.' }),
    z.maximum(100, { error: 'The gross margin cannot be above 100 %.' }),
    z.refine(hasDecimals(2), { error: 'Use at most two decimal places.' }),
  );

/** After the sale: what happens to the customers won, month by month. Off by default. */
export const afterSchema = z.strictObject({
  /** Whether the reader turned the section on. */
  on: z.boolean(),
  /** Percent of kept customers lost each month. */
  churn: churnSchema,
  /** Percent added to kept customers' monthly revenue each month (upsell, more seats). */
  expansion: expansionSchema,
  /** Recurring revenue one new customer brings each month. */
  monthly: monthlySchema,
  /** Percent of that revenue kept as gross profit; lifetime value and payback are worked out on it, as the glossary defines them. */
  grossMargin: grossMarginSchema,
});
export type After = z.infer<typeof afterSchema>;

/** A stable, short id: keys list items and links preset benchmarks to stages. */
export const slug = idRule('id');

/** One stage of the reader's funnel. The last stage's rate and days are kept but not used: it holds the customers. */
const stageSchema = z.strictObject({
  /** Stable id within this funnel, e.g. "s3". */
  id: slug,
  /** What the people in this stage are called, e.g. "MQL". */
  name: stageNameSchema,
  /** Which team works this stage. */
  owner: ownerSchema,
  /** Percent of this stage that reaches the next one. */
  rate: rateSchema,
  /** Average days in this stage, or null when unknown. */
  days: z.nullable(daysSchema),
  /** Id of the preset stage this one came from, so benchmarks follow it when renamed or moved. */
  ref: z.nullable(slug),
});
export type Stage = z.infer<typeof stageSchema>;

/** The reader's funnel: the inputs of every calculation. */
export const funnelSchema = z.strictObject({
  /** Ordered stages, from first touch to customer. */
  stages: z
    .array(stageSchema)
    .check(
      z.minLength(LIMITS.minStages, { error: `A funnel needs at least ${LIMITS.minStages} stages.` }),
      z.maxLength(LIMITS.maxStages, { error: `A funnel can have at most ${LIMITS.maxStages} stages.` }),
    ),
  /** People entering the first stage each month. */
  volume: volumeSchema,
  /** Average value of one won deal. */
  dealValue: dealValueSchema,
  /** ISO currency code for every money figure. */
  currency: currencySchema,
  /** Monthly marketing budget, or null when not given. */
  budget: z.nullable(budgetSchema),
  /** Monthly revenue target for goal mode. */
  target: targetSchema,
  /** Forward: from volume to revenue. Goal: from a revenue target back to the volume each stage needs. */
  mode: z.enum(['forward', 'goal']),
  /** Id of the preset the funnel started from, for benchmark ranges; null for none. */
  presetId: z.nullable(slug),
  /** The after-the-sale section's settings. */
  after: afterSchema,
  /** Goal mode's team inputs (quota, ramp, attainment, SDR meetings); null until the reader sets one. */
  team: z.nullable(teamSchema),
});
export type Funnel = z.infer<typeof funnelSchema>;

/** A funnel the reader saved under a name to compare later. */
export const scenarioSchema = z.strictObject({
  /** Stable id, e.g. "c4". */
  id: slug,
  /** The reader's name for it. */
  name: z
    .string()
    .check(
      withoutBidiControls(),
      z.trim(),
      z.minLength(1, { error: 'Name the scenario.' }),
      somethingVisible('Name the scenario with letters or digits that show.'),
      z.maxLength(LIMITS.nameMax, { error: `Keep names to ${LIMITS.nameMax} characters.` }),
    ),
  /** The funnel as it was when saved. */
  funnel: funnelSchema,
});
export type Scenario = z.infer<typeof scenarioSchema>;

/**
 * The handoff as a CRM export measured it (see lib/crm/to-sla): the SLA draft shows these
 * volumes instead of the funnel's, and says where they came from, until the reader drops them.
 */
export const slaMeasuredSchema = z.strictObject({
  /** The files and months measured, as the reader saw them named, e.g. "contacts.csv, 2025-01 to 2025-12". */
  from: z.string().check(z.maxLength(300)),
  fromName: stageNameSchema,
  toName: stageNameSchema,
  /** Handed to sales a month (the marketing side's count) and accepted by sales a month. */
  delivered: z.number().check(z.minimum(0), z.maximum(LIMITS.volumeMax)),
  accepted: z.number().check(z.minimum(0), z.maximum(LIMITS.volumeMax)),
  /** Median first response in hours; null when the files had no response times. */
  medianHours: z.nullable(z.number().check(z.minimum(0))),
});
export type SlaMeasured = z.infer<typeof slaMeasuredSchema>;

/** Everything the builder saves under `msg:funnel`. */
export const funnelStateSchema = z.strictObject({
  /** The funnel being edited. */
  funnel: funnelSchema,
  /** Saved scenarios, newest last. */
  scenarios: z.array(scenarioSchema).check(z.maxLength(LIMITS.scenariosStored)),
  /** SLA draft settings: follow-up hours and minimum attempts, and measured volumes when filled from a CRM export. */
  sla: z.strictObject({ hours: hoursSchema, attempts: attemptsSchema, measured: z.optional(slaMeasuredSchema) }),
  /** Funnel chart scale. */
  scale: z.enum(['linear', 'log']),
});
export type FunnelState = z.infer<typeof funnelStateSchema>;

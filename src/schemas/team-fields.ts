/*
 * The team section's fields: each input's rules with the message a reader sees beside the field.
 * Only the team section loads this module; the saved funnel checks the same limits with
 * ./funnel-team's schema.
 */
import * as z from 'zod/mini';
import { TEAM_LIMITS, twoDecimals } from './funnel-team';

const decimals = () => z.refine<number>(twoDecimals, { error: 'Use at most two decimal places.' });

/** What one fully ramped AE is asked to sell a month, in the funnel's currency. */
export const quotaSchema = z
  .number({ error: 'Enter the monthly quota as a number, like 50,000.' })
  .check(
    z.minimum(0.01, { error: 'The quota must be more than 0: an AE with no quota closes nothing.' }),
    z.maximum(TEAM_LIMITS.quotaMax, { error: 'Use at most 1,000,000,000 a month.' }),
    decimals(),
  );

/** Months a new hire carries a reduced quota before the full one; 0 means full from the first month. */
export const rampSchema = z
  .number({ error: 'Enter whole months, like 3.' })
  .check(
    z.minimum(0, { error: 'Ramp cannot be below 0 months (0 means full quota from the first month).' }),
    z.maximum(TEAM_LIMITS.rampMax, { error: `Use at most ${TEAM_LIMITS.rampMax} months.` }),
    z.refine<number>(Number.isInteger, { error: 'Use whole months.' }),
  );

/** The share of quota the average AE really reaches, in percent. */
export const attainmentSchema = z.number({ error: 'Enter the expected attainment in percent, like 80.' }).check(
  z.minimum(TEAM_LIMITS.attainmentMin, {
    error: 'Use at least 1 %: at 0 % no number of AEs would reach the goal.',
  }),
  z.maximum(TEAM_LIMITS.attainmentMax, { error: `Use at most ${TEAM_LIMITS.attainmentMax} %.` }),
  decimals(),
);

/** Meetings (or SQLs) one ramped SDR books a month. */
export const meetingsSchema = z.number({ error: 'Enter how many meetings one SDR books a month, like 12.' }).check(
  z.minimum(TEAM_LIMITS.meetingsMin, {
    error: 'Use at least 0.1: an SDR who books nothing cannot be planned for.',
  }),
  z.maximum(TEAM_LIMITS.meetingsMax, { error: 'Use at most 10,000 a month.' }),
  decimals(),
);

/** The team inputs with the fields' messages (the same limits as ./funnel-team's teamSchema). */
export const teamInputsSchema = z.strictObject({
  quota: quotaSchema,
  ramp: rampSchema,
  attainment: attainmentSchema,
  meetings: meetingsSchema,
});

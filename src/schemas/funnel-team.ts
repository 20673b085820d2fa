/*
 * Goal mode's team inputs (quota, ramp, attainment, the meetings an SDR books) as the saved funnel
 * and share codes check them. Zod mini, like ./funnel, because the saved funnel carries them and
 * its schema ships to every funnel page; the fields' schemas, with their messages, are in
 * ./team-fields, which only the team section loads.
 */
import * as z from 'zod/mini';

/** Limits shared by both schemas, the messages and the tests. */
export const TEAM_LIMITS = {
  quotaMax: 1_000_000_000,
  rampMax: 24,
  attainmentMin: 1,
  attainmentMax: 200,
  meetingsMin: 0.1,
  meetingsMax: 10_000,
} as const;

/** True when a number has at most two decimal places (checked on its shortest printed form). */
export const twoDecimals = (v: number) => !String(v).includes('e') && (String(v).split('.')[1] ?? '').length <= 2;

/** Within [min, max] with at most two decimals (whole when `whole`): the fields' rules without their words. */
const within = (min: number, max: number, whole = false) =>
  z.number().check(z.minimum(min), z.maximum(max), z.refine(whole ? Number.isInteger : twoDecimals));

/**
 * The team inputs: the same limits as the fields (./team-fields), without their messages. A
 * reader only meets these rules typing into the fields, which say why. A funnel holds null until
 * the reader changes one of the inputs (the starting values apply).
 */
export const teamSchema = z.strictObject({
  /** Monthly quota of one fully ramped AE. */
  quota: within(0.01, TEAM_LIMITS.quotaMax),
  /** Months of reduced quota for a new hire. */
  ramp: within(0, TEAM_LIMITS.rampMax, true),
  /** Expected quota attainment in percent. */
  attainment: within(TEAM_LIMITS.attainmentMin, TEAM_LIMITS.attainmentMax),
  /** Meetings (or SQLs) one ramped SDR books a month. */
  meetings: within(TEAM_LIMITS.meetingsMin, TEAM_LIMITS.meetingsMax),
});
export type TeamInputs = z.infer<typeof teamSchema>;

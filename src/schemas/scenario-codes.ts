/*
 * The fixed lists of the practice scenarios, kept free of zod so the player island can import
 * their labels cheaply: how a choice is judged, what an SDR does with a lead, and the reason
 * codes a lead is sent back with.
 */

/** How a choice is judged: the best call, a defensible one, or a mistake that gets a chapter to reread. */
export const VERDICTS = ['best', 'fair', 'mistake'] as const;
export type Verdict = (typeof VERDICTS)[number];
export const verdictLabels: Record<Verdict, string> = {
  best: 'Strong choice',
  fair: 'Defensible, not the best',
  mistake: 'A costly mistake',
};

/** What the SDR does with a lead in the inbox scenario. "later" leaves it waiting in the queue. */
export const ACTIONS = ['call', 'nurture', 'return', 'later'] as const;
export type InboxAction = (typeof ACTIONS)[number];

/** Reason codes for sending a lead back to marketing, as a sales team's CRM might list them. */
export const REASONS = ['not-icp', 'no-budget-yet', 'student-or-job', 'competitor', 'duplicate', 'no-contact'] as const;
export type Reason = (typeof REASONS)[number];
export const reasonLabels: Record<Reason, string> = {
  'not-icp': 'Outside the ideal customer profile',
  'no-budget-yet': 'No budget or need yet',
  'student-or-job': 'Student or job seeker',
  competitor: 'Competitor',
  duplicate: 'Duplicate of an open lead',
  'no-contact': 'No way to reach them',
};

/** Fit and intent of a lead, as the lead card shows them. */
export const LEVELS = ['high', 'medium', 'low'] as const;
export type Level = (typeof LEVELS)[number];

/** The three kinds of scenario: each has its own model of what the choices change. */
export const KINDS = ['inbox', 'negotiation', 'review'] as const;
export type ScenarioKind = (typeof KINDS)[number];

/** The numbers an ending's rule may test, per kind (every kind also has the decision counts). */
export const COMMON_METRICS = ['decisions', 'best', 'mistakes'] as const;
export const KIND_METRICS: Record<ScenarioKind, readonly string[]> = {
  inbox: ['meetings', 'cold', 'breaches'],
  negotiation: ['customers', 'gained', 'handedOver', 'accepted'],
  review: ['customers', 'gained', 'handedOver', 'accepted'],
};

/** How an ending is rated; at least two paths must reach a good one. */
export const RATINGS = ['good', 'mixed', 'poor'] as const;
export type Rating = (typeof RATINGS)[number];
export const ratingLabels: Record<Rating, string> = {
  good: 'A good ending',
  mixed: 'A mixed ending',
  poor: 'A poor ending',
};

/** The step a choice leads to when the scenario is over. */
export const END = 'debrief';

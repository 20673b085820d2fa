import type { InboxAction } from '../../schemas/scenario-codes';
import type { InboxLead, InboxSetup } from '../../schemas/scenario';
import type { Decision, Graph } from './graph';
import { resolvePicks } from './play';

/** Minutes since midnight from "09:05"; a malformed time counts as midnight rather than NaN. */
export function minutesOf(time: string): number {
  const m = /^(\d{1,2}):(\d{2})$/.exec(time);
  return m ? Number(m[1]) * 60 + Number(m[2]) : 0;
}

/** "09:05" from minutes since midnight (wrapping past midnight). */
export function clockLabel(minutes: number): string {
  const m = ((Math.round(minutes) % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/**
 * How much of a lead's chance of a real conversation is left after a wait, after Oldroyd,
 * McElheran and Elkington (HBR 2011): firms that tried within the hour were nearly seven times
 * as likely to qualify the lead as firms that tried an hour later, and more than sixty times as
 * likely as firms that waited a day. Applied as steps (the study compared groups of firms,
 * so this is a teaching model, not a promise for any one lead).
 */
export function speedFactor(waitMinutes: number): number {
  if (!Number.isFinite(waitMinutes) || waitMinutes <= 60) return 1;
  if (waitMinutes < 24 * 60) return 1 / 7;
  return 1 / 60;
}

interface LeadOutcome {
  lead: InboxLead;
  /** The first thing done with the lead, or null if it was still waiting at the end. */
  action: Exclude<InboxAction, 'later'> | null;
  /** Minutes from arrival to that action; a lead left waiting counts as answered the next day. */
  wait: number;
  /** Expected meetings from this lead: chance × speed factor, for a call; 0 otherwise. */
  meetings: number;
  /** A high-intent lead with a real chance that did not get a call within the hour. */
  cold: boolean;
  /** Not called, nurtured or returned within the SLA's minutes. */
  breach: boolean;
}

export interface InboxRun {
  /** The simulated clock after the last decision, in minutes since midnight. */
  clock: number;
  leads: LeadOutcome[];
  meetings: number;
  cold: number;
  breaches: number;
}

/**
 * Plays the inbox forward from the picks. Each step is about one lead; the clock moves to the
 * lead's arrival if it is not there yet, the choice is made at that moment, then the choice's
 * minutes pass. A lead's first action other than "later" is what counts. Leads the path never
 * showed are not counted; leads left waiting are judged at the end of the morning.
 */
export function runInbox(inbox: InboxSetup, s: Graph, picks: readonly Decision[]): InboxRun {
  let clock = minutesOf(inbox.start);
  const first = new Map<string, { action: Exclude<InboxAction, 'later'>; at: number }>();
  const seen = new Set<string>();
  for (const { step, choice } of resolvePicks(s, picks)) {
    const lead = inbox.leads.find((l) => l.id === step.lead);
    if (!lead) continue;
    seen.add(lead.id);
    clock = Math.max(clock, minutesOf(lead.arrives));
    if (choice.action && choice.action !== 'later' && !first.has(lead.id))
      first.set(lead.id, { action: choice.action, at: clock });
    clock += choice.minutes ?? 0;
  }
  const end = Math.max(clock, minutesOf(inbox.end));
  const leads = inbox.leads
    .filter((l) => seen.has(l.id))
    .map((lead): LeadOutcome => {
      const done = first.get(lead.id);
      const wait = done ? done.at - minutesOf(lead.arrives) : Math.max(end - minutesOf(lead.arrives), 24 * 60);
      const called = done?.action === 'call';
      const inTime = wait <= inbox.slaMinutes;
      return {
        lead,
        action: done?.action ?? null,
        wait,
        meetings: called ? (lead.chance / 100) * speedFactor(wait) : 0,
        cold: lead.intent === 'high' && lead.chance > 0 && !(called && wait <= 60),
        // A lead still waiting when the morning ends is answered tomorrow at the earliest.
        breach: !done || !inTime,
      };
    });
  return {
    clock,
    leads,
    meetings: leads.reduce((n, l) => n + l.meetings, 0),
    cold: leads.filter((l) => l.cold).length,
    breaches: leads.filter((l) => l.breach).length,
  };
}

/** The clock when the current step is shown: after the picks so far, at the step's lead's arrival at the earliest. */
export function clockAt(inbox: InboxSetup, s: Graph, picks: readonly Decision[], lead?: InboxLead): number {
  const now = runInbox(inbox, s, picks).clock;
  return lead ? Math.max(now, minutesOf(lead.arrives)) : now;
}

/*
 * "Use these numbers": the measured rates, days, volume and deal value as a funnel the builder
 * can open. Only what the files measured is taken; what they cannot show (deal value without a
 * deals file, the revenue target) comes from the reader's current funnel, and the notes say so.
 */
import { funnelSchema, LIMITS, type Currency, type Funnel, type Stage } from '../../schemas/funnel';
import type { Summary } from '../../schemas/crm';
import { defaultAfter } from '../funnel/after';
import { LEAD_STAGES } from './leads';
import { monthsSpanned } from './dates';

export type MeasuredFunnel = { ok: true; funnel: Funnel; notes: string[] } | { ok: false; message: string };

const pct = (share: number | null) => (share === null ? 0 : Math.round(share * 10_000) / 100);
const wholeDays = (d: number | null | undefined) =>
  d === null || d === undefined ? null : Math.min(LIMITS.daysMax, Math.max(0, Math.round(d)));
const cents = (n: number) => Math.round(n * 100) / 100;

export function measuredFunnel(summary: Summary, base: Funnel, currency: Currency): MeasuredFunnel {
  const { leads, deals, customers } = summary;
  const notes: string[] = [];
  const stages: Stage[] = [];
  const add = (name: string, owner: Stage['owner'], rate: number, days: number | null) =>
    stages.push({ id: `s${stages.length + 1}`, name, owner, rate, days, ref: null });
  let volume: number;
  if (leads && leads.stages.length >= 2) {
    for (const s of leads.stages) {
      const def = LEAD_STAGES.find((d) => d.id === s.id)!;
      add(def.name, def.owner, pct(s.toNext), wholeDays(s.days?.median));
    }
    volume = leads.monthlyVolume;
    if (leads.stages.at(-1)!.id !== 'customer' && deals?.winRate != null) {
      // The leads file stops before the sale: the deals file's win rate carries its last stage on.
      stages.at(-1)!.rate = pct(deals.winRate);
      stages.at(-1)!.days = wholeDays(deals.cycle.median);
      add('Customer', 'sales', 0, null);
      notes.push(`The last step uses the deals file's win rate, as if each ${stages.at(-2)!.name} became one deal.`);
    }
  } else if (deals && deals.winRate !== null) {
    add('Deal', 'sales', pct(deals.winRate), wholeDays(deals.cycle.median));
    add('Customer', 'sales', 0, null);
    const months = monthsSpanned(Date.parse(deals.first), Date.parse(deals.last));
    volume = Math.max(1, Math.round(deals.rows / months));
  } else {
    return {
      ok: false,
      message:
        'The funnel needs at least two stages: a leads file with an MQL, SQL or customer date, or a deals file with won and lost deals.',
    };
  }
  let dealValue = base.dealValue;
  if (deals?.avgWon) dealValue = Math.min(LIMITS.moneyMax, Math.max(0.01, cents(deals.avgWon)));
  else notes.push('No deal amounts were read, so the deal value is the one from your current funnel.');
  let after = defaultAfter(dealValue);
  if (customers && customers.active > 0) {
    const churned = customers.churnMonths.reduce((s, m) => s + m.churned, 0);
    const months = customers.churnMonths.reduce((s, m) => s + m.active, 0);
    const churn = months > 0 ? Math.min(100, Math.round((churned / months) * 10_000) / 100) : after.churn;
    const growth =
      customers.expansionMeasured && customers.nrr && customers.grr
        ? Math.max(0, Math.pow(customers.nrr / customers.grr, 1 / 12) - 1)
        : null;
    after = {
      ...after,
      on: true,
      churn,
      expansion: growth === null ? after.expansion : Math.min(100, Math.round(growth * 10_000) / 100),
      monthly: Math.max(0.01, cents(customers.mrrNow / customers.active)),
    };
  }
  const candidate: Funnel = {
    stages,
    volume: Math.min(LIMITS.volumeMax, volume),
    dealValue,
    currency,
    budget: null,
    target: base.target,
    mode: 'forward',
    presetId: null,
    after,
    // The reader's team inputs describe their sales team, not the file: they stay.
    team: base.team,
  };
  const parsed = funnelSchema.safeParse(candidate);
  if (!parsed.success)
    return { ok: false, message: parsed.error.issues[0]?.message ?? 'The measured funnel is not valid.' };
  return { ok: true, funnel: parsed.data, notes };
}

/** The scenario's name: the file's name without its extension, and the months it covers. */
export function scenarioName(fileName: string, first: string, last: string): string {
  const range =
    first.slice(0, 7) === last.slice(0, 7) ? first.slice(0, 7) : `${first.slice(0, 7)} to ${last.slice(0, 7)}`;
  const base = fileName.replace(/\.[^.]+$/, '').trim() || 'CRM export';
  const room = LIMITS.nameMax - range.length - 1;
  return `${base.length > room ? `${base.slice(0, room - 1)}…` : base} ${range}`;
}

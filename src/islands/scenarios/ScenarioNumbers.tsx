import type { ScenarioContent } from '../../schemas/scenario';
import { formatCount, formatMoney, formatPct, formatSigned } from '../../lib/funnel/format';
import { baseFunnel, funnelNumbers } from '../../lib/scenarios/funnel';
import type { Decision } from '../../lib/scenarios/graph';
import { clockAt, clockLabel, runInbox } from '../../lib/scenarios/inbox';
import { Table } from '../shared/Table';

type Scenario = ScenarioContent;
const per = (s: Scenario) => (s.per === 'quarter' ? 'a quarter' : 'a month');

/** The funnel's stages: where it started, where it is now, and the change. */
export function FunnelTable({ scenario, picks, caption }: { scenario: Scenario; picks: Decision[]; caption: string }) {
  const start = funnelNumbers(scenario, []);
  const now = funnelNumbers(scenario, picks);
  if (!start || !now) return null;
  return (
    <div class="table-scroll">
      <Table
        class="sc-table"
        caption={caption}
        columns={['Stage', 'At the start', 'Now', 'Change']}
        rows={now.result.stages.map((st, i) => {
          const before = start.result.stages[i]!.count;
          return {
            key: st.id,
            head: st.name,
            cells: [formatCount(before), formatCount(st.count), formatSigned(st.count - before, formatCount)],
          };
        })}
      />
    </div>
  );
}

/** Revenue from the funnel's customers, in words for the status line. */
export function revenueLine(s: Scenario, picks: Decision[]): string {
  const n = funnelNumbers(s, picks);
  const f = baseFunnel(s);
  if (!n || !f) return '';
  // Revenue to the nearest thousand: the customer count behind it is an estimate with one decimal.
  const revenue = formatMoney(Math.round((n.customers * f.dealValue) / 1000) * 1000, 'USD');
  const change =
    Math.abs(n.gained) < 0.05 ? 'the same as at the start' : `${formatSigned(n.gained, formatCount)} on the start`;
  return `${formatCount(n.customers)} customers ${per(s)} (about ${revenue}), ${change}.`;
}

/** A quarter's counts by source with each stage's rate from the one before: the pipeline review's data. */
export function QuarterTable({ scenario }: { scenario: Scenario }) {
  const q = scenario.quarter;
  if (!q) return null;
  const total = {
    name: 'All sources',
    counts: q.stages.map((_, i) => q.sources.reduce((n, s) => n + (s.counts[i] ?? 0), 0)),
  };
  const cell = (counts: number[], i: number) =>
    i === 0
      ? formatCount(counts[0]!)
      : `${formatCount(counts[i]!)} (${formatPct(counts[i - 1]! > 0 ? (counts[i]! / counts[i - 1]!) * 100 : null)})`;
  return (
    <div class="table-scroll">
      <Table
        class="sc-table sc-quarter"
        caption="Last quarter by source; in brackets, the share of the stage before"
        columns={['Source', ...q.stages.map((st) => st.name)]}
        rows={[...q.sources, total].map((s) => ({
          key: s.name,
          head: s.name,
          class: s === total ? 'sc-total' : undefined,
          cells: q.stages.map((_, i) => cell(s.counts, i)),
        }))}
      />
    </div>
  );
}

/** What the reader sees above each step: the clock and meetings, or the live funnel, or the quarter's table. */
export function StepNumbers(props: { scenario: Scenario; picks: Decision[]; leadId?: string; showData?: boolean }) {
  const { scenario, picks, leadId, showData } = props;
  if (scenario.inbox) {
    const lead = scenario.inbox.leads.find((l) => l.id === leadId);
    const run = runInbox(scenario.inbox, scenario, picks);
    return (
      <p class="sc-numbers">
        <span>
          Clock: <strong>{clockLabel(clockAt(scenario.inbox, scenario, picks, lead))}</strong>
        </span>
        <span>
          Meetings expected so far: <strong>{formatCount(run.meetings)}</strong>
        </span>
        <span>
          Leads answered: <strong>{run.leads.filter((l) => l.action).length}</strong>
        </span>
      </p>
    );
  }
  if (scenario.quarter)
    return (
      <details class="sc-data" open={showData}>
        <summary>Show last quarter's table</summary>
        <QuarterTable scenario={scenario} />
      </details>
    );
  return (
    <div class="sc-live">
      <p class="sc-numbers">
        <strong>{revenueLine(scenario, picks)}</strong>
      </p>
      <FunnelTable scenario={scenario} picks={picks} caption={`The funnel ${per(scenario)}`} />
    </div>
  );
}

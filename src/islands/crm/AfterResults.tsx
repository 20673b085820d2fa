import type { CustomersSummary, DealsSummary } from '../../schemas/crm';
import type { Numbers } from '../../lib/funnel/format';
import { Bars } from './Bars';
import { ScrollTable } from './ScrollTable';
import { days, monthRow, sharePct } from './LeadsResults';
import { share } from '../../lib/crm/stats';

type Group = DealsSummary['bySource'][number];

function OutcomeTable({ groups, what, n }: { groups: Group[]; what: string; n: Numbers }) {
  return (
    <ScrollTable
      caption={`Win rate by ${what.toLowerCase()}`}
      columns={[what, 'Won', 'Lost', 'Open', 'Win rate', 'Won value']}
      rows={groups.map((g) => ({
        key: g.label,
        head: <bdi>{g.label}</bdi>,
        cells: [n.count(g.won), n.count(g.lost), n.count(g.open), sharePct(n, g.rate), n.money(g.wonValue)],
      }))}
    />
  );
}

/** Deals: win rate (won of those closed), deal value and days to win, by source and owner. */
export function DealsResults({ deals: d, n }: { deals: DealsSummary; n: Numbers }) {
  return (
    <section aria-labelledby="crm-deals">
      <h3 id="crm-deals">Deals and win rate</h3>
      <p>
        Of {n.count(d.won + d.lost)} deals closed between {d.first} and {d.last}, {n.count(d.won)} were won: a win rate
        of {sharePct(n, d.winRate)} ({n.count(d.open)} are still open and not counted). A won deal was worth{' '}
        {n.money(d.avgWon)} on average (median {n.money(d.medianWon)}) and took a median of {days(d.cycle.median)} from
        created to won (90th percentile {days(d.cycle.p90)}).
      </p>
      <div class="crm-pair">
        <OutcomeTable groups={d.bySource} what="Source" n={n} />
        <Bars
          caption="Win rate by source"
          items={d.bySource.map((g) => ({ label: g.label, value: g.rate ?? 0, text: sharePct(n, g.rate) }))}
        />
      </div>
      <OutcomeTable groups={d.byOwner} what="Owner" n={n} />
    </section>
  );
}

/** After the sale: revenue kept (GRR) and kept plus grown (NRR), logo churn by month, cohorts. */
export function CustomersResults({ customers: c, n }: { customers: CustomersSummary; n: Numbers }) {
  return (
    <section aria-labelledby="crm-after">
      <h3 id="crm-after">After the sale</h3>
      <p>
        On {c.asOf}, {n.count(c.active)} customers paid {n.money(c.mrrNow)} a month. Of the monthly revenue from
        customers who were already paying a year earlier, {sharePct(n, c.grr)} was kept (gross revenue retention, GRR)
        {c.expansionMeasured
          ? ` and, with upgrades, ${sharePct(n, c.nrr)} (net revenue retention, NRR).`
          : '. The file has no starting MRR, so growth from upgrades cannot be seen and NRR is shown equal to GRR.'}{' '}
        The year-ago revenue is each customer’s starting MRR, an approximation when prices changed within the year.
      </p>
      <div class="crm-pair">
        <ScrollTable
          caption="Logo churn by month"
          columns={['Month', 'Customers at start', 'Left', 'Churn']}
          rows={c.churnMonths.map((m) =>
            monthRow(m.month, [n.count(m.active), n.count(m.churned), sharePct(n, m.rate)]),
          )}
        />
        <Bars
          caption="Customers lost by month"
          items={c.churnMonths.map((m) => ({ label: m.month, value: m.churned, text: n.count(m.churned) }))}
        />
      </div>
      <ScrollTable
        caption="Cohorts by start month"
        columns={['Started', 'Customers', 'Still paying', 'Share']}
        rows={c.cohorts.map((m) =>
          monthRow(m.month, [n.count(m.started), n.count(m.active), sharePct(n, share(m.active, m.started))]),
        )}
      />
    </section>
  );
}

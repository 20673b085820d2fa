import type { CustomersSummary, DealsSummary } from '../../schemas/crm';
import type { Numbers } from '../../lib/funnel/format';
import { Bars } from './Bars';
import { days, sharePct } from './LeadsResults';

type Group = DealsSummary['bySource'][number];

function OutcomeTable({ groups, what, n }: { groups: Group[]; what: string; n: Numbers }) {
  return (
    <table class="crm-table">
      <caption>Win rate by {what.toLowerCase()}</caption>
      <thead>
        <tr>
          <th scope="col">{what}</th>
          <th scope="col">Won</th>
          <th scope="col">Lost</th>
          <th scope="col">Open</th>
          <th scope="col">Win rate</th>
          <th scope="col">Won value</th>
        </tr>
      </thead>
      <tbody>
        {groups.map((g) => (
          <tr key={g.label}>
            <th scope="row">
              <bdi>{g.label}</bdi>
            </th>
            <td>{n.count(g.won)}</td>
            <td>{n.count(g.lost)}</td>
            <td>{n.count(g.open)}</td>
            <td>{sharePct(n, g.rate)}</td>
            <td>{n.money(g.wonValue)}</td>
          </tr>
        ))}
      </tbody>
    </table>
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
        <div class="crm-scroll" tabIndex={0} role="region" aria-label="Win rate by source">
          <OutcomeTable groups={d.bySource} what="Source" n={n} />
        </div>
        <Bars
          caption="Win rate by source"
          items={d.bySource.map((g) => ({ label: g.label, value: g.rate ?? 0, text: sharePct(n, g.rate) }))}
        />
      </div>
      <div class="crm-scroll" tabIndex={0} role="region" aria-label="Win rate by owner">
        <OutcomeTable groups={d.byOwner} what="Owner" n={n} />
      </div>
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
        <div class="crm-scroll" tabIndex={0} role="region" aria-label="Logo churn by month">
          <table class="crm-table">
            <caption>Logo churn by month</caption>
            <thead>
              <tr>
                <th scope="col">Month</th>
                <th scope="col">Customers at start</th>
                <th scope="col">Left</th>
                <th scope="col">Churn</th>
              </tr>
            </thead>
            <tbody>
              {c.churnMonths.map((m) => (
                <tr key={m.month}>
                  <th scope="row" class="crm-nowrap">
                    {m.month}
                  </th>
                  <td>{n.count(m.active)}</td>
                  <td>{n.count(m.churned)}</td>
                  <td>{sharePct(n, m.rate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <Bars
          caption="Customers lost by month"
          items={c.churnMonths.map((m) => ({ label: m.month, value: m.churned, text: n.count(m.churned) }))}
        />
      </div>
      <div class="crm-scroll" tabIndex={0} role="region" aria-label="Cohorts by start month">
        <table class="crm-table">
          <caption>Cohorts by start month</caption>
          <thead>
            <tr>
              <th scope="col">Started</th>
              <th scope="col">Customers</th>
              <th scope="col">Still paying</th>
              <th scope="col">Share</th>
            </tr>
          </thead>
          <tbody>
            {c.cohorts.map((m) => (
              <tr key={m.month}>
                <th scope="row" class="crm-nowrap">
                  {m.month}
                </th>
                <td>{n.count(m.started)}</td>
                <td>{n.count(m.active)}</td>
                <td>{sharePct(n, m.started ? m.active / m.started : null)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

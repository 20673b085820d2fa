import { useRef } from 'preact/hooks';
import { useEarlyInput } from '../shared/early-input';
import { churnSchema, expansionSchema, grossMarginSchema, monthlySchema } from '../../schemas/funnel';
import type { FunnelView } from '../../stores/funnel-view';
import { setAfter } from '../../stores/funnel-store';
import { monthlyFollowsDeal, monthlyFromDeal, PAYBACK_MAX } from '../../lib/funnel/after';
import { NumberField } from './Fields';
import { H } from './H';

/**
 * After the sale (optional, off by default): monthly churn and expansion turn the customers
 * won each month into customers kept and recurring revenue over 12 months, with lifetime value
 * and, when a budget is given, the months to pay back the cost of winning a customer. Both are on
 * gross margin, as the glossary defines lifetime value, and say so where they are shown.
 */
export function AfterSaleSection({ view, idp, level }: { view: FunnelView; idp: string; level: number }) {
  const { funnel, after, plan, forGoal, projection } = view;
  const a = funnel.after;
  const { count, money, pct } = view.num;
  const follows = monthlyFollowsDeal(funnel);
  const fromDeal = monthlyFromDeal(funnel.dealValue);
  const start = projection.firstCustomerMonth;
  // A tick given before this part woke counts.
  const onBox = useRef<HTMLInputElement>(null);
  useEarlyInput(onBox, (el) => setAfter({ on: el.checked }));
  return (
    <section class="funnel-after" aria-labelledby={`${idp}-after-heading`}>
      <H level={level} id={`${idp}-after-heading`}>
        After the sale
      </H>
      <label class="radio">
        <input
          ref={onBox}
          type="checkbox"
          checked={a.on}
          onChange={(e) => setAfter({ on: (e.currentTarget as HTMLInputElement).checked })}
        />
        Work out customers kept and recurring revenue
      </label>
      {a.on && (
        <>
          <p>
            This starts from the funnel above: the {count(plan.customers)} customers it wins a month
            {forGoal ? ' at the goal’s numbers' : ''}
            {start === null ? ' (none arrive within 12 months)' : `, from month ${start}`}, each paying{' '}
            {follows ? `the ${money(funnel.dealValue)} deal value spread over 12 months` : 'what you set below'}.
          </p>
          <div class="control-grid">
            <NumberField
              id={`${idp}-churn`}
              label="Customers lost each month"
              suffix="%"
              value={a.churn}
              schema={churnSchema}
              onValid={(churn) => setAfter({ churn })}
            />
            <NumberField
              id={`${idp}-expansion`}
              label="Revenue growth from kept customers each month"
              suffix="%"
              value={a.expansion}
              schema={expansionSchema}
              onValid={(expansion) => setAfter({ expansion })}
            />
            <div class="field-with-action">
              <NumberField
                id={`${idp}-monthly`}
                label="What a new customer pays each month"
                hint={
                  follows
                    ? `From the deal value above: ${money(funnel.dealValue)} ÷ 12. Type your own to keep it.`
                    : 'Your own figure: it stays when the deal value changes.'
                }
                value={a.monthly}
                schema={monthlySchema}
                format={(n) => money(n)}
                onValid={(monthly) => setAfter({ monthly })}
              />
              {!follows && (
                <button type="button" class="link-button" onClick={() => setAfter({ monthly: fromDeal })}>
                  Use the deal value ÷ 12 ({money(fromDeal)})
                </button>
              )}
            </div>
            <NumberField
              id={`${idp}-margin`}
              label="Gross margin"
              hint="What is left of each sale after the cost of serving the customer"
              suffix="%"
              value={a.grossMargin}
              schema={grossMarginSchema}
              onValid={(grossMargin) => setAfter({ grossMargin })}
            />
          </div>
          {after && (
            <>
              <p class="muted">
                Each month the customers already kept lose {pct(a.churn)} of their number, each one still kept pays{' '}
                {pct(a.expansion)} more, then the month’s new customers join
                {forGoal ? ' (at the goal’s numbers)' : ''}. Lifetime value and payback count gross profit, not revenue:
                at a {pct(a.grossMargin)} gross margin, a new customer’s {money(a.monthly)} a month leaves{' '}
                {money(after.monthlyProfit)}. The rates are yours to set: the starting values are an editorial
                assumption, not a benchmark, and margins differ widely between kinds of business.
              </p>
              <dl class="after-figures">
                <div>
                  <dt>Customers kept after 12 months</dt>
                  <dd>{count(after.keptAtEnd)}</dd>
                </div>
                <div>
                  <dt>Recurring revenue over 12 months</dt>
                  <dd>{money(after.total)}</dd>
                </div>
                <div>
                  <dt>Lifetime value of one customer, on gross margin</dt>
                  <dd>
                    {after.ltv === null
                      ? 'No limit: what the customers kept pay grows as fast as churn takes it away, or faster'
                      : money(after.ltv)}
                  </dd>
                </div>
                <div>
                  <dt>Months to pay back winning a customer, on gross margin</dt>
                  <dd>
                    {funnel.budget === null
                      ? 'Add a marketing budget above to see this'
                      : plan.costPerCustomer === null
                        ? 'None: no customers are won'
                        : after.paybackBeyond
                          ? `More than ${PAYBACK_MAX} months`
                          : `${after.payback} (cost per customer ${forGoal ? 'at the goal’s numbers' : 'today'}: ${money(plan.costPerCustomer)})`}
                  </dd>
                </div>
              </dl>
              <div class="table-scroll" role="region" aria-labelledby={`${idp}-after-caption`} tabIndex={0}>
                <table>
                  <caption id={`${idp}-after-caption`}>Customers kept and recurring revenue by month</caption>
                  <thead>
                    <tr>
                      <th scope="col">Month</th>
                      <th scope="col">Won</th>
                      <th scope="col">Kept</th>
                      <th scope="col">Recurring revenue</th>
                    </tr>
                  </thead>
                  <tbody>
                    {after.months.map((m) => (
                      <tr key={m.month}>
                        <th scope="row">{m.month}</th>
                        <td class="num">{count(m.won)}</td>
                        <td class="num">{count(m.kept)}</td>
                        <td class="num">{money(m.recurring)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
        </>
      )}
    </section>
  );
}

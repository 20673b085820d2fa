/** The funnel builder's scenarios, after-sale section, SLA draft and shared links. */
import { screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, test } from 'vitest';
import { badCodes } from '../../fixtures/funnel';
import { fill, openBuilder, stage } from './builder';

const names = () => [...document.querySelectorAll('.scenario-name')].map((n) => n.textContent);

describe('scenarios', () => {
  test('a reader saves two scenarios and compares them side by side, then deletes one', async () => {
    const { user } = await openBuilder();
    await fill(user, screen.getByLabelText('Name this funnel'), 'Today');
    await user.click(screen.getByRole('button', { name: 'Save scenario' }));
    expect(screen.getByText('Saved “Today”.')).toBeInTheDocument();
    // One saved: the comparison opens on the current funnel and it, never on empty sides.
    expect(screen.getByRole('table', { name: 'Current funnel (A) compared with Today (B)' })).toBeInTheDocument();
    await fill(user, screen.getByLabelText('Visitors entering each month'), '20000');
    await fill(user, within(stage(3)).getByLabelText('Converts to “SQL”'), '30');
    await fill(user, screen.getByLabelText('Name this funnel'), 'Twice the traffic');
    await user.click(screen.getByRole('button', { name: 'Save scenario' }));

    await user.selectOptions(screen.getByLabelText('Compare A'), 'Today');
    await user.selectOptions(screen.getByLabelText('Compare B'), 'Twice the traffic');
    const compare = screen.getByRole('table', { name: 'Today (A) compared with Twice the traffic (B)' });
    const row = (name: RegExp) => within(compare).getByRole('row', { name });
    expect(row(/Entering each month/)).toHaveTextContent(/10,000\s*20,000\s*\+10,000/);
    // B: 20,000 × 2.5 % × 30 % × 30 % × 55 % × 25 % = 6.19 customers, $74,250; A: 2.1, $24,750
    expect(row(/Revenue each month/)).toHaveTextContent(/\$24,750\s*\$74,250\s*\+\$49,500/);
    expect(row(/Stage 3 rate/)).toHaveTextContent(/20\s%\s*30\s%\s*\+10 points/);
    expect(row(/Gap to the goal/)).toHaveTextContent(/14,680\s*-?[\d,]+/);

    await user.click(screen.getByRole('button', { name: 'Delete Today' }));
    expect(screen.queryByRole('button', { name: 'Delete Today' })).toBeNull();
  });

  test('a planner opens, renames, duplicates and deletes scenarios, with an undo', async () => {
    const { user } = await openBuilder();
    await fill(user, screen.getByLabelText('Name this funnel'), 'Today');
    await user.click(screen.getByRole('button', { name: 'Save scenario' }));
    await fill(user, screen.getByLabelText('Visitors entering each month'), '30000');
    await fill(user, screen.getByLabelText('Name this funnel'), 'Big push');
    await user.click(screen.getByRole('button', { name: 'Save scenario' }));
    const compare = screen.getByRole('table', { name: 'Today (A) compared with Big push (B)' });
    expect(within(compare).getByRole('row', { name: /Revenue each month/ })).toHaveTextContent(/\$24,750\s*\$74,250/);
    expect(within(compare).getByRole('row', { name: /Gap to the goal/ })).toHaveTextContent(
      /14,680\s*-5,320\s*−20,000/,
    );

    await user.click(screen.getByRole('button', { name: 'Open Today' }));
    await waitFor(() => expect(screen.getByLabelText('Visitors entering each month')).toHaveValue('10000'));
    await user.click(screen.getByRole('button', { name: 'Rename Big push' }));
    await fill(user, screen.getByLabelText('New name for “Big push”'), 'Triple traffic');
    await user.click(screen.getByRole('button', { name: 'Save name' }));
    expect(screen.getByText('Renamed “Big push” to “Triple traffic”.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Duplicate Today' }));
    expect(screen.getByRole('button', { name: 'Open Today (copy)' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Delete Today' }));
    expect(screen.queryByRole('button', { name: 'Open Today' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(names()).toEqual(['Today', 'Today (copy)', 'Triple traffic']);
  });
});

describe('after the sale and the SLA draft', () => {
  test('the after-sale section is off by default; on, its figures match a hand calculation', async () => {
    const { user } = await openBuilder();
    const toggle = screen.getByLabelText('Work out customers kept and recurring revenue');
    expect(toggle).not.toBeChecked();
    await user.click(screen.getByRole('radio', { name: /^Goal/ }));
    await user.click(toggle);
    expect(screen.getByLabelText('Customers lost each month')).toHaveValue('2');
    expect(screen.getByLabelText('What a new customer pays each month')).toHaveValue('1000');
    // Goal mode: 5 new customers a month from month 4 (an 87-day cycle), $1,000 a month each,
    // 2 % churn and 1 % expansion on the customers kept, so revenue keeps 98 % × 101 % = 98.98 % a month.
    let kept = 0;
    let mrr = 0;
    let total = 0;
    for (let m = 1; m <= 12; m++) {
      const won = m >= 4 ? 5 : 0;
      kept = kept * 0.98 + won;
      mrr = mrr * 0.98 * 1.01 + won * 1000;
      total += mrr;
    }
    const figures = document.querySelector('.after-figures')!;
    expect(figures).toHaveTextContent(`Customers kept after 12 months${Math.round(kept)}`); // 42
    expect(figures).toHaveTextContent(`$${Math.round(total).toLocaleString('en-US')}`); // $218,988
    expect(screen.getByLabelText('Gross margin')).toHaveValue('75');
    // Lifetime value is on gross margin, as the glossary defines it: 1,000 × 75 % ÷ (1 − 0.98 × 1.01).
    expect(figures).toHaveTextContent('Lifetime value of one customer, on gross margin$73,529');
    // The example starts with no budget, so there is no payback until the reader gives one.
    expect(figures).toHaveTextContent('Add a marketing budget above to see this');
    await fill(user, screen.getByLabelText('Marketing budget a month (optional)'), '30000');
    // $30,000 budget ÷ 5 customers = $6,000, paid back from 750 of gross profit a month, 1 % less each month:
    // 750 + 742.35 + … is 5,790 after 8 months and 6,481 after 9 (on revenue it would have been 7).
    expect(figures).toHaveTextContent(
      'Months to pay back winning a customer, on gross margin9 (cost per customer at the goal’s numbers: $6,000)',
    );
    // A margin out of range is refused beside the field and the figures keep the last valid one.
    const margin = screen.getByLabelText('Gross margin');
    await fill(user, margin, '150');
    expect(screen.getByText('The gross margin cannot be above 100 %.')).toBeInTheDocument();
    expect(figures).toHaveTextContent('$73,529');
    await fill(user, margin, '60');
    expect(figures).toHaveTextContent('$58,824'); // 1,000 × 60 % ÷ 0.0102
  });

  test('the SLA follows the settings, and a right-to-left stage name is isolated so it cannot reorder the sentence', async () => {
    const { user } = await openBuilder();
    await fill(user, screen.getByLabelText('Sales follows up within (hours)'), '4');
    expect(screen.getByText(/within 4 hours of receiving it/)).toBeInTheDocument();
    await fill(user, within(stage(3)).getByLabelText('Name'), 'ליד מוסמך');
    const first = document.querySelector('.sla-draft li')!;
    expect(first.querySelector('bdi')).toHaveTextContent('ליד מוסמך');
    expect(first).toHaveTextContent(/^Marketing delivers 75 ליד מוסמך a month to sales/);
  });
});

describe('an SLA draft filled from a CRM export', () => {
  test('shows the measured handoff and its source; hours stay editable; the funnel’s numbers come back on request', async () => {
    const { setSla } = await import('../../../src/stores/funnel-store');
    const { user } = await openBuilder();
    setSla({
      hours: 6,
      measured: {
        from: 'contacts.csv, 2025-01 to 2025-12',
        fromName: 'MQL',
        toName: 'SQL',
        delivered: 40,
        accepted: 20,
        medianHours: 5.2,
      },
    });
    const draft = await screen.findByRole('article');
    expect(draft).toHaveTextContent(/measured in .?contacts\.csv, 2025-01 to 2025-12.?: 40 MQLs and 20 SQLs a month/);
    // The file name is isolated on screen only, with <bdi>.
    expect(draft.querySelector('.sla-basis bdi')).toHaveTextContent('contacts.csv, 2025-01 to 2025-12');
    expect(draft).toHaveTextContent(/Marketing delivers 40 MQLs a month/);
    expect(draft).toHaveTextContent(/your CRM shows 20 a month/);
    const hours = screen.getByLabelText('Sales follows up within (hours)');
    await waitFor(() => expect(hours).toHaveValue('6'));
    await fill(user, hours, '3');
    expect(draft).toHaveTextContent(/within 3 hours of receiving it/);
    await user.click(screen.getByRole('button', { name: 'Use the funnel’s numbers instead' }));
    expect(screen.getByRole('article')).toHaveTextContent('These numbers are what the funnel delivers today.');
    expect(screen.getByText(/within 3 hours of receiving it/)).toBeInTheDocument();
  });
});

describe('a funnel from a link', () => {
  test('a tampered or old link explains itself and never overwrites the saved funnel', async () => {
    const own = await openBuilder();
    await fill(own.user, screen.getByLabelText('Visitors entering each month'), '3333');
    own.unmount();
    for (const [code, reason] of [
      [badCodes.newer!, 'the link was made by a newer version of this site'],
      [badCodes.older!, 'older version of this site'],
      [badCodes.notBase64!, 'the funnel code in the link is damaged'],
      ['1.WyJ4Il0', 'the funnel code in the link has the wrong shape'],
    ] as const) {
      history.replaceState(null, '', `/funnel/#f=${code}`);
      const { unmount } = await openBuilder();
      expect(await screen.findByText('The funnel in this link could not be opened:')).toBeInTheDocument();
      await waitFor(() => expect(document.querySelector('.link-banner')).toHaveTextContent(reason));
      expect(screen.getByLabelText('Visitors entering each month')).toHaveValue('3333');
      expect(localStorage.getItem('msg:funnel')).toContain('"volume":3333');
      unmount();
    }
  });
});

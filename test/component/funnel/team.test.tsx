/**
 * Goal mode's "The team this goal needs": a manager reads the AEs and SDRs the goal needs, changes
 * the team's numbers, types bad input, and finds the section gone in forward mode.
 */
import { screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, test } from 'vitest';
import { describedError, fill, openBuilder } from './builder';

const section = () => screen.getByRole('region', { name: 'The team this goal needs' });
const figure = (name: string) => {
  const dt = within(section()).getByText(name, { selector: 'dt' });
  return dt.nextElementSibling!.textContent!.replace(/\s+/g, ' ').trim();
};
/** A column of the month-by-month table, top to bottom. */
const column = (header: string) => {
  const t = within(section()).getByRole('table', { name: /^AEs and SDRs needed by month/ });
  const headers = within(t)
    .getAllByRole('columnheader')
    .map((h) => h.textContent!.trim());
  const i = headers.indexOf(header);
  expect(i, headers.join(' | ')).toBeGreaterThan(-1);
  return [...t.querySelectorAll('tbody tr')].map((tr) => tr.children[i]!.textContent!.replace(/\s+/g, ' ').trim());
};

async function goalMode() {
  const opened = await openBuilder();
  expect(screen.queryByRole('heading', { name: 'The team this goal needs' })).toBeNull();
  await opened.user.click(screen.getByRole('radio', { name: /^Goal/ }));
  await waitFor(() => expect(section()).toBeInTheDocument());
  return opened;
}

describe('the team this goal needs', () => {
  test('a manager reads the team the B2B SaaS goal needs, with the sums and a table by month', async () => {
    await goalMode();
    /*
     * 50,000 ÷ (50,000 × 80 %) = 1.25 → 2 AEs; deals close from month 4, when month-1 hires carry
     * their full quota. 37 SQLs ÷ 12 = 3.08 → 4 SDRs; SQLs arrive from month 2, when a new SDR
     * books half: 37 ÷ 6 = 6.17 → 7. Pipeline 20 × $12,000 = $240,000 = 4.8 × the goal.
     * Velocity 20 × 25 % × $12,000 ÷ 45 days = $1,333 a day.
     */
    expect(figure('AEs, once ramped')).toBe('2');
    expect(figure('AEs to hire in month 1')).toBe('2');
    expect(figure('SDRs, once ramped')).toBe('4');
    expect(figure('SDRs to hire in month 1')).toBe('7');
    expect(figure('Pipeline coverage')).toBe('4.8 ×');
    expect(figure('Sales velocity')).toBe('$1,333 a day');
    const text = section().textContent!.replace(/\s+/g, ' ');
    expect(text).toContain('$50,000 ÷ ($50,000 × 80 %) = 1.25, so 2 once fully ramped.');
    expect(text).toContain('20 Opportunities a month × $12,000 = $240,000 of pipeline, 4.8 × the $50,000 goal.');
    expect(text).toContain('1 ÷ 25 % = 4 ×');
    expect(column('AEs')).toEqual(['0', '0', '0', '2', '2', '2', '2', '2', '2', '2', '2', '2']);
    expect(column('SDRs').slice(0, 5)).toEqual(['0', '7', '5', '4', '4']);
    expect(column('Share of a full quota').slice(0, 4)).toEqual(['25 %', '50 %', '75 %', '100 %']);
    // The starting values say what they are.
    expect(screen.getByLabelText('Quota of one AE a month')).toHaveAccessibleDescription(/editorial assumption/);
  });

  test('a longer ramp needs more AEs hired; the inputs are kept with the funnel; bad input says why beside the field', async () => {
    const { user } = await goalMode();
    const ramp = screen.getByLabelText('Ramp in months');
    // Ramp 5: in month 4 a hire carries 4 ÷ 6 = 66.7 %; 50,000 ÷ (40,000 × 2/3) = 1.875, so 2 still do.
    await fill(user, ramp, '5');
    await waitFor(() =>
      expect(section()).toHaveTextContent(
        /carry 66.7\s% of a quota when the first deals close in month 4, and 2 still cover/,
      ),
    );
    await fill(user, ramp, '6');
    // 50,000 ÷ (40,000 × 4/7) = 2.19 → 3 AEs in month 4.
    await waitFor(() => expect(figure('AEs to hire in month 1')).toBe('3'));
    expect(figure('AEs, once ramped')).toBe('2');
    expect(section()).toHaveTextContent(/so month 4 needs 3: hire that many, or hire 2 earlier/);
    const saved = JSON.parse(localStorage.getItem('msg:funnel')!) as { v: number; data: { funnel: { team: object } } };
    expect(saved.v).toBe(4);
    expect(saved.data.funnel.team).toEqual({ quota: 50_000, ramp: 6, attainment: 80, meetings: 12 });

    const attainment = screen.getByLabelText('Expected quota attainment');
    await fill(user, attainment, '0');
    expect(describedError(attainment)).toMatch(/at 0 % no number of AEs would reach the goal/);
    expect(attainment).toHaveValue('0');
    await fill(user, screen.getByLabelText('Quota of one AE a month'), '');
    expect(describedError(screen.getByLabelText('Quota of one AE a month'))).toMatch(/empty/);
    await fill(user, screen.getByLabelText('Meetings (SQLs) one SDR books a month'), '-3');
    expect(describedError(screen.getByLabelText('Meetings (SQLs) one SDR books a month'))).toMatch(/at least 0.1/);
    // The last valid numbers still stand, and nothing shows NaN or Infinity.
    expect(figure('AEs to hire in month 1')).toBe('3');
    expect(section().textContent).not.toMatch(/NaN|Infinity/);

    await user.click(screen.getByRole('button', { name: 'Back to the starting values' }));
    await waitFor(() => expect(figure('AEs to hire in month 1')).toBe('2'));
    await waitFor(() => expect(screen.getByLabelText('Ramp in months')).toHaveValue('3'));
  });

  test('an unreachable goal or a team too large to print is said in words; forward mode hides the section', async () => {
    const { user } = await goalMode();
    await fill(user, screen.getByLabelText('Quota of one AE a month'), '0.01');
    await fill(user, screen.getByLabelText('Expected quota attainment'), '1');
    await fill(user, screen.getByLabelText('Revenue target a month'), '100000000000');
    await waitFor(() => expect(section()).toHaveTextContent(/more than 100 billion AEs/));
    await user.click(screen.getByRole('radio', { name: /^Forward/ }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'The team this goal needs' })).toBeNull());
  });
});

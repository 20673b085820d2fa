import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fileReader, firstLook } from '../../src/lib/crm/file';
import type { FromWorker, ToWorker } from '../../src/islands/crm/messages';

/*
 * happy-dom has no Web Worker, so the worker's client is replaced by one that answers in the
 * same words from the same library (the real worker runs in the Playwright journey).
 */
vi.mock('../../src/islands/crm/worker-client', () => ({
  startCrmWorker(onMessage: (m: FromWorker) => void) {
    const answer = (m: FromWorker) => setTimeout(() => onMessage(m), 0);
    return {
      stop() {},
      async send(m: ToWorker) {
        if (m.type === 'cancel') return answer({ type: 'cancelled', id: m.id });
        const rows = Papa.parse<string[]>(await m.file.text(), { skipEmptyLines: 'greedy' }).data;
        const [headers = [], ...data] = rows;
        if (m.type === 'peek')
          return answer({
            type: 'peeked',
            id: m.id,
            headers,
            sample: data.slice(0, 200),
            look: firstLook(headers, data.slice(0, 200), m.fallback),
          });
        // A "slow" file stops after its first progress report, so the reader can cancel it.
        if (m.file.name.startsWith('slow'))
          return answer({ type: 'progress', id: m.id, rows: 10, bytes: 5, total: 10 });
        const r = fileReader(headers, m.mapping);
        data.forEach((row, i) => r.add(row, i + 2));
        answer({ type: 'done', id: m.id, result: r.finish(), ms: 1 });
      },
    };
  },
}));

// The presets' virtual module is made by an Astro integration, which this project does not run.
vi.mock('../../src/lib/funnel/preset-data', async () => {
  const { readFileSync: read } = await import('node:fs');
  const preset = JSON.parse(read(`${process.cwd()}/content/presets/b2b-saas.json`, 'utf8'));
  return { presets: [{ ...preset, id: 'b2b-saas' }] };
});

const { default: YourNumbers } = await import('../../src/islands/crm/YourNumbers');

const fixture = (name: string) =>
  new File([readFileSync(`${process.cwd()}/test/fixtures/crm/${name}`, 'utf8')], name, { type: 'text/csv' });

beforeEach(() => localStorage.clear());
afterEach(cleanup);

test('picking an export shows its funnel in a table, with a text summary', async () => {
  const user = userEvent.setup();
  render(<YourNumbers />);
  await user.upload(
    await screen.findByLabelText('Choose CSV files exported from your CRM'),
    fixture('hubspot-leads.csv'),
  );
  const table = await screen.findByRole('table', { name: 'Funnel, all months' });
  const rows = within(table)
    .getAllByRole('row')
    .map((r) => within(r).getAllByRole(/cell|rowheader|columnheader/)[0]!.textContent);
  expect(rows).toEqual(['Stage', 'Leads', 'MQLs', 'SQLs', 'Customers']);
  expect(screen.getByText(/leads created between 2025-01-/)).toBeTruthy();
  expect(screen.getByText(/rows left out: see why/)).toBeTruthy();
  expect(screen.getByText(/Medians and 90th percentiles are within 1\s%/)).toBeTruthy();
  // Learning paths count the tool as used once a file has been read.
  await waitFor(() => expect(localStorage.getItem('msg:progress') ?? '').toContain('"numbers":{"usedOn"'));
});

test('correcting a column reads the file again and is remembered for the next file of that shape', async () => {
  const user = userEvent.setup();
  const { unmount } = render(<YourNumbers />);
  await user.upload(
    await screen.findByLabelText('Choose CSV files exported from your CRM'),
    fixture('hubspot-leads.csv'),
  );
  await screen.findByRole('table', { name: 'Funnel, all months' });
  await user.click(screen.getByText('Columns: check or correct them'));
  // The reader says the file has no customer date: the funnel stops at SQLs.
  await user.selectOptions(screen.getByLabelText('Became customer (date)'), 'Not in this file');
  const table = await screen.findByRole('table', { name: 'Funnel, all months' });
  await vi.waitFor(() => expect(within(table).queryByRole('rowheader', { name: 'Customers' })).toBeNull());
  const saved = JSON.parse(localStorage.getItem('msg:crm-mapping')!).data.byShape;
  expect(saved).toHaveLength(1);
  expect(saved[0].mapping.columns).toMatchObject({ created: 'Create Date' });
  expect(saved[0].mapping.columns.customer).toBeUndefined();
  unmount();

  render(<YourNumbers />);
  await user.upload(
    await screen.findByLabelText('Choose CSV files exported from your CRM'),
    fixture('hubspot-leads.csv'),
  );
  const again = await screen.findByRole('table', { name: 'Funnel, all months' });
  expect(within(again).queryByRole('rowheader', { name: 'Customers' })).toBeNull();
  expect(screen.getByText(/as you chose for the last file of this shape/)).toBeTruthy();
});

test('a leads file without a created column waits for the reader to choose one', async () => {
  const user = userEvent.setup();
  render(<YourNumbers />);
  const file = new File(['Name,Source\nAna,Events\nBen,Referrals\n'], 'names.csv', { type: 'text/csv' });
  await user.upload(await screen.findByLabelText('Choose CSV files exported from your CRM'), file);
  expect((await screen.findByRole('alert')).textContent).toMatch(/Choose the column for “Created \(date\)”/);
  expect(screen.queryByRole('table', { name: 'Funnel, all months' })).toBeNull();
});

test('a file being read shows its progress and can be cancelled', async () => {
  const user = userEvent.setup();
  render(<YourNumbers />);
  await user.upload(
    await screen.findByLabelText('Choose CSV files exported from your CRM'),
    fixture('hubspot-leads.csv'),
  );
  await screen.findByRole('table', { name: 'Funnel, all months' });
  const slow = new File([readFileSync(`${process.cwd()}/test/fixtures/crm/hubspot-deals.csv`, 'utf8')], 'slow.csv');
  await user.upload(screen.getByLabelText('Choose CSV files exported from your CRM'), slow);
  expect(await screen.findByText('Rows read: 10')).toBeTruthy();
  await user.click(screen.getByRole('button', { name: 'Cancel' }));
  expect(await screen.findByText(/Reading was cancelled/)).toBeTruthy();
  // The file already read still shows its results.
  expect(screen.getByRole('table', { name: 'Funnel, all months' })).toBeTruthy();
});

test('keeping the summary stores counts and rates only, and shows it on the next visit', async () => {
  const user = userEvent.setup();
  const { unmount } = render(<YourNumbers />);
  await user.upload(
    await screen.findByLabelText('Choose CSV files exported from your CRM'),
    fixture('hubspot-leads.csv'),
  );
  await user.click(await screen.findByRole('button', { name: 'Keep this summary in this browser' }));
  const kept = localStorage.getItem('msg:crm-summary')!;
  expect(kept).toContain('"monthlyVolume"');
  // No row of the file is in it: not a single contact name.
  expect(kept).not.toMatch(/Contact \d+/);
  unmount();
  render(<YourNumbers />);
  expect(await screen.findByRole('heading', { name: 'Your kept summary' })).toBeTruthy();
  await user.click(screen.getByRole('button', { name: 'Forget the kept summary' }));
  expect(JSON.parse(localStorage.getItem('msg:crm-summary')!).data.summary).toBeNull();
});

test('measured numbers sit beside the planned funnel, with the gap, in a table and in words', async () => {
  const user = userEvent.setup();
  render(<YourNumbers />);
  await user.upload(
    await screen.findByLabelText('Choose CSV files exported from your CRM'),
    fixture('hubspot-leads.csv'),
  );
  const table = await screen.findByRole('table', { name: 'Measured in your files and planned in your current funnel' });
  const header = within(table)
    .getAllByRole('columnheader')
    .map((c) => c.textContent);
  expect(header).toEqual(['Measure', 'Measured', 'Planned', 'Gap (measured − planned)']);
  const row = within(table).getByRole('row', { name: /^Leads a month/ });
  const [measured, planned, gap] = within(row)
    .getAllByRole('cell')
    .map((c) => Number(c.textContent!.replace(/[^\d.−-]/g, '').replace('−', '-')));
  expect(planned).toBe(250); // the builder's example, unchanged: 10,000 visitors × 2.5 % become leads
  expect(gap).toBe(measured! - planned!);
  expect(screen.getByText(/still the builder’s example/)).toBeTruthy();
  expect(screen.getByText(/^Your files show [\d,]+ leads a month against 250 planned/)).toBeTruthy();
});

test('“Fill the SLA draft” puts the measured handoff and response time into the builder’s SLA', async () => {
  const { $funnelState } = await import('../../src/stores/funnel-store');
  const user = userEvent.setup();
  render(<YourNumbers />);
  await user.upload(
    await screen.findByLabelText('Choose CSV files exported from your CRM'),
    fixture('hubspot-leads.csv'),
  );
  const button = await screen.findByRole('button', { name: 'Fill the SLA draft' });
  expect($funnelState.get().sla.measured).toBeUndefined();
  await user.click(button);
  const sla = $funnelState.get().sla;
  expect(sla.measured).toMatchObject({
    fromName: 'MQL',
    toName: 'SQL',
    from: expect.stringMatching(/^hubspot-leads\.csv, 2025-/),
  });
  expect(sla.measured!.delivered).toBeGreaterThan(sla.measured!.accepted);
  expect(sla.hours).toBe(Math.ceil(sla.measured!.medianHours!));
  expect(screen.getByText(/The SLA draft in the funnel builder now uses your measured numbers/)).toHaveAttribute(
    'role',
    'status',
  );
  expect(screen.getByRole('link', { name: 'Open the SLA draft in the funnel builder' })).toHaveAttribute(
    'href',
    '/funnel/#fx-sla',
  );
});

test('with the scenario list full, “Use these numbers” stays on the page and says the funnel was not saved', async () => {
  const { saveScenario, $funnelState } = await import('../../src/stores/funnel-store');
  const { LIMITS } = await import('../../src/schemas/funnel');
  for (let i = 1; i <= LIMITS.scenariosMax; i++) expect(saveScenario(`Plan ${i}`).ok).toBe(true);
  const assign = vi.spyOn(window.location, 'assign').mockImplementation(() => undefined);
  const user = userEvent.setup();
  render(<YourNumbers />);
  await user.upload(
    await screen.findByLabelText('Choose CSV files exported from your CRM'),
    fixture('hubspot-leads.csv'),
  );
  await user.click(await screen.findByRole('button', { name: 'Use these numbers' }));
  expect(assign).not.toHaveBeenCalled();
  expect(screen.getByRole('alert')).toHaveTextContent(/list of scenarios is full \(10\), so this funnel was not saved/);
  expect(screen.getByRole('link', { name: 'Open it in the funnel builder without saving' })).toHaveAttribute(
    'href',
    expect.stringMatching(/^\/funnel\/#f=/),
  );
  expect($funnelState.get().scenarios).toHaveLength(LIMITS.scenariosMax);
  assign.mockRestore();
});

test('the SLA response-time field follows “Fill the SLA draft” and explains a value it cannot use', async () => {
  const { $funnelState } = await import('../../src/stores/funnel-store');
  const user = userEvent.setup();
  render(<YourNumbers />);
  await user.upload(
    await screen.findByLabelText('Choose CSV files exported from your CRM'),
    fixture('hubspot-leads.csv'),
  );
  const field = await screen.findByLabelText('Response time in your SLA (hours)');
  await user.click(screen.getByRole('button', { name: 'Fill the SLA draft' }));
  await waitFor(() => expect(field).toHaveValue(String($funnelState.get().sla.hours)));
  await user.clear(field);
  await user.type(field, '0');
  expect(field).toHaveAttribute('aria-invalid', 'true');
  expect(screen.getByText('Use at least 1 hour.')).toHaveAttribute('id', 'crm-sla-error');
  await user.clear(field);
  await user.type(field, '1e2');
  expect(screen.getByText('Write the number in full digits, without "e".')).toBeTruthy();
});

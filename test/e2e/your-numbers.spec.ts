import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import Papa from 'papaparse';
import { crmExport } from '../tools/crm-fixtures.mjs';
import { fileReader, firstLook } from '../../src/lib/crm/file';
import { watchPage, waitForHydration } from './helpers';

/** A generated HubSpot contacts export, and the rates the reader's own logic measures from it. */
const csv: string = crmExport('hubspot', 'leads', 1500, 7);
function expectedRates(): number[] {
  const [headers, ...rows] = Papa.parse<string[]>(csv).data;
  const r = fileReader(headers!, firstLook(headers!, rows.slice(0, 200), 'mdy').mapping);
  rows.forEach((row, i) => r.add(row, i + 2));
  return r
    .finish()
    .leads!.stages.slice(0, -1)
    .map((s) => Math.round(s.toNext! * 10_000) / 100);
}

test('a HubSpot export is read in the browser, without a request, and its rates open in the funnel builder', async ({
  page,
  baseURL,
}) => {
  const problems = watchPage(page, baseURL!);
  await page.goto('/your-numbers/');
  await waitForHydration(page);
  await page.waitForLoadState('networkidle');

  // Reaching for the field (as a reader must, to choose a file) loads the reader's code...
  const field = page.getByLabel('Choose CSV files exported from your CRM');
  let loaded = 0;
  page.on('request', () => loaded++);
  await Promise.all([page.waitForRequest(/crm\.worker/), field.hover()]);
  // Settled once no request has started for a second and a half (a busy machine can pause between chunks).
  for (let seen = -1; seen !== loaded;) {
    seen = loaded;
    await page.waitForTimeout(1500);
  }
  // ...so that reading the file itself makes no request at all.
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await field.setInputFiles({
    name: 'hubspot-contacts.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv),
  });
  const funnel = page.getByRole('table', { name: 'Funnel, all months' });
  await expect(funnel).toBeVisible({ timeout: 20_000 });
  expect(requests, 'no request while the file is read and summarised').toEqual([]);

  await expect(funnel.getByRole('row', { name: /^Leads/ })).toBeVisible();
  await expect(funnel.getByRole('row', { name: /^Customers/ })).toBeVisible();
  await expect(page.getByText(/rows left out: see why/)).toBeVisible();
  // Nothing from the file reached the address bar or storage while reading.
  expect(page.url()).not.toContain('#');
  const stored = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('msg:crm-summary')));
  expect(stored).toEqual([]);

  await page.getByRole('button', { name: 'Use these numbers' }).click();
  await page.waitForURL(/\/funnel\/#f=/);
  await waitForHydration(page);
  await expect(page.getByText('You are looking at a funnel from a link.')).toBeVisible();
  const rates = expectedRates();
  const names = ['MQL', 'SQL', 'Customer'];
  for (const [i, rate] of rates.entries()) {
    const field = page
      .getByRole('group', { name: new RegExp(`^Stage ${i + 1}:`) })
      .getByLabel(`Converts to “${names[i]}”`);
    await expect(field).toHaveValue(String(rate));
  }
  // The scenario was saved under the file's name and date range.
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('msg:funnel') ?? '{}').data?.scenarios ?? []);
  expect(saved.map((s: { name: string }) => s.name)).toEqual(['hubspot-contacts 2025-01 to 2025-12']);
  expect(problems).toEqual([]);
});

test('an empty file and a binary file get a clear message next to the file field', async ({ page }) => {
  await page.goto('/your-numbers/');
  await waitForHydration(page);
  const input = page.getByLabel('Choose CSV files exported from your CRM');
  await input.setInputFiles([
    { name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.alloc(0) },
    { name: 'book.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 1]) },
  ]);
  await expect(page.getByRole('alert').filter({ hasText: 'This file is empty.' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: /looks like a spreadsheet/ })).toBeVisible();
});

test('with every result showing and the columns open, the page passes axe in both themes', async ({ page }) => {
  await page.goto('/your-numbers/');
  await waitForHydration(page);
  await page
    .getByLabel('Choose CSV files exported from your CRM')
    .setInputFiles(['hubspot-leads.csv', 'hubspot-deals.csv', 'customers.csv'].map((f) => `test/fixtures/crm/${f}`));
  await expect(page.getByRole('heading', { name: 'After the sale' })).toBeVisible({ timeout: 20_000 });
  for (const details of await page.locator('.crm-file details').all()) await details.locator('summary').click();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.violations.map((v) => `${scheme}: ${v.id} ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  }
});

test('a HubSpot, a Salesforce and a Pipedrive leads-and-deals export each read end to end', async ({ page }) => {
  for (const shape of ['hubspot', 'salesforce', 'pipedrive']) {
    await page.goto('/your-numbers/');
    await waitForHydration(page);
    await page
      .getByLabel('Choose CSV files exported from your CRM')
      .setInputFiles([`test/fixtures/crm/${shape}-leads.csv`, `test/fixtures/crm/${shape}-deals.csv`]);
    await expect(page.getByRole('table', { name: 'Funnel, all months' }), shape).toBeVisible({ timeout: 20_000 });
    await expect(page.getByRole('table', { name: 'Win rate by source' }), shape).toBeVisible();
    await expect(page.getByRole('table', { name: 'First response by owner' }), shape).toBeVisible();
    await expect(page.getByRole('button', { name: 'Use these numbers' }), shape).toBeEnabled();
  }
});

test('“Fill the SLA draft” carries the measured handoff to the funnel builder’s SLA, which names its source and keeps the hours editable', async ({
  page,
}) => {
  await page.goto('/your-numbers/');
  await waitForHydration(page);
  await page.getByLabel('Choose CSV files exported from your CRM').setInputFiles('test/fixtures/crm/hubspot-leads.csv');
  await expect(page.getByRole('table', { name: /^Measured in your files and planned in/ })).toBeVisible({
    timeout: 20_000,
  });
  const what = await page.locator('#crm-sla-what').innerText();
  const [, mqls] = /with ([\d.,]+) MQLs/.exec(what)!;
  await page.getByRole('button', { name: 'Fill the SLA draft' }).click();
  await page.getByRole('link', { name: 'Open the SLA draft in the funnel builder' }).click();
  await page.waitForURL('**/funnel/#fx-sla');
  const draft = page.locator('.sla-draft');
  await expect(draft).toContainText(/These numbers were measured in .?hubspot-leads\.csv, 2025-/, { timeout: 20_000 });
  await expect(draft).toContainText(`Marketing delivers ${mqls} MQLs a month`);
  const hours = page.getByLabel('Sales follows up within (hours)');
  await hours.fill('2');
  await expect(draft).toContainText('within 2 hours of receiving it');
  await page.getByRole('button', { name: 'Use the funnel’s numbers instead' }).click();
  await expect(draft).toContainText('These numbers are what the funnel delivers today.');
});

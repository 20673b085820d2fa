/** Renders the funnel builder as /funnel/ has it (settings with results, then the extras) and finds its parts by role and name. */
import { render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { expect } from 'vitest';

export async function openBuilder() {
  // Imported afresh for each test (setup resets modules), so the stores read this test's storage.
  const { default: FunnelBuilder } = await import('../../../src/islands/funnel/FunnelBuilder');
  const { default: FunnelExtras } = await import('../../../src/islands/funnel/FunnelExtras');
  const user = userEvent.setup();
  const view = render(
    <main>
      <FunnelBuilder />
      <FunnelExtras />
    </main>,
  );
  // The island has rendered its settings (they are usable from the server HTML on, see early-input.ts).
  await waitFor(() => expect(screen.getByLabelText('Benchmark preset')).toBeEnabled());
  return { user, ...view };
}

export const summary = () => document.querySelector('.funnel-summary')!;
export const stage = (n: number) => screen.getByRole('group', { name: new RegExp(`^Stage ${n}:`) });
export const stages = () => screen.getAllByRole('group', { name: /^Stage \d+:/ });
export const table = () => screen.getByRole('table', { name: /^Your funnel each month/ });

/** The text of one cell of the results table, by stage (row header) and column header. */
export function cell(stageName: string, column: string): string {
  const t = table();
  const headers = within(t)
    .getAllByRole('columnheader')
    .map((h) => h.textContent!.trim());
  const index = headers.indexOf(column);
  expect(index, `column ${column} in ${headers.join(' | ')}`).toBeGreaterThan(-1);
  const row = within(t).getByRole('rowheader', { name: stageName }).closest('tr')!;
  return row.querySelectorAll('th, td')[index]!.textContent!.replace(/\s+/g, ' ').trim();
}

/** The field's error message, found the way a screen reader finds it: through aria-describedby. */
export function describedError(field: HTMLElement): string {
  expect(field).toHaveAttribute('aria-invalid', 'true');
  return (field.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

export type User = ReturnType<typeof userEvent.setup>;

/** Replaces a field's text the way Playwright's fill does: clear it, then the new text in one input event. */
export async function fill(user: User, field: HTMLElement, text: string) {
  await user.clear(field);
  if (text) {
    field.focus();
    await user.paste(text);
  }
}

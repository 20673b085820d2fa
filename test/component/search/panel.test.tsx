/**
 * The search panel's states, with Pagefind replaced by a stand-in whose answers the test controls:
 * nothing typed, searching, results (and more of them), no results, a suggestion, and a failed load.
 * Search in the real index is checked in test/dist/search-ranking.test.ts and search-index.test.ts.
 */
import { render, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import type { SearchState, ShownResult } from '../../../src/lib/search';
import type { SearchOutcome } from '../../../src/islands/search/pagefind';

const result = (n: number): ShownResult => ({
  url: `/guide/page-${n}/`,
  title: `Page ${n}`,
  section: 'Guide',
  excerpt: [
    { text: 'the ', mark: false },
    { text: 'handoff', mark: true },
    { text: ` on page ${n}`, mark: false },
  ],
  subResults: [],
});
const outcome = (total: number, extra: Partial<SearchOutcome> = {}): SearchOutcome => ({
  total,
  results: Array.from({ length: Math.min(total, 8) }, (_, i) => result(i + 1)),
  more: async () => Array.from({ length: Math.max(0, total - 8) }, (_, i) => result(i + 9)),
  missing: [],
  ...extra,
});

/** Renders the panel with a stand-in search: `answer` decides what each query returns. */
async function openPanel(
  answer: (state: SearchState) => Promise<SearchOutcome | null>,
  mode: 'page' | 'dialog' = 'page',
) {
  vi.doMock('../../../src/islands/search/pagefind', () => ({
    PAGE_SIZE: 8,
    loadPagefind: () => Promise.resolve({}),
    loadTerms: () => Promise.resolve(undefined),
    search: (state: SearchState) => answer(state),
  }));
  const { SearchPanel } = await import('../../../src/islands/search/SearchPanel');
  const onClose = vi.fn();
  const user = userEvent.setup();
  render(<SearchPanel mode={mode} onClose={onClose} />);
  const field = screen.getByRole('searchbox', { name: mode === 'page' ? 'Search for' : 'Search the guide' });
  await waitFor(() => expect(field).toBeEnabled());
  return { user, field, onClose, status: () => screen.getByRole('status') };
}

describe('the search panel', () => {
  test('says nothing before a query, "Searching…" while one runs, then announces the count and lists the results', async () => {
    let finish: (o: SearchOutcome) => void = () => undefined;
    const { user, field, status } = await openPanel(() => new Promise((r) => (finish = r)));
    expect(status()).toHaveTextContent('');
    expect(screen.queryByRole('list', { name: 'Results' })).toBeNull();
    field.focus();
    await user.paste('handoff');
    expect(await screen.findByText('Searching…')).toBeInTheDocument();
    finish(outcome(2));
    await waitFor(() => expect(status()).toHaveTextContent('2 results for “handoff”.'));
    expect(screen.queryByText('Searching…')).toBeNull();
    const list = screen.getByRole('list', { name: 'Results' });
    expect(list.querySelectorAll(':scope > li')).toHaveLength(2);
    const first = screen.getByRole('link', { name: 'Page 1' });
    expect(first).toHaveAttribute('href', '/guide/page-1/');
    expect(first).toHaveAccessibleDescription('the handoff on page 1');
    expect(first.closest('li')!.querySelector('mark')).toHaveTextContent('handoff');
  });

  test('a query with no results says so and offers the guide and the glossary', async () => {
    const { user, field, status } = await openPanel(async () => outcome(0, { missing: ['zzzq'] }));
    await user.type(field, 'zzzq');
    await waitFor(() => expect(status()).toHaveTextContent(/^No results for “zzzq”\./));
    expect(screen.getByRole('link', { name: 'the guide' })).toHaveAttribute('href', '/guide/');
    expect(screen.getByRole('link', { name: 'the glossary' })).toHaveAttribute('href', '/glossary/');
  });

  test('a suggestion is offered inside the status, and taking it searches again with focus in the field', async () => {
    const { user, field, status } = await openPanel(async (s) =>
      s.q === 'markting' ? outcome(0, { missing: ['markting'], suggestion: 'marketing' }) : outcome(3),
    );
    await user.type(field, 'markting');
    await waitFor(() => expect(status()).toHaveTextContent('Did you mean marketing?'));
    await user.click(screen.getByRole('button', { name: 'marketing' }));
    expect(field).toHaveValue('marketing');
    await waitFor(() => expect(field).toHaveFocus());
    await waitFor(() => expect(status()).toHaveTextContent('3 results for “marketing”.'));
    expect(screen.queryByRole('button', { name: 'marketing' })).toBeNull();
  });

  test('many results come eight at a time: "Show more" adds the rest and moves focus to the first new one', async () => {
    const { user, field } = await openPanel(async () => outcome(11));
    await user.type(field, 'handoff');
    const more = await screen.findByRole('button', { name: 'Show 3 more of 3 results' });
    expect(screen.getAllByRole('link', { name: /^Page \d+$/ })).toHaveLength(8);
    await user.click(more);
    await waitFor(() => expect(screen.getAllByRole('link', { name: /^Page \d+$/ })).toHaveLength(11));
    await waitFor(() => expect(screen.getByRole('link', { name: 'Page 9' })).toHaveFocus());
    expect(screen.queryByRole('button', { name: /^Show \d+ more/ })).toBeNull();
  });

  test('if search cannot load, it says so instead of showing an empty result', async () => {
    const { user, field, status } = await openPanel(() => Promise.reject(new Error('offline')));
    await user.type(field, 'handoff');
    await waitFor(() =>
      expect(status()).toHaveTextContent('Search could not load. Check your connection, then try again.'),
    );
    expect(screen.queryByRole('list', { name: 'Results' })).toBeNull();
  });

  test('in the dialog, ↓ moves from the field to the results and Escape asks to close', async () => {
    const { user, field, onClose } = await openPanel(async () => outcome(2), 'dialog');
    await user.type(field, 'handoff');
    await screen.findByRole('link', { name: 'Page 1' });
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('link', { name: 'Page 1' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('link', { name: 'Page 2' })).toHaveFocus();
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(field).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalled();
  });
});

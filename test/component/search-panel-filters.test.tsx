import { cleanup, render, screen } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

// No index in happy-dom: the panel's own controls are what this test is about.
vi.mock('../../src/islands/search/pagefind', () => ({
  PAGE_SIZE: 8,
  loadPagefind: () => new Promise(() => {}),
  loadTerms: () => Promise.resolve(undefined),
  search: () => new Promise(() => {}),
}));
const { SearchPanel } = await import('../../src/islands/search/SearchPanel');

afterEach(cleanup);

describe('the search panel filters on a phone', () => {
  it('fold behind one "Filters" button that opens and closes them', async () => {
    render(<SearchPanel mode="dialog" />);
    const toggle = screen.getByRole('button', { name: 'Filters' });
    const filters = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(filters.hasAttribute('data-open')).toBe(false);
    await userEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(filters.hasAttribute('data-open')).toBe(true);
    expect(filters.querySelectorAll('input[type=checkbox]').length).toBe(8);
    await userEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
  });

  it('says on the button how many filters are on, so a folded filter is not forgotten', async () => {
    render(<SearchPanel mode="dialog" />);
    await userEvent.click(screen.getByRole('button', { name: 'Filters' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Glossary' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Manager' }));
    expect(screen.getByRole('button', { name: 'Filters (2 on)' })).toBeTruthy();
  });
});

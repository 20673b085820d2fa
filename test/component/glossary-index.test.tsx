import { cleanup, render, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { GlossaryIndex } from '../../src/islands/glossary/GlossaryIndex';

const terms = [
  { id: 'bow-tie', href: '/glossary/bow-tie/', term: 'Bow tie', short: 'Two funnels joined at the sale.', aliases: [] },
  { id: 'handoff', href: '/glossary/handoff/', term: 'Handoff', short: 'A lead passes to sales.', aliases: [] },
  {
    id: 'mql',
    href: '/glossary/mql/',
    term: 'MQL',
    expansion: 'Marketing-qualified lead',
    short: 'A lead marketing judges ready.',
    aliases: [],
  },
  { id: 'win-rate', href: '/glossary/win-rate/', term: 'Win rate', short: 'Won out of closed.', aliases: ['winrate'] },
];

const listed = () => screen.getAllByRole('link').filter((a) => a.getAttribute('href')?.startsWith('/glossary/'));

afterEach(cleanup);

describe('the glossary hub filter', () => {
  it('lists every term, each linking to its own page and keeping its old #id anchor', () => {
    const { container } = render(<GlossaryIndex terms={terms} />);
    expect(listed().map((a) => a.getAttribute('href'))).toEqual(terms.map((t) => t.href));
    expect(container.querySelector('#win-rate')?.textContent).toContain('Won out of closed.');
    expect(screen.getByRole('status').textContent).toBe('4 terms');
  });

  it('narrows the list as you type and says how many of the terms show', async () => {
    render(<GlossaryIndex terms={terms} />);
    const box = await screen.findByRole('searchbox', { name: 'Filter terms' });
    await userEvent.type(box, 'bow-t');
    expect(listed().map((a) => a.textContent)).toEqual(['Bow tie']);
    expect(screen.getByRole('status').textContent).toBe('1 of 4 terms');
    // Letters with no term left are not links any more.
    const letters = screen.getByRole('navigation', { name: 'Glossary letters' });
    expect(
      within(letters)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['B']);
  });

  it('finds a term by its spelled-out form and says so when nothing matches', async () => {
    render(<GlossaryIndex terms={terms} />);
    const box = await screen.findByRole('searchbox', { name: 'Filter terms' });
    await userEvent.type(box, 'qualified');
    expect(listed().map((a) => a.textContent)).toEqual(['MQL']);
    await userEvent.clear(box);
    await userEvent.type(box, 'xyz');
    expect(screen.getByText(/No term matches “xyz”/)).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('0 of 4 terms');
    await userEvent.clear(box);
    expect(listed()).toHaveLength(4);
  });
});

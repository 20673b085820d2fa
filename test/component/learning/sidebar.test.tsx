/**
 * The chapter list beside a chapter marks the chapters read: a visible tick, and "(read)" in the
 * link's name for screen readers, added only once the reader has read a chapter (the server HTML
 * carries no empty label per chapter).
 */
import { render, screen, waitFor } from '@testing-library/preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import SidebarList from '../../../src/islands/learning/SidebarList';
import { markChapterRead, markChapterUnread, resetProgress } from '../../../src/stores/progress-store';

const chapters = [
  { id: 'one', title: 'Two jobs' },
  { id: 'two', title: 'What marketing does' },
];

function renderList() {
  return render(
    <SidebarList>
      <nav aria-label="Chapters">
        <ol>
          {chapters.map((c) => (
            <li key={c.id}>
              <a href={`/guide/${c.id}/`} data-chapter-link={c.id}>
                <span class="cs-title">{c.title}</span>
                <span class="cs-mark" aria-hidden="true" />
              </a>
            </li>
          ))}
        </ol>
      </nav>
    </SidebarList>,
  );
}

beforeEach(() => resetProgress());

describe('the chapter list', () => {
  it('names a chapter read, and only that one, and takes the mark back when it is unread', async () => {
    markChapterRead('two');
    const { container } = renderList();
    await waitFor(() => expect(screen.getByRole('link', { name: 'What marketing does (read)' })).toBeInTheDocument());
    expect(screen.getByRole('link', { name: 'Two jobs' })).toBeInTheDocument();
    expect(container.querySelector('[data-chapter-link="two"] .cs-mark')).toHaveTextContent('✓');
    expect(container.querySelector('[data-chapter-link="one"] .cs-mark')).toHaveTextContent('');
    expect(container.querySelectorAll('.cs-read')).toHaveLength(1);

    act(() => markChapterUnread('two'));
    await waitFor(() => expect(screen.getByRole('link', { name: 'What marketing does' })).toBeInTheDocument());
    expect(container.querySelector('[data-chapter-link="two"] .cs-mark')).toHaveTextContent('');
  });
});

import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { useAtom as useStore } from '../shared/use-hydrated-store';
import { $progress } from '../../stores/progress-store';

/**
 * Adds a mark beside each chapter read to the chapter navigation, which the server renders as
 * static HTML in this island's slot (so the chapter list is sent once, not again as props). The
 * mark's space is always there, so nothing moves when it appears.
 */
export default function SidebarList({ children }: { children?: ComponentChildren }) {
  const progress = useStore($progress);
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    for (const a of root.current?.querySelectorAll<HTMLElement>('[data-chapter-link]') ?? []) {
      const read = Boolean(progress.chapters[a.dataset.chapterLink!]);
      if (read) a.dataset.read = 'true';
      else delete a.dataset.read;
      const mark = a.querySelector('.cs-mark');
      if (mark) mark.textContent = read ? '✓' : '';
      // Screen readers hear "(read)" after the title; the label is added only to chapters read.
      let label = a.querySelector('.cs-read');
      if (read && !label) {
        label = a.querySelector('.cs-title')?.appendChild(document.createElement('span')) ?? null;
        label?.setAttribute('class', 'sr-only cs-read');
      }
      if (label) label.textContent = read ? ' (read)' : '';
    }
  }, [progress]);
  return (
    <div class="cs-root" ref={root}>
      {children}
    </div>
  );
}

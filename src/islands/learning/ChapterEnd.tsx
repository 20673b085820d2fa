import { useEffect, useRef } from 'preact/hooks';
import { emptyProgress } from '../../schemas/progress';
import { formatDay } from '../../lib/learning/dates';
import { $progress, markChapterRead, markChapterUnread } from '../../stores/progress-store';
import { useHydratedStore } from '../../stores/use-hydrated-store';
import { useReady } from '../shared/use-ready';

interface Props {
  chapter: string;
}

/**
 * Sits at the end of a chapter's text. Reaching it marks the chapter as read (once per visit,
 * so "Mark as unread" sticks, and not when the page was opened straight at its check); the
 * button does the same by hand.
 */
export default function ChapterEnd({ chapter }: Props) {
  const ready = useReady();
  const progress = useHydratedStore($progress, emptyProgress());
  const read = progress.chapters[chapter];
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const el = root.current;
    // Opening the page at its check ("Take the check" links) is not reading it to the end.
    if (!el || typeof IntersectionObserver === 'undefined' || location.hash === '#check') return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        markChapterRead(chapter);
        observer.disconnect();
      }
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [chapter]);

  return (
    <div class="ce" ref={root}>
      <p class="ce-status" role="status">
        {read ? (
          <>✓ You have read this chapter{read.readOn ? ` (marked on ${formatDay(read.readOn)})` : ''}.</>
        ) : (
          'This chapter is not marked as read yet.'
        )}
      </p>
      <button
        type="button"
        class="btn btn-secondary"
        disabled={!ready}
        onClick={() => (read ? markChapterUnread(chapter) : markChapterRead(chapter))}
      >
        {read ? 'Mark as unread' : 'Mark as read'}
      </button>
    </div>
  );
}

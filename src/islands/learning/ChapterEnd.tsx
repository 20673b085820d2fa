import { useEffect, useRef } from 'preact/hooks';
import { emptyProgress } from '../../lib/learning/progress-codec';
import { formatDay } from '../../lib/learning/dates';
import { readEnoughMs } from '../../lib/learning/progress';
import { $progress, markChapterRead, markChapterUnread } from '../../stores/progress-store';
import { useHydratedStore } from '../shared/use-hydrated-store';
import { useReady } from '../shared/use-ready';
import { Stalled } from '../shared/Stalled';
import { withBase } from '../../lib/base';

interface Props {
  chapter: string;
  /** The chapter's reading time in minutes. */
  minutes: number;
  /** Whether the chapter ends with a knowledge check (passing it also counts the chapter as read). */
  hasCheck: boolean;
}

/**
 * Visible time on the page, from the clock src/scripts/reading-clock.ts starts as the page opens;
 * time since the page opened if that script has not run.
 */
const visibleMs = () => window.msgReadingClock?.visibleMs(performance.now()) ?? performance.now();

/**
 * Sits at the end of a chapter's text. The chapter counts as read once the reader has reached
 * this point and the page has been visible for a third of the chapter's reading time (passing
 * the check counts too; see recordCheck). It happens once per visit, so "Mark as unread" sticks.
 */
export default function ChapterEnd({ chapter, minutes, hasCheck }: Props) {
  const ready = useReady();
  const progress = useHydratedStore($progress, emptyProgress());
  const read = progress.chapters[chapter];
  const root = useRef<HTMLDivElement>(null);
  const needMinutes = Math.ceil(readEnoughMs(minutes) / 60_000);

  useEffect(() => {
    const el = root.current;
    if (!el || typeof IntersectionObserver === 'undefined') return;
    let timer: ReturnType<typeof setInterval> | undefined;
    let done = false;
    const tryMark = () => {
      if (done || visibleMs() < readEnoughMs(minutes)) return;
      done = true;
      markChapterRead(chapter);
      stop();
    };
    const observer = new IntersectionObserver((entries) => {
      if (done || timer || !entries.some((e) => e.isIntersecting)) return;
      tryMark();
      // Reached the end early: keep counting; it becomes read once enough visible time has passed.
      if (!done) timer = setInterval(tryMark, 2000);
    });
    function stop() {
      observer.disconnect();
      clearInterval(timer);
    }
    observer.observe(el);
    return stop;
  }, [chapter, minutes]);

  return (
    <div class="ce" ref={root}>
      <p class="ce-status" role="status">
        {read ? (
          <>✓ You have read this chapter{read.readOn ? ` (marked on ${formatDay(read.readOn)})` : ''}.</>
        ) : (
          `Not marked as read yet. It will be once you have spent about ${needMinutes} ${needMinutes === 1 ? 'minute' : 'minutes'} with this chapter${hasCheck ? ', or when you pass its check' : ''}.`
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
      {!ready && <Stalled what="“Mark as read”" reload={withBase(`/guide/${chapter}/`)} cover />}
    </div>
  );
}

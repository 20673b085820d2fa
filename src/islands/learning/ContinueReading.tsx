import type { ComponentChildren } from 'preact';
import { emptyProgress } from '../../lib/learning/progress-codec';
import { nextStep, type ChapterRef } from '../../lib/learning/continue';
import { shortTitle } from '../../lib/learning/place';
import { $progress } from '../../stores/progress-store';
import { $place } from '../../stores/reading-store';
import { useHydratedStore } from '../shared/use-hydrated-store';
import { withBase } from '../../lib/base';

interface Props {
  chapters: ChapterRef[];
  /** Reading time of the whole guide, for the first-time reader. */
  totalMinutes: number;
  /** Other links to show under the main button (static HTML from the page). */
  children?: ComponentChildren;
}

/**
 * The reader's next step in the guide: "Start with chapter 1" the first time, then "Continue:
 * <next chapter>", or the chapter the reader opened and left, at the heading they were reading
 * (its link goes to that heading). The server renders the first-time version. The button and the line under it
 * keep the same size whatever they say (see .cr in learning.css), so nothing moves, not even
 * sideways, when saved progress arrives.
 */
export default function ContinueReading({ chapters, totalMinutes, children }: Props) {
  const p = useHydratedStore($progress, emptyProgress());
  const place = useHydratedStore($place, null);
  const next = nextStep(chapters, p, place);
  const at = next.kind === 'continue' ? next.at : undefined;
  const read = chapters.filter((c) => p.chapters[c.id]).length;
  const checks = chapters.filter((c) => p.checks[c.id]).length;
  const go =
    next.kind === 'done'
      ? { href: withBase('/practice/'), text: 'Practise what you have learned' }
      : {
          href: at?.heading ? `${next.chapter.href}#${at.heading}` : next.chapter.href,
          text:
            next.kind === 'start'
              ? `Start with chapter ${next.chapter.order}: ${next.chapter.title}`
              : `Continue: ${next.chapter.order}. ${next.chapter.title}`,
        };
  return (
    <div class="cr" data-pagefind-ignore>
      <a class="btn cr-go" href={go.href}>
        {go.text}
      </a>
      <p class="cr-sub muted">
        {next.kind === 'start' && (
          <>
            {chapters.length} chapters, about {totalMinutes} minutes. Your place is kept in this browser.
          </>
        )}
        {next.kind === 'continue' && (
          <>
            {at?.title ? (
              <>You stopped at “{shortTitle(at.title, 48)}”.</>
            ) : (
              <>
                {read} of {chapters.length} chapters read, {checks} {checks === 1 ? 'check' : 'checks'} taken.
              </>
            )}{' '}
            <a href={withBase('/progress/')}>Your progress</a>
          </>
        )}
        {next.kind === 'done' && (
          <>
            You have read all {chapters.length} chapters. <a href={withBase('/progress/')}>Your progress</a>
          </>
        )}
      </p>
      {children && <div class="cr-more">{children}</div>}
    </div>
  );
}

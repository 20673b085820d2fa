import { emptyProgress } from '../../lib/learning/progress-codec';
import { chapterStateLabel, type ChapterRef } from '../../lib/learning/continue';
import { $progress } from '../../stores/progress-store';
import { useHydratedStore } from '../shared/use-hydrated-store';

export interface ChapterCard extends ChapterRef {
  /** Shown on guide-index cards only. */
  description?: string;
  /** "6 min read · For students, new hires". */
  meta?: string;
}

interface Props {
  chapters: ChapterCard[];
  /** "cards": the guide index; "compact": one line per chapter, for the home page. */
  variant: 'cards' | 'compact';
}

/**
 * Every chapter with where the reader stands: not started, read, check score. The server
 * renders "Not started" on the same single line, so the list keeps its height when progress loads.
 */
export default function ChapterStates({ chapters, variant }: Props) {
  const p = useHydratedStore($progress, emptyProgress());
  return (
    <ol class={`gs gs-${variant}`}>
      {chapters.map((c) => {
        const label = chapterStateLabel(p, c.id);
        return (
          <li key={c.id} data-state={p.chapters[c.id] ? 'read' : p.checks[c.id] ? 'started' : 'new'}>
            <a href={c.href} class="gs-link">
              <span class="gs-num" aria-hidden="true">
                {c.order}
              </span>{' '}
              <span class="gs-title">{c.title}</span>
            </a>
            {c.description && <p>{c.description}</p>}
            {c.meta && <p class="gs-meta muted">{c.meta}</p>}
            <p class="gs-state" data-pagefind-ignore>
              <span class="sr-only">Your progress: </span>
              {label}
            </p>
          </li>
        );
      })}
    </ol>
  );
}

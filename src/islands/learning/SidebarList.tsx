import { emptyProgress } from '../../lib/learning/progress';
import { $progress } from '../../stores/progress-store';
import { useHydratedStore } from '../../stores/use-hydrated-store';

interface Props {
  chapters: { id: string; order: number; title: string; href: string }[];
  currentId?: string;
}

/** The chapter list with a mark beside each chapter read. The mark's space is always there, so nothing moves when it appears. */
export default function SidebarList({ chapters, currentId }: Props) {
  const progress = useHydratedStore($progress, emptyProgress());
  return (
    <ol>
      {chapters.map((c) => {
        const read = Boolean(progress.chapters[c.id]);
        return (
          <li key={c.id}>
            <a href={c.href} aria-current={c.id === currentId ? 'page' : undefined} data-chapter-link={c.id} data-read={read ? 'true' : undefined}>
              <span class="cs-num" aria-hidden="true">{c.order}</span>
              <span class="cs-title">
                {c.title}
                {read && <span class="sr-only"> (read)</span>}
              </span>
              <span class="cs-mark" aria-hidden="true">{read ? '✓' : ''}</span>
            </a>
          </li>
        );
      })}
    </ol>
  );
}

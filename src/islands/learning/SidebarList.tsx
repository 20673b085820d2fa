import { emptyProgress } from '../../schemas/progress';
import { $progress } from '../../stores/progress-store';
import { useHydratedStore } from '../../stores/use-hydrated-store';

interface Props {
  chapters: { id: string; order: number; title: string; href: string }[];
  currentId?: string;
}

/**
 * The chapter navigation with a mark beside each chapter read. The mark's space is always there, so
 * nothing moves when it appears. The island renders the whole <nav> so Astro's island styles land
 * before it, not inside it.
 */
export default function SidebarList({ chapters, currentId }: Props) {
  const progress = useHydratedStore($progress, emptyProgress());
  return (
    <nav class="chapter-sidebar no-print" aria-label="Chapters" data-pagefind-ignore>
      <h2 class="cs-heading">Chapters</h2>
      <ol>
        {chapters.map((c) => {
          const read = Boolean(progress.chapters[c.id]);
          return (
            <li key={c.id}>
              <a
                href={c.href}
                aria-current={c.id === currentId ? 'page' : undefined}
                data-chapter-link={c.id}
                data-read={read ? 'true' : undefined}
              >
                <span class="cs-num" aria-hidden="true">
                  {c.order}
                </span>
                <span class="cs-title">
                  {c.title}
                  {read && <span class="sr-only"> (read)</span>}
                </span>
                <span class="cs-mark" aria-hidden="true">
                  {read ? '✓' : ''}
                </span>
              </a>
            </li>
          );
        })}
      </ol>
      <p class="cs-more">
        <a href="/progress/">Your progress</a>
      </p>
    </nav>
  );
}

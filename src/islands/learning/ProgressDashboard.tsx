import { emptyProgress } from '../../lib/learning/progress-codec';
import { formatDay, localDay } from '../../lib/learning/dates';
import { percent, scoreLabel } from '../../lib/learning/scoring';
import { pathProgress } from '../../lib/learning/paths';
import { knownReview, splitReview } from '../../lib/learning/review';
import { $progress, markChapterRead, markChapterUnread } from '../../stores/progress-store';
import { StorageNotice } from '../shared/StorageNotice';
import { useHydratedStore } from '../shared/use-hydrated-store';
import { useReady } from '../shared/use-ready';
import { Stalled } from '../shared/Stalled';
import { PROGRESS_KEY } from '../../schemas/storage-keys';
import type { ChapterInfo, PathInfo } from '../../lib/learning/views';
import { withBase } from '../../lib/base';

interface Props {
  chapters: ChapterInfo[];
  paths: PathInfo[];
  /** Number of activities in the sorting exercise. */
  activities: number;
  /** Every check question by "chapter/question": saved review items for others are not counted. */
  reviewKeys: string[];
  /** Ids of the practice scenarios: saved results for others are not counted. */
  scenarios: string[];
}

const tools = [
  { id: 'funnel', title: 'Funnel builder', href: withBase('/funnel/') },
  { id: 'assessment', title: 'Self-assessment', href: withBase('/assessment/') },
  { id: 'numbers', title: 'Your own numbers', href: withBase('/your-numbers/') },
] as const;

/** A cell's column name, shown only when the table turns into cards on narrow screens. */
const Label = ({ children }: { children: string }) => (
  <span class="cell-label" aria-hidden="true">
    {children}:{' '}
  </span>
);

/** Everything saved about the reader's learning. The server renders the same tables with nothing done yet. */
export default function ProgressDashboard({ chapters, paths, activities, reviewKeys, scenarios }: Props) {
  const ready = useReady();
  const p = useHydratedStore($progress, emptyProgress());
  const read = chapters.filter((c) => p.chapters[c.id]).length;
  const withCheck = chapters.filter((c) => c.questions > 0);
  const checksDone = withCheck.filter((c) => p.checks[c.id]).length;
  const sort = p.exercises.sort;
  const played = scenarios.filter((id) => p.scenarios?.[id]);
  const goodEnds = played.filter((id) => p.scenarios?.[id]?.good).length;
  const known = new Set(reviewKeys);
  const toReview = knownReview(p.review, (k) => known.has(k));
  const dueNow = ready ? splitReview(toReview, localDay(new Date())).due.length : 0;

  return (
    <div class="pg">
      {/* Until the code arrives the cards show a new reader's zeros: if it never does, say so. */}
      {!ready && <Stalled what="Your progress" reload={withBase('/progress/')} />}
      <StorageNotice keys={[PROGRESS_KEY]} lost="your progress" hint="Export it to a file below to keep a copy." />
      <h2 id="overview">Overview</h2>
      <ul class="pg-grid">
        <li class="pg-card">
          <h3>Chapters read</h3>
          <p class="pg-big">
            {read} of {chapters.length}
          </p>
          <progress class="pg-bar" max={chapters.length} value={read} aria-label="Chapters read" />
        </li>
        <li class="pg-card">
          <h3>Checks taken</h3>
          <p class="pg-big">
            {checksDone} of {withCheck.length}
          </p>
          <progress class="pg-bar" max={withCheck.length || 1} value={checksDone} aria-label="Checks taken" />
        </li>
        <li class="pg-card">
          <h3>Marketing, sales or both?</h3>
          <p class="pg-big">{sort ? `${percent(sort.best)} %` : 'Not yet'}</p>
          <p>
            {sort ? `Best ${sort.best.correct} of ${sort.best.total}` : `${activities} activities to sort`}.{' '}
            <a href={withBase('/practice/sort/')}>{sort ? 'Try again' : 'Start'}</a>
          </p>
        </li>
        <li class="pg-card">
          <h3>Scenarios</h3>
          <p class="pg-big">
            {played.length} of {scenarios.length} played
          </p>
          <p>
            {goodEnds} with a good ending.{' '}
            <a href={withBase('/practice/#scenarios')}>{played.length ? 'Play more' : 'Start one'}</a>
          </p>
        </li>
        <li class="pg-card">
          <h3>To review</h3>
          <p class="pg-big">{dueNow} due today</p>
          <p>
            {toReview.length - dueNow} waiting. <a href={withBase('/practice/review/')}>Review what you missed</a>
          </p>
        </li>
      </ul>

      <h2 id="chapters">Chapters and checks</h2>
      <div class="table-scroll">
        <table class="pg-table">
          <caption class="sr-only">Each chapter, whether you have read it, and your check scores</caption>
          <thead>
            <tr>
              <th scope="col">Chapter</th>
              <th scope="col">Read</th>
              <th scope="col">Best score</th>
              <th scope="col">Last score</th>
              <th scope="col">Change</th>
            </tr>
          </thead>
          <tbody>
            {chapters.map((c) => {
              const r = p.chapters[c.id];
              const check = p.checks[c.id];
              return (
                <tr key={c.id}>
                  <th scope="row">
                    <a href={c.href}>{`${c.order}. ${c.title}`}</a>
                  </th>
                  <td>
                    <Label>Read</Label>
                    {r ? <span class="pg-yes">✓ {r.readOn ? formatDay(r.readOn) : 'Yes'}</span> : 'Not yet'}
                  </td>
                  <td>
                    <Label>Best score</Label>
                    {check ? (
                      scoreLabel(check.best)
                    ) : c.questions ? (
                      <a href={`${c.href}#check`} aria-label={`Take the check: ${c.title}`}>
                        Take the check
                      </a>
                    ) : (
                      'No check'
                    )}
                  </td>
                  <td>
                    <Label>Last score</Label>
                    {check ? `${scoreLabel(check.last)}${check.lastOn ? `, ${formatDay(check.lastOn)}` : ''}` : '–'}
                  </td>
                  <td>
                    <button
                      type="button"
                      class="btn btn-secondary"
                      disabled={!ready}
                      aria-label={`${r ? 'Mark as unread' : 'Mark as read'}: ${c.title}`}
                      onClick={() => (r ? markChapterUnread(c.id) : markChapterRead(c.id))}
                    >
                      {r ? 'Mark as unread' : 'Mark as read'}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      <h2 id="paths">Learning paths</h2>
      <ul class="pg-grid">
        {paths.map((path) => {
          const pp = pathProgress(path.steps, p);
          return (
            <li class="pg-card" key={path.id}>
              <h3>
                <a href={path.href}>{path.title}</a>
              </h3>
              <p>
                {pp.done} of {pp.total} steps done
              </p>
              <progress class="pg-bar" max={pp.total} value={pp.done} aria-label={`${path.title}: steps done`} />
            </li>
          );
        })}
      </ul>

      <h2 id="tools">Tools</h2>
      <ul>
        {tools.map((t) => {
          const used = p.tools[t.id];
          return (
            <li key={t.id}>
              <a href={t.href}>{t.title}</a>:{' '}
              {used ? <span class="pg-yes">✓ used, first on {formatDay(used.usedOn)}</span> : 'not used yet'}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

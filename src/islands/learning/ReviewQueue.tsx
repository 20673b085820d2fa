import { useEffect, useState } from 'preact/hooks';
import type { CheckQuestion } from '../../schemas/learning';
import { emptyProgress } from '../../lib/learning/progress-codec';
import { addDays, formatDay, localDay } from '../../lib/learning/dates';
import { isAnswerRight } from '../../lib/learning/scoring';
import { knownReview, REVIEW_INTERVALS, reviewKey, splitReview } from '../../lib/learning/review';
import { permutation } from '../../lib/learning/shuffle';
import { $progress, recordReview } from '../../stores/progress-store';
import { useHydratedStore } from '../shared/use-hydrated-store';
import { useReady } from '../shared/use-ready';
import { StorageNotice } from '../shared/StorageNotice';
import { PROGRESS_KEY } from '../../schemas/storage-keys';
import Question from './Question';

interface Props {
  /** Every check question by "chapter/question", with its chapter. */
  questions: Record<string, { chapterTitle: string; chapterHref: string; question: CheckQuestion }>;
}

const permute = <T,>(xs: T[]): T[] => permutation(xs.length).map((i) => xs[i]!);

interface Attempt {
  /** The order the options are shown in, fixed for the attempt. */
  order?: number[];
  chosen: number[];
  checked: boolean;
  error: string | null;
  outcome?: string;
}

/** How many questions a practice round asks. */
const ROUND = 5;

/**
 * "Review what you missed": questions answered wrongly come back after 1, 3 and 7 days. The list is
 * fixed when the page opens, so a question stays on screen with its feedback after it is answered.
 */
export default function ReviewQueue({ questions }: Props) {
  const ready = useReady();
  const p = useHydratedStore($progress, emptyProgress());
  const [session, setSession] = useState<string[] | null>(null);
  const [attempts, setAttempts] = useState<Record<string, Attempt>>({});
  // A practice round: questions asked now without changing the schedule (null when none is running).
  const [practice, setPractice] = useState<string[] | null>(null);
  const [round, setRound] = useState(0);
  const today = ready ? localDay(new Date()) : '';
  const known = knownReview(p.review, (k) => Object.hasOwn(questions, k));
  const { due, waiting } = splitReview(known, today || '0000-01-01');

  /** New attempts at `keys`. Options come in a new order each time, so a position cannot be remembered. */
  const fresh = (keys: string[]): Record<string, Attempt> =>
    Object.fromEntries(
      keys.map((k) => [
        k,
        { chosen: [], checked: false, error: null, order: permutation(questions[k]!.question.options.length) },
      ]),
    );

  useEffect(() => {
    if (!ready || session !== null) return;
    const keys = due.map((i) => reviewKey(i.chapter, i.question));
    setAttempts(fresh(keys));
    setSession(keys);
  }, [ready, session, due]);

  const attempt = (key: string): Attempt => attempts[key] ?? { chosen: [], checked: false, error: null };
  const update = (key: string, change: Partial<Attempt>) =>
    setAttempts({ ...attempts, [key]: { ...attempt(key), ...change } });

  const check = (key: string) => {
    const a = attempt(key);
    if (!a.chosen.length) return update(key, { error: 'Choose an answer first.' });
    if (practice?.includes(key)) return update(key, { checked: true, error: null });
    const item = p.review[key];
    const right = isAnswerRight(questions[key]!.question.options, a.chosen);
    let outcome: string;
    if (!right) outcome = `It comes back tomorrow, ${formatDay(addDays(today, REVIEW_INTERVALS[0]))}.`;
    else if (item && item.step >= REVIEW_INTERVALS.length - 1) outcome = 'Learned: it leaves your review list.';
    else {
      const wait = REVIEW_INTERVALS[item ? item.step + 1 : 1]!;
      outcome = `It comes back in ${wait} days, on ${formatDay(addDays(today, wait))}.`;
    }
    recordReview(key, right);
    update(key, { checked: true, error: null, outcome });
  };

  /**
   * The next practice round: the questions waiting for review first (soonest first), then
   * questions from chapters the reader has read, then any; never the ones just practised.
   */
  const startPractice = () => {
    const waitingKeys = waiting.map((i) => reviewKey(i.chapter, i.question));
    const all = Object.keys(questions);
    const fromRead = all.filter((k) => p.chapters[k.split('/')[0]!]);
    const pool = [...new Set([...waitingKeys, ...permute(fromRead), ...permute(all)])].filter(
      (k) => !practice?.includes(k) && !session?.includes(k),
    );
    const keys = [...new Set([...pool, ...permute(all)])].slice(0, ROUND);
    setAttempts({ ...attempts, ...fresh(keys) });
    setPractice(keys);
    setRound(round + 1);
  };
  useEffect(() => {
    if (round > 0) document.querySelector<HTMLInputElement>('.rq-practice input')?.focus();
  }, [round]);

  /** One question with the chapter it comes from and, once checked in review, when it comes back. */
  const item = (key: string, list: 'review' | 'practice') => {
    const q = questions[key]!;
    const a = attempt(key);
    return (
      <>
        <p class="muted rq-from">
          From <a href={`${q.chapterHref}#check`}>{q.chapterTitle}</a>
        </p>
        <Question
          idBase={`${list}-${key.replace('/', '--')}`}
          question={q.question}
          order={a.order}
          chosen={a.chosen}
          checked={a.checked}
          error={a.error}
          ready={ready}
          onChoose={(chosen) => update(key, { chosen })}
          onCheck={() => check(key)}
        />
        {a.outcome && <p class="rq-outcome">{a.outcome}</p>}
      </>
    );
  };

  const shown = session ?? [];
  const answered = shown.filter((k) => attempt(k).checked).length;
  return (
    <div class="rq">
      <StorageNotice keys={[PROGRESS_KEY]} lost="your review schedule" />
      <p class="rq-status">
        <strong>
          {shown.length === 0
            ? 'Nothing is due for review today.'
            : `${shown.length} ${shown.length === 1 ? 'question is' : 'questions are'} due today. ${answered} answered.`}
        </strong>
      </p>
      {shown.length > 0 && (
        <ol class="kc-list">
          {shown.map((key) => (
            <li key={key}>{item(key, 'review')}</li>
          ))}
        </ol>
      )}
      {answered === shown.length && (
        <div class="rq-next">
          {shown.length === 0 && waiting[0] && (
            <p>
              The next question comes back on <strong>{formatDay(waiting[0].due)}</strong>
              {waiting.length > 1 ? `; ${waiting.length} are scheduled in all (listed below).` : '.'}
            </p>
          )}
          <p>
            {shown.length > 0 ? 'All done for today. ' : ''}Want to practise now? A round of {ROUND} questions,{' '}
            {waiting.length
              ? 'starting with the ones scheduled for later'
              : Object.keys(p.chapters).length
                ? 'from the chapters you have read'
                : 'from across the guide'}
            . It does not change your schedule.
          </p>
          <button type="button" class="btn" disabled={!ready} onClick={startPractice}>
            {practice ? 'Another practice round' : `Practise ${ROUND} questions now`}
          </button>
        </div>
      )}
      {practice && (
        <section class="rq-practice" aria-labelledby="practice">
          <h2 id="practice">Practice round</h2>
          <ol class="kc-list">
            {practice.map((key) => (
              <li key={`${round}-${key}`}>{item(key, 'practice')}</li>
            ))}
          </ol>
          <p role="status" class="rq-outcome">
            {practice.every((k) => attempt(k).checked)
              ? `Practice round: ${practice.filter((k) => isAnswerRight(questions[k]!.question.options, attempt(k).chosen)).length} of ${practice.length} right.`
              : ''}
          </p>
        </section>
      )}
      <h2 id="later">Coming back later</h2>
      {waiting.length > 0 ? (
        <ul>
          {waiting.map((i) => {
            const q = questions[reviewKey(i.chapter, i.question)]!;
            return (
              <li key={reviewKey(i.chapter, i.question)}>
                {formatDay(i.due)}: “{q.question.prompt}” <span class="muted">(from {q.chapterTitle})</span>
              </li>
            );
          })}
        </ul>
      ) : (
        <p>No questions are waiting. Any question you get wrong in a chapter's check will appear here the next day.</p>
      )}
    </div>
  );
}

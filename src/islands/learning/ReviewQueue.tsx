import { useEffect, useState } from 'preact/hooks';
import type { CheckQuestion } from '../../schemas/learning';
import { emptyProgress } from '../../schemas/progress';
import { addDays, formatDay, localDay } from '../../lib/learning/dates';
import { isAnswerRight } from '../../lib/learning/scoring';
import { REVIEW_INTERVALS, reviewKey, splitReview } from '../../lib/learning/review';
import { $progress, recordReview } from '../../stores/progress-store';
import { useHydratedStore } from '../../stores/use-hydrated-store';
import { useReady } from '../shared/use-ready';
import { StorageNotice } from '../shared/StorageNotice';
import { PROGRESS_KEY } from '../../schemas/storage-keys';
import Question from './Question';

interface Props {
  /** Every check question by "chapter/question", with its chapter. */
  questions: Record<string, { chapterTitle: string; chapterHref: string; question: CheckQuestion }>;
}

interface Attempt {
  chosen: number[];
  checked: boolean;
  error: string | null;
  outcome?: string;
}

/**
 * "Review what you missed": questions answered wrongly come back after 1, 3 and 7 days. The list is
 * fixed when the page opens, so a question stays on screen with its feedback after it is answered.
 */
export default function ReviewQueue({ questions }: Props) {
  const ready = useReady();
  const p = useHydratedStore($progress, emptyProgress());
  const [session, setSession] = useState<string[] | null>(null);
  const [attempts, setAttempts] = useState<Record<string, Attempt>>({});
  const today = ready ? localDay(new Date()) : '';
  const known = Object.values(p.review).filter((i) => questions[reviewKey(i.chapter, i.question)]);
  const { due, waiting } = splitReview(known, today || '0000-01-01');

  useEffect(() => {
    if (ready && session === null) setSession(due.map((i) => reviewKey(i.chapter, i.question)));
  }, [ready, session, due]);

  const attempt = (key: string): Attempt => attempts[key] ?? { chosen: [], checked: false, error: null };
  const update = (key: string, change: Partial<Attempt>) =>
    setAttempts({ ...attempts, [key]: { ...attempt(key), ...change } });

  const check = (key: string) => {
    const a = attempt(key);
    if (!a.chosen.length) return update(key, { error: 'Choose an answer first.' });
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

  const shown = (session ?? []).filter((k) => questions[k]);
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
          {shown.map((key) => {
            const q = questions[key]!;
            const a = attempt(key);
            return (
              <li key={key}>
                <p class="muted rq-from">
                  From <a href={`${q.chapterHref}#check`}>{q.chapterTitle}</a>
                </p>
                <Question
                  idBase={`review-${key.replace('/', '--')}`}
                  question={q.question}
                  chosen={a.chosen}
                  checked={a.checked}
                  error={a.error}
                  ready={ready}
                  onChoose={(chosen) => update(key, { chosen })}
                  onCheck={() => check(key)}
                />
                {a.outcome && <p class="rq-outcome">{a.outcome}</p>}
              </li>
            );
          })}
        </ol>
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

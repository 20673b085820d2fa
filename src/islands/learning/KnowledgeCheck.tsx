import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CheckQuestion } from '../../schemas/learning';
import { percent, scoreAnswers, scoreLabel } from '../../lib/learning/scoring';
import { emptyProgress } from '../../lib/learning/progress-codec';
import { permutation, reshuffle } from '../../lib/learning/shuffle';
import { $progress, recordCheck } from '../../stores/progress-store';
import { $checkDrafts, clearDraft, saveDraftAnswer } from '../../stores/reading-store';
import { restoreDraft } from '../../lib/learning/drafts';
import { useHydratedStore } from '../shared/use-hydrated-store';
import { useReady } from '../shared/use-ready';
import { StorageNotice } from '../shared/StorageNotice';
import { PROGRESS_KEY } from '../../schemas/storage-keys';
import Question from './Question';
import { checkIdBase } from './CheckList';
import { readQuestions } from './read-questions';
import { withBase } from '../../lib/base';

interface Props {
  chapter: string;
  /** Number of questions, for the line the server renders before the island has read them. */
  count: number;
  /**
   * Either the questions as static HTML (CheckList), or, on a chapter page, a link to the check's
   * own page: the island then fetches that page and reads the questions from it, so the chapter's
   * HTML carries no question at all.
   */
  children?: ComponentChildren;
  /** The check's own page, fetched when `children` holds no questions. */
  src?: string;
}

/** One pass through questions: the whole check, or a practice round of the ones just missed. */
interface Round {
  practice: boolean;
  /** Indexes of the questions asked, in the order shown. */
  items: number[];
  /** For each question index, the order its options are shown in. */
  orders: number[][];
  chosen: number[][];
  checked: boolean[];
  errors: (string | null)[];
  /** Set when every question of the round is checked. */
  result: { text: string; missed: number[] } | null;
}

const newRound = (items: number[], orders: number[][], practice: boolean): Round => ({
  practice,
  items,
  orders,
  chosen: items.map(() => []),
  checked: items.map(() => false),
  errors: items.map(() => null),
  result: null,
});

const s = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * A chapter's knowledge check: each question checked on its own, then a score, saved progress,
 * a practice round of the questions missed, and retry. Options are shuffled for every attempt
 * (the first one only when the check is still off screen, so nothing moves under the reader's eyes).
 */
export default function KnowledgeCheck({ chapter, count, children, src }: Props) {
  const ready = useReady();
  const progress = useHydratedStore($progress, emptyProgress());
  const saved = progress.checks[chapter];
  const root = useRef<HTMLDivElement>(null);
  const [questions, setQuestions] = useState<CheckQuestion[] | null>(null);
  const [round, setRound] = useState<Round | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const el = root.current;
    if (!el) return;
    const begin = (found: CheckQuestion[], shuffle: boolean) => {
      const orders = found.map((q) => (shuffle ? permutation(q.options.length) : q.options.map((_, i) => i)));
      // Answers from an earlier visit to this unfinished check come back as they were left.
      const kept = restoreDraft(found, $checkDrafts.get()[chapter]);
      setQuestions(found);
      setRound({
        ...newRound(
          found.map((_, i) => i),
          orders,
          false,
        ),
        ...kept,
      });
    };
    const here = readQuestions(el);
    // Options already on screen keep their order for this first attempt, so nothing moves under the reader's eyes.
    if (here) return begin(here, el.getBoundingClientRect().top > window.innerHeight);
    if (!src) return;
    let live = true;
    fetch(src)
      .then((r) => (r.ok ? r.text() : Promise.reject(new Error(String(r.status)))))
      .then((html) => {
        const found = readQuestions(new DOMParser().parseFromString(html, 'text/html'));
        if (!live) return;
        if (found) begin(found, true);
        else setFailed(true);
      })
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, []);

  // A new round moves focus to its first answer, once the inputs are rendered and enabled.
  useEffect(() => {
    if (attempt > 0) root.current?.querySelector<HTMLInputElement>('.kc-list input')?.focus();
  }, [attempt]);

  const start = (items: number[], practice: boolean) => {
    if (!questions || !round) return;
    clearDraft(chapter);
    const orders = round.orders.map((o) => reshuffle(o));
    setRound(newRound(items, orders, practice));
    setAttempt(attempt + 1);
  };

  const check = (pos: number) => {
    if (!questions || !round) return;
    if (round.chosen[pos]!.length === 0) {
      setRound({ ...round, errors: round.errors.map((e, j) => (j === pos ? 'Choose an answer first.' : e)) });
      return;
    }
    const checked = round.checked.map((c, j) => c || j === pos);
    const next: Round = { ...round, checked, errors: round.errors.map((e, j) => (j === pos ? null : e)) };
    if (!round.practice) keepAnswer(next, pos);
    if (checked.every(Boolean)) {
      const asked = round.items.map((i) => questions[i]!);
      const { score, right } = scoreAnswers(asked, round.chosen);
      const missed = round.items.filter((_, j) => !right[j]);
      if (round.practice) {
        next.result = {
          text:
            `Practice round: ${score.correct} of ${score.total} right.` +
            ' They still come back for review tomorrow: a second try after a gap helps them stick.',
          missed,
        };
      } else {
        clearDraft(chapter);
        recordCheck(
          chapter,
          score,
          missed.map((i) => questions[i]!.id),
        );
        next.result = {
          text:
            `You got ${score.correct} of ${score.total} right (${percent(score)} %).` +
            (missed.length
              ? ` The ${missed.length === 1 ? 'question' : `${missed.length} questions`} you missed will come back for review tomorrow.`
              : ' Well done.'),
          missed,
        };
      }
    }
    setRound(next);
  };

  /** Saves one answer of a first attempt so a reader who leaves mid-check finds it again. */
  const keepAnswer = (r: Round, pos: number) => {
    const q = questions?.[r.items[pos]!];
    if (q && !r.result) saveDraftAnswer(chapter, q.id, { chosen: r.chosen[pos]!, checked: r.checked[pos]! });
  };

  const choose = (pos: number, chosen: number[]) => {
    if (!round) return;
    const next = { ...round, chosen: round.chosen.map((c, j) => (j === pos ? chosen : c)) };
    if (!round.practice) keepAnswer(next, pos);
    setRound(next);
  };

  const done = round ? round.checked.filter(Boolean).length : 0;
  const total = round ? round.items.length : count;
  const result = round?.result;
  return (
    <div class="kc" ref={root}>
      <StorageNotice keys={[PROGRESS_KEY]} lost="your check scores" />
      <p class="kc-best">
        {saved ? (
          <>
            <strong>Your best score: {scoreLabel(saved.best)}.</strong> Last time: {scoreLabel(saved.last)}, attempt{' '}
            {saved.attempts}.
          </>
        ) : (
          'You have not finished this check yet. Your best score will appear here.'
        )}
      </p>
      {round && questions ? (
        <>
          {round.practice && (
            <p class="kc-round">
              <strong>Practice round:</strong> the {s(round.items.length, 'question', 'questions')} you missed, in a new
              order.
            </p>
          )}
          <ol class="kc-list">
            {round.items.map((qi, pos) => {
              const q = questions[qi]!;
              return (
                <li key={`${attempt}-${q.id}`}>
                  <Question
                    idBase={checkIdBase(chapter, q.id)}
                    number={pos + 1}
                    question={q}
                    order={round.orders[qi]}
                    chosen={round.chosen[pos]!}
                    checked={round.checked[pos]!}
                    error={round.errors[pos]!}
                    ready={ready}
                    onChoose={(c) => choose(pos, c)}
                    onCheck={() => check(pos)}
                  />
                </li>
              );
            })}
          </ol>
        </>
      ) : (
        <div class={src ? 'kc-pending' : undefined}>
          {children}
          {failed && (
            <p class="kc-error" role="alert">
              The questions could not be loaded here. Follow the link above to take the check on its own page.
            </p>
          )}
        </div>
      )}
      {!result && (
        <p class="muted kc-count">
          {done > 0 ? `${done} of ${total} questions checked.` : `${total} questions. Check each answer as you go.`}
        </p>
      )}
      <div class="kc-result" role="status">
        {result && (
          <p>
            <strong>{result.text}</strong>{' '}
            {!round?.practice && saved && <>Your best score: {scoreLabel(saved.best)}. </>}
          </p>
        )}
      </div>
      <div class="kc-next">
        {result && result.missed.length > 0 && (
          <button
            type="button"
            class="btn"
            onClick={() =>
              start(
                permutation(result.missed.length).map((j) => result.missed[j]!),
                true,
              )
            }
          >
            Practise the {result.missed.length === 1 ? 'one' : 'ones'} you missed now
          </button>
        )}
        <button
          type="button"
          class={result && result.missed.length > 0 ? 'btn btn-secondary' : 'btn'}
          disabled={!ready || !round || (done === 0 && !round.practice)}
          onClick={() =>
            questions &&
            start(
              questions.map((_, i) => i),
              false,
            )
          }
        >
          {round?.practice ? 'Take the whole check again' : 'Try again'}
        </button>
        {result && (
          <a href={withBase('/practice/review/')} class="kc-review-link">
            Your review schedule
          </a>
        )}
      </div>
    </div>
  );
}

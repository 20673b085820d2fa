import { useEffect, useState } from 'preact/hooks';
import type { CheckQuestion } from '../../schemas/learning';
import { percent, scoreAnswers, scoreLabel } from '../../lib/learning/scoring';
import { emptyProgress } from '../../schemas/progress';
import { $progress, recordCheck } from '../../stores/progress-store';
import { useHydratedStore } from '../../stores/use-hydrated-store';
import { useReady } from '../shared/use-ready';
import { StorageNotice } from '../shared/StorageNotice';
import { PROGRESS_KEY } from '../../schemas/storage-keys';
import Question from './Question';

interface Props {
  chapter: string;
  questions: CheckQuestion[];
}

/** A chapter's knowledge check: each question checked on its own, then a score, saved progress and retry. */
export default function KnowledgeCheck({ chapter, questions }: Props) {
  const ready = useReady();
  const progress = useHydratedStore($progress, emptyProgress());
  const saved = progress.checks[chapter];
  const blank = () => questions.map(() => [] as number[]);
  const [chosen, setChosen] = useState<number[][]>(blank);
  const [checked, setChecked] = useState<boolean[]>(() => questions.map(() => false));
  const [errors, setErrors] = useState<(string | null)[]>(() => questions.map(() => null));
  const [result, setResult] = useState<string | null>(null);
  const [restarts, setRestarts] = useState(0);
  const idBase = (i: number) => `check-${chapter}-${questions[i]!.id}`;

  const check = (i: number) => {
    if (chosen[i]!.length === 0) {
      setErrors(errors.map((e, j) => (j === i ? 'Choose an answer first.' : e)));
      return;
    }
    setErrors(errors.map((e, j) => (j === i ? null : e)));
    const nowChecked = checked.map((c, j) => c || j === i);
    setChecked(nowChecked);
    if (nowChecked.every(Boolean)) {
      const { score, right } = scoreAnswers(questions, chosen);
      const wrong = questions.filter((_, j) => !right[j]).map((q) => q.id);
      recordCheck(chapter, score, wrong);
      setResult(
        `You got ${score.correct} of ${score.total} right (${percent(score)} %).` +
          (wrong.length
            ? ` The ${wrong.length === 1 ? 'question' : `${wrong.length} questions`} you missed will come back for review tomorrow.`
            : ' Well done.'),
      );
    }
  };

  const retry = () => {
    setChosen(blank());
    setChecked(questions.map(() => false));
    setErrors(questions.map(() => null));
    setResult(null);
    setRestarts(restarts + 1);
  };
  // After "Try again" the inputs are enabled only once rendered, so focus moves in an effect.
  useEffect(() => {
    if (restarts > 0) document.querySelector<HTMLInputElement>(`input[name^="${idBase(0)}-answer"]`)?.focus();
  }, [restarts]);

  const done = checked.filter(Boolean).length;
  return (
    <div class="kc">
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
      <ol class="kc-list">
        {questions.map((q, i) => (
          <li key={q.id}>
            <Question
              idBase={idBase(i)}
              number={i + 1}
              question={q}
              chosen={chosen[i]!}
              checked={checked[i]!}
              error={errors[i]!}
              ready={ready}
              onChoose={(c) => setChosen(chosen.map((x, j) => (j === i ? c : x)))}
              onCheck={() => check(i)}
            />
          </li>
        ))}
      </ol>
      {!result && (
        <p class="muted kc-count">
          {done > 0
            ? `${done} of ${questions.length} questions checked.`
            : `${questions.length} questions. Check each answer as you go.`}
        </p>
      )}
      <div class="kc-result" role="status">
        {result && (
          <p>
            <strong>{result}</strong> {saved && <>Your best score: {scoreLabel(saved.best)}. </>}
            <a href="/practice/review/">Review what you missed</a>
          </p>
        )}
      </div>
      <button type="button" class="btn" disabled={!ready || done === 0} onClick={retry}>
        Try again
      </button>
    </div>
  );
}

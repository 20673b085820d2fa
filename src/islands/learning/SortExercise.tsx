import { useEffect, useState } from 'preact/hooks';
import type { Activity } from '../../schemas/learning';
import { GROUPS, groupLabels, groupTagClass as tagClass, type Group } from '../../schemas/learning-groups';
import { percent, scoreLabel, scoreSort } from '../../lib/learning/scoring';
import { emptyProgress } from '../../lib/learning/progress-codec';
import { $progress, recordExercise } from '../../stores/progress-store';
import { useHydratedStore } from '../shared/use-hydrated-store';
import { useReady } from '../shared/use-ready';
import { StorageNotice } from '../shared/StorageNotice';
import { PROGRESS_KEY } from '../../schemas/storage-keys';
import { CheckButton } from './CheckButton';

type Item = Activity & { chapterHref?: string; chapterTitle?: string };
interface Props {
  items: Item[];
}

/** "Marketing, sales or both?": a radio group per activity (Tab between activities, arrow keys between groups). */
export default function SortExercise({ items }: Props) {
  const ready = useReady();
  const progress = useHydratedStore($progress, emptyProgress());
  const saved = progress.exercises.sort;
  const [placed, setPlaced] = useState<Record<string, Group>>({});
  const [checked, setChecked] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<string | null>(null);
  const [restarts, setRestarts] = useState(0);
  useEffect(() => {
    if (restarts > 0) document.querySelector<HTMLInputElement>('input[name^="sort-"]')?.focus();
  }, [restarts]);
  const { score, right, unplaced } = scoreSort(items, placed);
  const counts = GROUPS.map((g) => [g, items.filter((a) => placed[a.id] === g).length] as const);

  const check = () => {
    if (unplaced.length) {
      const names = unplaced.map((id) => `“${items.find((a) => a.id === id)!.text}”`);
      const listed =
        names.length > 5 ? `${names.slice(0, 5).join(', ')} and ${names.length - 5} more` : names.join(', ');
      setError(
        `Place every activity first: ${unplaced.length} ${unplaced.length === 1 ? 'is' : 'are'} not placed yet (${listed}).`,
      );
      document.querySelector<HTMLInputElement>(`input[name="sort-${unplaced[0]}"]`)?.focus();
      return;
    }
    setError(null);
    setChecked(true);
    recordExercise('sort', score);
    setResult(`You placed ${score.correct} of ${score.total} activities in the right group (${percent(score)} %).`);
  };
  const restart = () => {
    setPlaced({});
    setChecked(false);
    setResult(null);
    setRestarts(restarts + 1);
  };

  return (
    <div class="sort">
      <StorageNotice keys={[PROGRESS_KEY]} lost="your result" />
      <p class="kc-best">
        {saved ? (
          <strong>
            Your best: {scoreLabel(saved.best)}. Last time: {scoreLabel(saved.last)}.
          </strong>
        ) : (
          'You have not finished this exercise yet. Your best score will appear here.'
        )}
      </p>
      <ol class="sort-list">
        {items.map((a) => {
          const state = checked ? (right[a.id] ? 'is-right' : 'is-wrong') : '';
          return (
            <li key={a.id} class={`sort-item ${state}`}>
              <fieldset aria-describedby={checked ? `sort-fb-${a.id}` : undefined}>
                <legend>{a.text}</legend>
                <div class="sort-choices">
                  {GROUPS.map((g) => (
                    <label class={`sort-choice sort-${g}`}>
                      <input
                        type="radio"
                        name={`sort-${a.id}`}
                        value={g}
                        checked={placed[a.id] === g}
                        disabled={checked}
                        onChange={() => setPlaced({ ...placed, [a.id]: g })}
                      />
                      <span>{groupLabels[g]}</span>
                    </label>
                  ))}
                </div>
                {checked ? (
                  <p class="sort-feedback" id={`sort-fb-${a.id}`}>
                    <strong>
                      {right[a.id]
                        ? '✓ Right. '
                        : `✗ Not quite: this is ${groupLabels[a.group].toLowerCase()}${a.group === 'both' ? '' : ' work'}. `}
                    </strong>
                    {a.explanation} {a.chapterHref && <a href={a.chapterHref}>Read more in “{a.chapterTitle}”</a>}
                  </p>
                ) : (
                  <details class="kc-answer">
                    <summary>Show the answer</summary>
                    <p>
                      <span class={tagClass[a.group]}>{groupLabels[a.group]}</span> {a.explanation}
                    </p>
                  </details>
                )}
              </fieldset>
            </li>
          );
        })}
      </ol>
      <p class="sort-counts">
        <strong class="sort-placed">
          {items.length - unplaced.length} of {items.length} placed
        </strong>{' '}
        {counts.map(([g, n]) => (
          <span class={tagClass[g]}>
            {groupLabels[g]}: {n}
          </span>
        ))}
      </p>
      <p class="kc-error" id="sort-error">
        {error}
      </p>
      <div class="sort-actions">
        <CheckButton class="btn" ready={ready} checked={checked} describedBy="sort-error" onCheck={check}>
          Check my answers
        </CheckButton>
        <button type="button" class="btn btn-secondary" disabled={!ready || !checked} onClick={restart}>
          Start again
        </button>
      </div>
      <div role="status" class="kc-result">
        {result && (
          <p>
            <strong>{result}</strong> {saved && `Your best: ${scoreLabel(saved.best)}.`}
          </p>
        )}
      </div>
    </div>
  );
}

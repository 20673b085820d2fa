import type { CheckQuestion } from '../../schemas/learning';
import { isAnswerRight } from '../../lib/learning/scoring';

export interface QuestionProps {
  /** Unique on the page; prefixes every id and the input name. */
  idBase: string;
  /** Shown before the prompt ("2."). */
  number?: number;
  question: CheckQuestion;
  chosen: readonly number[];
  checked: boolean;
  error: string | null;
  ready: boolean;
  onChoose: (chosen: number[]) => void;
  onCheck: () => void;
}

/**
 * One knowledge-check question as a fieldset. The server renders it complete, with the answers
 * in a closed "Show the answer" section for readers without JavaScript; the island adds checking.
 */
export default function Question({
  idBase,
  number,
  question: q,
  chosen,
  checked,
  error,
  ready,
  onChoose,
  onCheck,
}: QuestionProps) {
  const right = checked && isAnswerRight(q.options, chosen);
  const type = q.kind === 'single' ? 'radio' : 'checkbox';
  const choose = (i: number, on: boolean) => {
    if (q.kind === 'single') onChoose([i]);
    else onChoose(on ? [...chosen, i].sort((a, b) => a - b) : chosen.filter((c) => c !== i));
  };
  return (
    <fieldset class="kc-q" aria-describedby={`${idBase}-hint ${idBase}-error ${idBase}-feedback`}>
      <legend>
        {/* One string: Preact's hydration compares "1. " loosely with the number 1 and would keep both. */}
        {number !== undefined && <span class="kc-num">{`${number}. `}</span>}
        {q.prompt}
      </legend>
      <p class="kc-hint muted" id={`${idBase}-hint`}>
        {q.kind === 'single' ? 'Choose one answer.' : 'Choose every answer that applies.'}
      </p>
      <ul class="kc-options">
        {q.options.map((o, i) => {
          const picked = chosen.includes(i);
          const state = !checked ? '' : o.correct ? 'is-right' : picked ? 'is-wrong' : '';
          return (
            <li class={`kc-option ${state}`}>
              <label>
                <input
                  type={type}
                  name={q.kind === 'single' ? `${idBase}-answer` : `${idBase}-answer-${i}`}
                  value={String(i)}
                  checked={picked}
                  disabled={checked}
                  onChange={(e) => choose(i, e.currentTarget.checked)}
                />
                <span>{o.text}</span>
              </label>
              {checked && (o.correct || picked) && (
                <p class="kc-expl">
                  <strong>
                    {o.correct
                      ? picked
                        ? 'Right answer, and you chose it. '
                        : 'A right answer you did not choose. '
                      : 'Not right, but you chose it. '}
                  </strong>
                  {o.explanation}
                </p>
              )}
            </li>
          );
        })}
      </ul>
      <div class="kc-actions">
        <button
          type="button"
          class="btn btn-secondary"
          disabled={!ready}
          aria-disabled={checked ? 'true' : undefined}
          aria-describedby={error ? `${idBase}-error` : undefined}
          onClick={() => !checked && onCheck()}
        >
          {checked ? 'Answer checked' : 'Check answer'}
        </button>
        <span class="kc-error" id={`${idBase}-error`}>
          {error}
        </span>
      </div>
      <p
        class={`kc-feedback ${checked ? (right ? 'is-right' : 'is-wrong') : ''}`}
        id={`${idBase}-feedback`}
        aria-live="polite"
      >
        {checked ? (right ? '✓ Right.' : '✗ Not quite. The notes under the options say why.') : ''}
      </p>
      {!checked && (
        <details class="kc-answer">
          <summary>Show the answer</summary>
          <ul>
            {q.options.map((o) => (
              <li>
                <strong>{o.correct ? 'Right: ' : 'Wrong: '}</strong>
                {o.text}. {o.explanation}
              </li>
            ))}
          </ul>
        </details>
      )}
    </fieldset>
  );
}

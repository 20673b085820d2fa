import type { CheckData, CheckQuestion } from '../../schemas/learning';
import { isAnswerRight } from '../../lib/learning/scoring';
import { Table } from '../shared/Table';
import { CheckButton } from './CheckButton';

export interface QuestionProps {
  /** Unique on the page; prefixes every id and the input name. */
  idBase: string;
  /** Shown before the prompt ("2."). */
  number?: number;
  question: CheckQuestion;
  /** The order in which to show the options, as indexes into `question.options`; file order when absent. */
  order?: readonly number[];
  /** Indexes into `question.options` (not display positions). */
  chosen: readonly number[];
  checked: boolean;
  error: string | null;
  ready: boolean;
  onChoose: (chosen: number[]) => void;
  onCheck: () => void;
}

const quoted = (texts: string[]) => texts.map((t) => `“${t}”`).join(' and ');

/** What the reader needs to hear after checking, naming options by their text (their position changes per attempt). */
function feedbackText(q: CheckQuestion, chosen: readonly number[]): string {
  if (isAnswerRight(q.options, chosen)) return '✓ Right.';
  const right = q.options.filter((o) => o.correct).map((o) => o.text);
  return `✗ Not quite. The notes under the options say why. ${right.length === 1 ? 'Right answer' : 'Right answers'}: ${quoted(right)}`;
}

/** The question's table; `readQuestions` reads it back from this markup. */
function DataTable({ idBase, data }: { idBase: string; data: CheckData }) {
  const [head = [], ...body] = data.rows;
  return (
    <div class="table-scroll kc-data" role="region" aria-labelledby={`${idBase}-data-caption`} tabIndex={0}>
      <Table
        caption={data.caption}
        captionId={`${idBase}-data-caption`}
        columns={head}
        rows={body.map(([first, ...rest], i) => ({ key: i, head: first, cells: rest }))}
      />
    </div>
  );
}

/**
 * One knowledge-check question as a fieldset. The server renders it complete, with the answers
 * in a closed "Show the answer" section for readers without JavaScript; the island adds checking.
 * The data-* attributes and class names of the answer list are what `readQuestions` parses, so
 * the chapter page can send each question once.
 */
export default function Question({
  idBase,
  number,
  question: q,
  order,
  chosen,
  checked,
  error,
  ready,
  onChoose,
  onCheck,
}: QuestionProps) {
  const right = checked && isAnswerRight(q.options, chosen);
  const type = q.kind === 'single' ? 'radio' : 'checkbox';
  const shown = order ?? q.options.map((_, i) => i);
  const choose = (i: number, on: boolean) => {
    if (q.kind === 'single') onChoose([i]);
    else onChoose(on ? [...chosen, i].sort((a, b) => a - b) : chosen.filter((c) => c !== i));
  };
  return (
    <fieldset
      class="kc-q"
      data-q={q.id}
      data-kind={q.kind}
      aria-describedby={`${idBase}-hint ${idBase}-error ${idBase}-feedback`}
    >
      <legend>
        {/* One string: Preact's hydration compares "1. " loosely with the number 1 and would keep both. */}
        {number !== undefined && <span class="kc-num">{`${number}. `}</span>}
        <span class="kc-prompt">{q.prompt}</span>
      </legend>
      {q.data && <DataTable idBase={idBase} data={q.data} />}
      <p class="kc-hint muted" id={`${idBase}-hint`}>
        {q.kind === 'single' ? 'Choose one answer.' : 'Choose every answer that applies.'}
      </p>
      <ul class="kc-options">
        {shown.map((i) => {
          const o = q.options[i]!;
          const picked = chosen.includes(i);
          const state = !checked ? '' : o.correct ? 'is-right' : picked ? 'is-wrong' : '';
          return (
            <li class={`kc-option ${state}`} key={i}>
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
        <CheckButton
          class="btn btn-secondary"
          ready={ready}
          checked={checked}
          describedBy={error ? `${idBase}-error` : undefined}
          onCheck={onCheck}
        >
          {checked ? 'Answer checked' : 'Check answer'}
        </CheckButton>
        <span class="kc-error" id={`${idBase}-error`}>
          {error}
        </span>
      </div>
      <p
        class={`kc-feedback ${checked ? (right ? 'is-right' : 'is-wrong') : ''}`}
        id={`${idBase}-feedback`}
        aria-live="polite"
      >
        {checked ? feedbackText(q, chosen) : ''}
      </p>
      {!checked && (
        <details class="kc-answer">
          <summary>Show the answer</summary>
          <ul>
            {shown.map((i) => {
              const o = q.options[i]!;
              return (
                <li key={i} data-correct={o.correct ? 'true' : 'false'}>
                  <strong>{o.correct ? 'Right: ' : 'Wrong: '}</strong>
                  <span class="kc-a-text">{o.text}</span>
                  {/[.?!]$/.test(o.text) ? ' ' : '. '}
                  <span class="kc-a-expl">{o.explanation}</span>
                </li>
              );
            })}
          </ul>
        </details>
      )}
    </fieldset>
  );
}

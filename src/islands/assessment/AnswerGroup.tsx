import type { Answer } from '../../schemas/assessment';

const answerOptions: { value: Answer; label: string; short: string }[] = [
  { value: 1, short: '1', label: 'Strongly disagree' },
  { value: 2, short: '2', label: 'Disagree' },
  { value: 3, short: '3', label: 'Neither agree nor disagree' },
  { value: 4, short: '4', label: 'Agree' },
  { value: 5, short: '5', label: 'Strongly agree' },
  { value: 'dk', short: '?', label: "Don't know" },
];

/** Offered only on statements that do not fit every company (mayNotApply in the content). */
const notApplicableOption = { value: 'na' as const, short: '–', label: 'Does not apply here' };

interface Props {
  id: string;
  number: number;
  text: string;
  value: Answer | undefined;
  error: boolean;
  /** Adds "Does not apply here" to the answers. */
  mayNotApply?: boolean | undefined;
  onChange: (a: Answer) => void;
}

/** One statement as a native radio group: arrow keys move between answers, Tab to the next statement. */
export function AnswerGroup({ id, number, text, value, error, mayNotApply, onChange }: Props) {
  const errId = `err-${id}`;
  const options = mayNotApply ? [...answerOptions, notApplicableOption] : answerOptions;
  return (
    <fieldset
      class={error ? 'statement has-error' : 'statement'}
      aria-describedby={error ? errId : undefined}
      data-statement={id}
    >
      <legend>
        <span class="statement-number">{number}.</span> {text}
      </legend>
      {error && (
        <p class="field-error" id={errId}>
          Choose an answer, or "Don't know"{mayNotApply && ' or "Does not apply here"'}.
        </p>
      )}
      <div class="options">
        {options.map((o) => (
          <label
            key={String(o.value)}
            class={o.value === 'na' ? 'option option-dk option-na' : o.value === 'dk' ? 'option option-dk' : 'option'}
          >
            <input
              type="radio"
              name={`s-${id}`}
              value={String(o.value)}
              checked={value === o.value}
              onChange={() => onChange(o.value)}
            />
            <span class="option-short" aria-hidden="true">
              {o.short}
            </span>
            <span class="option-label">
              {typeof o.value === 'string' ? '' : <span class="sr-only">{o.short} </span>}
              {o.label}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

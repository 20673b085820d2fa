import { useEffect, useRef, useState } from 'preact/hooks';
import type { Schema } from '../../schemas/funnel';
import { parseNumberField, parseTextField, withoutPercentSign } from '../../lib/funnel/parse';
import { markInvalid } from '../../stores/funnel-invalid';
import { useEarlyInput } from '../shared/early-input';
import { Button } from '../shared/Button';

interface FieldProps<T> {
  id: string;
  label: string;
  value: T;
  onValid: (value: T) => void;
  /** Short help shown under the label and read with the field. */
  hint?: string;
  /** Text after the input, such as "%". */
  suffix?: string;
  class?: string;
}

/**
 * An input that keeps exactly what the reader typed. Valid text updates the funnel; invalid
 * text stays in the field with a message beside it, and the last valid funnel stays shown (the
 * field is listed in $invalidFields meanwhile, so the results can say so).
 * When the value changes from outside (a preset, reset, a link), the field follows it.
 */
function useRawField<T>(
  id: string,
  label: string,
  value: T,
  read: (text: string) => { ok: true; value: T } | { ok: false; message: string },
  show: (v: T) => string,
  onValid: (v: T) => void,
) {
  const [text, setText] = useState(() => show(value));
  const [error, setError] = useState<string | null>(null);
  const prev = useRef(value);
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (Object.is(prev.current, value)) return;
    prev.current = value;
    const parsed = read(text);
    if (!(parsed.ok && Object.is(parsed.value, value))) {
      setText(show(value));
      setError(null);
    }
  }, [value]);
  const onInput = (e: Event) => accept((e.currentTarget as HTMLInputElement).value);
  /** Takes new text (typed, or a reading the reader picked) as if typed. */
  const accept = (next: string) => {
    setText(next);
    const parsed = read(next);
    if (parsed.ok) {
      setError(null);
      prev.current = parsed.value;
      if (!Object.is(parsed.value, value)) onValid(parsed.value);
    } else setError(parsed.message);
  };
  // What the reader typed before the island woke counts, like anything typed after.
  useEarlyInput(ref, (el) => accept(el.value));
  useEffect(() => markInvalid(id, error === null ? null : label), [error, label]);
  useEffect(() => () => markInvalid(id, null), []);
  return { ref, text, error, onInput, accept };
}

function Field({
  id,
  label,
  hint,
  suffix,
  error,
  children,
  class: cls,
  note,
}: {
  id: string;
  label: string;
  hint?: string;
  suffix?: string;
  error: string | null;
  children: preact.ComponentChildren;
  class?: string;
  /** Shown under the input: how the text was read, with the other reading. */
  note?: preact.ComponentChildren;
}) {
  return (
    <div class={`field${error ? ' field-invalid' : ''}${cls ? ` ${cls}` : ''}`}>
      <label for={id}>{label}</label>
      {hint && (
        <span class="field-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      <span class="field-input">
        {children}
        {suffix && <span aria-hidden="true">{suffix}</span>}
      </span>
      {note}
      {error && (
        <span class="field-error" id={`${id}-error`}>
          {error}
        </span>
      )}
    </div>
  );
}

const describedBy = (id: string, hint: string | undefined, error: string | null) =>
  [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

interface NumberFieldProps<T extends number | null> extends FieldProps<T> {
  schema: Schema<number>;
  /** Empty text means "no value" (null) instead of an error. */
  optional?: boolean;
  /** What an optional field left empty means, shown beside it ("Left empty: counted as 0 days."). */
  empty?: string;
  /** How a value is written back for the reader ("1,500", "€1,500"). */
  format?: (n: number) => string;
}

const plain = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 2 });

export function NumberField<T extends number | null>(props: NumberFieldProps<T>) {
  const { id, label, value, onValid, schema, optional, hint, suffix, format = plain } = props;
  const read = (text: string) => {
    if (optional && text.trim() === '') return { ok: true as const, value: null as T, alt: null };
    return parseNumberField(text, schema) as
      { ok: true; value: T; alt: number | null } | { ok: false; message: string };
  };
  const { ref, text, error, onInput, accept } = useRawField<T>(
    id,
    label,
    value,
    read,
    (v) => (v === null ? '' : String(v)),
    onValid,
  );
  const reading = error ? null : read(text);
  const v = reading?.ok ? reading.value : null;
  // Text that reads two ways is never guessed silently: say which reading is used, offer the other.
  const alt = reading?.ok && v !== null ? reading.alt : null;
  const said = (what: preact.ComponentChildren) => (
    <span class="field-reading" id={`${id}-reading`}>
      {what}
    </span>
  );
  const note =
    v === null
      ? // An optional field left empty says what that means, as every empty field says something.
        text.trim() === '' && props.empty && said(props.empty)
      : alt !== null
        ? said(
            <>
              Read as {format(v)}.{' '}
              <Button class="link-button" onClick={() => accept(String(alt))}>
                Use {format(alt)} instead
              </Button>
            </>,
          )
        : // "12%" is read as 12, and says so; on leaving the field the sign goes (the field shows "%" itself).
          withoutPercentSign(text) !== text &&
          said(suffix === '%' ? `Read as ${plain(v)}\u00a0%.` : `Read as ${format(v)}, without the % sign.`);
  const onBlur = () => {
    if (reading?.ok && withoutPercentSign(text) !== text) accept(withoutPercentSign(text));
  };
  const described = [describedBy(id, hint, error), note ? `${id}-reading` : ''].filter(Boolean).join(' ');
  return (
    <Field id={id} label={label} hint={hint} suffix={suffix} error={error} class={props.class} note={note}>
      <input
        ref={ref}
        id={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellcheck={false}
        value={text}
        onInput={onInput}
        onBlur={onBlur}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={described || undefined}
      />
    </Field>
  );
}

export function TextField(props: FieldProps<string> & { schema: Schema<string> }) {
  const { id, label, value, onValid, schema, hint } = props;
  const { ref, text, error, onInput } = useRawField<string>(
    id,
    label,
    value,
    (t) => parseTextField(t, schema),
    (v) => v,
    onValid,
  );
  return (
    <Field id={id} label={label} hint={hint} error={error} class={props.class}>
      <input
        ref={ref}
        id={id}
        type="text"
        autoComplete="off"
        value={text}
        onInput={onInput}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, hint, error)}
      />
    </Field>
  );
}

/** A labelled select; what the reader picked before the island woke counts. */
export function SelectField<T extends string>(props: {
  id: string;
  label: string;
  value: T;
  options: readonly (readonly [T, string])[];
  onChoose: (value: T) => void;
  class?: string;
}) {
  const { id, label, value, options, onChoose } = props;
  const ref = useRef<HTMLSelectElement>(null);
  useEarlyInput(ref, (el) => onChoose(el.value as T));
  return (
    <div class={`field${props.class ? ` ${props.class}` : ''}`}>
      <label for={id}>{label}</label>
      <select ref={ref} id={id} value={value} onChange={(e) => onChoose(e.currentTarget.value as T)}>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

/** One radio button with its label; choosing it before the island woke counts. */
export function Radio(props: {
  name: string;
  value: string;
  checked: boolean;
  onChoose: () => void;
  children: string;
}) {
  const ref = useRef<HTMLInputElement>(null);
  useEarlyInput(ref, (el) => el.checked && props.onChoose());
  return (
    <label class="radio">
      <input
        ref={ref}
        type="radio"
        name={props.name}
        value={props.value}
        checked={props.checked}
        onChange={props.onChoose}
      />
      {props.children}
    </label>
  );
}

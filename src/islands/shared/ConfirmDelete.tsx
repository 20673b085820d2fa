import { useEffect, useRef, useState } from 'preact/hooks';

interface Props {
  /** The button that starts it: "Delete all attempts from this device". */
  label: string;
  /** What will go, and that it cannot be undone, as the reader reads it before saying yes. */
  question: string;
  /** The button that deletes: "Yes, delete". */
  yes: string;
  /** The button that keeps everything (it has focus while the question is asked). */
  no?: string;
  onConfirm: () => void;
  disabled?: boolean;
}

/**
 * The site's one way to ask before deleting what a reader saved: the button turns into the
 * question in place, with "keep" focused, so a stray Enter never deletes; focus returns to the
 * button when the reader keeps their data.
 */
export function ConfirmDelete({ label, question, yes, no = 'Keep them', onConfirm, disabled }: Props) {
  const [asking, setAsking] = useState(false);
  const keep = useRef<HTMLButtonElement>(null);
  const start = useRef<HTMLButtonElement>(null);
  const moved = useRef(false);
  useEffect(() => {
    if (asking) keep.current?.focus();
    else if (moved.current) start.current?.focus();
    moved.current = true;
  }, [asking]);
  if (!asking)
    return (
      <button type="button" class="btn btn-secondary" ref={start} disabled={disabled} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  return (
    <span class="confirm-delete" role="group" aria-label={question}>
      <span>{question}</span>{' '}
      <button
        type="button"
        class="btn"
        onClick={() => {
          moved.current = false;
          setAsking(false);
          onConfirm();
        }}
      >
        {yes}
      </button>{' '}
      <button type="button" class="btn btn-secondary" ref={keep} onClick={() => setAsking(false)}>
        {no}
      </button>
    </span>
  );
}

import { useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { useReady } from '../shared/use-ready';

interface Props {
  id: string;
  question: string;
  options: string[];
  answer: number;
  /** The answer, explanation and source, rendered by PredictReveal.astro. */
  children?: ComponentChildren;
}

/**
 * Predict, then reveal: the answer sits in a <details>, so without JavaScript it opens like any
 * other. With JavaScript it opens only once the reader has committed a guess.
 */
export default function PredictRevealIsland({ id, question, options, answer, children }: Props) {
  const ready = useReady();
  const [guess, setGuess] = useState<number | null>(null);
  const [revealed, setRevealed] = useState(false);
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const onSummary = (e: MouseEvent) => {
    if (!ready) return;
    e.preventDefault();
    if (revealed) return setOpen(!open);
    if (guess === null) return setError('Make your guess first: choose one of the answers above.');
    setError(null);
    setRevealed(true);
    setOpen(true);
  };

  return (
    <div class="pr-body">
      <fieldset class="pr-guess" aria-describedby={`${id}-error`}>
        <legend>{question}</legend>
        <ul>
          {options.map((o, i) => (
            <li class={revealed && i === answer ? 'is-right' : ''}>
              <label>
                <input
                  type="radio"
                  name={`${id}-guess`}
                  value={String(i)}
                  checked={guess === i}
                  disabled={revealed}
                  onChange={() => (setGuess(i), setError(null))}
                />
                <span>{o}</span>
                {revealed && i === answer && <strong class="pr-tag"> (the answer)</strong>}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <p class="pr-error" id={`${id}-error`}>
        {error}
      </p>
      <p class="pr-verdict" role="status">
        {revealed &&
          guess !== null &&
          (guess === answer
            ? `✓ Your guess, ${options[guess]}, was right.`
            : `✗ You guessed ${options[guess]}. The answer is ${options[answer]}.`)}
      </p>
      <details class="pr-answer" open={open}>
        <summary onClick={onSummary}>{revealed ? 'Why: the answer and its source' : 'Reveal the answer'}</summary>
        {children}
      </details>
    </div>
  );
}

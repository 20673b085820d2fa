import { useEffect, useRef } from 'preact/hooks';
import type { IncomingTeam } from '../../stores/assessment-team-store';

export type IncomingChoice = 'add' | 'replace' | 'look' | 'back' | 'undo';

const source = (from: IncomingTeam['from']) => (from === 'link' ? 'team link' : 'file');
const count = (text: string) => text.split(/\r?\n/).filter((l) => l.trim()).length;
const lines = (text: string) => {
  const n = count(text);
  return `${n} ${n === 1 ? 'line' : 'lines'}`;
};

/**
 * Asks what to do with a team link or file opened while another team is saved, says when the page
 * shows one without saving it, and offers Undo after an add or replace. Focus moves to the question
 * when it appears, so a keyboard or screen reader user meets it first.
 */
export function TeamIncoming({
  incoming,
  savedText,
  undo,
  onChoose,
}: {
  incoming: IncomingTeam | null;
  savedText: string;
  undo: { done: 'add' | 'replace' } | null;
  onChoose: (c: IncomingChoice) => void;
}) {
  const box = useRef<HTMLDivElement>(null);
  const asking = incoming !== null && !incoming.looking;
  useEffect(() => {
    if (asking) box.current?.focus();
  }, [asking]);
  if (incoming) {
    const what = source(incoming.from);
    return (
      <div class="notice team-incoming no-print" ref={box} tabIndex={-1} role="group" aria-labelledby="team-incoming-q">
        <p id="team-incoming-q">
          {incoming.looking
            ? `You are looking at the ${what}’s ${lines(incoming.text)} without saving them; your saved team of ${count(savedText)} is kept as it was.`
            : `This ${what} holds ${lines(incoming.text)}, and a team of ${count(savedText)} is already saved in this browser. What should happen to it?`}
        </p>
        <p class="result-actions">
          <button type="button" class="btn" onClick={() => onChoose('add')}>
            Add them to the saved team
          </button>
          <button type="button" class="btn btn-secondary" onClick={() => onChoose('replace')}>
            Replace the saved team
          </button>
          {incoming.looking ? (
            <button type="button" class="btn btn-secondary" onClick={() => onChoose('back')}>
              Back to the saved team
            </button>
          ) : (
            <button type="button" class="btn btn-secondary" onClick={() => onChoose('look')}>
              Look without saving
            </button>
          )}
        </p>
      </div>
    );
  }
  if (!undo) return null;
  return (
    <p class="team-incoming no-print">
      {undo.done === 'add' ? 'Added them to the saved team.' : 'Replaced the saved team.'}{' '}
      <button type="button" class="btn btn-secondary" onClick={() => onChoose('undo')}>
        Undo
      </button>
    </p>
  );
}

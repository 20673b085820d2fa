import type { JSX } from 'preact';
import { useRef } from 'preact/hooks';
import { useEarlyClick } from './early-input';

type Props = Omit<JSX.ButtonHTMLAttributes<HTMLButtonElement>, 'type' | 'onClick' | 'ref'> & { onClick: () => void };

/**
 * A plain `type="button"` whose click still counts when it landed on the server's HTML before
 * the island's code arrived (client:intent; see useEarlyClick). The funnel builder's buttons are
 * all this one, so none of them needs its own rule.
 */
export function Button({ onClick, ...props }: Props) {
  const ref = useRef<HTMLButtonElement>(null);
  useEarlyClick(ref, onClick);
  return <button type="button" {...props} ref={ref} onClick={onClick} />;
}

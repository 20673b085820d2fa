import type { ComponentChildren } from 'preact';

/**
 * The button that checks the reader's answers. Disabled until the island runs; once the answers
 * are checked it says so with aria-disabled instead, so it keeps focus and its place in the tab order.
 */
export function CheckButton({
  class: className,
  ready,
  checked,
  describedBy,
  onCheck,
  children,
}: {
  class: string;
  ready: boolean;
  checked: boolean;
  describedBy?: string;
  onCheck: () => void;
  children: ComponentChildren;
}) {
  return (
    <button
      type="button"
      class={className}
      disabled={!ready}
      aria-disabled={checked ? 'true' : undefined}
      aria-describedby={describedBy}
      onClick={() => !checked && onCheck()}
    >
      {children}
    </button>
  );
}

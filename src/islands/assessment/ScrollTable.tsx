import type { ComponentChildren } from 'preact';

interface Props {
  /** Unique on the page; the caption gets `${id}-caption` and names the scrolling region. */
  id: string;
  caption: ComponentChildren;
  /** Column headings, left to right; `false` leaves a column out. */
  cols: (string | false)[];
  class?: string;
  testId?: string;
  /** The table's rows. */
  children: ComponentChildren;
}

/**
 * A captioned table that may be wider than the screen (a phone, or a tablet beside the wide
 * gap tables). Its scroller is a focusable region named by the caption, so a keyboard can
 * reach it and scroll it sideways with the arrow keys.
 */
export function ScrollTable({ id, caption, cols, class: cls, testId, children }: Props) {
  return (
    <div class="table-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <table class={cls} data-testid={testId}>
        <caption id={`${id}-caption`}>{caption}</caption>
        <thead>
          <tr>
            {cols
              .filter((c): c is string => c !== false)
              .map((c) => (
                <th scope="col" key={c}>
                  {c}
                </th>
              ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

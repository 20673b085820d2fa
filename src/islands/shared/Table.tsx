import type { ComponentChildren } from 'preact';

/** One body row: its heading cell (the row's name), then its data cells. */
export interface TableRow {
  key: string | number;
  head: ComponentChildren;
  cells: ComponentChildren[];
  /** On the row's heading cell, e.g. to keep a month on one line. */
  headClass?: string;
  class?: string;
}

/**
 * A table of figures as the results and scenario widgets show them: a caption, a row of column
 * headings, and rows that each start with a row heading, so a screen reader names every cell by
 * its column and its row.
 */
export function Table({
  caption,
  captionId,
  columns,
  rows,
  class: className,
}: {
  caption: ComponentChildren;
  /** For a region around the table that takes its name from the caption. */
  captionId?: string;
  /** Column headings, the row headings' column first. */
  columns: ComponentChildren[];
  rows: TableRow[];
  class?: string;
}) {
  return (
    <table class={className}>
      <caption id={captionId}>{caption}</caption>
      <thead>
        <tr>
          {columns.map((c, i) => (
            <th scope="col" key={i}>
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} class={r.class}>
            <th scope="row" class={r.headClass}>
              {r.head}
            </th>
            {r.cells.map((c, i) => (
              <td key={i}>{c}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

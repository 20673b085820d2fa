/**
 * A copy of a cell's text that holds only its own characters. A parsed cell can be a view into
 * the whole chunk of the file it was cut from (engines do this for longer texts), so a label or
 * problem kept for the summary would keep that chunk, 256 kB, in memory: with a new source every
 * hundred rows, 200,000 rows kept 20 MB of chunks this way.
 */
export const ownCopy = (text: string): string => [...text].join('');

/** Labels from a file (sources, owners), counted without keeping a string per row. */
export class Labels {
  private ids = new Map<string, number>();
  /**
   * Numbers by the cell's text as it came: a file repeats a few owners and sources on every row,
   * so most cells are found here without being trimmed and cut again. Capped, as a file could
   * have a different text on every row.
   */
  private byCell = new Map<string, number>();
  readonly names: string[] = [];
  /** The label's number; blank cells share one "(none)" label. */
  id(raw: string): number {
    const known = this.byCell.get(raw);
    if (known !== undefined) return known;
    const text = ownCopy(raw.trim().slice(0, 200) || '(none)');
    let id = this.ids.get(text);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(text, id);
      this.names.push(text);
    }
    if (this.byCell.size < 10_000) this.byCell.set(ownCopy(raw), id);
    return id;
  }
}

/** How many groups a table shows; the rest are added up as "Other". */
const TOP_GROUPS = 12;

/**
 * Label numbers ordered by their size (largest first), cut to TOP_GROUPS: returns, for each
 * label number, the group index it falls in (the last index is "Other" when there are more).
 */
export function topGroups(sizes: readonly number[], names: readonly string[]): { labels: string[]; groupOf: number[] } {
  const order = sizes.map((_, i) => i).sort((a, b) => sizes[b]! - sizes[a]! || names[a]!.localeCompare(names[b]!));
  const cut = order.length > TOP_GROUPS ? TOP_GROUPS - 1 : order.length;
  const labels = order.slice(0, cut).map((i) => names[i]!);
  const groupOf: number[] = new Array<number>(sizes.length).fill(cut);
  order.slice(0, cut).forEach((id, g) => (groupOf[id] = g));
  if (order.length > cut) labels.push('Other');
  return { labels, groupOf };
}

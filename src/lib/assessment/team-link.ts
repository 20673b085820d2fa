/*
 * Team links and headings: small helpers the team page needs before any code is read, kept apart
 * from the code reader and scoring so the empty page loads neither.
 */

/**
 * The `#t=` part of a team link: every code, joined by dots (codes never contain one), then the
 * workshop's owners and due dates as `&p=<plan code>` when there are any (see team-plan-encode.ts).
 */
export const teamHash = (codes: readonly string[], planCode: string | null = null) =>
  `#t=${codes.join('.')}${planCode ? `&p=${planCode}` : ''}`;

/**
 * The codes in a team link's `#t=…`, one per line, or null when the address holds none. Whatever
 * follows `&p=` is the plan's, read by team-plan-code.ts (links made before plans travelled have none).
 */
export function codesFromTeamHash(hash: string): string | null {
  const m = /^#t=([A-Za-z0-9_.-]*)(?:&p=.*)?$/s.exec(hash.trim());
  return m ? m[1]!.split('.').filter(Boolean).join('\n') : null;
}

/**
 * A list of reader-typed labels shortened for a heading: the first few, each cut short, and how
 * many more there are. The parts are kept apart so each label can be isolated on its own (`<bdi>`):
 * a right-to-left label must not reorder the commas and labels around it.
 */
export function shortLabelParts(labels: readonly string[], max = 3, chars = 24): { shown: string[]; more: number } {
  const cut = (s: string) => {
    const c = [...s];
    return c.length > chars
      ? `${c
          .slice(0, chars - 1)
          .join('')
          .trimEnd()}…`
      : s;
  };
  return { shown: labels.slice(0, max).map(cut), more: Math.max(0, labels.length - max) };
}

/** The same as one line of text: "North, South and 3 more". */
export function shortLabels(labels: readonly string[], max = 3, chars = 24): string {
  const { shown, more } = shortLabelParts(labels, max, chars);
  return more ? `${shown.join(', ')} and ${more} more` : shown.join(', ');
}

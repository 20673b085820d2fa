import {
  TEAM_FILE_MAX_BYTES,
  TEAM_LINE_MAX_CHARS,
  TEAM_LINK_MAX_CHARS,
  TEAM_MAX_PEOPLE,
  TEAM_TEXT_MAX_CHARS,
} from '../../schemas/team-limits';

export { TEAM_FILE_MAX_BYTES, TEAM_LINE_MAX_CHARS, TEAM_LINK_MAX_CHARS, TEAM_MAX_PEOPLE, TEAM_TEXT_MAX_CHARS };

export interface LimitedText {
  /** The text kept: whole lines only, never one cut short. */
  text: string;
  /** Non-empty lines kept. */
  kept: number;
  /** Non-empty lines left out: past the limit of people, or too long to be a code. */
  left: number;
  /** What the reader is told when anything was left out; null when nothing was. */
  message: string | null;
}

const n = (x: number) => x.toLocaleString('en-GB');

/**
 * Keeps whole lines of pasted, linked or loaded codes up to the team limits: at most TEAM_MAX_PEOPLE
 * non-empty lines, none longer than TEAM_LINE_MAX_CHARS (no code is that long, so it is left out,
 * never cut). Lines of spaces are kept empty, up to one per person; the text is then within TEAM_TEXT_MAX_CHARS.
 */
export function limitTeamText(text: string): LimitedText {
  const out: string[] = [];
  let kept = 0;
  let left = 0;
  let tooLong = 0;
  let blank = 0;
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim()) {
      // Kept as the reader typed them, as empty lines, up to one per person.
      if (kept < TEAM_MAX_PEOPLE && blank++ < TEAM_MAX_PEOPLE) out.push('');
    } else if (line.length > TEAM_LINE_MAX_CHARS) {
      left++;
      tooLong++;
    } else if (kept < TEAM_MAX_PEOPLE) {
      out.push(line);
      kept++;
    } else left++;
  }
  const over = left - tooLong;
  const parts: string[] = [];
  if (over)
    parts.push(
      `Read the first ${n(kept)} lines; ${n(over)} more ${over === 1 ? 'was' : 'were'} left out, because a team view holds at most ${n(TEAM_MAX_PEOPLE)} people. Split the team into groups (by region or team, say) and build a view for each.`,
    );
  if (tooLong)
    parts.push(
      `${n(tooLong)} ${tooLong === 1 ? 'line was' : 'lines were'} left out for being longer than ${n(TEAM_LINE_MAX_CHARS)} characters, longer than any code or share link: put each code on its own line.`,
    );
  return { text: out.join('\n'), kept, left, message: parts.length ? parts.join(' ') : null };
}

/** Why a chosen file is not read, with the limit and a way forward; null when it can be. */
export function teamFileProblem(bytes: number): string | null {
  if (bytes <= TEAM_FILE_MAX_BYTES) return null;
  return `That file is ${n(Math.ceil(bytes / 1000))} kB; a team file holds at most ${n(TEAM_MAX_PEOPLE)} codes (${n(Math.floor(TEAM_FILE_MAX_BYTES / 1000))} kB), so it was not read. Check it is the file this page saved, or split the team into smaller files.`;
}

/** True when a team link of this length is short enough for mail and chat. */
export const linkFits = (link: string) => link.length <= TEAM_LINK_MAX_CHARS;

/** The lines of `add` not already in `saved`, after it: a link or file added to the saved team. */
export function mergeTeamText(saved: string, add: string): string {
  const lines = saved.split(/\r?\n/).filter((l) => l.trim());
  const have = new Set(lines.map((l) => l.trim()));
  for (const l of add.split(/\r?\n/)) {
    if (l.trim() && !have.has(l.trim())) {
      have.add(l.trim());
      lines.push(l);
    }
  }
  return lines.join('\n');
}

/** True when two texts hold the same non-empty lines, in any order. */
export function sameTeamLines(a: string, b: string): boolean {
  const set = (t: string) =>
    [
      ...new Set(
        t
          .split(/\r?\n/)
          .map((l) => l.trim())
          .filter(Boolean),
      ),
    ]
      .sort()
      .join('\n');
  return set(a) === set(b);
}

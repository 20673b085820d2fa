/*
 * Reading the codes a manager pastes. Apart from the team's scores (team-score.ts) so the team
 * page can say what it read, line by line, before the report's code is fetched.
 */
import type { SharedResult } from '../../schemas/assessment';
import { decodeResultCode, extractCode } from './code';
import { forVersion, statementCount, type Questionnaire } from './questionnaire';

export interface Respondent extends SharedResult {
  /** 1-based line of the pasted text it came from. */
  line: number;
  code: string;
}

export interface LineMessage {
  line: number;
  kind: 'bad' | 'duplicate' | 'other-version';
  message: string;
}

export interface TeamInput {
  respondents: Respondent[];
  messages: LineMessage[];
  /** The questionnaire version the view uses: the one most readable codes were made with. */
  q: Questionnaire;
}

/**
 * Reads pasted codes or links, one per line. Every unusable line gets its own message and the
 * rest are used: bad codes, duplicates (counted once) and codes from another questionnaire
 * version than the one most codes use (statements differ between versions, so they cannot be
 * compared answer by answer).
 */
export function parseTeamInput(q: Questionnaire, text: string): TeamInput {
  const messages: LineMessage[] = [];
  const firstLine = new Map<string, number>();
  const read: Respondent[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (!raw.trim()) return;
    const code = extractCode(raw);
    const decoded = decodeResultCode(code);
    if (!decoded.ok) {
      messages.push({ line, kind: 'bad', message: decoded.message });
      return;
    }
    const earlier = firstLine.get(code);
    if (earlier !== undefined) {
      messages.push({ line, kind: 'duplicate', message: `The same code as line ${earlier}; it is counted once.` });
      return;
    }
    firstLine.set(code, line);
    read.push({ ...decoded.value, line, code });
  });
  const usable = read.filter((r) => forVersion(q, r.questionnaireVersion) !== null);
  const counts = new Map<number, number>();
  for (const r of usable) counts.set(r.questionnaireVersion, (counts.get(r.questionnaireVersion) ?? 0) + 1);
  const version = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? q.version;
  const vq = forVersion(q, version)!;
  const count = statementCount(vq);
  const respondents: Respondent[] = [];
  for (const r of read) {
    const known = forVersion(q, r.questionnaireVersion) !== null;
    if (r.questionnaireVersion === version && r.answers.length === count) respondents.push(r);
    else
      messages.push({
        line: r.line,
        kind: 'other-version',
        message: !known
          ? `Made with questionnaire version ${r.questionnaireVersion}, which this site does not know, so it is left out.`
          : r.questionnaireVersion === version
            ? 'Its number of answers does not match its questionnaire version, so it is left out.'
            : `Made with questionnaire version ${r.questionnaireVersion}; this view uses version ${version}, which most of these codes use. The two versions ask different statements, so it is left out.`,
      });
  }
  messages.sort((a, b) => a.line - b.line);
  return { respondents, messages, q: vq };
}

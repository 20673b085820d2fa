import type { Attempt } from '../../schemas/assessment';
import { encodeResultCode } from './code-encode';
import { forVersion, type Questionnaire } from './questionnaire';
import { answersToList } from './scoring';

/**
 * An attempt's result code, in the questionnaire version it was answered in (never today's
 * version stamped on older answers). Null when this site no longer knows that version.
 */
export function attemptCode(q: Questionnaire, a: Attempt): string | null {
  const vq = forVersion(q, a.questionnaireVersion);
  if (!vq) return null;
  return encodeResultCode({
    questionnaireVersion: a.questionnaireVersion,
    nonce: a.nonce,
    role: a.role,
    team: a.team,
    date: a.completedAt.slice(0, 10),
    answers: answersToList(vq, a.answers),
  });
}

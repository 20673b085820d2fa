import type { Attempt } from '../../schemas/assessment';
import { changesSince, forVersion, type Questionnaire } from '../../lib/assessment/questionnaire';
import { attemptCode } from '../../lib/assessment/attempt';
import { clearHistory, goToStep, retake } from '../../stores/assessment-store';
import { scoreAttempt } from '../../lib/assessment/scoring';
import { levelName } from './format';
import { ResultReport, type Previous } from './ResultReport';
import { SharePanel } from './SharePanel';
import { HistoryList } from './HistoryList';

/** What a screen reader hears when the result appears. */
export function announcement(q: Questionnaire, latest: Attempt): string {
  const vq = forVersion(q, latest.questionnaireVersion) ?? q;
  const o = scoreAttempt(vq, latest.answers).overall;
  return o.score === null
    ? 'Your result: not rated.'
    : `Your score is ${o.score} out of 100: ${levelName(vq, o.level)}.`;
}

interface Props {
  q: Questionnaire;
  chapters: Record<string, string>;
  latest: Attempt;
  history: Attempt[];
}

/**
 * The reader's own result: report, actions, share code and history. Loaded by AssessmentApp
 * only when results are shown, so the questionnaire's first screen does not carry the
 * report, charts and code encoder. Each attempt is shown and shared in the questionnaire
 * version it was answered in.
 */
export function ResultsView({ q, chapters, latest, history }: Props) {
  const vq = forVersion(q, latest.questionnaireVersion);
  // Caught by AttemptGuard, which offers to delete this attempt alone.
  if (!vq) throw new Error(`questionnaire version ${latest.questionnaireVersion} is not known here`);
  const code = attemptCode(q, latest)!;
  const before = history.at(-2);
  const beforeQ = before ? forVersion(q, before.questionnaireVersion) : null;
  const previous: Previous | undefined =
    before && beforeQ ? { q: beforeQ, answers: before.answers, when: before.completedAt } : undefined;
  return (
    <>
      {vq.version !== q.version && (
        <p class="notice" data-testid="old-version">
          You answered this in questionnaire version {vq.version}, so it is scored and shared with those statements.
          This site now asks version {q.version}. {changesSince(q, vq.version)} Retake it to compare with colleagues who
          answered version {q.version}.
        </p>
      )}
      <ResultReport
        q={vq}
        chapters={chapters}
        answers={latest.answers}
        idPrefix="own"
        person="you"
        previous={previous}
      />
      <div class="result-actions no-print">
        <button type="button" class="btn" onClick={() => window.print()}>
          Print or save as PDF
        </button>
        {vq.version === q.version && (
          <button type="button" class="btn btn-secondary" onClick={() => goToStep(1)}>
            Change my answers
          </button>
        )}
        <button type="button" class="btn btn-secondary" onClick={retake}>
          Retake from the start
        </button>
      </div>
      <SharePanel code={code} />
      <HistoryList q={q} history={history} onClear={clearHistory} />
    </>
  );
}

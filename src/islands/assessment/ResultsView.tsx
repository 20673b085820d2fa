import type { Attempt } from '../../schemas/assessment';
import type { Questionnaire } from '../../lib/assessment/questionnaire';
import { encodeResultCode } from '../../lib/assessment/code';
import { answersToList } from '../../lib/assessment/scoring';
import { clearHistory, goToStep, retake } from '../../stores/assessment-store';
import { ResultReport } from './ResultReport';
import { SharePanel } from './SharePanel';
import { HistoryList } from './HistoryList';

interface Props {
  q: Questionnaire;
  chapters: Record<string, string>;
  latest: Attempt;
  history: Attempt[];
}

/**
 * The reader's own result: report, actions, share code and history. Loaded by AssessmentApp
 * only when results are shown, so the questionnaire's first screen does not carry the
 * report, charts and code encoder.
 */
export function ResultsView({ q, chapters, latest, history }: Props) {
  const code = encodeResultCode({
    questionnaireVersion: q.version,
    nonce: latest.nonce,
    role: latest.role,
    team: latest.team,
    date: latest.completedAt.slice(0, 10),
    answers: answersToList(q, latest.answers),
  });
  return (
    <>
      <ResultReport q={q} chapters={chapters} answers={latest.answers} idPrefix="own" person="you" />
      <div class="result-actions no-print">
        <button type="button" class="btn" onClick={() => window.print()}>
          Print or save as PDF
        </button>
        <button type="button" class="btn btn-secondary" onClick={() => goToStep(1)}>
          Change my answers
        </button>
        <button type="button" class="btn btn-secondary" onClick={retake}>
          Retake from the start
        </button>
      </div>
      <SharePanel code={code} />
      <HistoryList q={q} history={history} onClear={clearHistory} />
    </>
  );
}

import type { Attempt } from '../../schemas/assessment';
import type { Questionnaire } from '../../lib/assessment/questionnaire';
import { attemptCode } from '../../lib/assessment/attempt';
import { clearHistory } from '../../stores/assessment-store';
import { SharePanel } from './SharePanel';
import { HistoryList } from './HistoryList';

/**
 * The end of the reader's own result: the share code and link, then every attempt on this
 * device. Loaded as the reader scrolls to it, so the code writer and history stay off the first screen.
 */
export function ResultExtras({ q, latest, history }: { q: Questionnaire; latest: Attempt; history: Attempt[] }) {
  // ResultsView shows an attempt only in a questionnaire version this site knows, so it has a code.
  const code = attemptCode(q, latest)!;
  return (
    <>
      <SharePanel code={code} date={latest.completedAt.slice(0, 10)} />
      <HistoryList q={q} history={history} onClear={clearHistory} />
    </>
  );
}

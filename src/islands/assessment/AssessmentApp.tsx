import { useEffect, useRef, useState } from 'preact/hooks';
import type { Draft } from '../../schemas/assessment';
import type { Questionnaire } from '../../lib/assessment/questionnaire';
import { encodeResultCode } from '../../lib/assessment/code';
import { answersToList, scoreAttempt } from '../../lib/assessment/scoring';
import { $draft, $history, clearHistory, DRAFT_KEY, goToStep, HISTORY_KEY, retake } from '../../stores/assessment-store';
import { StorageNotice } from '../shared/StorageNotice';
import { useHydratedStore } from '../../stores/use-hydrated-store';
import { Wizard } from './Wizard';
import { ResultReport } from './ResultReport';
import { SharePanel } from './SharePanel';
import { HistoryList } from './HistoryList';
import { formatDate, levelName, roleLabels } from './format';
import './assessment.css';

const serverDraft: Draft = { step: 0, view: 'wizard', role: null, team: '', answers: {} };

/** The self-assessment: the wizard, then your results, history and share link. */
export default function AssessmentApp({ q, chapters }: { q: Questionnaire; chapters: Record<string, string> }) {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const draft = useHydratedStore($draft, serverDraft);
  const history = useHydratedStore($history, []);
  const latest = history.at(-1);
  const showResults = hydrated && draft.view === 'results' && latest !== undefined;
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const [announce, setAnnounce] = useState('');
  const wasResults = useRef(showResults);

  useEffect(() => {
    if (showResults && !wasResults.current && latest) {
      resultsHeading.current?.focus();
      const o = scoreAttempt(q, latest.answers).overall;
      setAnnounce(o.score === null ? 'Your result: not rated.' : `Your score is ${o.score} out of 100: ${levelName(q, o.level)}.`);
    }
    wasResults.current = showResults;
  }, [showResults]);

  if (!hydrated) {
    return <p class="loading">The questionnaire appears here once the page has loaded. It needs JavaScript; without it you can still read every statement below.</p>;
  }

  return (
    <div class="assessment-app">
      <p class="sr-only" aria-live="polite">
        {announce}
      </p>
      <StorageNotice keys={[DRAFT_KEY, HISTORY_KEY]} lost="your answers" hint="Finish in one go, or copy your result code at the end." />
      {showResults && latest ? (
        <div class="results">
          <h2 ref={resultsHeading} tabIndex={-1}>
            Your result
          </h2>
          <p class="muted">
            {formatDate(latest.completedAt)} · {roleLabels[latest.role]}
            {latest.team ? ` · ${latest.team}` : ''}
          </p>
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
          <SharePanel
            code={encodeResultCode({ questionnaireVersion: q.version, nonce: latest.nonce, role: latest.role, team: latest.team, date: latest.completedAt.slice(0, 10), answers: answersToList(q, latest.answers) })}
          />
          <HistoryList q={q} history={history} onClear={clearHistory} />
        </div>
      ) : (
        <Wizard q={q} draft={draft} />
      )}
    </div>
  );
}

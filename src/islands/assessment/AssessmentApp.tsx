import { useEffect, useRef, useState } from 'preact/hooks';
import { useReady } from '../shared/use-ready';
import type { Draft } from '../../schemas/assessment';
import type { Questionnaire } from '../../lib/assessment/questionnaire';
import { scoreAttempt } from '../../lib/assessment/scoring';
import { $draft, $history } from '../../stores/assessment-store';
import { DRAFT_KEY, HISTORY_KEY } from '../../schemas/storage-keys';
import { StorageNotice } from '../shared/StorageNotice';
import { useHydratedStore } from '../../stores/use-hydrated-store';
import { Wizard } from './Wizard';
import { formatDate, levelName, roleLabels } from './format';
import './assessment.css';

const serverDraft: Draft = { step: 0, view: 'wizard', role: null, team: '', answers: {} };

type ResultsModule = typeof import('./ResultsView');
/** The results code loads on demand: at the last step, or when saved results are shown. */
const loadResults = () => import('./ResultsView');

/** The self-assessment: the wizard, then your results, history and share link. */
export default function AssessmentApp({ q, chapters }: { q: Questionnaire; chapters: Record<string, string> }) {
  const hydrated = useReady();
  const draft = useHydratedStore($draft, serverDraft);
  const history = useHydratedStore($history, []);
  const latest = history.at(-1);
  const showResults = hydrated && draft.view === 'results' && latest !== undefined;
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const [announce, setAnnounce] = useState('');
  const wasResults = useRef(showResults);
  const [results, setResults] = useState<ResultsModule | 'failed' | null>(null);
  const lastStep = draft.step >= q.dimensions.length;

  useEffect(() => {
    if ((showResults || (hydrated && lastStep)) && results === null) {
      loadResults().then(setResults, () => setResults('failed'));
    }
  }, [showResults, hydrated, lastStep]);

  useEffect(() => {
    if (showResults && !wasResults.current && latest) {
      resultsHeading.current?.focus();
      const o = scoreAttempt(q, latest.answers).overall;
      setAnnounce(
        o.score === null ? 'Your result: not rated.' : `Your score is ${o.score} out of 100: ${levelName(q, o.level)}.`,
      );
    }
    wasResults.current = showResults;
  }, [showResults]);

  return (
    <div class="assessment-app">
      <p class="sr-only" aria-live="polite">
        {announce}
      </p>
      <StorageNotice
        keys={[DRAFT_KEY, HISTORY_KEY]}
        lost="your answers"
        hint="Finish in one go, or copy your result code at the end."
      />
      {showResults && latest ? (
        <div class="results">
          <h2 ref={resultsHeading} tabIndex={-1}>
            Your result
          </h2>
          <p class="muted">
            {formatDate(latest.completedAt)} · {roleLabels[latest.role]}
            {latest.team ? ` · ${latest.team}` : ''}
          </p>
          {results === 'failed' ? (
            <p class="notice" role="alert">
              Your result could not be loaded. Check your connection and reload the page: your answers are saved.
            </p>
          ) : results ? (
            <results.ResultsView q={q} chapters={chapters} latest={latest} history={history} />
          ) : (
            <p class="loading">Loading your result…</p>
          )}
        </div>
      ) : (
        <Wizard q={q} draft={draft} ready={hydrated} />
      )}
    </div>
  );
}

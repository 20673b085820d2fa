import { useEffect, useErrorBoundary, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { useReady } from '../shared/use-ready';
import type { Draft } from '../../schemas/assessment';
import { statementIds, type Questionnaire } from '../../lib/assessment/questionnaire';
import { $draft, $history, adoptQuestionnaire, deleteAttempt } from '../../stores/assessment-store';
import { DRAFT_KEY, HISTORY_KEY } from '../../schemas/storage-keys';
import { LazyStorageNotice as StorageNotice } from '../shared/LazyStorageNotice';
import { useHydratedStore } from '../shared/use-hydrated-store';
import { loader, useCode } from '../shared/loader';
import { formatDate, roleLabels } from './format';
import { LoadFailed, Stalled } from '../shared/Stalled';
import './assessment.css';
import { withBase } from '../../lib/base';

const serverDraft = (version: number): Draft => ({
  step: 0,
  view: 'wizard',
  role: null,
  team: '',
  answers: {},
  questionnaireVersion: version,
});

/** The questionnaire, and the reader's result: each loads only when it is shown (or about to be). */
const wizardCode = loader(() => import('./Wizard'));
const resultsCode = loader(() => import('./ResultsView'));

/** In the browser: whether this reader's saved result replaces the questionnaire as soon as the page hydrates. */
const savedResultFirst = () =>
  typeof window !== 'undefined' && $draft.get().view === 'results' && $history.get().length > 0;

/*
 * The island's code waits for what the reader sees first, so that it appears whole when the page
 * hydrates: the questionnaire (always, on the server), or a returning reader's saved result
 * without the questionnaire's code. A failure is shown by the component, which tries again.
 */
await (savedResultFirst() ? resultsCode() : wizardCode()).catch(() => undefined);

/**
 * Stands for the questionnaire while its code is not here. Hydrating it keeps the server's form
 * as it is (Preact leaves the contents of an element with dangerouslySetInnerHTML alone while
 * hydrating), so a returning reader's page does not flash or move before the result replaces it.
 */
const ServerForm = () => <form class="wizard" inert dangerouslySetInnerHTML={{ __html: '' }} />;

/**
 * Catches an error while showing one attempt, so a damaged or unexpected attempt never hides
 * the rest of the page: it says so and offers to delete that attempt alone.
 */
function AttemptGuard({ index, when, children }: { index: number; when: string; children: ComponentChildren }) {
  const [error] = useErrorBoundary();
  if (!error) return <>{children}</>;
  return (
    <div class="notice notice-bad" role="alert">
      <p>
        Your attempt of {formatDate(when)} cannot be shown on this version of the site. Your other attempts are
        unaffected.
      </p>
      <p>
        <button type="button" class="btn" onClick={() => deleteAttempt(index)}>
          Delete this attempt
        </button>{' '}
        <button type="button" class="btn btn-secondary" onClick={() => location.reload()}>
          Reload the page
        </button>
      </p>
    </div>
  );
}

/** The self-assessment: the wizard, then your results, history and share link. */
export default function AssessmentApp({ q, chapters }: { q: Questionnaire; chapters: Record<string, string> }) {
  const hydrated = useReady();
  useEffect(() => adoptQuestionnaire(q.version, statementIds(q)), []);
  const draft = useHydratedStore($draft, serverDraft(q.version));
  const history = useHydratedStore($history, []);
  const latest = history.at(-1);
  const showResults = hydrated && draft.view === 'results' && latest !== undefined;
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const [announce, setAnnounce] = useState('');
  const wasResults = useRef(showResults);
  // Focus moves to the result only when the reader just finished; saved results shown on load keep focus where it is.
  const sawWizard = useRef(false);
  if (hydrated && !showResults) sawWizard.current = true;
  const lastStep = draft.step >= q.dimensions.length;
  const results = useCode(resultsCode, showResults || (hydrated && lastStep));
  const wizard = useCode(wizardCode, hydrated && !showResults);
  // A reader on the last step gets all of the result at once, not only its first screen.
  useEffect(() => {
    if (hydrated && lastStep && draft.view === 'wizard')
      resultsCode().then(
        (m) => m.preloadResultParts(),
        () => undefined,
      );
  }, [hydrated, lastStep, draft.view]);

  // The score is announced once the results code (which holds the scoring) is there.
  const pendingAnnounce = useRef(false);
  useEffect(() => {
    if (showResults && !wasResults.current && latest && sawWizard.current) {
      resultsHeading.current?.focus();
      pendingAnnounce.current = true;
    }
    wasResults.current = showResults;
  }, [showResults]);
  useEffect(() => {
    if (pendingAnnounce.current && latest && results && results !== 'failed') {
      pendingAnnounce.current = false;
      setAnnounce(results.announcement(q, latest));
    }
  }, [showResults, results]);

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
            {latest.team ? (
              <>
                {' · '}
                <bdi>{latest.team}</bdi>
              </>
            ) : null}
          </p>
          {results === 'failed' ? (
            <LoadFailed what="Your result" kept="your answers are saved" />
          ) : results ? (
            <AttemptGuard
              key={latest.completedAt + history.length}
              index={history.length - 1}
              when={latest.completedAt}
            >
              <results.ResultsView
                q={q}
                chapters={chapters}
                latest={latest}
                history={history}
                onWizardIntent={() => void wizardCode().catch(() => undefined)}
              />
            </AttemptGuard>
          ) : (
            <p class="loading">Loading your result…</p>
          )}
        </div>
      ) : wizard === 'failed' ? (
        <LoadFailed what="The questionnaire" kept="your answers so far are saved" />
      ) : wizard ? (
        <wizard.Wizard q={q} draft={draft} ready={hydrated} />
      ) : hydrated ? (
        <p class="loading">Loading the questionnaire…</p>
      ) : (
        <ServerForm />
      )}
      {!hydrated && <Stalled what="The questionnaire" reload={withBase('/assessment/')} />}
    </div>
  );
}

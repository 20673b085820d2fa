import type { Attempt } from '../../schemas/assessment';
import { changesSince, forVersion, type Questionnaire } from '../../lib/assessment/questionnaire';
import { clearHistory, goToStep, retake } from '../../stores/assessment-store';
import { scoreAttempt } from '../../lib/assessment/scoring';
import type { ComponentProps } from 'preact';
import { Deferred, PrintButton } from '../shared/deferred';
import { loader } from '../shared/loader';
import { levelName } from './format';
import { ResultCharts, ResultHeadline, type Previous, type ReportProps } from './ResultHeadline';

/** What a screen reader hears when the result appears. */
export function announcement(q: Questionnaire, latest: Attempt): string {
  const vq = forVersion(q, latest.questionnaireVersion) ?? q;
  const o = scoreAttempt(vq, latest.answers).overall;
  return o.score === null
    ? 'Your result: not rated.'
    : `Your score is ${o.score} out of 100: ${levelName(vq, o.level)}.`;
}

/*
 * Everything below the bar chart (the radar chart is beside it on a wide screen) loads as one,
 * when any of it comes on screen or at the reader's first intent, so no part is left waiting
 * after the reader jumps past it.
 */
const below = loader(() =>
  Promise.all([
    import('./RadarChart'),
    import('./ResultDetails'),
    import('./SharePanel'),
    import('./HistoryList'),
  ]).then(([radar, details, share, list]) => ({ ...radar, ...details, ...share, ...list })),
);

/** Fetches the rest of the result now: for a reader who is about to finish, so all of it appears at once. */
export const preloadResultParts = () => below().catch(() => undefined);

type BelowModule = Awaited<ReturnType<typeof below>>;

/** A part below the bar chart: its code arrives with the others (see `below`). */
function Below(props: Pick<ComponentProps<typeof Deferred<BelowModule>>, 'what' | 'reserve' | 'class' | 'children'>) {
  return (
    <Deferred
      load={below}
      kept="your answers and result are saved in this browser"
      printHint="Use the “Print or save as PDF” button to include it."
      {...props}
    />
  );
}

interface Props {
  q: Questionnaire;
  chapters: Record<string, string>;
  latest: Attempt;
  history: Attempt[];
  /** Called when the reader reaches for a button that returns to the questionnaire, so its code can load early. */
  onWizardIntent?: () => void;
}

/**
 * The reader's own result: report, actions, share code and history. Loaded by AssessmentApp
 * only when results are shown, so the questionnaire's first screen does not carry the report
 * and charts; what lies below the charts loads as the reader scrolls to it. Each attempt is
 * shown and shared in the questionnaire version it was answered in.
 */
export function ResultsView({ q, chapters, latest, history, onWizardIntent }: Props) {
  const vq = forVersion(q, latest.questionnaireVersion);
  // Caught by AttemptGuard, which offers to delete this attempt alone.
  if (!vq) throw new Error(`questionnaire version ${latest.questionnaireVersion} is not known here`);
  const before = history.at(-2);
  const beforeQ = before ? forVersion(q, before.questionnaireVersion) : null;
  const previous: Previous | undefined =
    before && beforeQ ? { q: beforeQ, answers: before.answers, when: before.completedAt } : undefined;
  const report: ReportProps = { q: vq, chapters, answers: latest.answers, idPrefix: 'own', person: 'you', previous };
  const intent = { onPointerEnter: onWizardIntent, onFocus: onWizardIntent };
  return (
    <>
      {vq.version !== q.version && (
        <p class="notice" data-testid="old-version">
          You answered this in questionnaire version {vq.version}, so it is scored and shared with those statements.
          This site now asks version {q.version}. {changesSince(q, vq.version)} Retake it to compare with colleagues who
          answered version {q.version}.
        </p>
      )}
      <div class="report">
        <ResultHeadline {...report} />
        <ResultCharts
          {...report}
          radar={(chart) => (
            <Below what="The radar chart" class="radar-chart" reserve={{ aspectRatio: '500 / 360' }}>
              {(m) => <m.RadarChart {...chart} />}
            </Below>
          )}
        />
        <Below what="The table of scores and what to work on" reserve={{ minHeight: '60rem' }}>
          {(m) => <m.ResultDetails {...report} />}
        </Below>
      </div>
      <div class="result-actions no-print">
        <PrintButton class="btn" />
        {vq.version === q.version && (
          <button type="button" class="btn btn-secondary" onClick={() => goToStep(1)} {...intent}>
            Change my answers
          </button>
        )}
        <button type="button" class="btn btn-secondary" onClick={retake} {...intent}>
          Retake from the start
        </button>
      </div>
      <Below what="The share link and your earlier attempts" reserve={{ minHeight: '30rem' }}>
        {(m) => (
          <>
            <m.SharePanel q={q} latest={latest} />
            <m.HistoryList q={q} history={history} onClear={clearHistory} />
          </>
        )}
      </Below>
    </>
  );
}

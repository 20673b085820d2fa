import { useEffect, useState } from 'preact/hooks';
import { changesSince, forVersion, statementCount, type Questionnaire } from '../../lib/assessment/questionnaire';
import { decodeResultCode, extractCode, type DecodeCodeResult } from '../../lib/assessment/code';
import { answersFromList } from '../../lib/assessment/scoring';
import { codeFromUrl } from '../../lib/url-code';
import { ResultReport } from './ResultReport';
import { formatDate, roleLabels } from './format';
import { Stalled } from '../shared/Stalled';
import './assessment.css';
import { withBase } from '../../lib/base';

type State =
  | { kind: 'loading' }
  | { kind: 'none' }
  | { kind: 'error'; message: string }
  | { kind: 'ok'; value: Extract<DecodeCodeResult, { ok: true }>['value']; vq: Questionnaire };

function read(q: Questionnaire): State {
  if (codeFromUrl(location.href, 'c') === null) return { kind: 'none' };
  const decoded = decodeResultCode(extractCode(location.href));
  if (!decoded.ok) return { kind: 'error', message: decoded.message };
  const v = decoded.value.questionnaireVersion;
  const vq = forVersion(q, v);
  if (!vq)
    return {
      kind: 'error',
      message: `This result was made with questionnaire version ${v}, which this site does not know (it asks version ${q.version}). It may come from a newer copy of the site.`,
    };
  if (decoded.value.answers.length !== statementCount(vq))
    return { kind: 'error', message: 'This code holds a different number of answers than its questionnaire version.' };
  return { kind: 'ok', value: decoded.value, vq };
}

/**
 * The notice before the link is read and when it holds no code. Both share one paragraph, so
 * the switch after loading changes only the heading and the page below does not move.
 */
function Explainer({ heading }: { heading: string }) {
  return (
    <div class="notice" role="status">
      <h2>{heading}</h2>
      <p>
        This page shows a result someone shared with you, read from the code after <code>#c=</code> at the end of the
        link (this needs JavaScript). If the link has no code, ask for it again, or{' '}
        <a href={withBase('/assessment/')}>take the assessment yourself</a>.
      </p>
    </div>
  );
}

/** A result opened from a share link (`#c=<code>` or `?c=<code>`), read-only. */
export default function SharedResult({ q, chapters }: { q: Questionnaire; chapters: Record<string, string> }) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  useEffect(() => {
    const update = () => setState(read(q));
    update();
    addEventListener('hashchange', update);
    return () => removeEventListener('hashchange', update);
  }, []);

  if (state.kind === 'loading') {
    return (
      <div class="shared-app">
        <Explainer heading="Reading the result in this link…" />
        <Stalled what="Reading this result" />
      </div>
    );
  }
  if (state.kind === 'none') {
    return <Explainer heading="No result in this link" />;
  }
  if (state.kind === 'error') {
    return (
      <div class="notice notice-bad" role="alert">
        <h2>This link does not hold a readable result</h2>
        <p>{state.message}</p>
        <p>
          <a href={withBase('/assessment/')}>Take the assessment yourself</a>
        </p>
      </div>
    );
  }
  const v = state.value;
  return (
    <div class="results">
      <h2>Shared result</h2>
      <p class="shared-meta">
        Answered by someone in <strong>{roleLabels[v.role]}</strong>
        {v.team ? (
          <>
            {' '}
            · team label{' '}
            <strong class="team-label">
              <bdi>{v.team}</bdi>
            </strong>
          </>
        ) : null}{' '}
        · {formatDate(v.date)}
      </p>
      <p class="muted">This is a read-only view. Nothing from it is saved on your device.</p>
      {state.vq.version !== q.version && (
        <p class="notice" data-testid="old-version">
          This result was answered in questionnaire version {state.vq.version}, and is shown with that version's
          statements. This site now asks version {q.version}. {changesSince(q, state.vq.version)}
        </p>
      )}
      <ResultReport
        q={state.vq}
        chapters={chapters}
        answers={answersFromList(state.vq, v.answers)}
        idPrefix="shared"
        person="they"
      />
      <p class="result-actions no-print">
        <button type="button" class="btn" onClick={() => window.print()}>
          Print or save as PDF
        </button>
        <a class="btn btn-secondary" href={withBase('/assessment/')}>
          Take the assessment yourself
        </a>
      </p>
    </div>
  );
}

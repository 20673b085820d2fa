import { Fragment } from 'preact';
import type { Ref } from 'preact';
import type { Questionnaire } from '../../lib/assessment/questionnaire';
import type { TeamInput } from '../../lib/assessment/team';
import { shortLabelParts } from '../../lib/assessment/team-link';
import { Deferred, loadDeferred } from '../shared/deferred';
import { loader } from '../shared/loader';

/**
 * The charts, tables and workshop. For a team restored from this browser or opened from a team
 * link they load as the manager scrolls near them (they start below the box), so the first
 * screen only pays for reading the codes; a manager who builds a view asks for them at once.
 */
const reportCode = loader(() => import('./TeamReport'));

/** Re-exported so the team page fetches the reader and the view's heading in one file. */
export { parseTeamInput } from '../../lib/assessment/team';

/** Fetches the report now, for a view the manager has just asked for; a failure shows where the report goes. */
export const loadReport = () => void reportCode().catch(() => undefined);

interface Props {
  /** The site's questionnaire (the team's own version is `built.q`). */
  q: Questionnaire;
  built: TeamInput;
  chapters: Record<string, string>;
  headingRef: Ref<HTMLHeadingElement>;
}

/** A built team view: its heading at once, the report (with its version notices) when it is near. */
export function TeamResults({ q, built, chapters, headingRef }: Props) {
  const labels = [...new Set(built.respondents.map((r) => r.team.trim()).filter(Boolean))];
  const short = shortLabelParts(labels);
  return (
    <div class="results">
      <h2 ref={headingRef} tabIndex={-1}>
        Team view
        {labels.length ? (
          <>
            :{' '}
            <span title={labels.join(', ').slice(0, 500)} data-testid="team-labels">
              {short.shown.map((l, i) => (
                <Fragment key={i}>
                  {i > 0 && ', '}
                  <bdi>{l}</bdi>
                </Fragment>
              ))}
              {short.more ? ` and ${short.more} more` : null}
            </span>
          </>
        ) : null}
      </h2>
      <p class="no-print result-actions">
        <button
          type="button"
          class="btn btn-secondary"
          onClick={async () => {
            // The report below may not have been scrolled to yet: it is fetched first, so it is printed.
            await loadDeferred();
            setTimeout(() => window.print(), 0);
          }}
        >
          Print or save as PDF
        </button>
      </p>
      <Deferred
        load={reportCode}
        what="The team's charts, tables and workshop"
        kept="the codes you pasted are kept in this browser"
        printHint="Use the “Print or save as PDF” button above to include them."
        class="team-report-space"
        reserve={{}}
        lead={0}
      >
        {(m) => (
          <m.TeamReport
            q={built.q}
            siteVersion={q.version}
            otherVersions={built.messages.some((m) => m.kind === 'other-version')}
            respondents={built.respondents}
            labels={labels}
            chapters={chapters}
            codes={built.respondents.map((r) => r.code)}
          />
        )}
      </Deferred>
    </div>
  );
}

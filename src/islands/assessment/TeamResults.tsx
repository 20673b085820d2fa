import { Fragment } from 'preact';
import type { Ref } from 'preact';
import type { Questionnaire } from '../../lib/assessment/questionnaire';
import type { TeamInput } from '../../lib/assessment/team';
import { shortLabelParts } from '../../lib/assessment/team-link';
import { Deferred, PrintButton } from '../shared/deferred';
import type { Loader } from '../shared/loader';

/** Re-exported so the team page fetches the reader and the view's heading in one file. */
export { parseTeamInput } from '../../lib/assessment/team';

interface Props {
  /** The site's questionnaire (the team's own version is `built.q`). */
  q: Questionnaire;
  built: TeamInput;
  chapters: Record<string, string>;
  headingRef: Ref<HTMLHeadingElement>;
  /** The report's code (TeamView holds it, so a view the manager builds can fetch it at once). */
  report: Loader<typeof import('./TeamReport')>;
}

/** A built team view: its heading at once, the report (with its version notices) when it is near. */
export function TeamResults({ q, built, chapters, headingRef, report }: Props) {
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
        <PrintButton class="btn btn-secondary" />
      </p>
      <Deferred
        load={report}
        what="The team's charts, tables and workshop"
        kept="the codes you pasted are kept in this browser"
        printHint="Use the “Print or save as PDF” button above to include them."
        class="team-report-space"
        reserve={{}}
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

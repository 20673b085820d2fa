import { useState } from 'preact/hooks';
import { teamHash } from '../../lib/assessment/team-link';
import { encodeTeamPlan } from '../../lib/assessment/team-plan-encode';
import { $plan } from '../../stores/assessment-team-store';
import { useAtom } from '../shared/use-hydrated-store';
import { linkFits, TEAM_LINK_MAX_CHARS } from '../../lib/assessment/team-limits';
import { downloadText } from '../shared/download';
import { copyText } from '../shared/clipboard';
import { withBase } from '../../lib/base';

/**
 * A link that holds every code of the team in its `#t=…`, with the workshop's owners and due dates,
 * to reopen the view or send it on. Past TEAM_LINK_MAX_CHARS mail and chat programs may cut the
 * link: the owners and dates are left out first, and if the codes alone are too long they go in a file.
 */
export function TeamLink({ codes }: { codes: string[] }) {
  const [status, setStatus] = useState('');
  const planCode = encodeTeamPlan(useAtom($plan));
  const address = (p: string | null) => `${location.origin}${withBase(`/assessment/team/${teamHash(codes, p)}`)}`;
  const withPlan = planCode ? address(planCode) : null;
  const planFits = withPlan !== null && linkFits(withPlan);
  const link = planFits ? withPlan : address(null);
  const fits = linkFits(link);
  const chars = TEAM_LINK_MAX_CHARS.toLocaleString('en-GB');
  async function copy() {
    if (await copyText(link)) setStatus('Team link copied.');
    else {
      (document.getElementById('team-link') as HTMLInputElement | null)?.select();
      setStatus('Could not copy automatically: the link is selected, so press Ctrl+C or ⌘+C.');
    }
  }
  return (
    <section class="share no-print" aria-labelledby="team-link-heading">
      <h3 id="team-link-heading">Keep or send this team view</h3>
      <p>
        A team link holds every respondent’s code, so anyone who opens it sees this view; it is offered while it stays
        within {chars} characters, which mail and chat programs carry whole. Like the codes, it holds only roles, team
        labels, dates and answers, with the owners and due dates typed in the workshop.
      </p>
      {withPlan && !planFits && fits && (
        <p class="notice">
          With the workshop’s owners and due dates the link would be longer than {chars} characters, so it leaves them
          out. Send the action plan from the workshop’s downloads with it.
        </p>
      )}
      {fits ? (
        <p class="field">
          <label for="team-link">Team link ({codes.length} respondents)</label>
          <span class="copy-row">
            <input id="team-link" type="text" readOnly value={link} />
            <button type="button" class="btn btn-secondary" onClick={copy}>
              Copy team link
            </button>
          </span>
        </p>
      ) : (
        <p class="notice">
          A link to these {codes.length} respondents would be {link.length.toLocaleString('en-GB')} characters, longer
          than mail and chat programs reliably carry ({chars}). Save the codes to a file instead, and load that file
          above to reopen the view.
        </p>
      )}
      <p class="result-actions">
        <button
          type="button"
          class="btn btn-secondary"
          onClick={() => downloadText(codes.join('\n') + '\n', 'team-results.txt', 'text/plain;charset=utf-8')}
        >
          Save the codes to a file
        </button>
      </p>
      <p class="muted" role="status">
        {status}
      </p>
    </section>
  );
}

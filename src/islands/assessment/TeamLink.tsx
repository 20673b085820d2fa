import { useState } from 'preact/hooks';
import { TEAM_LINK_LIMIT, teamHash } from '../../lib/assessment/team-link';
import { downloadText } from '../shared/download';
import { copyText } from '../shared/clipboard';

/**
 * A link that holds every code of the team in its `#t=…`, to reopen the view or send it on.
 * Past the limit the link would grow too long to paste safely, so the codes go in a file instead.
 */
export function TeamLink({ codes }: { codes: string[] }) {
  const [status, setStatus] = useState('');
  const fits = codes.length <= TEAM_LINK_LIMIT;
  const link = `${location.origin}/assessment/team/${teamHash(codes)}`;
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
        A team link holds up to {TEAM_LINK_LIMIT} respondents' codes, so anyone who opens it sees this view. Like the
        codes, it holds only roles, team labels, dates and answers.
      </p>
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
          This team has {codes.length} respondents, more than a team link holds ({TEAM_LINK_LIMIT}). Save the codes to a
          file instead, and load that file above to reopen the view.
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

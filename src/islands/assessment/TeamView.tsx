import { useRef, useState } from 'preact/hooks';
import { useReady } from '../shared/use-ready';
import type { Questionnaire } from '../../lib/assessment/questionnaire';
import { aggregateTeam, parseTeamInput, type LineMessage, type TeamResult } from '../../lib/assessment/team';
import { roles } from '../../schemas/assessment';
import { BarChart } from './Charts';
import { GapTables, DimensionTable } from './TeamTables';
import { Workshop } from './Workshop';
import { levelName, roleLabels } from './format';
import './assessment.css';

interface Built {
  team: TeamResult;
  messages: LineMessage[];
  labels: string[];
}

/** Paste colleagues' codes; see the team's scores, ranges and marketing–sales gaps, and run a workshop. */
export default function TeamView({ q, chapters }: { q: Questionnaire; chapters: Record<string, string> }) {
  const hydrated = useReady();
  const [text, setText] = useState('');
  const [built, setBuilt] = useState<Built | null>(null);
  const [status, setStatus] = useState('');
  const [workshop, setWorkshop] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  function build(e: Event) {
    e.preventDefault();
    const { respondents, messages } = parseTeamInput(q, text);
    const labels = [...new Set(respondents.map((r) => r.team.trim()).filter(Boolean))];
    setBuilt({ team: aggregateTeam(q, respondents), messages, labels });
    const unused = messages.length
      ? ` ${messages.length} ${messages.length === 1 ? 'line was' : 'lines were'} not used; see the messages under the box.`
      : '';
    setStatus(`Read ${respondents.length} ${respondents.length === 1 ? 'result' : 'results'}.${unused}`);
    if (respondents.length) requestAnimationFrame(() => heading.current?.focus());
  }

  const team = built?.team;
  return (
    <div class="team-app">
      <form class="team-form no-print" onSubmit={build} noValidate inert={!hydrated}>
        <p class="field">
          <label for="team-codes">Result codes or share links, one per line</label>
          <textarea
            id="team-codes"
            rows={7}
            spellcheck={false}
            value={text}
            aria-describedby={built?.messages.length ? 'team-codes-help team-messages' : 'team-codes-help'}
            aria-invalid={built?.messages.length ? true : undefined}
            onInput={(e) => setText(e.currentTarget.value)}
          />
          <span id="team-codes-help" class="help">
            Ask each colleague for the share link at the end of their assessment. Codes are read in this browser;
            nothing is sent anywhere.
          </span>
        </p>
        {built && built.messages.length > 0 && (
          <ul id="team-messages" class="line-messages">
            {built.messages.map((m) => (
              <li key={m.line} class={`line-${m.kind}`}>
                <strong>Line {m.line}:</strong> {m.message}
              </li>
            ))}
          </ul>
        )}
        <p>
          <button type="submit" class="btn">
            Build the team view
          </button>
        </p>
        <p role="status" class="muted">
          {status}
        </p>
      </form>

      {team && team.respondents > 0 && built && (
        <div class="results">
          <h2 ref={heading} tabIndex={-1}>
            Team view{built.labels.length ? `: ${built.labels.join(', ')}` : ''}
          </h2>
          <div class="table-scroll">
            <table class="roles-table">
              <caption>Respondents by role</caption>
              <thead>
                <tr>
                  {roles.map((r) => (
                    <th scope="col" key={r}>
                      {roleLabels[r]}
                    </th>
                  ))}
                  <th scope="col">Total</th>
                </tr>
              </thead>
              <tbody>
                <tr>
                  {roles.map((r) => (
                    <td key={r} data-role={r}>
                      {team.byRole[r]}
                    </td>
                  ))}
                  <td>{team.respondents}</td>
                </tr>
              </tbody>
            </table>
          </div>
          <div class="score-block">
            <p class="score-line">
              <span class="score-num" data-testid="team-score">
                {team.score ?? '–'}
              </span>{' '}
              <span>out of 100, team score over every answer</span>
            </p>
            <p class="level-line">
              Level: <strong data-testid="team-level">{levelName(q, team.level)}</strong>
            </p>
            {team.level && <p>{q.levels[team.level].summary}</p>}
          </div>
          <h3>Scores by dimension</h3>
          <figure>
            <BarChart
              id="team-bar"
              title="Bar chart of the team's mean score in each dimension, 20 to 100"
              rows={team.dimensions.map((d) => ({ id: d.dimension.id, label: d.dimension.shortName, score: d.mean }))}
            />
          </figure>
          <DimensionTable q={q} team={team} />
          <GapTables team={team} />
          <p class="no-print">
            <button type="button" class="btn" aria-pressed={workshop} onClick={() => setWorkshop(!workshop)}>
              Workshop mode
            </button>{' '}
            <button type="button" class="btn btn-secondary" onClick={() => window.print()}>
              Print
            </button>
          </p>
          {workshop && <Workshop q={q} team={team} labels={built.labels} chapters={chapters} />}
        </div>
      )}
    </div>
  );
}

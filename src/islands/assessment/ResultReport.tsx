import type { Answers, LevelId } from '../../schemas/assessment';
import { unclearShare } from '../../lib/assessment/scoring';
import type { Questionnaire } from '../../lib/assessment/questionnaire';
import { nextLevel, scoreAttempt, strongestAndWeakest, type DimensionResult } from '../../lib/assessment/scoring';
import { BarChart, Gauge, RadarChart, type ChartRow } from './Charts';
import { ScrollTable } from './ScrollTable';
import { chapterTitle, formatDate, levelName, signed } from './format';

/** An earlier attempt to compare with, scored against its own questionnaire version. */
export interface Previous {
  q: Questionnaire;
  answers: Answers;
  /** ISO date-time it was completed. */
  when: string;
}

/** "Up 15 since 12 Mar 2026", "Down 3 since …", "No change since …". */
export function changeSentence(now: number, before: number, when: string): string {
  const d = now - before;
  const since = `since ${formatDate(when)}`;
  return d > 0 ? `Up ${d} ${since}` : d < 0 ? `Down ${-d} ${since}` : `No change ${since}`;
}

interface Props {
  q: Questionnaire;
  chapters: Record<string, string>;
  answers: Answers;
  /** Prefix for SVG ids, unique on the page. */
  idPrefix: string;
  /** "you" for your own result, "they" for a shared one. */
  person: 'you' | 'they';
  /** The attempt before this one, if any. */
  previous?: Previous | undefined;
}

function Chapters({ ids, chapters }: { ids: string[]; chapters: Record<string, string> }) {
  return (
    <p class="chapters">
      Learn more in the guide:{' '}
      {ids.map((id, i) => (
        <span key={id}>
          {i > 0 && ', '}
          {chapters[id] ? (
            <a href={`/guide/${id}/`}>{chapters[id]}</a>
          ) : (
            <span>{chapterTitle(id, chapters)} (chapter coming soon)</span>
          )}
        </span>
      ))}
    </p>
  );
}

function Dim({
  d,
  q,
  chapters,
  withActions,
}: {
  d: DimensionResult;
  q: Questionnaire;
  chapters: Record<string, string>;
  withActions: boolean;
}) {
  const level = d.level as LevelId;
  const next = nextLevel(level);
  return (
    <li class="dim-card">
      <h4>
        {d.dimension.name}: {d.score} <span class="muted">({levelName(q, level)})</span>
      </h4>
      <p>{d.dimension.levels[level]}</p>
      {withActions && (
        <>
          <p class="next">{next ? `To reach ${levelName(q, next)}:` : 'To stay integrated:'}</p>
          <ul>
            {d.dimension.actions[level].map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
          <Chapters ids={d.dimension.chapters} chapters={chapters} />
        </>
      )}
    </li>
  );
}

/** One respondent's scored result: score, level, charts with a table, strengths and what to work on. */
export function ResultReport({ q, chapters, answers, idPrefix, person, previous }: Props) {
  const r = scoreAttempt(q, answers);
  const p = previous ? scoreAttempt(previous.q, previous.answers) : null;
  const prevOf = (id: string) => (p ? (p.dimensions.find((d) => d.dimension.id === id)?.score ?? null) : undefined);
  const { strongest, workOn } = strongestAndWeakest(r);
  const total = r.overall.rated + r.overall.dontKnow + r.overall.unanswered;
  const rows: ChartRow[] = r.dimensions.map((d) => ({
    id: d.dimension.id,
    label: d.dimension.shortName,
    score: d.score,
    previous: prevOf(d.dimension.id),
  }));
  const otherVersion = previous && previous.q.version !== q.version;
  const your = person === 'you' ? 'your' : 'their';
  return (
    <div class="report">
      <div class="score-block">
        {r.overall.score === null ? (
          <p class="score-line">
            <strong>Not rated.</strong> Every statement was answered "Don't know", so there is nothing to score.
          </p>
        ) : (
          <>
            <p class="score-line">
              <span class="score-num" data-testid="overall-score">
                {r.overall.score}
              </span>{' '}
              <span>out of 100</span>
              {p?.overall.score != null && previous && (
                <span class="change-line" data-testid="overall-change">
                  {' '}
                  · {changeSentence(r.overall.score, p.overall.score, previous.when)}
                  {otherVersion && ` (that attempt used questionnaire version ${previous.q.version})`}
                </span>
              )}
            </p>
            <p class="level-line">
              Level: <strong data-testid="overall-level">{levelName(q, r.overall.level)}</strong>
              {r.unclear && <span class="muted"> (unclear picture)</span>}
            </p>
            <Gauge score={r.overall.score} id={`${idPrefix}-gauge`} levels={q.levels} />
            {r.unclear ? (
              <p class="notice" data-testid="unclear">
                <strong>The picture is unclear.</strong> {r.neutral} of {total} answers were “Neither agree nor
                disagree” or “Don't know”: at least {Math.round(unclearShare * 100)} %, so this level is not a firm
                reading. Try answering again with a colleague from the other team, who may see these areas more clearly.
              </p>
            ) : (
              <p>{q.levels[r.overall.level!].summary}</p>
            )}
          </>
        )}
        {r.provisional && (
          <p class="notice">
            <strong>Provisional.</strong> "Don't know" was the answer to {r.overall.dontKnow} of {total} statements,
            more than a third, so this score rests on few answers. Ask colleagues who see those areas.
          </p>
        )}
        {r.visibilityGaps.length > 0 && (
          <p class="notice">
            <strong>Not rated (visibility gaps):</strong> {r.visibilityGaps.map((d) => d.name).join('; ')}. Every
            statement here was "Don't know". Not being able to see how the teams work in an area is a finding in itself.
          </p>
        )}
      </div>

      <h3>Scores by dimension</h3>
      {previous && (
        <p class="muted chart-legend">
          Thick bars: this attempt. Thin grey bars: your attempt of {formatDate(previous.when)}.
        </p>
      )}
      <div class="charts">
        <figure>
          <BarChart
            rows={rows}
            id={`${idPrefix}-bar`}
            levels={q.levels}
            title={`Bar chart of ${your} score in each dimension, 20 to 100`}
          />
        </figure>
        <figure>
          <RadarChart
            rows={rows}
            id={`${idPrefix}-radar`}
            title={`Radar chart of ${your} score in each dimension, 20 to 100`}
          />
        </figure>
      </div>
      <ScrollTable
        id={`${idPrefix}-scores`}
        caption={`Scores by dimension (20 to 100), the same figures as the charts${
          previous ? `, with the change since ${formatDate(previous.when)}` : ''
        }`}
        cols={['Dimension', 'Score', 'Level', !!p && 'Change', 'Rated', "Don't know"]}
      >
        {r.dimensions.map((d) => (
          <tr key={d.dimension.id}>
            <th scope="row">{d.dimension.name}</th>
            <td>{d.score ?? 'not rated'}</td>
            <td>{levelName(q, d.level)}</td>
            {p && (
              <td>
                {d.score === null || prevOf(d.dimension.id) == null
                  ? 'not comparable'
                  : signed(d.score - prevOf(d.dimension.id)!)}
              </td>
            )}
            <td>{d.rated}</td>
            <td>{d.dontKnow}</td>
          </tr>
        ))}
      </ScrollTable>

      {strongest.length > 0 && (
        <section aria-labelledby={`${idPrefix}-strong`}>
          <h3 id={`${idPrefix}-strong`}>Strongest</h3>
          <ol class="dim-list">
            {strongest.map((d) => (
              <Dim key={d.dimension.id} d={d} q={q} chapters={chapters} withActions={false} />
            ))}
          </ol>
        </section>
      )}
      {workOn.length > 0 && (
        <section aria-labelledby={`${idPrefix}-work`}>
          <h3 id={`${idPrefix}-work`}>Work on these first</h3>
          <ol class="dim-list">
            {workOn.map((d) => (
              <Dim key={d.dimension.id} d={d} q={q} chapters={chapters} withActions />
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}

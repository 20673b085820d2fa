import type { Answers, LevelId } from '../../schemas/assessment';
import type { Questionnaire } from '../../lib/assessment/questionnaire';
import { nextLevel, scoreAttempt, strongestAndWeakest, type DimensionResult } from '../../lib/assessment/scoring';
import { BarChart, RadarChart, type ChartRow } from './Charts';
import { chapterTitle, levelName } from './format';

interface Props {
  q: Questionnaire;
  chapters: Record<string, string>;
  answers: Answers;
  /** Prefix for SVG ids, unique on the page. */
  idPrefix: string;
  /** "you" for your own result, "they" for a shared one. */
  person: 'you' | 'they';
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
export function ResultReport({ q, chapters, answers, idPrefix, person }: Props) {
  const r = scoreAttempt(q, answers);
  const { strongest, workOn } = strongestAndWeakest(r);
  const total = r.overall.rated + r.overall.dontKnow + r.overall.unanswered;
  const rows: ChartRow[] = r.dimensions.map((d) => ({
    id: d.dimension.id,
    label: d.dimension.shortName,
    score: d.score,
  }));
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
            </p>
            <p class="level-line">
              Level: <strong data-testid="overall-level">{levelName(q, r.overall.level)}</strong>
            </p>
            <p>{q.levels[r.overall.level!].summary}</p>
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
      <div class="charts">
        <figure>
          <BarChart
            rows={rows}
            id={`${idPrefix}-bar`}
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
      <div class="table-scroll">
        <table>
          <caption>Scores by dimension (20 to 100), the same figures as the charts</caption>
          <thead>
            <tr>
              <th scope="col">Dimension</th>
              <th scope="col">Score</th>
              <th scope="col">Level</th>
              <th scope="col">Rated</th>
              <th scope="col">Don't know</th>
            </tr>
          </thead>
          <tbody>
            {r.dimensions.map((d) => (
              <tr key={d.dimension.id}>
                <th scope="row">{d.dimension.name}</th>
                <td>{d.score ?? 'not rated'}</td>
                <td>{levelName(q, d.level)}</td>
                <td>{d.rated}</td>
                <td>{d.dontKnow}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

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

import type { ComponentChildren } from 'preact';
import type { Answers } from '../../schemas/assessment';
import { unclearShare, scoreAttempt, type AttemptResult } from '../../lib/assessment/scoring';
import type { Questionnaire } from '../../lib/assessment/questionnaire';
import { BarChart, Gauge, type ChartRow } from './Charts';
import { formatDate, levelName } from './format';

/** An earlier attempt to compare with, scored against its own questionnaire version. */
export interface Previous {
  q: Questionnaire;
  answers: Answers;
  /** ISO date-time it was completed. */
  when: string;
}

/** What every part of one respondent's report shows. */
export interface ReportProps {
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

/** This attempt scored, the previous one (if any) scored, and each dimension's previous score. */
export function scoreReport({ q, answers, previous }: Pick<ReportProps, 'q' | 'answers' | 'previous'>) {
  const r = scoreAttempt(q, answers);
  const p: AttemptResult | null = previous ? scoreAttempt(previous.q, previous.answers) : null;
  /** undefined: no previous attempt; null: not rated then (or not asked). */
  const prevOf = (id: string) => (p ? (p.dimensions.find((d) => d.dimension.id === id)?.score ?? null) : undefined);
  return { r, p, prevOf };
}

/** "Up 15 since 12 Mar 2026", "Down 3 since …", "No change since …". */
function changeSentence(now: number, before: number, when: string): string {
  const d = now - before;
  const since = `since ${formatDate(when)}`;
  return d > 0 ? `Up ${d} ${since}` : d < 0 ? `Down ${-d} ${since}` : `No change ${since}`;
}

/** The headline: score, change since last time, level on the gauge of the four bands, and how firm it is. */
export function ResultHeadline(props: ReportProps) {
  const { q, idPrefix, previous } = props;
  const { r, p } = scoreReport(props);
  const { rated, dontKnow, notApplicable, unanswered } = r.overall;
  const total = rated + dontKnow + notApplicable + unanswered;
  return (
    <div class="score-block">
      {r.overall.score === null ? (
        <p class="score-line">
          <strong>Not rated.</strong> No statement was rated, so there is nothing to score.
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
                {previous.q.version !== q.version && ` (that attempt used questionnaire version ${previous.q.version})`}
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
              <strong>The picture is unclear.</strong> {r.neutral} of {total} answers were “Neither agree nor disagree”
              or “Don't know”: at least {Math.round(unclearShare * 100)} %, so this level is not a firm reading. Try
              answering again with a colleague from the other team, who may see these areas more clearly.
            </p>
          ) : (
            <p>{q.levels[r.overall.level!].summary}</p>
          )}
          {notApplicable > 0 && (
            <p data-testid="left-out">
              Left out as "Does not apply here": {notApplicable} of {total} statements. The score is worked out over the
              other {total - notApplicable}.
            </p>
          )}
        </>
      )}
      {r.provisional && (
        <p class="notice" data-testid="not-reliable">
          <strong>Not reliable.</strong> {dontKnow + notApplicable} of {total} statements were left out ({dontKnow}{' '}
          "Don't know"
          {notApplicable > 0 && `, ${notApplicable} "Does not apply here"`}), more than a third, so this score rests on
          few answers. Ask colleagues who see those areas.
        </p>
      )}
      {r.visibilityGaps.length > 0 && (
        <p class="notice">
          <strong>Not rated (visibility gaps):</strong> {r.visibilityGaps.map((d) => d.name).join('; ')}. Every
          statement here was "Don't know". Not being able to see how the teams work in an area is a finding in itself.
        </p>
      )}
    </div>
  );
}

/** What a radar chart is drawn from. */
export interface RadarProps {
  rows: ChartRow[];
  title: string;
  id: string;
}

/**
 * The scores by dimension as a bar chart and a radar chart; the table after them holds the same
 * figures. `radar` draws the radar chart, so a page can load its code separately.
 */
export function ResultCharts(props: ReportProps & { radar: (chart: RadarProps) => ComponentChildren }) {
  const { q, idPrefix, person, previous } = props;
  const { r, prevOf } = scoreReport(props);
  const rows: ChartRow[] = r.dimensions.map((d) => ({
    id: d.dimension.id,
    label: d.dimension.shortName,
    score: d.score,
    previous: prevOf(d.dimension.id),
  }));
  const your = person === 'you' ? 'your' : 'their';
  return (
    <>
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
          {props.radar({
            rows,
            id: `${idPrefix}-radar`,
            title: `Radar chart of ${your} score in each dimension, 20 to 100`,
          })}
        </figure>
      </div>
    </>
  );
}

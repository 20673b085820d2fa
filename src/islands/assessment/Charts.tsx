import { levelIds } from '../../schemas/assessment';
import { bandFloors, bandRange } from '../../lib/assessment/scoring';
import type { Questionnaire } from '../../lib/assessment/questionnaire';

export interface ChartRow {
  id: string;
  label: string;
  /** 20–100, or null for "not rated". */
  score: number | null;
  /** The previous attempt's score, drawn as a thin bar under this one; undefined when there is none. */
  previous?: number | null;
}

/** Level names as an editor wrote them in content/assessment/questionnaire.yaml. */
type Levels = Questionnaire['levels'];

/** Each band with its name from the content, lowest first. */
const bandsOf = (levels: Levels) => levelIds.map((level) => [level, levels[level].name] as const);

/** Horizontal bars on the 0–100 scale, with the four bands behind them. */
export function BarChart({ rows, title, id, levels }: { rows: ChartRow[]; title: string; id: string; levels: Levels }) {
  const W = 340;
  const left = 8;
  const plot = W - 2 * left;
  const x = (v: number) => left + (v / 100) * plot;
  const withPrevious = rows.some((r) => r.previous !== undefined);
  const rowH = withPrevious ? 48 : 40;
  const top = 30;
  const H = top + rows.length * rowH + 8;
  return (
    <svg class="chart bar-chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>
        Bar chart{withPrevious ? ', with the previous attempt as a thin grey bar under each bar' : ''}. The same scores
        are in the table below.
      </desc>
      {bandsOf(levels).map(([level, name], i) => (
        <g key={level}>
          <rect
            class={`band band-${i % 2}`}
            x={x(bandFloors[level])}
            y={top - 6}
            width={x(bandFloors[level] + 20) - x(bandFloors[level])}
            height={H - top - 2}
          />
          <text class="band-label" x={x(bandFloors[level] + 10)} y={top - 12} text-anchor="middle">
            {name}
          </text>
        </g>
      ))}
      {rows.map((r, i) => {
        const y = top + i * rowH;
        return (
          <g key={r.id}>
            <text class="bar-label" x={left} y={y + 10}>
              {r.label}
            </text>
            {r.score === null ? (
              <text class="bar-value" x={x(20)} y={y + 28}>
                not rated
              </text>
            ) : (
              <>
                <rect class="bar" x={left} y={y + 15} width={x(r.score) - left} height={16} rx={3} />
                <text class="bar-value" x={Math.min(x(r.score) + 4, W - 30)} y={y + 28}>
                  {r.score}
                </text>
              </>
            )}
            {r.previous !== undefined && r.previous !== null && (
              <rect class="bar-prev" x={left} y={y + 34} width={x(r.previous) - left} height={6} rx={2} />
            )}
          </g>
        );
      })}
    </svg>
  );
}

/**
 * The overall score on a gauge of the four bands, each labelled with its name and range, and a
 * marker at the score. The numbers are text, not colour: the band holding the score is also bold.
 */
export function Gauge({ score, id, levels }: { score: number; id: string; levels: Levels }) {
  const W = 300;
  const x = (v: number) => 6 + ((Math.max(20, Math.min(100, v)) - 20) / 80) * (W - 12);
  const bands = bandsOf(levels);
  const at = bands.findIndex(
    ([level], i) => score >= bandFloors[level] && (i === 3 || score < bandFloors[bands[i + 1]![0]]),
  );
  return (
    <svg class="chart gauge" viewBox={`0 0 ${W} 84`} role="img" aria-labelledby={`${id}-title`} data-testid="gauge">
      <title id={`${id}-title`}>
        {`Score ${score} on the scale from 20 to 100, in the ${bands[at]![1]} band. Bands: ${bands
          .map(([level, name]) => `${name} ${bandRange(level)}`)
          .join(', ')}.`}
      </title>
      {bands.map(([level, name], i) => {
        const x0 = x(bandFloors[level]);
        const x1 = i === 3 ? x(100) : x(bandFloors[bands[i + 1]![0]]);
        return (
          <g key={level} class={i === at ? 'gauge-band current' : 'gauge-band'}>
            <rect class={`gauge-fill gauge-${i}`} x={x0} y={28} width={x1 - x0 - 2} height={18} rx={3} />
            <text class="gauge-name" x={(x0 + x1) / 2} y={62} text-anchor="middle">
              {name}
            </text>
            <text class="gauge-range" x={(x0 + x1) / 2} y={78} text-anchor="middle">
              {bandRange(level)}
            </text>
          </g>
        );
      })}
      <line class="gauge-line" x1={x(score)} y1={24} x2={x(score)} y2={50} />
      <path class="gauge-marker" d={`M ${x(score)} 30 l -6 -10 h 12 z`} />
      <text class="gauge-score" x={Math.min(Math.max(x(score), 16), W - 16)} y={15} text-anchor="middle">
        {score}
      </text>
    </svg>
  );
}

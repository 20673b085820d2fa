import type { Projection } from '../../lib/funnel/time';

const W = 640;

/** Monthly revenue over 12 months as columns; the empty first months are the sales cycle. */
export function ProjectionChart({
  projection,
  money,
  idp,
}: {
  projection: Projection;
  /** Writes an amount in the funnel's currency (see numbersFor). */
  money: (n: number) => string;
  idp: string;
}) {
  const H = 220;
  const top = 24;
  const base = H - 34;
  const max = Math.max(...projection.rows.map((r) => r.revenue), 0);
  const colW = (W - 40) / projection.rows.length;
  return (
    <svg class="projection-chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${idp}-proj-title`}>
      <title id={`${idp}-proj-title`}>
        Revenue by month for the next 12 months. The table below gives the same numbers.
      </title>
      <text x="20" y="14" class="chart-label">{`Revenue a month (top of scale: ${money(max)})`}</text>
      <line x1="20" y1={base} x2={W - 20} y2={base} class="axis" />
      {projection.rows.map((r, i) => {
        const h = max > 0 ? (r.revenue / max) * (base - top) : 0;
        const x = 20 + i * colW;
        return (
          <g key={r.month}>
            <rect x={x + colW * 0.15} y={base - h} width={colW * 0.7} height={h} class="bar-revenue" />
            {r.revenue === 0 && (
              <text x={x + colW / 2} y={base - 6} text-anchor="middle" class="chart-small">
                0
              </text>
            )}
            <text x={x + colW / 2} y={base + 18} text-anchor="middle" class="chart-small">{`M${r.month}`}</text>
          </g>
        );
      })}
    </svg>
  );
}

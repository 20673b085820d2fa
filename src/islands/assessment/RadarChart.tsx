import type { ChartRow } from './Charts';

/** A radar (spider) chart: one axis per dimension, 0 at the centre and 100 at the rim. */
export function RadarChart({ rows, title, id }: { rows: ChartRow[]; title: string; id: string }) {
  const W = 500;
  const H = 360;
  const cx = W / 2;
  const cy = H / 2;
  const R = 120;
  const angle = (i: number) => -Math.PI / 2 + (2 * Math.PI * i) / rows.length;
  const pt = (i: number, v: number) =>
    [cx + (Math.cos(angle(i)) * (R * v)) / 100, cy + (Math.sin(angle(i)) * (R * v)) / 100] as const;
  const ring = (v: number) =>
    rows
      .map((_, i) =>
        pt(i, v)
          .map((n) => n.toFixed(1))
          .join(','),
      )
      .join(' ');
  const shape = rows
    .map((r, i) =>
      pt(i, r.score ?? 0)
        .map((n) => n.toFixed(1))
        .join(','),
    )
    .join(' ');
  return (
    <svg class="chart radar-chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>Radar chart. The same scores are in the table below.</desc>
      {[20, 40, 60, 80, 100].map((v) => (
        <polygon key={v} class={v === 100 ? 'ring ring-outer' : 'ring'} points={ring(v)} />
      ))}
      {[40, 60, 80].map((v) => (
        <text key={v} class="ring-label" x={cx + 3} y={cy - (R * v) / 100 + 12}>
          {v}
        </text>
      ))}
      {rows.map((_, i) => {
        const [x2, y2] = pt(i, 100);
        return <line key={i} class="spoke" x1={cx} y1={cy} x2={x2} y2={y2} />;
      })}
      <polygon class="shape" points={shape} />
      {rows.map((r, i) => {
        const [px, py] = pt(i, r.score ?? 0);
        const [lx, ly] = pt(i, 118);
        const c = Math.cos(angle(i));
        const anchor = c > 0.3 ? 'start' : c < -0.3 ? 'end' : 'middle';
        return (
          <g key={r.id}>
            {r.score !== null && <circle class="dot" cx={px} cy={py} r={4} />}
            <text class="radar-label" x={lx} y={ly + 4} text-anchor={anchor}>
              {r.label}
              <tspan class="radar-value" x={lx} dy={15}>
                {r.score ?? 'not rated'}
              </tspan>
            </text>
          </g>
        );
      })}
    </svg>
  );
}

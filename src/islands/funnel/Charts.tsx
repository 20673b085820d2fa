import type { ForwardResult } from '../../lib/funnel/model';
import { formatCount } from '../../lib/funnel/format';
import { ownerLabels, owners } from '../../schemas/funnel';

const W = 640;
const ROW = 58;

/** Owner patterns: stripes for marketing, dots for sales, cross-hatch for shared, so colour is never the only cue. */
function Patterns({ idp }: { idp: string }) {
  return (
    <defs>
      <pattern
        id={`${idp}-pat-marketing`}
        width="8"
        height="8"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect width="8" height="8" class="fill-marketing" />
        <line x1="0" y1="0" x2="0" y2="8" class="pattern-line" stroke-width="3" />
      </pattern>
      <pattern id={`${idp}-pat-sales`} width="8" height="8" patternUnits="userSpaceOnUse">
        <rect width="8" height="8" class="fill-sales" />
        <circle cx="4" cy="4" r="1.6" class="pattern-dot" />
      </pattern>
      <pattern id={`${idp}-pat-shared`} width="8" height="8" patternUnits="userSpaceOnUse">
        <rect width="8" height="8" class="fill-shared" />
        <path d="M0 0L8 8M8 0L0 8" class="pattern-line" stroke-width="1.5" />
      </pattern>
    </defs>
  );
}

/**
 * The funnel as centred bars, one per stage, each labelled with its name, owner and count.
 * Log scale keeps small late stages visible next to a large first stage.
 */
export function FunnelChart({ result, scale, idp }: { result: ForwardResult; scale: 'linear' | 'log'; idp: string }) {
  const max = Math.max(...result.stages.map((s) => s.count), 0);
  const width = (count: number) => {
    if (!(max > 0) || !(count > 0)) return 0;
    const share = scale === 'log' ? Math.log10(count + 1) / Math.log10(max + 1) : count / max;
    return Math.max(3, share * W);
  };
  const height = result.stages.length * ROW + 30;
  return (
    <svg class="funnel-chart" viewBox={`0 0 ${W} ${height}`} role="img" aria-labelledby={`${idp}-chart-title`}>
      <title
        id={`${idp}-chart-title`}
      >{`Funnel chart (${scale === 'log' ? 'logarithmic' : 'linear'} scale): the table below gives the same numbers.`}</title>
      <Patterns idp={idp} />
      {result.stages.map((s, i) => {
        const w = width(s.count);
        const y = i * ROW;
        return (
          <g key={s.id}>
            <text x={W / 2} y={y + 16} text-anchor="middle" class="chart-label">
              {`${s.name} · ${ownerLabels[s.owner]} · ${formatCount(s.count)}`}
            </text>
            <rect
              x={(W - w) / 2}
              y={y + 24}
              width={w}
              height={26}
              rx="3"
              fill={`url(#${idp}-pat-${s.owner})`}
              class={`bar bar-${s.owner}`}
            />
          </g>
        );
      })}
      <g class="chart-legend" aria-hidden="true">
        {owners.map((o, i) => (
          <g key={o} transform={`translate(${i * 190 + 40} ${height - 22})`}>
            <rect width="20" height="14" fill={`url(#${idp}-pat-${o})`} class={`bar bar-${o}`} />
            <text x="26" y="12" class="chart-label">
              {ownerLabels[o]}
            </text>
          </g>
        ))}
      </g>
    </svg>
  );
}

import type { ForwardResult, GoalResult } from '../../lib/funnel/model';
import type { Numbers } from '../../lib/funnel/format';
import { ownerLabels } from '../../schemas/funnel';

/** The narrowest bar drawn for a stage that has anyone in it, in percent of the widest. */
const MIN_SHARE = 1.2;

/** One bar as a stretched SVG (widths as attributes, so the page needs no inline styles under its CSP). */
function Bar({ share, kind }: { share: number; kind: string }) {
  return (
    <svg class="fchart-svg" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <rect x="0" y="0" width="100" height="10" class="fchart-track" />
      {share > 0 && (
        <rect x="0" y="0" width={share} height="10" class={`fchart-fill ${kind}`} vector-effect="non-scaling-stroke" />
      )}
    </svg>
  );
}

/**
 * The funnel as one labelled bar per stage, each with its name, owner and count printed as
 * text (legible at any width, colour never the only cue). On the linear scale a stage with
 * anyone in it is never thinner than MIN_SHARE % of the widest, so stages under 1 % still show;
 * the log scale spreads small stages further. In goal mode each stage has two bars: today and
 * what the goal needs, both labelled.
 */
export function FunnelChart({
  result,
  goal,
  scale,
  idp,
  num: { count },
}: {
  result: ForwardResult;
  goal: GoalResult | null;
  scale: 'linear' | 'log';
  idp: string;
  /** The funnel's number formats (see numbersFor). */
  num: Numbers;
}) {
  const needs = goal?.ok ? goal.needs : null;
  const max = Math.max(...result.stages.map((s) => s.count), ...(needs?.map((n) => n.need) ?? []), 0);
  const share = (count: number) => {
    if (!(max > 0) || !(count > 0)) return 0;
    const s = scale === 'log' ? Math.log10(count + 1) / Math.log10(max + 1) : count / max;
    return Math.max(MIN_SHARE, s * 100);
  };
  return (
    <figure
      class={`fchart${needs ? ' fchart-goal' : ''}`}
      role="img"
      aria-label={`Funnel chart (${scale === 'log' ? 'logarithmic' : 'linear'} scale${needs ? ', today beside what the goal needs' : ''}): the table gives the same numbers.`}
      id={`${idp}-chart`}
    >
      <ol class="fchart-list">
        {result.stages.map((s, i) => (
          <li key={s.id} class="fchart-row">
            <span class="fchart-name">
              <bdi>{s.name}</bdi> <span class={`tag-${s.owner}`}>{ownerLabels[s.owner]}</span>
            </span>
            {needs ? (
              <>
                <span class="fchart-kind">Today</span>
                <Bar share={share(s.count)} kind={`bar-${s.owner}`} />
                <span class="fchart-value">{count(s.count)}</span>
                <span class="fchart-kind">Goal needs</span>
                <Bar share={share(needs[i]!.need)} kind="bar-goal" />
                <span class="fchart-value">
                  <strong>{count(needs[i]!.need)}</strong>
                </span>
              </>
            ) : (
              <>
                <Bar share={share(s.count)} kind={`bar-${s.owner}`} />
                <span class="fchart-value">{count(s.count)}</span>
              </>
            )}
          </li>
        ))}
      </ol>
    </figure>
  );
}

import { roles, type Role } from '../../schemas/assessment';
import { GAP_FLAG, type TeamResult } from '../../lib/assessment/team-score';
import { mean1, roleLabels } from './format';

/** The spread between the highest and lowest role mean, or null with fewer than two roles. */
function spreadOf(means: Partial<Record<Role, number>>): number | null {
  const xs = Object.values(means);
  return xs.length < 2 ? null : Math.round((Math.max(...xs) - Math.min(...xs)) * 100) / 100;
}

/** One bar on the 1–5 answer scale; the number beside it is text, so it never shrinks below 12 px. */
function Bar({ role, value }: { role: Role; value: number }) {
  return (
    <svg class="gap-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <rect class="gap-track" x={0} y={0} width={100} height={10} />
      <rect class={`gap-fill role-${role}`} x={0} y={0} width={((value - 1) / 4) * 100} height={10} />
    </svg>
  );
}

/**
 * The team view's headline: per dimension, each role's mean answer side by side, the gap in
 * words and large gaps flagged with text and a symbol, not colour alone. Built from HTML text
 * and small SVG bars so labels stay readable at 390 px; the gap table below says the same.
 */
export function GapChart({ team }: { team: TeamResult }) {
  const present = roles.filter((r) => team.byRole[r] > 0);
  const large = team.dimensions.filter((d) => d.gap.flagged);
  return (
    <figure class="gap-chart" aria-labelledby="gap-chart-caption">
      <figcaption id="gap-chart-caption">
        Mean answer of each team in each dimension, on the 1 (strongly disagree) to 5 (strongly agree) scale. The same
        figures are in the table “Gap per dimension” below.
      </figcaption>
      <p class="gap-summary" data-testid="gap-summary">
        {present.includes('marketing') && present.includes('sales')
          ? large.length === 0
            ? `No dimension has a large gap (${GAP_FLAG} points or more) between marketing and sales.`
            : `${large.length} ${large.length === 1 ? 'dimension has' : 'dimensions have'} a large gap between marketing and sales: ${large.map((d) => d.dimension.name).join('; ')}. Talk about these first.`
          : 'Add at least one marketing and one sales result to see where the two teams differ.'}
      </p>
      <ul class="gap-rows">
        {team.dimensions.map((d) => {
          const spread = spreadOf(d.roleMeans);
          const who = d.gap.gap === null || d.gap.gap === 0 ? '' : d.gap.gap > 0 ? 'sales lower' : 'marketing lower';
          return (
            <li
              key={d.dimension.id}
              class={d.gap.flagged ? 'gap-row flagged' : 'gap-row'}
              data-dimension={d.dimension.id}
            >
              <p class="gap-dim">
                <abbr title={d.dimension.name}>{d.dimension.shortName}</abbr>
                <span class="sr-only"> ({d.dimension.name})</span>
              </p>
              <ul class="gap-bars">
                {present.map((r) =>
                  d.roleMeans[r] === undefined ? (
                    <li key={r} class="gap-bar-row">
                      <span class="gap-role">{roleLabels[r]}</span>
                      <span class="gap-value muted">not rated</span>
                    </li>
                  ) : (
                    <li key={r} class="gap-bar-row">
                      <span class="gap-role">{roleLabels[r]}</span>
                      <Bar role={r} value={d.roleMeans[r]!} />
                      <span class="gap-value">{mean1(d.roleMeans[r]!)}</span>
                    </li>
                  ),
                )}
              </ul>
              <p class="gap-note">
                {d.gap.gap !== null ? (
                  <>
                    Gap {Math.abs(d.gap.gap).toFixed(1)}
                    {who && `, ${who}`}
                    {d.gap.flagged && <strong class="flag"> ⚑ Large gap: talk about why first</strong>}
                  </>
                ) : spread !== null ? (
                  `Spread between teams ${spread.toFixed(1)}`
                ) : (
                  ''
                )}
              </p>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}

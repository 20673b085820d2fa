import { useState } from 'preact/hooks';
import type { Funnel } from '../../schemas/funnel';
import { gapFormat, gapSummary, measuredVsPlanned } from '../../lib/crm/compare';
import { $funnelState, defaultFunnel } from '../../stores/funnel-store';
import { useAtom } from '../shared/use-hydrated-store';
import { withBase } from '../../lib/base';
import { Table } from '../shared/Table';

const CURRENT = 'current';

/**
 * The measured funnel beside the reader's plan: the funnel builder's current funnel, or a saved
 * scenario they choose, with the gap (measured minus planned) in a table and in words.
 */
export function Comparison({ measured }: { measured: Funnel }) {
  const state = useAtom($funnelState);
  const [choice, setChoice] = useState(CURRENT);
  const scenario = state.scenarios.find((c) => c.id === choice);
  const planned = scenario?.funnel ?? state.funnel;
  const plannedName = scenario ? scenario.name : 'your current funnel';
  const untouched = !scenario && JSON.stringify(state.funnel) === JSON.stringify(defaultFunnel());
  const rows = measuredVsPlanned(measured, planned);
  const mixed = measured.currency !== planned.currency;
  return (
    <section aria-labelledby="crm-compare">
      <h3 id="crm-compare">Measured against planned</h3>
      <p>
        “Planned” is <bdi>{plannedName}</bdi> in the <a href={withBase('/funnel/')}>funnel builder</a>
        {untouched ? ', still the builder’s example at typical B2B SaaS rates, since you have not changed it' : ''}. The
        gap is measured minus planned.
      </p>
      {state.scenarios.length > 0 && (
        <div class="crm-settings crm-no-print">
          <label for="crm-compare-with">Compare with</label>
          <select id="crm-compare-with" value={choice} onChange={(e) => setChoice(e.currentTarget.value)}>
            <option value={CURRENT}>Your current funnel</option>
            {state.scenarios.map((c) => (
              <option key={c.id} value={c.id}>
                Scenario: {c.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <p id="crm-compare-summary">{gapSummary(rows, measured, planned)}</p>
      <div class="crm-scroll" tabIndex={0} role="region" aria-labelledby="crm-compare-caption">
        <Table
          class="crm-table crm-compare"
          captionId="crm-compare-caption"
          caption={
            <>
              Measured in your files and planned in <bdi>{plannedName}</bdi>
            </>
          }
          columns={['Measure', 'Measured', 'Planned', 'Gap (measured − planned)']}
          rows={rows.map((r) => {
            const fm = gapFormat(r.kind, measured.currency);
            const fp = gapFormat(r.kind, planned.currency);
            return {
              key: r.label,
              head: <bdi>{r.label}</bdi>,
              cells: [
                r.b === null ? '—' : fm.one(r.b),
                r.a === null ? '—' : fp.one(r.a),
                r.diff === null || (mixed && r.kind === 'money') ? '—' : fm.gap(r.diff),
              ],
            };
          })}
        />
      </div>
    </section>
  );
}

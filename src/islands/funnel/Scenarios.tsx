import { useState } from 'preact/hooks';
import type { Funnel, Scenario } from '../../schemas/funnel';
import { compareFunnels, type CompareKind } from '../../lib/funnel/compare';
import { formatCount, formatMoney, formatPct, formatSigned } from '../../lib/funnel/format';
import { deleteScenario, saveScenario } from '../../stores/funnel-store';
import { H } from './H';

const CURRENT = 'current';

/** Save the funnel on screen under a name, and compare any two side by side. */
export function Scenarios({
  funnel,
  scenarios,
  idp,
  level,
}: {
  funnel: Funnel;
  scenarios: Scenario[];
  idp: string;
  level: number;
}) {
  const [name, setName] = useState('');
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const [a, setA] = useState(CURRENT);
  const [b, setB] = useState<string | null>(null);
  const pick = (id: string | null): { label: string; funnel: Funnel } | null => {
    if (id === CURRENT) return { label: 'Current funnel', funnel };
    const s = scenarios.find((c) => c.id === id);
    return s ? { label: s.name, funnel: s.funnel } : null;
  };
  const left = pick(a) ?? pick(CURRENT)!;
  const right = pick(b ?? scenarios[scenarios.length - 1]?.id ?? null);
  const bValue = right ? (b ?? scenarios[scenarios.length - 1]!.id) : '';
  const save = (e: Event) => {
    e.preventDefault();
    const r = saveScenario(name);
    setStatus(r.ok ? { text: r.value, error: false } : { text: r.message, error: true });
    if (r.ok) setName('');
  };
  const fmt = (kind: CompareKind, currency: string) => (n: number) =>
    kind === 'money'
      ? formatMoney(n, currency)
      : kind === 'pct'
        ? formatPct(n)
        : kind === 'days'
          ? `${formatCount(n)} days`
          : formatCount(n);
  const options = [{ id: CURRENT, name: 'Current funnel' }, ...scenarios];
  return (
    <section class="funnel-scenarios">
      <H level={level}>Scenarios</H>
      <form class="scenario-save" onSubmit={save}>
        <div class={`field${status?.error ? ' field-invalid' : ''}`}>
          <label for={`${idp}-scenario-name`}>Name this funnel</label>
          <input
            id={`${idp}-scenario-name`}
            type="text"
            value={name}
            autoComplete="off"
            onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)}
            aria-invalid={status?.error ? 'true' : undefined}
            aria-describedby={status ? `${idp}-scenario-status` : undefined}
          />
        </div>
        <button type="submit" class="btn">
          Save scenario
        </button>
      </form>
      <p id={`${idp}-scenario-status`} role="status" class={status?.error ? 'field-error' : ''}>
        {status?.text}
      </p>
      {scenarios.length > 0 ? (
        <>
          <ul class="scenario-list">
            {scenarios.map((s) => (
              <li key={s.id}>
                <span>{s.name}</span>
                <button
                  type="button"
                  class="btn btn-secondary btn-small"
                  onClick={() => (deleteScenario(s.id), setStatus({ text: `Deleted “${s.name}”.`, error: false }))}
                >
                  Delete<span class="sr-only"> {s.name}</span>
                </button>
              </li>
            ))}
          </ul>
          <div class="scenario-pickers">
            {(['A', 'B'] as const).map((side) => (
              <div class="field" key={side}>
                <label for={`${idp}-compare-${side}`}>Compare {side}</label>
                <select
                  id={`${idp}-compare-${side}`}
                  value={side === 'A' ? a : bValue}
                  onChange={(e) => (side === 'A' ? setA : setB)((e.currentTarget as HTMLSelectElement).value)}
                >
                  {options.map((o) => (
                    <option key={o.id} value={o.id}>
                      {o.name}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </div>
          {right && (
            <div class="table-scroll" role="region" aria-labelledby={`${idp}-compare-caption`} tabIndex={0}>
              <table class="compare-table">
                <caption id={`${idp}-compare-caption`}>
                  {left.label} (A) compared with {right.label} (B)
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Measure</th>
                    <th scope="col">A: {left.label}</th>
                    <th scope="col">B: {right.label}</th>
                    <th scope="col">Difference (B − A)</th>
                  </tr>
                </thead>
                <tbody>
                  {compareFunnels(left.funnel, right.funnel).map((r) => {
                    const fa = fmt(r.kind, left.funnel.currency);
                    const fb = fmt(r.kind, right.funnel.currency);
                    const mixed = r.kind === 'money' && left.funnel.currency !== right.funnel.currency;
                    return (
                      <tr key={r.label}>
                        <th scope="row">{r.label}</th>
                        <td class="num">{r.a === null ? '—' : fa(r.a)}</td>
                        <td class="num">{r.b === null ? '—' : fb(r.b)}</td>
                        <td class="num">
                          {r.diff === null || mixed
                            ? '—'
                            : r.kind === 'pct'
                              ? formatSigned(
                                  r.diff,
                                  (n) => `${formatPct(n).replace('%', 'points').replace('\u00a0', ' ')}`,
                                )
                              : formatSigned(r.diff, fa)}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
        </>
      ) : (
        <p class="muted">No saved scenarios yet. Save this funnel, change it, then compare the two.</p>
      )}
    </section>
  );
}

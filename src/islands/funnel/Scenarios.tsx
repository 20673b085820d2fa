import { useRef, useState } from 'preact/hooks';
import { useEarlyInput } from '../shared/early-input';
import type { Currency, Funnel, Scenario } from '../../schemas/funnel';
import { LIMITS } from '../../schemas/funnel';
import { compareFunnels, type CompareKind } from '../../lib/funnel/compare';
import { formatSigned, numbersFor } from '../../lib/funnel/format';
import { codeFromUrl } from '../../lib/url-code';
import type { FunnelView } from '../../stores/funnel-view';
import {
  deleteScenario,
  duplicateScenario,
  openScenario,
  renameScenario,
  saveScenario,
} from '../../stores/funnel-store';
import { H } from './H';

const CURRENT = 'current';

type Status = { text: string; error: boolean; undo?: () => void } | null;

/**
 * Moves focus to the element with this id once it is on screen (the store re-renders a moment
 * after a change), so a keyboard reader whose button just went away is not left at the page top.
 */
function focusWhenShown(id: string, frames = 10) {
  requestAnimationFrame(() => {
    const el = document.getElementById(id);
    if (el) el.focus();
    else if (frames > 0) focusWhenShown(id, frames - 1);
  });
}

/** A side's figures are written as its own currency is usually written. */
const fmt = (kind: CompareKind, currency: Currency) => {
  const { count, money, pct } = numbersFor(currency);
  return (n: number) =>
    kind === 'money' ? money(n) : kind === 'pct' ? pct(n) : kind === 'days' ? `${count(n)} days` : count(n);
};

/**
 * The comparison's default sides: the two most recent scenarios, or the funnel on screen and
 * the last saved one, so it never opens on an empty side.
 */
function defaults(scenarios: Scenario[]): [string, string | null] {
  const n = scenarios.length;
  if (n >= 2) return [scenarios[n - 2]!.id, scenarios[n - 1]!.id];
  return [CURRENT, scenarios[n - 1]?.id ?? null];
}

/** One saved scenario: open it, rename it, duplicate it or delete it (with an undo). */
function ScenarioItem({ s, idp, say }: { s: Scenario; idp: string; say: (st: Status) => void }) {
  const [renaming, setRenaming] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const fid = `${idp}-rename-${s.id}`;
  const bid = `${idp}-scenario-${s.id}`;
  const stopRenaming = () => {
    setRenaming(null);
    setError(null);
    focusWhenShown(`${bid}-rename`);
  };
  if (renaming !== null)
    return (
      <li>
        <form
          class="scenario-rename"
          onSubmit={(e) => {
            e.preventDefault();
            const r = renameScenario(s.id, renaming);
            if (r.ok) {
              stopRenaming();
              say({ text: `Renamed “${s.name}” to “${r.value}”.`, error: false });
            } else setError(r.message);
          }}
        >
          <div class={`field${error ? ' field-invalid' : ''}`}>
            <label for={fid}>New name for “{s.name}”</label>
            <input
              id={fid}
              type="text"
              value={renaming}
              autoComplete="off"
              // The field appears because the reader asked to rename: focus goes to it.
              // eslint-disable-next-line jsx-a11y-x/no-autofocus
              autoFocus
              onInput={(e) => setRenaming((e.currentTarget as HTMLInputElement).value)}
              onKeyDown={(e) => {
                if (e.key === 'Escape') {
                  e.preventDefault();
                  stopRenaming();
                }
              }}
              aria-invalid={error ? 'true' : undefined}
              aria-describedby={error ? `${fid}-error` : undefined}
            />
            {error && (
              <span class="field-error" id={`${fid}-error`}>
                {error}
              </span>
            )}
          </div>
          <button type="submit" class="btn btn-small">
            Save name
          </button>
          <button type="button" class="btn btn-secondary btn-small" onClick={stopRenaming}>
            Cancel
          </button>
        </form>
      </li>
    );
  return (
    <li>
      <bdi class="scenario-name">{s.name}</bdi>
      <span class="button-row">
        <button
          type="button"
          class="btn btn-secondary btn-small"
          id={`${bid}-open`}
          onClick={() => {
            openScenario(s.id);
            // The linked funnel is gone from the screen, so its code goes from the address too.
            if (codeFromUrl(location.hash, 'f') !== null)
              history.replaceState(null, '', location.pathname + location.search);
            say({ text: `Opened “${s.name}” in the editor above.`, error: false });
          }}
        >
          Open<span class="sr-only"> {s.name}</span>
        </button>
        <button
          type="button"
          class="btn btn-secondary btn-small"
          id={`${bid}-rename`}
          onClick={() => setRenaming(s.name)}
        >
          Rename<span class="sr-only"> {s.name}</span>
        </button>
        <button
          type="button"
          class="btn btn-secondary btn-small"
          onClick={() => {
            const r = duplicateScenario(s.id);
            say(r.ok ? { text: `Saved a copy as “${r.value}”.`, error: false } : { text: r.message, error: true });
          }}
        >
          Duplicate<span class="sr-only"> {s.name}</span>
        </button>
        <button
          type="button"
          class="btn btn-secondary btn-small"
          onClick={() => {
            const undo = deleteScenario(s.id);
            say({
              text: `Deleted “${s.name}”.`,
              error: false,
              undo: undo ? () => (undo(), focusWhenShown(`${bid}-open`)) : undefined,
            });
            // The button is gone with the scenario: focus goes to the Undo beside the message.
            if (undo) focusWhenShown(`${idp}-scenario-undo`);
          }}
        >
          Delete<span class="sr-only"> {s.name}</span>
        </button>
      </span>
    </li>
  );
}

/** Save the funnel on screen under a name, work with saved ones, and compare any two side by side. */
export function Scenarios({ view, idp, level }: { view: FunnelView; idp: string; level: number }) {
  const { funnel } = view;
  const scenarios = view.state.scenarios;
  const [name, setName] = useState('');
  // A name typed before this part woke is kept.
  const nameBox = useRef<HTMLInputElement>(null);
  useEarlyInput(nameBox, (el) => setName(el.value));
  const [status, setStatus] = useState<Status>(null);
  const [full, setFull] = useState(false);
  const [replace, setReplace] = useState<string>('');
  const [a, setA] = useState<string | null>(null);
  const [b, setB] = useState<string | null>(null);
  const pick = (id: string | null): { label: string; funnel: Funnel } | null => {
    if (id === CURRENT) return { label: 'Current funnel', funnel };
    const s = scenarios.find((c) => c.id === id);
    return s ? { label: s.name, funnel: s.funnel } : null;
  };
  const [defA, defB] = defaults(scenarios);
  const aId = pick(a) ? a! : defA;
  const bId = pick(b) ? b! : defB;
  const left = pick(aId)!;
  const right = pick(bId);
  const save = (e: Event) => {
    e.preventDefault();
    const r = saveScenario(name, full ? replace || scenarios[0]?.id : undefined);
    if (!r.ok && 'full' in r) {
      setFull(true);
      setReplace(scenarios[0]?.id ?? '');
      setStatus({ text: r.message, error: true });
      return;
    }
    setStatus(r.ok ? { text: r.value, error: false } : { text: r.message, error: true });
    if (r.ok) {
      setName('');
      setFull(false);
      setA(null);
      setB(null);
    }
  };
  const options = [{ id: CURRENT, name: 'Current funnel' }, ...scenarios];
  return (
    <section class="funnel-scenarios">
      <H level={level}>Scenarios</H>
      <form class="scenario-save" onSubmit={save}>
        <div class={`field${status?.error ? ' field-invalid' : ''}`}>
          <label for={`${idp}-scenario-name`}>Name this funnel</label>
          <input
            ref={nameBox}
            id={`${idp}-scenario-name`}
            type="text"
            value={name}
            autoComplete="off"
            onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)}
            aria-invalid={status?.error ? 'true' : undefined}
            aria-describedby={status ? `${idp}-scenario-status` : undefined}
          />
        </div>
        {full && (
          <div class="field">
            <label for={`${idp}-replace`}>Replace</label>
            <select
              id={`${idp}-replace`}
              value={replace}
              onChange={(e) => setReplace((e.currentTarget as HTMLSelectElement).value)}
            >
              {scenarios.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <button type="submit" class="btn">
          {full ? 'Replace and save' : 'Save scenario'}
        </button>
      </form>
      <p id={`${idp}-scenario-status`} role="status" class={status?.error ? 'field-error' : ''}>
        {status?.text}
        {status?.undo && (
          <>
            {' '}
            <button
              type="button"
              class="btn btn-secondary btn-small"
              id={`${idp}-scenario-undo`}
              onClick={() => {
                status.undo!();
                setStatus({ text: 'Put it back.', error: false });
              }}
            >
              Undo
            </button>
          </>
        )}
      </p>
      {scenarios.length > 0 ? (
        <>
          <p class="muted">
            {scenarios.length} of {LIMITS.scenariosMax} scenarios saved in this browser.
          </p>
          <ul class="scenario-list">
            {scenarios.map((s) => (
              <ScenarioItem key={s.id} s={s} idp={idp} say={setStatus} />
            ))}
          </ul>
          <div class="scenario-pickers">
            {(['A', 'B'] as const).map((side) => (
              <div class="field" key={side}>
                <label for={`${idp}-compare-${side}`}>Compare {side}</label>
                <select
                  id={`${idp}-compare-${side}`}
                  value={side === 'A' ? aId : (bId ?? '')}
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
                  <bdi>{left.label}</bdi> (A) compared with <bdi>{right.label}</bdi> (B)
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Measure</th>
                    <th scope="col">
                      A: <bdi>{left.label}</bdi>
                    </th>
                    <th scope="col">
                      B: <bdi>{right.label}</bdi>
                    </th>
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
                              ? formatSigned(r.diff, (n) => `${fa(n).replace('%', 'points').replace('\u00a0', ' ')}`)
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

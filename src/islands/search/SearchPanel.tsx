import { useEffect, useRef, useState } from 'preact/hooks';
import type { TargetedEvent, TargetedKeyboardEvent, TargetedMouseEvent } from 'preact';
import {
  AUDIENCES,
  SECTIONS,
  emptySearch,
  resultSummary,
  type SearchState,
  type Segment,
  type ShownResult,
  meaningfulTerms,
} from '../../lib/search';
import { missingWordsMessage } from '../../lib/search-suggest';
import { PAGE_SIZE, loadPagefind, loadTerms, search, type SearchOutcome } from './pagefind';
import { withBase } from '../../lib/base';

interface Props {
  /** "dialog": Enter opens the first result and Escape closes; "page": the /search/ page. */
  mode: 'dialog' | 'page';
  /** Read once on mount (after hydration), e.g. from the URL. */
  readInitial?: () => SearchState;
  /** Called whenever the words or filters change, e.g. to update the URL. */
  onStateChange?: (state: SearchState) => void;
  /** Dialog only: close it (Escape in the field, the Close button, following a result). */
  onClose?: () => void;
}

type Status = 'idle' | 'loading' | 'done' | 'error';

interface Filter {
  group: 'section' | 'audience';
  legend: string;
  values: readonly string[];
}
/** The filter checkboxes, one fieldset a group. */
const FILTERS: Filter[] = [
  { group: 'section', legend: 'Section', values: SECTIONS },
  { group: 'audience', legend: 'Audience', values: AUDIENCES },
];

function Excerpt({ segments, id }: { segments: Segment[]; id?: string }) {
  return (
    <p class="search-excerpt" id={id}>
      {segments.map((s) => (s.mark ? <mark>{s.text}</mark> : s.text))}
    </p>
  );
}

function links(root: HTMLElement | null): HTMLAnchorElement[] {
  return root ? [...root.querySelectorAll<HTMLAnchorElement>('a[data-result-link]')] : [];
}

/** Input, filters, announced count and results: shared by the dialog and the /search/ page. */
export function SearchPanel({ mode, readInitial, onStateChange, onClose }: Props) {
  const [state, setState] = useState<SearchState>(emptySearch);
  // The page is server-rendered and disabled until hydrated; the dialog only ever renders in the browser.
  const [ready, setReady] = useState(mode === 'dialog');
  const [status, setStatus] = useState<Status>('idle');
  const [outcome, setOutcome] = useState<SearchOutcome | null>(null);
  const [results, setResults] = useState<ShownResult[]>([]);
  // Only finished searches are announced; the previous count stays while the next one runs.
  const [announced, setAnnounced] = useState('');
  // On a phone the filters fold behind one button, so the first results fit the first screen.
  const [filtersOpen, setFiltersOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const latest = useRef(0);
  const id = `search-${mode}`;

  useEffect(() => {
    if (readInitial) setState(readInitial());
    setReady(true);
    // Search was opened: fetch Pagefind now, while the reader types the first word.
    loadPagefind().catch(() => setStatus('error'));
    void loadTerms();
  }, []);

  useEffect(() => {
    if (!ready) return;
    onStateChange?.(state);
    const run = ++latest.current;
    if (!state.q.trim()) {
      setStatus('idle');
      setOutcome(null);
      setResults([]);
      setAnnounced('');
      return;
    }
    setStatus('loading');
    search(state).then(
      (found) => {
        if (!found || run !== latest.current) return;
        setOutcome(found);
        setResults(found.results);
        setStatus('done');
        const missing = missingWordsMessage(found.missing, meaningfulTerms(state.q).length, found.total);
        const as = found.searchedAs && `Searched as “${found.searchedAs}”.`;
        setAnnounced([resultSummary(found.total, state.q), as, missing].filter(Boolean).join(' '));
      },
      () => run === latest.current && setStatus('error'),
    );
  }, [ready, state]);

  const ticked = (group: Filter['group']): readonly string[] => state[group];
  const ticking = state.section.length + state.audience.length;
  const toggle =
    ({ group, values }: Filter, value: string) =>
    (e: TargetedEvent<HTMLInputElement>) => {
      const on = e.currentTarget.checked;
      setState((s) => {
        const current: readonly string[] = s[group];
        const next = values.filter((v) => (v === value ? on : current.includes(v)));
        return { ...s, [group]: next };
      });
    };

  const showMore = async () => {
    if (!outcome) return;
    const before = results.length;
    const more = await outcome.more();
    setResults((r) => [...r, ...more]);
    requestAnimationFrame(() => {
      const tops = links(root.current).filter((a) => a.dataset.top !== undefined);
      tops[before]?.focus();
    });
  };

  const onKeyDown = (e: TargetedKeyboardEvent<HTMLDivElement>) => {
    const target = e.target as HTMLElement;
    const all = links(root.current);
    if (target === input.current) {
      if (e.key === 'ArrowDown' && all[0]) {
        e.preventDefault();
        all[0].focus();
      } else if (e.key === 'Enter' && mode === 'dialog' && all[0]) {
        e.preventDefault();
        all[0].click();
      } else if (e.key === 'Escape' && mode === 'dialog') {
        e.preventDefault();
        onClose?.();
      }
      return;
    }
    const at = all.indexOf(target as HTMLAnchorElement);
    if (at < 0) return;
    const move = (to: number) => {
      e.preventDefault();
      if (to < 0) input.current?.focus();
      else all[Math.min(to, all.length - 1)]?.focus();
    };
    if (e.key === 'ArrowDown') move(at + 1);
    else if (e.key === 'ArrowUp') move(at - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(all.length - 1);
    else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey && e.key !== ' ') input.current?.focus();
  };

  /** Following a result closes the dialog, unless it opens in a new tab or window. */
  const followed = (e: TargetedMouseEvent<HTMLAnchorElement>) => {
    if (!e.ctrlKey && !e.metaKey && !e.shiftKey && !e.altKey && e.button === 0) onClose?.();
  };

  const left = (outcome?.total ?? 0) - results.length;
  const suggestion = status === 'done' ? outcome?.suggestion : undefined;
  const useSuggestion = () => {
    if (!suggestion) return;
    setState((s) => ({ ...s, q: suggestion }));
    input.current?.focus();
  };

  return (
    // Arrow keys move between the input and the result links inside; the wrapper only delegates them.
    // eslint-disable-next-line jsx-a11y-x/no-static-element-interactions
    <div class={`search-panel search-panel-${mode}`} ref={root} onKeyDown={onKeyDown}>
      <form
        class="search-form"
        role="search"
        action={withBase('/search/')}
        method="get"
        onSubmit={(e) => e.preventDefault()}
      >
        <label for={`${id}-input`} class="search-label">
          {mode === 'dialog' ? 'Search the guide' : 'Search for'}
        </label>
        <div class="search-row">
          <input
            ref={input}
            id={`${id}-input`}
            class="search-input"
            type="search"
            name="q"
            autocomplete="off"
            spellcheck={false}
            enterkeyhint="search"
            aria-describedby={`${id}-hint`}
            disabled={!ready}
            data-search-page-input={mode === 'page' ? '' : undefined}
            value={state.q}
            onInput={(e) => {
              const q = e.currentTarget.value;
              setState((s) => ({ ...s, q }));
            }}
          />
          {mode === 'page' && (
            <button type="submit" class="search-submit" disabled={!ready}>
              Search
            </button>
          )}
          {mode === 'dialog' && (
            <button type="button" class="search-close" onClick={() => onClose?.()}>
              Close<span class="sr-only"> search</span>
            </button>
          )}
        </div>
        {/* Both hints share one grid cell and only the current one is visible, so the hint keeps its height when loading ends. */}
        <p id={`${id}-hint`} class="search-hint">
          <span class={ready ? undefined : 'search-hint-off'}>
            Finds chapters, headings, glossary terms and tools. Press ↓ to reach the results
            {mode === 'dialog' ? ', Esc to close' : ''}.
          </span>
          <strong class={ready ? 'search-hint-off' : undefined}>
            Search needs JavaScript, which is turned off or still loading. Every page can also be reached from the lists
            below.
          </strong>
        </p>
        <button
          type="button"
          class="search-filters-toggle"
          aria-expanded={filtersOpen}
          aria-controls={`${id}-filters`}
          onClick={() => setFiltersOpen((o) => !o)}
        >
          Filters{ticking ? ` (${ticking} on)` : ''}
        </button>
        <div class="search-filters" id={`${id}-filters`} data-open={filtersOpen || undefined}>
          {FILTERS.map((filter) => (
            <fieldset key={filter.group}>
              <legend>{filter.legend}</legend>
              {filter.values.map((v) => (
                <label key={v}>
                  <input
                    type="checkbox"
                    name={filter.group}
                    value={v}
                    disabled={!ready}
                    checked={ticked(filter.group).includes(v)}
                    onChange={toggle(filter, v)}
                  />{' '}
                  {v}
                </label>
              ))}
            </fieldset>
          ))}
        </div>
      </form>
      <p class="search-status" role="status" aria-live="polite">
        {status === 'error' ? 'Search could not load. Check your connection, then try again.' : announced}
        {/* Inside the status, so the offer is announced with the count it explains. */}
        {suggestion && (
          <span class="search-suggest">
            {' '}
            Did you mean{' '}
            <button type="button" class="search-suggestion" onClick={useSuggestion}>
              {suggestion}
            </button>
            ?
          </span>
        )}
      </p>
      {status === 'loading' && <p class="search-loading">Searching…</p>}
      {status === 'done' && outcome?.total === 0 && (
        <p class="search-empty">
          Try fewer or different words, clear the filters, or browse <a href={withBase('/guide/')}>the guide</a> and{' '}
          <a href={withBase('/glossary/')}>the glossary</a>.
        </p>
      )}
      {results.length > 0 && (
        <ol class="search-results" aria-label="Results" aria-busy={status === 'loading'}>
          {results.map((r, i) => (
            <li key={r.url} class="search-result">
              <div class="search-result-head">
                <a href={r.url} data-result-link data-top="" aria-describedby={`${id}-ex-${i}`} onClick={followed}>
                  {r.title}
                </a>
                {r.section && <span class="search-section">{r.section}</span>}
              </div>
              <Excerpt segments={r.excerpt} id={`${id}-ex-${i}`} />
              {r.subResults.length > 0 && (
                <ul class="search-subresults">
                  {r.subResults.map((s, j) => (
                    <li key={s.url}>
                      <a href={s.url} data-result-link aria-describedby={`${id}-ex-${i}-${j}`} onClick={followed}>
                        {s.title}
                      </a>
                      <Excerpt segments={s.excerpt} id={`${id}-ex-${i}-${j}`} />
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
      {status !== 'loading' && left > 0 && (
        <button type="button" class="btn btn-secondary search-more" onClick={showMore}>
          Show {Math.min(left, PAGE_SIZE)} more of {left} results
        </button>
      )}
    </div>
  );
}

import { SearchPanel } from './SearchPanel';
import { emptySearch, type SearchState } from '../../lib/search';
import { parseSearchParams, toSearchParams } from '../../lib/search-url';

function readUrl(): SearchState {
  try {
    return parseSearchParams(new URLSearchParams(location.search));
  } catch {
    return { ...emptySearch };
  }
}

/** Keeps the address in step with the search, without adding history entries per keystroke. */
function writeUrl(state: SearchState): void {
  const next = `${location.pathname}${toSearchParams(state)}${location.hash}`;
  if (next !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(history.state, '', next);
}

/** The /search/ page: reads ?q= and filters on load, shows results, and writes them back as they change. */
export default function SearchPage() {
  return <SearchPanel mode="page" readInitial={readUrl} onStateChange={writeUrl} />;
}

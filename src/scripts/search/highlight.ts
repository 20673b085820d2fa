import { findMatches, highlightTerms } from '../../lib/search';
import { loadStylesheet } from '../stylesheet';
import highlightCss from './highlight.css?url';

const SKIP =
  'script, style, noscript, template, [data-pagefind-ignore], .sr-only, [hidden], mark, input, textarea, select';

/**
 * Marks the searched words on a page opened from a search result. A few lines instead of
 * Pagefind's 44 KB highlight script: text nodes are split and wrapped in <mark>, so page
 * text is never parsed as HTML. Only the indexed content is touched, never navigation.
 */
export function highlightPage(search: string): number {
  const terms = highlightTerms(search);
  if (!terms.length) return 0;
  void loadStylesheet(highlightCss);
  const nodes: Text[] = [];
  for (const body of document.querySelectorAll('[data-pagefind-body]')) {
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT, {
      acceptNode: (n) => (n.parentElement?.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  }
  let count = 0;
  let first: HTMLElement | undefined;
  for (const node of nodes) {
    const ranges = findMatches(node.data, terms);
    let firstHere: HTMLElement | undefined;
    // Work from the end so earlier offsets stay valid while the node is split.
    for (const [start, end] of ranges.reverse()) {
      const hit = node.splitText(start);
      hit.splitText(end - start);
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      hit.replaceWith(mark);
      mark.append(hit);
      firstHere = mark;
      count++;
    }
    first ??= firstHere;
  }
  // With no #fragment to jump to, bring the first match into view.
  if (first && !location.hash) first.scrollIntoView({ block: 'center' });
  return count;
}

import { useEffect, useState } from 'preact/hooks';
import { countText, filterTerms, letterOf, type IndexTerm } from '../../lib/glossary-filter';
import './glossary-index.css';
import { withBase } from '../../lib/base';

interface Props {
  terms: (IndexTerm & { href: string })[];
}

/**
 * The glossary's A–Z list with a box that narrows it as you type. Rendered on the server too, so
 * without JavaScript the whole list shows; the box appears once the island runs, as it needs it.
 * Each entry keeps the term's id, so old links to /glossary/#id still land on it.
 */
export function GlossaryIndex({ terms }: Props) {
  const [ready, setReady] = useState(false);
  const [query, setQuery] = useState('');
  useEffect(() => setReady(true), []);

  const shown = filterTerms(query, terms);
  const letters = [...new Set(terms.map((t) => letterOf(t.term)))];
  const groups = letters
    .map((letter) => ({ letter, items: shown.filter((t) => letterOf(t.term) === letter) }))
    .filter((g) => g.items.length > 0);

  return (
    <div class="glossary-index">
      {/* A div, not a form: there is nothing to submit, the list narrows as you type. */}
      <div class="glossary-filter" role="search" aria-label="Glossary terms" hidden={!ready}>
        <label for="glossary-filter-input">Filter terms</label>
        <input
          id="glossary-filter-input"
          type="search"
          autocomplete="off"
          spellcheck={false}
          aria-describedby="glossary-filter-count"
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
        <p id="glossary-filter-count" class="glossary-count" role="status" aria-live="polite">
          {countText(shown.length, terms.length)}
        </p>
      </div>
      <nav aria-label="Glossary letters" class="glossary-letters">
        <ul>
          {letters.map((l) => (
            <li key={l}>
              {groups.some((g) => g.letter === l) ? (
                <a href={`#letter-${l}`}>{l}</a>
              ) : (
                <span class="glossary-letter-off" aria-hidden="true">
                  {l}
                </span>
              )}
            </li>
          ))}
        </ul>
      </nav>
      {groups.length === 0 && (
        <p class="glossary-none">
          No term matches “{query.trim()}”. Try fewer letters, or{' '}
          <a href={withBase('/search/')}>search the whole guide</a>.
        </p>
      )}
      {groups.map((g) => (
        <section key={g.letter} class="glossary-group" aria-labelledby={`letter-${g.letter}`}>
          <h2 id={`letter-${g.letter}`}>{g.letter}</h2>
          <ul class="glossary-terms">
            {g.items.map((t) => (
              <li key={t.id} id={t.id}>
                <a href={t.href} class="glossary-term">
                  {t.term}
                </a>
                {t.expansion && <span class="glossary-expansion"> ({t.expansion})</span>}
                <p>{t.short}</p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

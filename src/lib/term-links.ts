/**
 * Finds glossary terms a chapter uses before (or without) linking them. A reader meeting "MQL"
 * for the first time should be one hover away from its meaning, so the first use of a term in a
 * chapter's running text or tables must be its <Term> link. Headings and component attributes
 * (titles, questions) are not running text and are skipped. Pure, so the content test can use it.
 */

/** A glossary term as this check needs it. */
export interface LinkableTerm {
  id: string;
  term: string;
  expansion?: string;
  /** More ways the text may write it, e.g. "lifetime value". */
  aliases?: string[];
}

/** A term used in a chapter before its first link. */
export interface UnlinkedUse {
  id: string;
  /** The words around the unlinked use, for the error message. */
  context: string;
}

/** Inline link syntax for terms inside table cells and other data strings: [MQLs](term:mql). */
const TERM_LINK = /\[([^\]]+)\]\(term:([a-z0-9-]+)\)/g;

/** A run of a cell's text: plain, or the words of a term link and the term's id. */
export type TermLinkPart = { text: string; term?: undefined } | { text: string; term: string };

/** Text split into plain runs and term links, in order: "Leads, [MQLs](term:mql)" → "Leads, ", MQLs → mql. */
export function termLinkParts(text: string): TermLinkPart[] {
  const out: TermLinkPart[] = [];
  let last = 0;
  for (const m of text.matchAll(TERM_LINK)) {
    if (m.index > last) out.push({ text: text.slice(last, m.index) });
    out.push({ text: m[1]!, term: m[2]! });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last) });
  return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A regular expression that finds one way of writing a term, with plurals. */
function formPattern(form: string): RegExp {
  const acronym = /^[A-Z][A-Za-z]*[A-Z][a-z]*$/.test(form) && form.length <= 6;
  const body = escape(form).replace(/(\\ |-)/g, '[\\s-]+');
  return acronym ? new RegExp(`\\b${body}s?\\b`) : new RegExp(`\\b${body}(?:s|es)?\\b`, 'i');
}

/** The strings of the data exports (`export const rows = [...]`), by name, in order. */
function exportedStrings(body: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of body.matchAll(/^export const (\w+) = ([\s\S]*?)(?=\n\s*\n|(?![\s\S]))/gm)) {
    const strings = [...m[2]!.matchAll(/(['"])((?:\\.|(?!\1).)*)\1\s*[,\n}]/g)].map((s) =>
      s[2]!.replace(/\\(.)/g, '$1'),
    );
    out.set(m[1]!, strings.join(' . '));
  }
  return out;
}

/** The chapter as a reader meets it: tables inlined where they appear, term links as markers. */
function readerText(body: string): string {
  const data = exportedStrings(body);
  return (
    body
      .replace(/^(import|export)\s[\s\S]*?(?=\n\s*\n|(?![\s\S]))/gm, '')
      .replace(/<ComparisonTable\b[^>]*\brows=\{(\w+)\}[^>]*\/>/g, (_, name: string) => ` ${data.get(name) ?? ''} `)
      .replace(/```[\s\S]*?```/g, '')
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
      .replace(/<Term\b[^>]*\bid="([a-z0-9-]+)"[^>]*\/>/g, ' ⟦$1⟧ ')
      .replace(/<Term\b[^>]*\bid="([a-z0-9-]+)"[^>]*>[\s\S]*?<\/Term>/g, ' ⟦$1⟧ ')
      .replace(TERM_LINK, ' ⟦$2⟧ ')
      .replace(/^#{1,6} .*$/gm, '')
      // The site's tool is called the funnel builder; naming the tool is not a use of the term.
      .replace(/\bfunnel builder\b/gi, 'tool')
      .replace(/<[^>]*>/g, ' ')
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
  );
}

/** Terms used in the chapter body before their first <Term> link (or never linked). */
export function unlinkedFirstUses(body: string, terms: LinkableTerm[], exempt: ReadonlySet<string>): UnlinkedUse[] {
  const text = readerText(body);
  const problems: UnlinkedUse[] = [];
  for (const t of terms) {
    if (exempt.has(t.id)) continue;
    const forms = [t.term, ...(t.expansion && !t.expansion.includes(',') ? [t.expansion] : []), ...(t.aliases ?? [])];
    const hits = forms.map((f) => formPattern(f).exec(text)).filter((m): m is RegExpExecArray => m !== null);
    if (hits.length === 0) continue;
    const first = hits.reduce((a, b) => (b.index < a.index ? b : a));
    const linked = text.indexOf(`⟦${t.id}⟧`);
    if (linked === -1 || first.index < linked) {
      const context = text
        .slice(Math.max(0, first.index - 40), first.index + first[0].length + 40)
        .replace(/\s+/g, ' ')
        .trim();
      problems.push({ id: t.id, context });
    }
  }
  return problems;
}

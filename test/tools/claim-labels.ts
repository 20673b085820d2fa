/**
 * Finds sentences in a chapter that state a figure or a finding with no evidence label (<Claim id="…" />)
 * in the same paragraph. A paragraph is a run of lines between blank lines; each list item counts as its
 * own paragraph, so a label on one bullet does not cover the next.
 *
 * A paragraph whose numbers are not empirical (a worked example, a definition) says so with an MDX comment,
 * {/* not-a-claim: reason *\/}, so the exemption is visible to the next editor and carries its reason.
 */

/** What makes a sentence empirical, each with a name the failure message uses. */
export const TRIGGERS: { name: string; pattern: RegExp }[] = [
  { name: 'a percentage', pattern: /\d(?:[\d.,]*\d)?\s?%|\bper ?cent\b/i },
  {
    name: 'a "study found" phrase',
    pattern:
      /\b(?:study|studies|survey|surveys|research|researchers|analysis|data)\s+(?:\w+\s+){0,3}?(?:shows?|showed|shown|finds?|found|suggests?|suggested|proves?|proved)\b/i,
  },
  {
    name: 'a multiple such as "21 times"',
    pattern:
      /\b(?:\d+(?:[.,]\d+)?|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|fifty|sixty|hundred)[\s-]+(?:times|fold)(?:\s+(?:as|more|less|higher|lower|faster|slower|likelier|greater|larger|bigger|better|worse)\b|\s*[.,;:)]|\s*$)/i,
  },
];

export interface Unlabelled {
  /** 1-based line in the file where the sentence starts. */
  line: number;
  /** The sentence as written in the MDX source, whitespace collapsed. */
  sentence: string;
  /** Which trigger fired first. */
  why: string;
}

const LABEL = /<Claim\s/;
const EXEMPT = /\{\/\*\s*not-a-claim:\s*\S[\s\S]*?\*\/\}/;
const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+/;

interface Block {
  /** Lines of the paragraph; `prop` marks the attributes of a component's opening tag, which are not prose. */
  lines: { n: number; text: string; prop?: boolean }[];
  /**
   * A paragraph and the list right after it share a group, as do a list's items, so one not-a-claim note
   * in a lead-in ("Take 1,000 leads:") covers the whole worked example.
   */
  group: number;
}

/** Paragraphs of an MDX file with their line numbers; frontmatter, imports and code fences are skipped. */
export function paragraphs(source: string): Block[] {
  const all = source.split(/\r?\n/);
  let i = 0;
  if (all[0] === '---') {
    i = all.indexOf('---', 1) + 1;
  }
  const blocks: Block[] = [];
  let current: Block | undefined;
  let inFence = false;
  let inTag = false;
  let group = 0;
  /** The block before was a list item, or a paragraph (a list right after it is its worked example). */
  let listOpen = false;
  let leadIn = false;
  const close = () => {
    if (current) blocks.push(current);
    current = undefined;
  };
  for (; i < all.length; i++) {
    const text = all[i]!;
    if (/^\s*```/.test(text)) {
      inFence = !inFence;
      close();
      continue;
    }
    if (inFence) continue;
    if (/^\s*$/.test(text)) {
      close();
      continue;
    }
    if (/^(?:import|export)\s/.test(text) || /^#{1,6}\s/.test(text)) {
      close();
      listOpen = leadIn = false;
      continue;
    }
    const item = LIST_ITEM.test(text);
    if (item) close();
    if (!current) {
      if (!(item && (listOpen || leadIn))) group++;
      listOpen = item;
      leadIn = !item;
      current = { lines: [], group };
    }
    // A component's opening tag spread over lines: its attributes end at the line that ends with ">".
    const opensTag = /^\s*<[A-Z][\w.]*(?:\s|$)/.test(text) && !text.includes('>');
    if (opensTag) inTag = true;
    current.lines.push({ n: i + 1, text, prop: inTag });
    if (inTag && />\s*$/.test(text)) inTag = false;
  }
  close();
  return blocks;
}

/** Sentences split after . ! or ? and a space; good enough to name the sentence an editor must label. */
function sentences(block: Block): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  for (const { n, text, prop } of block.lines) {
    if (prop) continue;
    const parts = text.trim().split(/(?<=[.!?]["'’”)]?)\s+(?=[A-Z0-9<*_"“‘'(])/);
    for (const part of parts) {
      const prev = out.at(-1);
      // A sentence that runs on from the line above continues it.
      if (prev && !/[.!?]["'’”)]?$/.test(prev.text)) prev.text = `${prev.text} ${part}`;
      else out.push({ line: n, text: part });
    }
  }
  return out.map((s) => ({ ...s, text: s.text.replace(/\s+/g, ' ').trim() })).filter((s) => s.text);
}

/** Every sentence with a figure or finding whose paragraph has no <Claim> label and no not-a-claim note. */
export function unlabelledSentences(source: string): Unlabelled[] {
  const found: Unlabelled[] = [];
  const blocks = paragraphs(source);
  const textOf = (bs: Block[]) => bs.flatMap((b) => b.lines.map((l) => l.text)).join('\n');
  for (const block of blocks) {
    if (LABEL.test(textOf([block]))) continue;
    if (EXEMPT.test(textOf(blocks.filter((b) => b.group === block.group)))) continue;
    for (const s of sentences(block)) {
      // Attribute values of components (ids, URLs) are not prose; element text inside them is.
      const prose = s.text.replace(/\b[a-z][\w-]*=(?:"[^"]*"|'[^']*')/gi, '');
      const hit = TRIGGERS.find((t) => t.pattern.test(prose));
      if (hit) found.push({ line: s.line, sentence: s.text, why: hit.name });
    }
  }
  return found;
}

import type { CheckData, CheckQuestion } from '../../schemas/learning';

const cells = (tr: Element) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent ?? '');

/** The question's table as Question renders it (caption, then heading row and data rows), if it has one. */
function readData(f: HTMLElement): CheckData | undefined {
  const table = f.querySelector('.kc-data table');
  if (!table) return undefined;
  return {
    caption: table.querySelector('caption')?.textContent ?? '',
    rows: [...table.querySelectorAll('tr')].map(cells),
  };
}

/**
 * Reads the questions back from the check's server-rendered markup (see Question.tsx), so a
 * chapter page carries each question once, as readable HTML, instead of again as island props.
 * Returns null when the markup is not what Question renders, so the caller keeps the static check.
 */
export function readQuestions(root: ParentNode): CheckQuestion[] | null {
  const fieldsets = [...root.querySelectorAll<HTMLElement>('fieldset.kc-q')];
  const questions = fieldsets.map((f): CheckQuestion | null => {
    const id = f.dataset.q;
    const kind = f.dataset.kind;
    const prompt = f.querySelector('.kc-prompt')?.textContent ?? '';
    const options = [...f.querySelectorAll<HTMLElement>('.kc-answer li')].map((li) => ({
      text: li.querySelector('.kc-a-text')?.textContent ?? '',
      correct: li.dataset.correct === 'true',
      explanation: li.querySelector('.kc-a-expl')?.textContent ?? '',
    }));
    if (!id || (kind !== 'single' && kind !== 'multiple') || !prompt || options.length < 2) return null;
    if (!options.some((o) => o.correct) || options.some((o) => !o.text)) return null;
    const data = readData(f);
    return data ? { id, kind, prompt, data, options } : { id, kind, prompt, options };
  });
  return questions.length && questions.every((q) => q !== null) ? (questions as CheckQuestion[]) : null;
}

import type { CheckQuestion } from '../../schemas/learning';
import Question from './Question';

/** The id prefix of a chapter-check question; the island and the static markup must agree on it. */
export const checkIdBase = (chapter: string, question: string) => `check-${chapter}-${question}`;

const nothing = () => {};

/**
 * A chapter's questions as static HTML, in file order: the server renders this once, as the
 * knowledge-check island's slot. Readers without JavaScript read it (answers behind "Show the
 * answer"); the island reads the questions back from it instead of receiving them as props.
 */
export default function CheckList({ chapter, questions }: { chapter: string; questions: CheckQuestion[] }) {
  return (
    <ol class="kc-list">
      {questions.map((q, i) => (
        <li key={q.id}>
          <Question
            idBase={checkIdBase(chapter, q.id)}
            number={i + 1}
            question={q}
            chosen={[]}
            checked={false}
            error={null}
            ready={false}
            onChoose={nothing}
            onCheck={nothing}
          />
        </li>
      ))}
    </ol>
  );
}

/** One question: Yes/No or a 1–5 scale as radio buttons, with "why it matters" one click away. */
import type { Answer, Question } from './model';

interface Props {
  question: Question;
  number: number;
  answer: Answer | undefined;
  /** Unique prefix of element ids. */
  domId: string;
  /** Called with the new answer, or undefined when the visitor clears it. */
  onAnswer: (value: Answer | undefined) => void;
}

const YES_NO: { value: Answer; label: string }[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];
const SCALE = [1, 2, 3, 4, 5] as const;

export function QuestionView({ question: q, number, answer, domId, onAnswer }: Props) {
  const options = q.type === 'yesno' ? YES_NO : SCALE.map((n) => ({ value: n as Answer, label: String(n) }));
  const ends = q.type === 'scale' ? `${domId}-ends` : undefined;
  return (
    <fieldset class="question" id={domId} aria-describedby={ends}>
      <legend>
        {number}. {q.text}
      </legend>
      <div class={q.type === 'scale' ? 'scale' : 'radio-row'}>
        {options.map((o) => (
          <label key={String(o.value)} class="radio">
            <input
              type="radio"
              name={domId}
              value={String(o.value)}
              checked={answer === o.value}
              onChange={() => onAnswer(o.value)}
            />
            {o.label}
          </label>
        ))}
        {answer !== undefined && (
          <button
            type="button"
            class="secondary clear-answer"
            aria-label={`Clear answer to question ${number}`}
            onClick={(e) => {
              // The button goes away with the answer: keep focus in the question.
              e.currentTarget.closest('fieldset')?.querySelector<HTMLInputElement>('input')?.focus();
              onAnswer(undefined);
            }}
          >
            Clear answer
          </button>
        )}
      </div>
      {ends && (
        <p id={ends} class="hint scale-ends">
          <span>1 = {q.low}</span> <span>5 = {q.high}</span>
        </p>
      )}
      <details class="why">
        <summary>Why it matters</summary>
        <p>{q.why}</p>
      </details>
    </fieldset>
  );
}

/** The innovation ideas log: short text entries, each tagged with the period it was raised in. */
import { useState } from 'preact/hooks';
import { reviewFor } from './store';
import { useTool } from '../ui/hooks';
import { Field } from '../ui/Field';
import { MAX_IDEA, periodLabel, type Idea } from './model';

interface Props {
  ideas: Idea[];
  current: string | null;
  error?: string;
}

export function IdeasLog({ ideas, current, error }: Props) {
  const rr = useTool(reviewFor);
  const [text, setText] = useState('');
  return (
    <section class="ideas" aria-labelledby="rr-ideas">
      <h2 id="rr-ideas">Innovation ideas log</h2>
      <p>
        Note improvements either side suggests, so good ideas are followed up at the next review rather than forgotten.
      </p>
      {current ? (
        <Field id="rr-new-idea" label={`New idea (${periodLabel(current)})`} error={error}>
          {(control) => (
            <>
              <textarea
                {...control}
                rows={2}
                maxLength={MAX_IDEA}
                value={text}
                onInput={(e) => setText(e.currentTarget.value)}
              />
              <div class="button-row">
                <button
                  type="button"
                  class="secondary"
                  onClick={() => {
                    if (rr.addIdea(text, current)) setText('');
                  }}
                >
                  Add idea
                </button>
              </div>
            </>
          )}
        </Field>
      ) : (
        <p class="hint">Add a review period first; each idea is filed under the period it was raised in.</p>
      )}
      {ideas.length > 0 ? (
        <ul class="idea-list">
          {ideas.map((i) => (
            <li key={i.id}>
              <span class="tag">{periodLabel(i.period)}</span> {i.text}{' '}
              <button
                type="button"
                class="link no-print"
                aria-label={`Remove idea: ${i.text}`}
                onClick={() => rr.removeIdea(i.id)}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="hint">No ideas logged yet.</p>
      )}
    </section>
  );
}

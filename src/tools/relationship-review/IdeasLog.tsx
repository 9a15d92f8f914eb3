/** The innovation ideas log: short text entries, each tagged with the period it was raised in. */
import { useState } from 'preact/hooks';
import { addIdea, removeIdea } from './store';
import { MAX_IDEA, periodLabel, type Idea } from './model';

interface Props {
  ideas: Idea[];
  current: string | null;
  error?: string;
}

export function IdeasLog({ ideas, current, error }: Props) {
  const [text, setText] = useState('');
  return (
    <section class="ideas" aria-labelledby="rr-ideas">
      <h2 id="rr-ideas">Innovation ideas log</h2>
      <p>
        Note improvements either side suggests, so good ideas are followed up at the next review rather than forgotten.
      </p>
      {current ? (
        <div class={`field${error ? ' field-error' : ''}`}>
          <label for="rr-new-idea">New idea ({periodLabel(current)})</label>
          {error && (
            <p id="rr-new-idea-error" class="error-message">
              <span class="visually-hidden">Error:</span> {error}
            </p>
          )}
          <textarea
            id="rr-new-idea"
            rows={2}
            maxLength={MAX_IDEA}
            value={text}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? 'rr-new-idea-error' : undefined}
            onInput={(e) => setText(e.currentTarget.value)}
          />
          <div class="button-row">
            <button
              type="button"
              class="secondary"
              onClick={() => {
                if (addIdea(text, current)) setText('');
              }}
            >
              Add idea
            </button>
          </div>
        </div>
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
                onClick={() => removeIdea(i.id)}
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

/** The GOV.UK error summary: every field error, each linking to its field. */
import { jumpTo } from './focus';

interface Props {
  errors: { id: string; message: string }[];
}

export function ErrorSummary({ errors }: Props) {
  if (errors.length === 0) return null;
  return (
    <div class="error-summary" id="error-summary" aria-labelledby="error-summary-title" tabIndex={-1}>
      <h2 id="error-summary-title">There is a problem</h2>
      <ul>
        {errors.map((e) => (
          <li key={e.id}>
            <a
              href={`#${e.id}`}
              onClick={(ev) => {
                ev.preventDefault();
                document.getElementById(e.id)?.focus();
              }}
            >
              {e.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * "Correct the 2 fields marked with errors to see the results", where the words link to the
 * error summary above the form (which links to each field).
 */
export function CorrectFields({ count, then = 'to see the results' }: { count: number; then?: string }) {
  return (
    <p class="banner warn">
      Correct the{' '}
      <a href="#error-summary" onClick={jumpTo('error-summary')}>
        {count === 1 ? 'field marked with an error' : `${count} fields marked with errors`}
      </a>{' '}
      {then}.
    </p>
  );
}

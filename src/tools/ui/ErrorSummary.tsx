/** The GOV.UK error summary: every field error, each linking to its field. */
interface Props {
  errors: { id: string; message: string }[];
}

export function ErrorSummary({ errors }: Props) {
  if (errors.length === 0) return null;
  return (
    <div class="error-summary" aria-labelledby="error-summary-title" tabIndex={-1}>
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

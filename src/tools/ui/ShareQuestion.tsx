/** Asked when a share link would overwrite the visitor's own values (loaded only then). */
export function ShareQuestion({ answer }: { answer: (replace: boolean) => void }) {
  return (
    <div class="banner info" role="alert">
      <p>
        <strong>This link contains shared values for this tool.</strong> Replace the values you have entered with them?
        Your own values will be overwritten (export them first to keep a copy).
      </p>
      <div class="button-row">
        <button type="button" onClick={() => answer(true)}>
          Replace my values
        </button>
        <button type="button" class="secondary" onClick={() => answer(false)}>
          Keep my values
        </button>
      </div>
    </div>
  );
}

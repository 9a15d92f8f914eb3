/**
 * Buttons for a tool's document: copy it as Markdown (with a visible confirmation, or a
 * read-only box to copy from when the browser refuses clipboard access), download it as a
 * Markdown file, and optionally download a CSV. The text is made only when a button is pressed.
 */
import { useState } from 'preact/hooks';
import { downloadText } from '../framework/download';

interface Props {
  /** Prefix of element ids. */
  id: string;
  /** Builds the Markdown. */
  markdown: () => string;
  /** File name without extension, e.g. `raci-2026-11-22`. */
  fileName: string;
  /** Builds the CSV, when the tool offers one. */
  csv?: () => string;
}

export function DocumentActions({ id, markdown, fileName, csv }: Props) {
  const [message, setMessage] = useState<string | null>(null);
  const [manual, setManual] = useState<string | null>(null);

  const copy = async () => {
    const text = markdown();
    try {
      await navigator.clipboard.writeText(text);
      setManual(null);
      setMessage('Copied as Markdown. Paste it into a document or an email.');
    } catch {
      setManual(text);
      setMessage('Your browser did not allow copying: select the Markdown in the box below and copy it.');
    }
  };

  return (
    <div class="document-actions no-print">
      <div class="button-row">
        <button type="button" class="secondary" onClick={() => void copy()}>
          Copy as Markdown
        </button>
        <button
          type="button"
          class="secondary"
          onClick={() => downloadText(`${fileName}.md`, markdown(), 'text/markdown')}
        >
          Download Markdown
        </button>
        {csv && (
          <button type="button" class="secondary" onClick={() => downloadText(`${fileName}.csv`, csv(), 'text/csv')}>
            Download CSV
          </button>
        )}
      </div>
      <div role="status">{message && <p class="banner ok">{message}</p>}</div>
      {manual !== null && (
        <p>
          <label for={`${id}-manual`}>Markdown to copy</label>
          <textarea id={`${id}-manual`} readOnly rows={8} value={manual} onFocus={(e) => e.currentTarget.select()} />
        </p>
      )}
    </div>
  );
}

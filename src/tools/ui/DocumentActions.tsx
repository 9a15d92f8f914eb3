/**
 * Buttons for a tool's document: copy it as Markdown (with a visible confirmation, or a
 * read-only box to copy from when the browser refuses clipboard access), download it as a
 * Markdown file, and optionally download a CSV. The text is made only when a button is pressed,
 * and the download code loads then too (the buttons sit on tool pages' first load).
 */
import { useState } from 'preact/hooks';

/** Saves `text` as `<base>[-<subject>]-<today>.<ext>`; the download helper loads on the first press. */
export async function saveDocument(
  file: [base: string, subject?: string],
  ext: string,
  text: string | Promise<string>,
  type: string,
) {
  const { downloadText, fileName } = await import('../framework/download');
  downloadText(`${fileName(...file)}.${ext}`, await text, type);
}

interface Props {
  /** Prefix of element ids. */
  id: string;
  /** Builds the Markdown. */
  markdown: () => string;
  /** The file name's start (`raci` gives `raci-2026-11-22.md`), and the subject after it if any. */
  file: [base: string, subject?: string];
  /** Builds the CSV, when the tool offers one (it may load its code first). */
  csv?: () => string | Promise<string>;
}

export function DocumentActions({ id, markdown, file, csv }: Props) {
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
          onClick={() => void saveDocument(file, 'md', markdown(), 'text/markdown')}
        >
          Download Markdown
        </button>
        {csv && (
          <button type="button" class="secondary" onClick={() => void saveDocument(file, 'csv', csv(), 'text/csv')}>
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

/**
 * Copy, download and print for one document of a tool (a brief, a request for proposal, a
 * pilot agreement). Copying uses the clipboard and says so; when the browser refuses, the
 * Markdown appears in a read-only box to copy by hand (the share link's pattern).
 */
import { useState } from 'preact/hooks';
import { saveDocument } from './DocumentActions';
import { printPart } from './print-part';

interface Props {
  /** Prefix of element ids. */
  id: string;
  /** The document in running text: "brief", "request for proposal". */
  name: string;
  copyLabel: string;
  downloadLabel: string;
  printLabel: string;
  /** The file name's start, and the subject after it if any (as DocumentActions). */
  file: [base: string, subject?: string];
  /** Id of the element that Print prints on its own. */
  printTarget: string;
  markdown: () => string;
}

export function PrintableDocumentActions(p: Props) {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [manual, setManual] = useState<string | null>(null);

  const copy = async () => {
    const text = p.markdown();
    try {
      await navigator.clipboard.writeText(text);
      setManual(null);
      setMessage({ ok: true, text: `Copied the ${p.name} as Markdown. Paste it into an email or a document.` });
    } catch {
      setManual(text);
      setMessage({
        ok: false,
        text: `Your browser did not allow copying. Select the ${p.name} in the box below and copy it.`,
      });
    }
  };

  return (
    <div class="document-actions no-print">
      <div class="button-row">
        <button type="button" onClick={() => void copy()}>
          {p.copyLabel}
        </button>
        <button
          type="button"
          class="secondary"
          onClick={() => void saveDocument(p.file, 'md', p.markdown(), 'text/markdown')}
        >
          {p.downloadLabel}
        </button>
        <button
          type="button"
          class="secondary"
          onClick={() => {
            const el = document.getElementById(p.printTarget);
            if (el) printPart(el);
          }}
        >
          {p.printLabel}
        </button>
      </div>
      <div role="status">{message && <p class={`banner ${message.ok ? 'ok' : 'warn'}`}>{message.text}</p>}</div>
      {manual !== null && (
        <p>
          <label for={`${p.id}-manual`}>The {p.name} as Markdown</label>
          <textarea id={`${p.id}-manual`} readOnly rows={8} value={manual} onFocus={(e) => e.currentTarget.select()} />
        </p>
      )}
    </div>
  );
}

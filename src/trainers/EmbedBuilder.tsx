/**
 * The embed builder at /trainers/: choose a tool and the options, see the real embed in a live
 * preview (sized by /embed.js like anywhere else), copy the snippet or the direct link, and get
 * a QR code of the direct link as SVG or PNG. The options are only the allowed words
 * (embed/options.ts); a prefill comes from a share link copied in the tool.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { DEFAULT_EMBED_OPTIONS, type EmbedOptions } from '../embed/options';
import { downloadText } from '../tools/framework/download';
import { embedSnippet, embedUrl, readPrefill, toolUrl } from './snippet';
import type { Qr } from './qr';
import { QrCode } from './QrCode';

interface Props {
  /** Built tools, in SPEC order. */
  tools: { id: string; title: string }[];
  /** The site's public origin, shown in the code until the page knows its own. */
  site: string;
}

type Choice<K extends keyof EmbedOptions> = [EmbedOptions[K], string][];
const THEMES: Choice<'theme'> = [
  ['auto', 'The visitor’s system setting'],
  ['light', 'Light'],
  ['dark', 'Dark'],
];
const STORAGE: Choice<'storage'> = [
  ['local', 'In the participant’s browser (kept for next time)'],
  ['session', 'Only until the browser tab is closed'],
  ['none', 'Nowhere (nothing is stored; participants export)'],
];
const ACCENTS: Choice<'accent'> = [
  ['blue', 'Blue (the site’s own)'],
  ['purple', 'Purple'],
  ['teal', 'Teal'],
  ['orange', 'Orange'],
  ['plum', 'Plum'],
  ['green', 'Green'],
];

/** Copies text; when the browser refuses, selects the field so the visitor can copy it. */
async function copy(text: string, fieldId: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    document.querySelector<HTMLInputElement>(`#${fieldId}`)?.select();
    return false;
  }
}

export default function EmbedBuilder({ tools, site }: Props) {
  const [id, setId] = useState(tools[0]?.id ?? '');
  const [options, setOptions] = useState<EmbedOptions>(DEFAULT_EMBED_OPTIONS);
  const [prefillText, setPrefillText] = useState('');
  const [message, setMessage] = useState('');
  const [origin, setOrigin] = useState('');
  const [qr, setQr] = useState<Qr | null | undefined>(undefined);
  useEffect(() => setOrigin(location.origin), []);

  const title = tools.find((t) => t.id === id)?.title ?? '';
  const titleOf = (tool: string) => tools.find((t) => t.id === tool)?.title;
  const prefill = readPrefill(prefillText, id, titleOf);
  const share = prefill?.ok ? prefill.share : '';
  const base = origin || site;
  const snippet = embedSnippet(base, id, title, options, share);
  const direct = toolUrl(base, id, share);
  // The preview shows the embed as participants will see it (same options and prefill).
  const preview = useMemo(() => embedUrl(origin, id, options, share), [origin, id, options, share]);

  useEffect(() => {
    if (!origin) return;
    let gone = false;
    void import('./qr').then(({ qrOf }) => !gone && setQr(qrOf(direct)));
    return () => {
      gone = true;
    };
  }, [direct, origin]);

  const set = <K extends keyof EmbedOptions>(k: K, v: EmbedOptions[K]) => setOptions((o) => ({ ...o, [k]: v }));
  const say = (text: string) => setMessage(text);

  return (
    <div class="builder">
      <form class="builder-options" onSubmit={(e) => e.preventDefault()} aria-label="Embed options">
        <div class="field">
          <label for="embed-tool">Tool</label>
          <select id="embed-tool" value={id} onChange={(e) => setId(e.currentTarget.value)}>
            {tools.map((t) => (
              <option value={t.id} key={t.id}>
                {t.title}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="embed-theme">Theme of the embed</label>
          <select
            id="embed-theme"
            value={options.theme}
            onChange={(e) => set('theme', e.currentTarget.value as EmbedOptions['theme'])}
          >
            {THEMES.map(([v, label]) => (
              <option value={v} key={v}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <fieldset class="field">
          <legend>Where participants’ values are kept</legend>
          {STORAGE.map(([v, label]) => (
            <label class="radio" key={v}>
              <input
                type="radio"
                name="embed-storage"
                value={v}
                checked={options.storage === v}
                onChange={() => set('storage', v)}
              />{' '}
              {label}
            </label>
          ))}
        </fieldset>
        <div class="field">
          <label for="embed-accent">Accent colour</label>
          <select
            id="embed-accent"
            value={options.accent}
            onChange={(e) => set('accent', e.currentTarget.value as EmbedOptions['accent'])}
          >
            {ACCENTS.map(([v, label]) => (
              <option value={v} key={v}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label class="radio">
            <input
              type="checkbox"
              checked={options.presenter === 'on'}
              onChange={(e) => set('presenter', e.currentTarget.checked ? 'on' : 'off')}
            />{' '}
            Presenter mode (large type and high contrast, for a projector)
          </label>
          <label class="radio">
            <input
              type="checkbox"
              checked={options.intro === 'show'}
              onChange={(e) => set('intro', e.currentTarget.checked ? 'show' : 'hide')}
            />{' '}
            Show the tool’s introduction
          </label>
        </div>
        <div class="field">
          <label for="embed-prefill">Prefilled values (optional)</label>
          <p class="hint" id="embed-prefill-hint">
            Enter an example in the tool, press “Copy share link” and paste the link here: everyone starts from those
            values.
          </p>
          <input
            id="embed-prefill"
            type="url"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            value={prefillText}
            aria-describedby={`embed-prefill-hint${prefill && !prefill.ok ? ' embed-prefill-error' : ''}`}
            aria-invalid={prefill && !prefill.ok ? true : undefined}
            onInput={(e) => setPrefillText(e.currentTarget.value)}
          />
          {prefill && !prefill.ok && (
            <p class="error-message" id="embed-prefill-error">
              {prefill.message}
            </p>
          )}
          {prefill?.ok && <p class="hint">The preview, the embed code, the link and the QR code carry these values.</p>}
        </div>
      </form>

      <section aria-labelledby="embed-preview-h" class="builder-preview">
        <h2 id="embed-preview-h">Live preview</h2>
        <p class="hint">The tool as participants will see it, sized by the host script as on your own page.</p>
        {/* The embed can be very tall: it scrolls in a box here, so the code stays in reach. */}
        <div class="preview-box" tabIndex={0} role="region" aria-label="Preview (scrolls)">
          {origin && (
            <iframe
              key={preview}
              src={preview}
              title={`Preview: ${title}`}
              class="preview-frame"
              height={720}
              data-outsource-smart
            />
          )}
        </div>
      </section>

      <section aria-labelledby="embed-code-h" class="builder-code">
        <h2 id="embed-code-h">Embed code</h2>
        <label for="embed-snippet">Paste this where the tool should appear</label>
        <textarea id="embed-snippet" readOnly rows={6} value={snippet} onFocus={(e) => e.currentTarget.select()} />
        <div class="button-row">
          <button
            type="button"
            onClick={() =>
              void copy(snippet, 'embed-snippet').then((ok) =>
                say(ok ? 'Embed code copied.' : 'Press Ctrl+C (or ⌘C) to copy the selected code.'),
              )
            }
          >
            Copy embed code
          </button>
        </div>
        <label for="embed-direct">Direct link to the tool (for slides, chat or a learning platform’s link)</label>
        <input id="embed-direct" type="text" readOnly value={direct} onFocus={(e) => e.currentTarget.select()} />
        <div class="button-row">
          <button
            type="button"
            class="secondary"
            onClick={() =>
              void copy(direct, 'embed-direct').then((ok) =>
                say(ok ? 'Direct link copied.' : 'Press Ctrl+C (or ⌘C) to copy the selected link.'),
              )
            }
          >
            Copy direct link
          </button>
        </div>
        <p class="builder-message" role="status" aria-live="polite">
          {message}
        </p>
      </section>

      <section aria-labelledby="embed-qr-h" class="builder-qr">
        <h2 id="embed-qr-h">QR code for phones</h2>
        <QrCode
          qr={qr}
          title={title}
          onSvg={() => qr && downloadText(`${id}-qr-code.svg`, qr.svg(), 'image/svg+xml')}
          onPng={() => {
            if (!qr) return;
            const a = document.createElement('a');
            a.href = qr.png();
            a.download = `${id}-qr-code.png`;
            document.body.append(a);
            a.click();
            a.remove();
          }}
        />
      </section>
    </div>
  );
}

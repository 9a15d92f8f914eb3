/**
 * "Send to facilitator": a participant's response code for a workshop, made from this tool's
 * answers only (the tool's merge hook) and an optional nickname. Loaded on click (ToolActions),
 * so tool pages do not carry it. Nothing is sent: the participant copies the code or saves it as
 * a file and passes it on themselves.
 */
import { useEffect, useState } from 'preact/hooks';
import type { MergeHook } from '../framework/define';
import type { ToolInstance } from '../framework/instance';
import { encodeResponse, MAX_NICKNAME, newResponseId } from '../framework/response-code';
import { downloadText, fileName } from '../framework/download';
import { useStoreNow } from './hooks';

/** One id per participant per page visit: sending again replaces the earlier answers in the room. */
const RESPONSE_ID = newResponseId();

interface Props<S> {
  tool: ToolInstance<S>;
}

export function SendToFacilitator<S>({ tool }: Props<S>) {
  const state = useStoreNow(tool.store.$state);
  const [merge, setMerge] = useState<MergeHook<S, unknown> | null>(null);
  useEffect(() => void tool.def.merge?.().then((m) => setMerge(() => m)), [tool]);
  const [nickname, setNickname] = useState('');
  const [code, setCode] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const response = merge ? merge.response(state, tool.context()) : null;
  const body = response === null ? null : JSON.stringify(response);

  useEffect(() => {
    let gone = false;
    if (!merge || response === null) setCode(null);
    else
      void encodeResponse({ tool: tool.def.tool, merge }, response, nickname, RESPONSE_ID).then(
        (c) => !gone && setCode(c),
      );
    return () => {
      gone = true;
    };
  }, [merge, body, nickname]);

  const copy = async () => {
    if (!code) return;
    try {
      await navigator.clipboard.writeText(code);
      setMessage('Response code copied. Paste it where your facilitator asked (chat, email or their form).');
    } catch {
      setMessage('Copying was blocked: select the code in the box and copy it yourself.');
    }
  };

  return (
    <div class="send-facilitator banner info">
      <p>
        <strong>Send to facilitator.</strong> The response code holds only your answers to this tool and the nickname
        you give, if any. Nothing is sent from here: you copy the code or save it as a file and pass it on yourself.
      </p>
      <div class="field">
        <label for="send-nickname">Nickname (optional)</label>
        <input
          id="send-nickname"
          type="text"
          maxLength={MAX_NICKNAME}
          autocomplete="off"
          value={nickname}
          onInput={(e) => setNickname(e.currentTarget.value)}
        />
      </div>
      {!merge ? null : response === null ? (
        <p>There is nothing to send yet: answer at least one question first.</p>
      ) : (
        <>
          <div class="field">
            <label for="response-code">Response code</label>
            <p class="hint" id="response-code-hint">
              {code ? `${code.length} characters; one changed character makes it unreadable, so copy it whole.` : ''}
            </p>
            <textarea
              id="response-code"
              readOnly
              rows={5}
              aria-describedby="response-code-hint"
              value={code ?? ''}
              onFocus={(e) => e.currentTarget.select()}
            />
          </div>
          <div class="button-row">
            <button type="button" onClick={() => void copy()} disabled={!code}>
              Copy
            </button>
            <button
              type="button"
              class="secondary"
              disabled={!code}
              onClick={() =>
                code && downloadText(`${fileName(`${tool.def.tool}-response`)}.txt`, `${code}\n`, 'text/plain')
              }
            >
              Download code
            </button>
          </div>
        </>
      )}
      <p role="status">{message}</p>
    </div>
  );
}

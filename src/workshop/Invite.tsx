/**
 * Inviting participants: the tool's address as a short link to copy and a QR code to project.
 * The QR encoder (lean-qr, shared with the embed builder) loads when the code is first shown. Participants answer on their own
 * device and come back with "Send to facilitator".
 */
import { useEffect, useState } from 'preact/hooks';

/** The participants' link and QR code for a tool (id and title). */
export function Invite({ tool, title }: { tool: string; title: string }) {
  const [origin, setOrigin] = useState('');
  const [qr, setQr] = useState<{ size: number; d: string } | null>(null);
  const [shown, setShown] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => setOrigin(location.origin), []);
  const link = `${origin}/tools/${tool}/`;

  useEffect(() => {
    if (!shown || !origin) return;
    let gone = false;
    void import('./qr').then(({ qrPath }) => {
      if (gone) return;
      const code = qrPath(link);
      if (code) setQr(code);
      else setMessage('This link is too long for a QR code: copy the link instead.');
    });
    return () => {
      gone = true;
    };
  }, [shown, link]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setMessage('Link copied.');
    } catch {
      setMessage('Copying was blocked: select the link and copy it yourself.');
    }
  };

  return (
    <section class="workshop-invite no-print" aria-labelledby="workshop-invite-title">
      <h2 id="workshop-invite-title">Invite participants</h2>
      <p>
        Participants open the {title} on their phone or laptop, answer, choose “Send to facilitator” and paste the code
        in the chat (or give you the file). Their answers stay on their device until they do.
      </p>
      <div class="field">
        <label for="workshop-link">Link for participants</label>
        <input id="workshop-link" type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
      </div>
      <div class="button-row">
        <button type="button" class="secondary" onClick={() => void copy()}>
          Copy link
        </button>
        <button type="button" class="secondary" aria-expanded={shown} onClick={() => setShown(!shown)}>
          {shown ? 'Hide QR code' : 'Show QR code'}
        </button>
      </div>
      <p role="status">{message}</p>
      {shown && qr && (
        <svg
          class="workshop-qr"
          viewBox={`0 0 ${qr.size} ${qr.size}`}
          role="img"
          aria-label={`QR code that opens ${link}`}
          shape-rendering="crispEdges"
        >
          <rect width={qr.size} height={qr.size} fill="#fff" />
          <path d={qr.d} fill="#000" transform="translate(4 4)" />
        </svg>
      )}
    </section>
  );
}

/** The builder's QR code: drawn as SVG from lean-qr's path, with SVG and PNG downloads. */
import { DENSE, type Qr } from './qr';

interface Props {
  /** The code; undefined while loading, null when the link is too long for one. */
  qr: Qr | null | undefined;
  title: string;
  onSvg: () => void;
  onPng: () => void;
}

export function QrCode({ qr, title, onSvg, onPng }: Props) {
  if (qr === undefined) return <p class="muted">Drawing the QR code…</p>;
  if (qr === null)
    return (
      <p class="banner warn">
        The link with these prefilled values is too long for a QR code. Use a smaller example, or leave the prefill out
        and let participants enter the values.
      </p>
    );
  const side = qr.size + 8;
  return (
    <>
      <svg
        class="qr"
        viewBox={`-4 -4 ${side} ${side}`}
        width={240}
        height={240}
        role="img"
        aria-label={`QR code of the direct link to the ${title}`}
        shape-rendering="crispEdges"
      >
        <rect x={-4} y={-4} width={side} height={side} fill="#fff" />
        <path d={qr.path} fill="#000" />
      </svg>
      {qr.size > DENSE && (
        <p class="banner warn">
          This code is dense because the link carries many values: check that a phone reads it from the back of the
          room, or use a smaller example.
        </p>
      )}
      <div class="button-row">
        <button type="button" class="secondary" onClick={onSvg}>
          Download QR code (SVG)
        </button>
        <button type="button" class="secondary" onClick={onPng}>
          Download QR code (PNG)
        </button>
      </div>
    </>
  );
}

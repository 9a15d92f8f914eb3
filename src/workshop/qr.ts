/** A QR code's dark modules as one SVG path (loaded on click: the QR encoder is not on the page until then). */
import { encode } from 'uqr';

/** The QR code of `text`: its size in modules (with a 4-module quiet zone) and the path of its dark modules. */
export function qrPath(text: string): { size: number; d: string } {
  const { data, size } = encode(text, { ecc: 'M', border: 4 });
  let d = '';
  data.forEach((row, y) => row.forEach((dark, x) => dark && (d += `M${x} ${y}h1v1h-1z`)));
  return { size, d };
}

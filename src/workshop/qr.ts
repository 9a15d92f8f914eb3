/**
 * A QR code's dark modules as one SVG path, with a 4-module quiet zone: the embed builder's
 * lean-qr helper (one QR library for the whole site), loaded on click.
 */
import { qrOf } from '../trainers/qr';

/** The QR code of `text`: its size in modules (quiet zone included) and the path of its dark modules. */
export function qrPath(text: string): { size: number; d: string } | null {
  const qr = qrOf(text);
  if (!qr) return null;
  // lean-qr's path starts at the code's corner; the view draws it inside the quiet zone.
  return { size: qr.size + 8, d: qr.path };
}

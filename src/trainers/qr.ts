/**
 * QR codes for the embed builder, by lean-qr (MIT, about 4 KB gzip with its SVG extra): the
 * module outline as an SVG path (drawn by the view), and the SVG and PNG files for slides.
 * Loaded only by the builder.
 */
import { correction, generate } from 'lean-qr';
import { toSvgPath, toSvgSource } from 'lean-qr/extras/svg';

/** A QR code of a link, ready to draw and download. */
export interface Qr {
  /** Modules per side (without the quiet zone). */
  size: number;
  /** The dark modules as an SVG path, in module units. */
  path: string;
  /** A standalone SVG file (black on white, 4-module quiet zone). */
  svg(): string;
  /** A PNG data URL (12 px a module). */
  png(): string;
}

/** Modules per side above which a code is hard to scan from a slide at the back of a room (version 20). */
export const DENSE = 97;

/** The QR code of `text`, or null when it holds more than a QR code can (about 2,900 characters). */
export function qrOf(text: string): Qr | null {
  try {
    const code = generate(text, { minCorrectionLevel: correction.M });
    return {
      size: code.size,
      path: toSvgPath(code),
      svg: () => toSvgSource(code, { on: '#000', off: '#fff', pad: 4, scale: 10, xmlDeclaration: true }),
      png: () => code.toDataURL({ type: 'image/png', scale: 12, pad: 4, on: [0, 0, 0], off: [255, 255, 255] }),
    };
  } catch {
    return null;
  }
}

import { describe, expect, it } from 'vitest';
import { qrOf } from './qr';

describe('QR codes of tool links', () => {
  it('draws a short link as a small code with a 4-module quiet zone in the SVG file', () => {
    const qr = qrOf('https://outsource-smart.example/tools/raci/')!;
    // 43 characters at correction M fit version 3 or 4: 29 or 33 modules a side.
    expect([29, 33]).toContain(qr.size);
    expect(qr.path).toMatch(/^M[\d ]+L/);
    const svg = qr.svg();
    expect(svg.startsWith('<?xml')).toBe(true);
    expect(svg).toContain(`viewBox="-4 -4 ${qr.size + 8} ${qr.size + 8}"`);
    expect(svg).toContain('fill="#000"');
  });

  it('grows with the link and gives up beyond what a QR code holds', () => {
    const base = 'https://outsource-smart.example/tools/raci/#share=';
    const long = qrOf(base + 'a'.repeat(1500))!;
    expect(long.size).toBeGreaterThan(97);
    expect(qrOf(base + 'a'.repeat(4000))).toBeNull();
  });
});

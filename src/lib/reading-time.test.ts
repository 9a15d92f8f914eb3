import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes } from './reading-time';

describe('countWords', () => {
  it.each([
    ['', 0],
    ['one two three', 3],
    ['---\ntitle: x y z\n---\nbody words here', 3],
    ['a [linked phrase](/guides/x/) here', 4],
    ['## Heading\n\n- item one\n- item two', 5],
    ['| a | b |\n|---|---|\n| 1 | 2 |', 4],
  ])('%j has %i words', (text, n) => {
    expect(countWords(text)).toBe(n);
  });
});

describe('readingMinutes', () => {
  it.each([
    [0, 1],
    [199, 1],
    [300, 2],
    [1000, 5],
  ])('%i words take %i min', (words, minutes) => {
    expect(readingMinutes('word '.repeat(words))).toBe(minutes);
  });
});

import { describe, expect, it } from 'vitest';
import type { MergeValue } from './define';
import { dropDuplicates, findCodes, itemStats, summarise } from './merge';

const yes = (item: string, value: 0 | 1): MergeValue => ({ item, label: `Question ${item}`, kind: 'yesno', value });
const scale = (item: string, value: number): MergeValue => ({ item, label: `Item ${item}`, kind: 'scale', value });

describe('summarise', () => {
  it('scores 2, 3, 3, 4, 5: mean 3.4, min–max 2–5, population standard deviation √1.04 ≈ 1.02', () => {
    const s = summarise([2, 3, 3, 4, 5])!;
    expect(s.count).toBe(5);
    expect(s.mean).toBeCloseTo(3.4, 12);
    expect([s.min, s.max]).toEqual([2, 5]);
    // Population: Σ(x − 3.4)² = 5.2, ÷ 5 = 1.04. (The sample one would be √(5.2 ÷ 4) ≈ 1.14.)
    expect(s.sd).toBeCloseTo(Math.sqrt(1.04), 12);
    expect(s.sd).toBeCloseTo(1.0198, 4);
  });

  it('is null for no numbers, and 0 spread for one', () => {
    expect(summarise([])).toBeNull();
    expect(summarise([4])).toEqual({ count: 1, mean: 4, min: 4, max: 4, sd: 0 });
  });
});

describe('itemStats', () => {
  it('five responses, Yes on question 1 from three people: 60 % Yes', () => {
    const answers: (0 | 1)[] = [1, 0, 1, 1, 0];
    const [q1] = itemStats(answers.map((a) => [yes('q1', a)]));
    expect(q1!.count).toBe(5);
    expect(q1!.yesShare).toBeCloseTo(0.6, 12);
    expect(q1!.sd).toBeCloseTo(Math.sqrt(0.24), 12); // √(p(1 − p))
  });

  it('counts only the people who answered an item, and gives scale items no Yes share', () => {
    const rooms = [[scale('a', 2), scale('b', 5)], [scale('a', 4)], []];
    const stats = itemStats(rooms);
    const a = stats.find((s) => s.item === 'a')!;
    expect([a.count, a.mean, a.min, a.max, a.sd, a.yesShare]).toEqual([2, 3, 2, 4, 1, null]);
    expect(stats.find((s) => s.item === 'b')!.count).toBe(1);
  });

  it('lists the items the room disagrees on most first, yes/no and scales compared on their range', () => {
    const stats = itemStats([
      [scale('agreed', 3), yes('split', 1), scale('wide', 1)],
      [scale('agreed', 3), yes('split', 0), scale('wide', 5)],
    ]);
    // wide: sd 2 of range 4 = 0.5; split: sd 0.5 of range 1 = 0.5 (tie: first seen first); agreed: 0.
    expect(stats.map((s) => s.item)).toEqual(['split', 'wide', 'agreed']);
    expect(stats[0]!.disagreement).toBeCloseTo(0.5, 12);
    expect(stats[1]!.disagreement).toBeCloseTo(0.5, 12);
  });
});

describe('findCodes', () => {
  it('finds one code per word starting with osw, with its line, and keeps lines without one', () => {
    const text = 'osw1.a.1.x.00000000\n\nAnna: “osw1.b.1.y.11111111”, Ben osw1.c.1.z.22222222.\nhello there\r\n';
    expect(findCodes(text)).toEqual([
      { where: 'Line 1', code: 'osw1.a.1.x.00000000' },
      { where: 'Line 3', code: 'osw1.b.1.y.11111111' },
      { where: 'Line 3', code: 'osw1.c.1.z.22222222' },
      { where: 'Line 4', code: 'hello there' },
    ]);
  });

  it('names the file for dropped files', () => {
    expect(findCodes('osw1.a.1.x.0', (n) => `anna.txt, line ${n}`)).toEqual([
      { where: 'anna.txt, line 1', code: 'osw1.a.1.x.0' },
    ]);
  });
});

describe('dropDuplicates', () => {
  it('keeps the last response of each id, in the place of the first, and counts the others', () => {
    const r = dropDuplicates([
      { id: 'a', n: 1 },
      { id: 'b', n: 2 },
      { id: 'a', n: 3 },
      { id: 'a', n: 4 },
    ]);
    expect(r.duplicates).toBe(2);
    expect(r.kept).toEqual([
      { id: 'a', n: 4 },
      { id: 'b', n: 2 },
    ]);
  });
});

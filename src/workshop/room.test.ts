import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import readiness from '../tools/readiness/tool';
import culturalFit from '../tools/cultural-fit/tool';
import { encodeResponse, type CodeTool } from '../tools/framework/response-code';
import { findCodes } from '../tools/framework/merge';
import { mergeCodes } from './room';
import { questionnaireSchema } from '../schemas/questionnaire';

const READINESS = {
  ...questionnaireSchema.parse(JSON.parse(readFileSync('content/questionnaires/readiness.json', 'utf8'))),
  id: 'readiness',
};
const tool: CodeTool = { tool: 'readiness', title: readiness.title, merge: await readiness.merge!() };
const known = [tool, { tool: 'cultural-fit', title: culturalFit.title }];
const ctx = { companions: {}, content: READINESS };
const q = (n: number) => READINESS.questions[n].id as string;
const code = (id: string, answers: Record<string, 'yes' | 'no'>, nick = '') =>
  encodeResponse(tool, { a: answers }, nick, id);

describe('mergeCodes', () => {
  it('merges good codes, drops a duplicate, rejects bad ones by line, and scores the room', async () => {
    const a = await code('aaaaaa', { [q(0)]: 'yes', [q(1)]: 'yes' }, 'Ann'); // 100 %
    const b = await code('bbbbbb', { [q(0)]: 'yes', [q(1)]: 'no' }); // 50 %
    const c = await code('cccccc', { [q(0)]: 'no', [q(1)]: 'no' }); // 0 %
    const empty = await code('dddddd', { unknown: 'yes' });
    const text = [a, b, '', c, a, `${b.slice(0, -1)}x`, empty].join('\n');
    const o = await mergeCodes([], findCodes(text), tool, known, ctx);
    expect(o.room.responses.map((r) => r.nickname)).toEqual(['Ann', '', '']);
    expect([o.added, o.duplicates]).toEqual([3, 1]);
    expect(o.rejected).toEqual([
      { where: 'Line 6', reason: 'the code is damaged or incomplete (it may have been cut off when copied)' },
      { where: 'Line 7', reason: 'the code holds no answers for this tool' },
    ]);
    // Scores 100, 50, 0: mean 50 % (Not ready yet), population sd √(5000 / 3) ≈ 40.8.
    expect(o.room.score).toMatchObject({ count: 3, mean: 50, min: 0, max: 100, text: '50 %', band: 'Not ready yet' });
    expect(o.room.score!.sd).toBeCloseTo(Math.sqrt(5000 / 3), 9);
    const first = o.room.items.find((s) => s.item === q(0))!;
    expect(first.yesShare).toBeCloseTo(2 / 3, 12);
  });

  it('adds late codes to the saved room, counting only the new ones', async () => {
    const a = await code('aaaaaa', { [q(0)]: 'yes' });
    const b = await code('bbbbbb', { [q(0)]: 'no' });
    const o = await mergeCodes([a], findCodes(`${a}\n${b}`), tool, known, ctx);
    expect([o.room.responses.length, o.added, o.duplicates, o.rejected.length]).toEqual([2, 1, 1, 0]);
  });
});

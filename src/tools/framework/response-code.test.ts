import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { ToolContext, ToolDefinition } from './define';
import { checksum, CODE_PREFIX, decodeResponse, encodeResponse, toolOfCode, type CodeTool } from './response-code';
import { encodeShare } from './share-link';
import readiness from '../readiness/tool';
import culturalFit from '../cultural-fit/tool';
import scorecard from '../vendor-scorecard/tool';
import classifier from '../task-classifier/tool';
import { initialScorecard } from '../vendor-scorecard/state';
import { QUESTION_IDS } from '../task-classifier/model';

const data = (id: string) => ({ ...JSON.parse(readFileSync(`content/questionnaires/${id}.json`, 'utf8')), id });
const READINESS = data('readiness');
const FIT = data('cultural-fit');

const asTool = async (def: ToolDefinition<never>): Promise<CodeTool> => ({
  tool: def.tool,
  title: def.title,
  merge: await def.merge!(),
});
const TOOLS = await Promise.all(
  [readiness, culturalFit, scorecard, classifier].map((d) => asTool(d as unknown as ToolDefinition<never>)),
);
const [READY, FIT_TOOL, CARD, CLASSIFY] = TOOLS as [CodeTool, CodeTool, CodeTool, CodeTool];
const ctx = (content?: unknown, vendors?: { id: string; name: string }[]): ToolContext => ({
  companions: vendors ? { vendors: { vendors } } : {},
  content,
});

/** A code with a valid checksum around any body (to test what lies behind the checksum). */
const signed = (body: string) => `${body}.${checksum(body)}`;

const yesno = fc.constantFrom<'yes' | 'no'>('yes', 'no');
const oneToFive = fc.constantFrom<1 | 2 | 3 | 4 | 5>(1, 2, 3, 4, 5);
const readinessState = fc
  .array(fc.option(yesno, { nil: undefined }), {
    minLength: READINESS.questions.length,
    maxLength: READINESS.questions.length,
  })
  .map((answers) => ({
    vendor: null,
    answers: {
      all: Object.fromEntries(
        answers.flatMap((a, i) => (a ? [[READINESS.questions[i].id as string, a]] : [])),
      ) as Record<string, 'yes' | 'no'>,
    },
  }));
const fitState = fc
  .array(fc.option(oneToFive, { nil: undefined }), { minLength: FIT.questions.length, maxLength: FIT.questions.length })
  .map((answers) => ({
    vendor: 'v1',
    answers: {
      v1: Object.fromEntries(answers.flatMap((a, i) => (a ? [[FIT.questions[i].id as string, a]] : []))),
    },
  }));
const name = fc.string({ minLength: 1, maxLength: 80 }).filter((s) => s.trim().length > 0);
const scorecardState = fc
  .tuple(
    fc.array(fc.option(oneToFive, { nil: undefined }), { minLength: 5, maxLength: 5 }),
    fc.array(name, { minLength: 1, maxLength: 3 }),
  )
  .map(([scores, names]) => {
    const s = initialScorecard();
    const row = Object.fromEntries(s.criteria.flatMap((c, k) => (scores[k] ? [[c.id, scores[k]]] : [])));
    return { state: { ...s, scores: { v1: row } }, vendors: names.map((n, i) => ({ id: `v${i + 1}`, name: n })) };
  });
const classifierState = fc
  .array(
    fc.record({ name, answers: fc.array(fc.option(oneToFive, { nil: undefined }), { minLength: 6, maxLength: 6 }) }),
    { maxLength: 30 },
  )
  .map((tasks) => ({
    tasks: tasks.map((t, i) => ({
      id: `t${i}`,
      name: t.name,
      answers: Object.fromEntries(QUESTION_IDS.flatMap((q, k) => (t.answers[k] ? [[q, t.answers[k]]] : []))),
    })),
  }));

async function roundTrip(tool: CodeTool, state: unknown, c: ToolContext, nickname: string) {
  const response = tool.merge.response(state as never, c);
  if (response === null) return;
  const code = await encodeResponse(tool, response, nickname, 'abcdef12');
  expect(code).toMatch(/^[A-Za-z0-9._-]+$/); // URL-safe as it is
  const r = await decodeResponse(code, tool, TOOLS);
  expect(r).toEqual({ ok: true, value: { tool: tool.tool, nickname: nickname.trim(), id: 'abcdef12', response } });
}

describe('response codes: encode → decode round trip', () => {
  const nick = fc.string({ maxLength: 40 });
  it('readiness answer sets', () =>
    fc.assert(fc.asyncProperty(readinessState, nick, (s, n) => roundTrip(READY, s, ctx(READINESS), n))));
  it('cultural-fit answer sets (the vendor on screen)', () =>
    fc.assert(
      fc.asyncProperty(fitState, nick, (s, n) => roundTrip(FIT_TOOL, s, ctx(FIT, [{ id: 'v1', name: 'Acme' }]), n)),
    ));
  it('vendor scorecards', () =>
    fc.assert(
      fc.asyncProperty(scorecardState, nick, ({ state, vendors }, n) =>
        roundTrip(CARD, state, ctx(undefined, vendors), n),
      ),
    ));
  it('task classifications', () =>
    fc.assert(
      fc.asyncProperty(classifierState, nick, (s, n) => roundTrip(CLASSIFY, s, ctx(), n)),
      { numRuns: 50 },
    ));

  it('a full readiness audit makes a code short enough for a chat message', async () => {
    const all = Object.fromEntries(
      READINESS.questions.map((q: { id: string }, i: number) => [q.id, i % 3 ? 'yes' : 'no']),
    );
    const code = await encodeResponse(
      READY,
      READY.merge.response({ vendor: null, answers: { all } } as never, ctx(READINESS)),
      'Sam',
      'abcdef12',
    );
    expect(code.length).toBeLessThan(400);
  });
});

describe('response codes: strict reading', () => {
  const all = Object.fromEntries(READINESS.questions.map((q: { id: string }) => [q.id, 'yes']));
  const good = () => encodeResponse(READY, { a: all }, 'Ann', 'abcdef12');

  it('rejects every code with one character changed', async () => {
    const code = await good();
    const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.';
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: code.length - 1 }), fc.constantFrom(...alphabet), async (at, c) => {
        fc.pre(code[at] !== c);
        const changed = code.slice(0, at) + c + code.slice(at + 1);
        expect((await decodeResponse(changed, READY, TOOLS)).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('says why: checksum, cut off, other tool, newer and unknown versions, not a code', async () => {
    const code = await good();
    const reason = async (c: string, t = READY) => {
      const r = await decodeResponse(c, t, TOOLS);
      return r.ok ? 'accepted' : r.reason;
    };
    const body = code.slice(0, code.lastIndexOf('.'));
    const last = code.at(-1) === '0' ? '1' : '0';
    expect(await reason(code.slice(0, -1) + last)).toMatch(/checksum does not match/);
    expect(await reason(code.slice(0, 40))).toMatch(/damaged or incomplete/);
    expect(await reason(code, FIT_TOOL)).toBe(
      'the code is for the Readiness self-audit, not the Cultural-fit assessment',
    );
    expect(await reason(signed(body.replace('.readiness.1.', '.readiness.9.')))).toMatch(/response version 9, newer/);
    expect(await reason(signed(body.replace('.readiness.1.', '.readiness.0.')))).toMatch(/response version 0, which/);
    expect(await reason(signed(body.replace('osw1.', 'osw2.')))).toMatch(/unknown format \(osw2\)/);
    expect(await reason(signed(body.replace('.readiness.', '.nonsense.')))).toBe('the code is for an unknown tool');
    expect(await reason('Thanks everyone!')).toBe('this is not a response code');
    expect(toolOfCode(code)).toBe('readiness');
  });

  it('rejects hostile payloads behind a valid checksum: unknown fields, bad answers, prototype keys, long nicknames, zip bombs', async () => {
    const make = async (payload: unknown) =>
      decodeResponse(signed(`${CODE_PREFIX}.readiness.1.${await encodeShare(JSON.stringify(payload))}`), READY, TOOLS);
    const reasons = await Promise.all([
      make({ n: 'x', i: 'abcdef12', r: { a: all }, extra: '<script>' }),
      make({ n: 'x', i: 'abcdef12', r: { a: { 'written-outcomes': 'maybe' } } }),
      make({ n: 'x', i: 'abcdef12', r: { a: JSON.parse('{"__proto__": "yes"}') } }),
      make({ n: 'x'.repeat(41), i: 'abcdef12', r: { a: all } }),
      make({ n: 'x', i: 'abcdef12', r: { a: all, run: 'alert(1)' } }),
      make({ n: 'x', i: 'abcdef12', r: { a: all }, pad: ' '.repeat(70_000) }),
      make('just a string'),
    ]);
    expect(reasons.map((r) => r.ok)).toEqual([false, false, false, false, false, false, false]);
    // A "__proto__" key is not an answer: rejected, and no prototype touched.
    expect(reasons[2]).toEqual({ ok: false, reason: 'the code holds fields this tool does not know' });
    expect(reasons[4]).toEqual({ ok: false, reason: 'the code holds fields this tool does not know' });
    expect(({} as Record<string, unknown>).yes).toBeUndefined();
    expect(reasons[1]).toEqual({ ok: false, reason: expect.stringMatching(/answers in the code are not valid/) });
    expect(reasons[5]).toEqual({ ok: false, reason: 'the code holds more data than a response can have' });
  });

  it('keeps markup in a nickname as plain text (it is rendered as text, never as HTML)', async () => {
    const code = await encodeResponse(READY, { a: all }, '<img src=x onerror=alert(1)>', 'abcdef12');
    const r = await decodeResponse(code, READY, TOOLS);
    expect(r.ok && r.value.nickname).toBe('<img src=x onerror=alert(1)>');
  });
});

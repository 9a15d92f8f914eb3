/**
 * Regression tests for the defects found when the site was attacked (issue "Hardening"): each
 * one failed before its fix. Storage shapes, ids named like Object.prototype members, bad
 * transfer envelopes, -0, range messages, Markdown exports and corrupt settings.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { useTestStorage, type TestStorage } from '../../src/tools/framework/test-storage';
import { readRecord } from '../../src/tools/framework/record';
import { createToolStore } from '../../src/tools/framework/tool-store';
import { readTransfer } from '../../src/tools/framework/transfer';
import { vendorListDef } from '../../src/tools/framework/vendors';
import { oneLine } from '../../src/tools/framework/text';
import { analyse } from '../../src/tools/vendor-scorecard/model';
import scorecardTool from '../../src/tools/vendor-scorecard/tool';
import totalCostTool from '../../src/tools/total-cost/tool';
import { initialTotalCost } from '../../src/tools/total-cost/state';
import { answerOf, toMarkdown } from '../../src/tools/checklist-engine/model';
import { checklistSchema } from '../../src/schemas/checklist';

let storage: TestStorage;
beforeEach(() => {
  storage = useTestStorage();
});

const record = (tool: string, data: unknown, extra: object = {}) =>
  JSON.stringify({ format: 'outsource-smart', tool, v: 1, data, ...extra });

describe('ids named like Object.prototype members', () => {
  it.each(['constructor', 'tostring', 'length', 'valueof', 'hasownproperty'])(
    'a criterion with id "%s" and no score is missing, not scored',
    (id) => {
      const stored = {
        criteria: [{ id, lib: null, name: 'Odd', weight: 10, min: null, fromBids: false }],
        scores: { va: {} },
        bids: {},
      };
      const read = readRecord(scorecardTool, record('vendor-scorecard', stored));
      expect(read.ok).toBe(true);
      const a = analyse({
        vendors: [{ id: 'va', label: 'Acme' }],
        criteria: [{ id, label: 'Odd', weight: 10, min: null, fromBids: false }],
        scores: read.ok ? read.state.scores : {},
        bids: {},
      });
      expect(a.vendors[0]!.scores).toEqual([null]);
      expect(a.vendors[0]!.status).toBe('incomplete');
    },
  );

  it('"__proto__" keys never reach a prototype (the schema drops them)', () => {
    const text =
      '{"format":"outsource-smart","tool":"vendor-scorecard","v":1,"data":{"criteria":[{"id":"price","lib":null,"name":"P","weight":1,"min":null,"fromBids":false}],"scores":{"__proto__":{"price":5}},"bids":{}}}';
    const read = readRecord(scorecardTool, text);
    expect(read.ok).toBe(true);
    if (read.ok) {
      expect(Object.getPrototypeOf(read.state.scores)).toBe(Object.prototype);
      expect(Object.keys(read.state.scores)).toEqual([]);
    }
    expect(({} as Record<string, unknown>).price).toBeUndefined();
  });

  it('a checklist answer lookup for "constructor" is the default, not Object', () => {
    expect(answerOf({}, 'constructor')).toEqual({ status: 'todo', note: '' });
  });
});

describe('transfers: every part of the envelope is checked before use', () => {
  const vendors = () => createToolStore(vendorListDef);
  it.each([['"x"'], ['5'], ['true'], ['[]'], ['null'], ['{"constructor":5,"BAD KEY":{}}']])(
    'companions = %s is refused with a message, nothing thrown',
    (companions) => {
      const store = createToolStore(scorecardTool, { companions: [vendors() as never] });
      const text = `{"format":"outsource-smart","tool":"vendor-scorecard","v":1,"data":${JSON.stringify(scorecardTool.initial())},"companions":${companions}}`;
      const r = readTransfer(store, text);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toMatch(/companions/);
    },
  );
});

describe('numbers', () => {
  it('-0 is read as 0', () => {
    const state = { ...initialTotalCost(), values: { ...initialTotalCost().values, escalatorPct: -0 } };
    const text = record('total-cost', state).replace('"escalatorPct":0', '"escalatorPct":-0');
    const read = readRecord(totalCostTool, text);
    expect(read.ok && Object.is(read.state.values.escalatorPct, 0)).toBe(true);
  });

  it('a range message names the field by its label and its real range', () => {
    const state = { ...initialTotalCost(), values: { ...initialTotalCost().values, horizonMonths: 1e20 } };
    const read = readRecord(totalCostTool, record('total-cost', state));
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.message).toBe('The data is not valid: “Horizon (months)” must be a number between 1 and 120.');
      expect(read.message).not.toMatch(/9007199254740991/);
    }
  });
});

describe('Markdown exports keep text inert', () => {
  it('escapes HTML and neutralises link and image syntax', () => {
    expect(oneLine('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(oneLine('[click](https://evil.example) ![x](y)')).toBe('\\[click\\](https://evil.example) !\\[x\\](y)');
    expect(oneLine('**bold** `code` R&D')).toBe('\\*\\*bold\\*\\* \\`code\\` R&amp;D');
  });

  it('a contract note with HTML appears escaped in the contract brief, and a vendor name in its heading', () => {
    const list = {
      ...checklistSchema.parse({
        tool: 'contract-checklist',
        title: 'Clauses',
        summary: 'Clauses of the contract.',
        sections: [{ id: 's', title: 'Section', items: [{ id: 'scope', text: 'Scope', why: 'It matters a lot.' }] }],
      }),
      id: 'clauses',
    };
    const md = toMarkdown(list, { scope: { status: 'done', note: '<img src=x onerror=alert(1)>' } }, '<b>Acme</b>');
    expect(md).not.toMatch(/<img|<b>/);
    expect(md).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(md).toContain('# Clauses — &lt;b&gt;Acme&lt;/b&gt;');
  });
});

describe('settings', () => {
  it('corrupt settings are kept aside with a notice, never silently reset', async () => {
    storage.setItem('os:settings', '{"locale":42');
    const { $settings, $settingsNotice } = await import('../../src/tools/framework/settings');
    expect($settings.get().currency).toMatch(/^[A-Z]{3}$/);
    expect($settingsNotice.get()?.message).toMatch(/could not be read/);
    expect(storage.getItem($settingsNotice.get()!.backupKey)).toBe('{"locale":42');
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { defineTool } from './define';
import { instanceFor, toolFactory } from './instance';
import { useTestStorage, type TestStorage } from './test-storage';
import { $engagement, switchEngagement, workspace } from './engagement';
import {
  createEngagement,
  deleteEngagement,
  duplicateEngagement,
  renameEngagement,
  undoDelete,
  withEngagement,
} from './engagement-actions';
import { mailboxKey, pendingOffers, publishOffers, readOffers } from './offers';
import { readTransfer } from './transfer';

let storage: TestStorage;
beforeEach(() => {
  storage = useTestStorage();
  workspace.reset();
});

let n = 0;
/** A small tool with a fresh id per test (instances are cached by engagement and tool). */
const demo = () =>
  defineTool<{ count: number }>({
    tool: `demo-${++n}`,
    title: 'Demo',
    version: 1,
    schema: z.object({ count: z.number() }),
    initial: () => ({ count: 0 }),
    guides: [],
  });

describe('tool instances', () => {
  it('keep one store per engagement, under that engagement’s key', () => {
    const def = demo();
    const a = instanceFor(def, 'alpha');
    const b = instanceFor(def, 'beta');
    expect(instanceFor(def, 'alpha')).toBe(a);
    a.store.update(() => ({ count: 1 }));
    b.store.update(() => ({ count: 2 }));
    expect(JSON.parse(storage.getItem(`os:tool:alpha:${def.tool}`)!).data).toEqual({ count: 1 });
    expect(JSON.parse(storage.getItem(`os:tool:beta:${def.tool}`)!).data).toEqual({ count: 2 });
    expect(a.store.$state.get()).toEqual({ count: 1 });
  });

  it('clear transient state and run the tool’s own step whenever the state is replaced', () => {
    const def = demo();
    let afterReplace = 0;
    const factory = toolFactory(def, () => ({ afterReplace: () => afterReplace++ }));
    const t = factory('alpha');
    t.$errors.setKey('field', 'must be a number');
    t.$limit.set({ scope: 'rows', text: 'full' });
    t.reset();
    expect(t.$errors.get()).toEqual({});
    expect(t.$limit.get()).toBeNull();
    t.$errors.setKey('field', 'again');
    const read = readTransfer(
      t.store,
      JSON.stringify({ format: 'outsource-smart', tool: def.tool, v: 1, data: { count: 7 } }),
    );
    if (read.ok) t.apply(read.incoming);
    expect(t.store.$state.get()).toEqual({ count: 7 });
    expect(t.$errors.get()).toEqual({});
    expect(afterReplace).toBe(2);
  });
});

describe('engagements', () => {
  it('start with “My first engagement” (the data of release 0.1) and switch to a new one', () => {
    expect($engagement.get()).toBe('default');
    const created = createEngagement('Customer support');
    expect(created.ok).toBe(true);
    expect($engagement.get()).toBe(created.ok && created.id);
    expect(created.ok && created.id).toMatch(/^customer-support-[a-z0-9]{1,4}$/);
    switchEngagement('default');
    expect($engagement.get()).toBe('default');
    switchEngagement('nobody');
    expect($engagement.get()).toBe('default');
    expect(JSON.parse(storage.getItem('os:workspace')!).data.engagements.map((e: { name: string }) => e.name)).toEqual([
      'My first engagement',
      'Customer support',
    ]);
  });

  it('refuse empty, duplicate and over-long names with a message', () => {
    const w = workspace.$state.get();
    expect(withEngagement(w, '  ')).toBe('Enter a name for the engagement, like “Bookkeeping”');
    expect(withEngagement(w, 'my FIRST engagement')).toBe(
      'There is already an engagement called “my FIRST engagement”',
    );
    expect(withEngagement(w, 'x'.repeat(61))).toBe('Engagement name must be 60 characters or fewer');
    const odd = withEngagement(w, '__proto__ ::', () => 0.5);
    expect(typeof odd !== 'string' && odd.current).toMatch(/^proto-[a-z0-9]+$/);
  });
});

describe('managing engagements', () => {
  it('rename, duplicate with every value, delete and undo', () => {
    storage.setItem('os:tool:default:total-cost', 'A');
    storage.setItem('os:offers:default:cultural-fit', 'O');
    expect(renameEngagement('default', 'Bookkeeping')).toBeNull();
    expect(renameEngagement('default', ' ')).toMatch(/Enter a name/);
    const copy = duplicateEngagement('default');
    expect(copy.ok).toBe(true);
    const id = copy.ok ? copy.id : '';
    expect(workspace.$state.get().engagements.map((e) => e.name)).toEqual(['Bookkeeping', 'Bookkeeping (copy)']);
    expect(storage.getItem(`os:tool:${id}:total-cost`)).toBe('A');
    expect(storage.getItem(`os:offers:${id}:cultural-fit`)).toBe('O');
    expect($engagement.get()).toBe(id);

    const gone = deleteEngagement(id);
    if (typeof gone === 'string') throw new Error(gone);
    expect($engagement.get()).toBe('default');
    expect(storage.getItem(`os:tool:${id}:total-cost`)).toBeNull();
    expect(storage.getItem('os:tool:default:total-cost')).toBe('A');
    expect(deleteEngagement('default')).toMatch(/last engagement/);
    undoDelete(gone);
    expect(workspace.$state.get().engagements.map((e) => e.name)).toEqual(['Bookkeeping', 'Bookkeeping (copy)']);
    expect(storage.getItem(`os:tool:${id}:total-cost`)).toBe('A');
    expect($engagement.get()).toBe(id);
  });
});

describe('offers', () => {
  it('travel through the engagement’s mailbox, only to tools that accept their kind', () => {
    publishOffers('alpha', 'producer', [{ id: 'o1', kind: 'number:test', label: 'your test', value: 4.2 }]);
    publishOffers('beta', 'producer', [{ id: 'o2', kind: 'number:test', label: 'elsewhere', value: 1 }]);
    expect(readOffers('alpha', ['number:test'])).toEqual([
      { id: 'o1', kind: 'number:test', label: 'your test', value: 4.2, source: 'producer' },
    ]);
    expect(readOffers('alpha', ['other:kind'])).toEqual([]);
    storage.setItem(mailboxKey('alpha', 'broken'), '{"format":"outsource-smart","tool":"broken","v":1,"data":5}');
    storage.setItem(mailboxKey('alpha', 'junk'), 'not json');
    expect(readOffers('alpha', ['number:test']).map((o) => o.id)).toEqual(['o1']);
  });

  it('leave no mailbox behind for a producer with nothing to offer', () => {
    publishOffers('alpha', 'producer', [{ id: 'o1', kind: 'number:test', label: 'your test', value: 4.2 }]);
    expect(storage.getItem(mailboxKey('alpha', 'producer'))).not.toBeNull();
    publishOffers('alpha', 'producer', []);
    expect(storage.getItem(mailboxKey('alpha', 'producer'))).toBeNull();
    publishOffers('alpha', 'idle', []);
    expect(storage.getItem(mailboxKey('alpha', 'idle'))).toBeNull();
  });

  it('are shown only with a valid value, and not once applied', () => {
    const accept = {
      kind: 'number:test',
      schema: z.number().check(z.gte(1), z.lte(5)),
      question: (v: number) => `Use ${v}?`,
      isApplied: (v: number, s: { count: number }) => s.count === v,
      apply: (v: number, s: { count: number }) => ({ ...s, count: v }),
    };
    const offer = { id: 'o', kind: 'number:test', label: 'x', value: 3, source: 'p' };
    const ctx = { companions: {} };
    expect(pendingOffers([accept], [offer], { count: 0 }, ctx).map((p) => p.question)).toEqual(['Use 3?']);
    expect(pendingOffers([accept], [offer], { count: 3 }, ctx)).toEqual([]);
    expect(
      pendingOffers(
        [accept],
        [
          { ...offer, value: 9 },
          { ...offer, value: '3' },
        ],
        { count: 0 },
        ctx,
      ),
    ).toEqual([]);
  });
});

describe('backup reminder', () => {
  it('shows after 14 days of unexported changes, not after an export, and waits 14 days once dismissed', async () => {
    const { reminderDue, exported, dismissReminder } = await import('./backup-reminder');
    const day = 24 * 60 * 60 * 1000;
    expect(reminderDue()).toBe(false);
    instanceFor(demo(), 'alpha').store.update(() => ({ count: 3 }));
    const now = Date.now();
    expect(reminderDue(now + 13 * day)).toBe(false);
    expect(reminderDue(now + 15 * day)).toBe(true);
    dismissReminder(now + 15 * day);
    expect(reminderDue(now + 20 * day)).toBe(false);
    expect(reminderDue(now + 30 * day)).toBe(true);
    exported();
    expect(reminderDue(now + 30 * day)).toBe(false);
  });
});

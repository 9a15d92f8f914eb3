/**
 * The engines' stores against a stored record written before a data file was edited:
 * answers to removed items/questions are dropped on load, every other answer is kept.
 */
import { describe, expect, it } from 'vitest';
import { configureStorage } from '../framework/storage';
import { toolKey } from '../framework/tool-store';
import { checklistSchema } from '../../schemas/checklist';
import { questionnaireSchema } from '../../schemas/questionnaire';
import { checklistFor } from './store';
import { questionnaireFor } from '../questionnaire-engine/store';
import contractChecklist from '../contract-checklist/tool';
import readiness from '../readiness/tool';
import { DEFAULT_ENGAGEMENT } from '../framework/tool-store';

const memory = new Map<string, string>();
const storage = {
  get length() {
    return memory.size;
  },
  clear: () => memory.clear(),
  getItem: (k: string) => memory.get(k) ?? null,
  key: (i: number) => [...memory.keys()][i] ?? null,
  removeItem: (k: string) => void memory.delete(k),
  setItem: (k: string, v: string) => void memory.set(k, v),
} satisfies Storage;

const record = (tool: string, data: unknown) => JSON.stringify({ format: 'outsource-smart', tool, v: 1, data });

describe('engine stores keep answers by id across data-file edits', () => {
  it('checklist: an edited item keeps its answer, a removed item loses only its own', () => {
    configureStorage('local', storage);
    memory.set(
      toolKey('contract-checklist'),
      record('contract-checklist', {
        vendor: null,
        lists: {
          clauses: {
            all: { scope: { status: 'done', note: 'ok' }, old: { status: 'done', note: '' } },
          },
          other: { all: { x: { status: 'na', note: '' } } },
        },
      }),
    );
    const list = {
      ...checklistSchema.parse({
        tool: 'contract-checklist',
        title: 'Clauses',
        summary: 'Clauses of the contract.',
        sections: [
          { id: 's', title: 'Section', items: [{ id: 'scope', text: 'Scope, reworded', why: 'It matters a lot.' }] },
        ],
      }),
      id: 'clauses',
    };
    const cs = checklistFor(contractChecklist)(DEFAULT_ENGAGEMENT);
    cs.prune([list]);
    const state = cs.store.$state.get();
    expect(state.lists.clauses).toEqual({ all: { scope: { status: 'done', note: 'ok' } } });
    expect(state.lists.other).toEqual({ all: { x: { status: 'na', note: '' } } }); // another checklist: untouched
    expect(JSON.parse(memory.get(toolKey('contract-checklist'))!).data.lists.clauses.all.old).toBeUndefined();
  });

  it('questionnaire: a removed question loses only its answer, in every scope', () => {
    configureStorage('local', storage);
    memory.set(
      toolKey('readiness'),
      record('readiness', { vendor: null, answers: { all: { kept: 'yes', gone: 'no' }, va: { gone: 'yes' } } }),
    );
    const data = {
      ...questionnaireSchema.parse({
        tool: 'readiness',
        title: 'Readiness',
        summary: 'A test questionnaire.',
        scoring: 'percent-yes',
        questions: [{ id: 'kept', text: 'Still here?', why: 'Because it matters.', type: 'yesno' }],
        bands: [{ id: 'all', min: 0, label: 'Any', text: 'Every score lands here.' }],
      }),
      id: 'readiness',
    };
    const qs = questionnaireFor(readiness)(DEFAULT_ENGAGEMENT);
    qs.prune(data);
    expect(qs.store.$state.get().answers).toEqual({ all: { kept: 'yes' }, va: {} });
    qs.answer('all', 'kept', 'no');
    expect(qs.answers(qs.store.$state.get(), 'all')).toEqual({ kept: 'no' });
  });
});

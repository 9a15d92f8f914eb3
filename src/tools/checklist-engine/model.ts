/**
 * The checklist engine's pure model: progress, open critical items, clean-up of answers to
 * items that no longer exist, and the Markdown and CSV exports. Answers are keyed by the
 * items' stable ids, so editing an item's text in its data file keeps the visitor's answer.
 */
import { own } from '../framework/own';
import type { Checklist } from '../../schemas/checklist';
import { toCsv } from '../framework/csv';
import { oneLine } from '../framework/text';
import { MAX_NOTE } from './state';

/** A checklist as the engine receives it (the parsed data file, plus its file name as id). */
export type ChecklistData = Checklist & { id: string };
/** One item of a checklist. */
export type ChecklistItem = ChecklistData['sections'][number]['items'][number];
/** The three answers an item can have. */
export type ItemStatus = 'done' | 'na' | 'todo';
/** A visitor's answer to one item. */
export interface ItemAnswer {
  status: ItemStatus;
  note: string;
}
/** Answers of one checklist for one scope (the whole engagement, or one vendor), by item id. */
export type ChecklistAnswers = Record<string, ItemAnswer>;

/** An item's answer; items never touched count as "to do" with no note. */
export function answerOf(answers: ChecklistAnswers, id: string): ItemAnswer {
  return own(answers, id) ?? { status: 'todo', note: '' };
}

/** The answers with one item's answer changed (status and/or note; the note kept to MAX_NOTE). */
export function withItemAnswer(answers: ChecklistAnswers, id: string, change: Partial<ItemAnswer>): ChecklistAnswers {
  const before = answerOf(answers, id);
  return { ...answers, [id]: { ...before, ...change, note: (change.note ?? before.note).slice(0, MAX_NOTE) } };
}

/** Every item in display order. */
export function allItems(list: ChecklistData): ChecklistItem[] {
  return list.sections.flatMap((s) => s.items);
}

/** Progress: `done` of `total`, where `total` leaves out the items marked not applicable. */
export interface Progress {
  done: number;
  total: number;
  na: number;
  todo: number;
}

/** Counts the answers of the items that exist (answers to removed items are ignored). */
export function progress(list: ChecklistData, answers: ChecklistAnswers): Progress {
  const p: Progress = { done: 0, total: 0, na: 0, todo: 0 };
  for (const item of allItems(list)) p[answerOf(answers, item.id).status]++;
  p.total = p.done + p.todo;
  return p;
}

/** Critical items still to do, in display order. */
export function openCritical(list: ChecklistData, answers: ChecklistAnswers): ChecklistItem[] {
  return allItems(list).filter((i) => i.critical && answerOf(answers, i.id).status === 'todo');
}

/** What a checklist's answers mean for the step it clears the way for. */
export interface NextStep {
  /** blocked: critical items open; open: only other items open; ready: nothing left open. */
  state: 'blocked' | 'open' | 'ready';
  /** The recommendation in words. */
  text: string;
  /** The critical items that block the step, in display order (empty unless blocked). */
  blockers: ChecklistItem[];
}

/** The recommendation: which open items block the checklist's milestone, or that nothing does. */
export function nextStep(list: ChecklistData, answers: ChecklistAnswers): NextStep {
  const p = progress(list, answers);
  const blockers = openCritical(list, answers);
  const step = list.milestone ?? 'the next step';
  const todo = list.statusLabels.todo.toLowerCase();
  const items = (n: number) => `${n} ${n === 1 ? 'item' : 'items'}`;
  if (blockers.length > 0) {
    const rest = p.todo - blockers.length;
    return {
      state: 'blocked',
      blockers,
      text:
        `Not ready for ${step}: settle the ${blockers.length === 1 ? 'critical item' : `${blockers.length} critical items`} below first` +
        (rest > 0 ? `, then the ${items(rest)} still ${todo}.` : '.'),
    };
  }
  if (p.todo > 0) {
    return {
      state: 'open',
      blockers,
      text: `No critical item blocks ${step}. ${items(p.todo)} still ${todo}: settle each or mark it ${list.statusLabels.na.toLowerCase()}, so that nothing is left to chance.`,
    };
  }
  return { state: 'ready', blockers, text: `Every item is settled: ready for ${step}.` };
}

/** Keeps only the answers whose item still exists (an item removed from the file drops its answer). */
export function pruneAnswers(list: ChecklistData, answers: ChecklistAnswers): ChecklistAnswers {
  const ids = new Set(allItems(list).map((i) => i.id));
  return Object.fromEntries(Object.entries(answers).filter(([id]) => ids.has(id)));
}

/** "3 of 10 done" in the checklist's own words. */
export function progressText(list: ChecklistData, p: Progress): string {
  return `${p.done} of ${p.total} ${list.statusLabels.done.toLowerCase()}`;
}

/**
 * A Markdown document grouping the items by answer: done (agreed) points, open points with
 * their detail lines (e.g. questions for a lawyer), and those that do not apply.
 */
export function toMarkdown(list: ChecklistData, answers: ChecklistAnswers, subject?: string): string {
  const p = progress(list, answers);
  const title = list.exportTitle ?? list.title;
  const out = [`# ${title}${subject ? ` — ${oneLine(subject)}` : ''}`, '', `${list.summary}`, ''];
  out.push(`Progress: ${progressText(list, p)}${p.na ? ` (${p.na} ${list.statusLabels.na.toLowerCase()})` : ''}.`, '');
  const critical = openCritical(list, answers);
  if (critical.length) {
    out.push('## Critical items still open', '');
    for (const i of critical) out.push(`- ${oneLine(i.text)}`);
    out.push('');
  }
  const groups: [ItemStatus, string][] = [
    ['done', list.statusLabels.done],
    ['todo', list.statusLabels.todo],
    ['na', list.statusLabels.na],
  ];
  for (const [status, heading] of groups) {
    const items = allItems(list).filter((i) => answerOf(answers, i.id).status === status);
    if (!items.length) continue;
    out.push(`## ${heading} (${items.length})`, '');
    for (const i of items) {
      const note = oneLine(answerOf(answers, i.id).note);
      out.push(`- ${i.critical ? '**Critical:** ' : ''}${oneLine(i.text)}`);
      if (note) out.push(`  - Note: ${note}`);
      if (status === 'todo') for (const d of i.detail) out.push(`  - ${oneLine(d)}`);
    }
    out.push('');
  }
  return out.join('\n');
}

/** A CSV table with one row per item (safe against formula injection). */
export function toCsvText(list: ChecklistData, answers: ChecklistAnswers, subject?: string): string {
  const head = ['Section', 'Item', 'Critical', 'Answer', 'Note'];
  const rows = list.sections.flatMap((s) =>
    s.items.map((i) => {
      const a = answerOf(answers, i.id);
      const row = [s.title, i.text, i.critical ? 'yes' : 'no', list.statusLabels[a.status], a.note];
      return subject === undefined ? row : [subject, ...row];
    }),
  );
  return toCsv([subject === undefined ? head : ['Vendor', ...head], ...rows]);
}

/**
 * One line for the dashboard: progress of each checklist (per vendor where it is kept per
 * vendor) with open critical items, or null before anything is answered.
 */
export function checklistSummary(
  state: { lists: Record<string, Record<string, ChecklistAnswers>> },
  content: unknown,
  subjectOf: (scope: string) => string = (s) => s,
): string | null {
  const lists = Array.isArray(content) ? (content as ChecklistData[]) : [];
  const parts = lists.flatMap((list) =>
    Object.entries(own(state.lists, list.id) ?? {}).flatMap(([scope, answers]) => {
      if (Object.keys(answers).length === 0) return [];
      const p = progress(list, answers);
      const open = openCritical(list, answers).length;
      const who = list.perVendor ? `${subjectOf(scope)}: ` : '';
      return [`${who}${progressText(list, p)}${open ? `, ${open} critical open` : ''}`];
    }),
  );
  return parts.length ? `${parts.join('; ')}.` : null;
}

/** A checklist tool's part of the plan report: progress per checklist (and scope), open critical items as actions. */
export function checklistReport(
  state: { lists: Record<string, Record<string, ChecklistAnswers>> },
  content: unknown,
  subjectOf: (scope: string) => string = (s) => s,
): { rows: [string, string][]; actions: string[] } {
  const lists = Array.isArray(content) ? (content as ChecklistData[]) : [];
  const rows: [string, string][] = [];
  const actions: string[] = [];
  for (const list of lists)
    for (const [scope, answers] of Object.entries(own(state.lists, list.id) ?? {})) {
      if (Object.keys(answers).length === 0) continue;
      const who = list.perVendor ? `${subjectOf(scope)}: ` : '';
      rows.push([`${who}${list.title}`, progressText(list, progress(list, answers))]);
      for (const i of openCritical(list, answers)) actions.push(`${who}${i.text}`);
    }
  return { rows, actions };
}

/**
 * Presets for common outsourced work and for the handover phase: tasks and roles with letters
 * that pass every check (one A per task, at least one R, no vendor A on outsourced work, a
 * letter for every role). The customer-support preset is the worked example of the roles guide
 * (content/guides/roles-and-responsibilities.mdx); model.test.ts checks all of them.
 */
import type { Letter, Preset, PresetRole, PresetTask } from './model';

/** A task from its letters in the preset's role order ("-" = blank). */
function tasksOf(roles: readonly PresetRole[], rows: [name: string, outsourced: boolean, letters: string][]) {
  return rows.map(([name, outsourced, letters]): PresetTask => {
    const cells: Record<string, Letter> = {};
    letters.split(' ').forEach((l, k) => {
      if (l !== '-') cells[roles[k]!.name] = l as Letter;
    });
    return { name, outsourced, letters: cells };
  });
}

function preset(label: string, roles: PresetRole[], rows: Parameters<typeof tasksOf>[1]): Preset {
  return { label, roles, tasks: tasksOf(roles, rows) };
}

const ours = (name: string): PresetRole => ({ name, vendor: false });
const theirs = (name: string): PresetRole => ({ name, vendor: true });

export const PRESETS: Record<string, Preset> = {
  bookkeeping: preset(
    'Bookkeeping',
    [ours('Owner'), ours('Office manager'), theirs('Vendor account manager'), theirs('Vendor bookkeeper')],
    [
      // Owner, office manager, vendor account manager, vendor bookkeeper
      ['Record transactions', true, '- A I R'],
      ['Reconcile the bank accounts', true, '- A I R'],
      ['Run payroll', true, 'I A C R'],
      ['File VAT and tax returns', true, 'A C C R'],
      ['Approve payments', false, 'A R - C'],
      ['Produce the monthly management accounts', true, 'I A R C'],
    ],
  ),
  'customer-support': preset(
    'Customer support',
    [ours('Owner'), ours('Operations manager'), theirs('Vendor team lead'), theirs('Vendor agents')],
    [
      // The roles guide's worked example, row by row, without the agency's own training and rota,
      // and with the operations manager preparing scope changes (R): the guide's row has no R.
      ['Answer customer emails and chats', true, 'I A C R'],
      ['Handle routine returns and exchanges', true, '- A C R'],
      ['Approve refunds over the limit', false, 'A R C I'],
      ['Keep reply templates and FAQ up to date', true, 'I A R C'],
      ['Escalate complaints and bad reviews', true, 'I A R R'],
      ['Produce the weekly performance report', true, 'I A R -'],
      ['Approve changes to scope or price', false, 'A R C -'],
    ],
  ),
  'it-support': preset(
    'IT support',
    [ours('Owner'), ours('Office manager'), theirs('Vendor service desk'), theirs('Vendor engineer')],
    [
      ['Answer staff IT requests', true, '- A R C'],
      ['Patch and update computers and phones', true, '- A I R'],
      ['Back up data and test restores', true, 'I A I R'],
      ['Give and remove user access', true, 'C A R I'],
      ['Respond to security incidents', true, 'A R C R'],
      ['Approve new software and equipment', false, 'A R - C'],
    ],
  ),
  handover: preset(
    'Handover',
    [
      ours('Owner'),
      ours('Our transition lead'),
      ours('Staff doing the work today'),
      theirs('Vendor transition lead'),
      theirs('Vendor team'),
    ],
    [
      // The five phases of the handover guide: prepare, transfer knowledge, run in parallel, hand over, stabilise.
      ['Give the vendor named accounts with only the access they need', false, 'I A R C -'],
      ['Write down the current process', false, '- A R C I'],
      ['Train the vendor’s team', false, '- A R C C'],
      ['Run the old and new way side by side', true, '- A R R R'],
      ['Keep the issues log', true, '- A C R C'],
      ['Tell customers and suppliers about the change', false, 'A R - I -'],
      ['Sign off each phase', false, 'A R C C I'],
    ],
  ),
};

/** The presets in the order of the select. */
export const PRESET_KEYS = Object.keys(PRESETS);

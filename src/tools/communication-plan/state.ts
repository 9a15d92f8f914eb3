/**
 * Stored state of the communication plan, version 1: touchpoints and escalation levels (rows of
 * the table engine, with stable ids) and the reporting agreements. The presets copy the rhythm
 * table of the communication-plan guide, the site's one reference for how often to meet. The
 * shape itself (Zod) is in schema.ts, loaded only when there is data to read.
 */
import type { Frequency } from './model';
import type { PlanState } from './schema';

/** Limits of the lists and texts. */
export const MAX_TOUCHPOINTS = 30;
export const MAX_LEVELS = 6;
export const MAX_TEXT = 200;
export const MAX_LONG = 1000;
/** Longest meeting (a whole day) and most people. */
export const MAX_MINUTES = 1440;
export const MAX_PEOPLE = 50;

/** The tool's state (its shape is in schema.ts). */
export type { PlanState };
export type Touchpoint = PlanState['touchpoints'][number];
export type Level = PlanState['levels'][number];

/** A preset touchpoint (without its id). */
export type PresetTouchpoint = Omit<Touchpoint, 'id'>;

const preset = (
  purpose: string,
  frequency: Frequency,
  minutes: number,
  channel: string,
  owner: string,
  vendorPeople: string,
  agenda: string,
): PresetTouchpoint => ({ purpose, frequency, minutes, internal: 1, channel, owner, vendorPeople, agenda });

/**
 * The guide's rhythm table (content/guides/communication-plan.mdx), row by row; model.test.ts
 * checks that purpose, frequency and duration still match it. Where the guide gives a range or
 * a change over time, the first value is taken (weekly calls; 15-minute handover check-ins,
 * daily as in the parallel run).
 */
export const PRESETS: Record<string, PresetTouchpoint> = {
  'written-update': preset(
    'Written update',
    'weekly',
    10,
    'Email',
    'Vendor lead writes, our owner reads',
    'Vendor lead',
    'Done, planned, blocked, this week’s figures',
  ),
  'check-in-call': preset(
    'Check-in call',
    'weekly',
    30,
    'Video call',
    'Our owner',
    'Vendor lead',
    'Unblock work, quick decisions',
  ),
  'performance-review': preset(
    'Performance review',
    'monthly',
    60,
    'Video call',
    'Our owner',
    'Vendor lead',
    'KPIs, samples, feedback, actions',
  ),
  'relationship-review': preset(
    'Relationship review',
    'quarterly',
    90,
    'In person or video call',
    'Business owner',
    'Vendor director',
    'The partnership, terms, ideas',
  ),
  'handover-check-in': preset(
    'Handover check-in',
    'daily',
    15,
    'Video call',
    'Our transition lead',
    'Vendor transition lead',
    'Gaps in the notes, differences found, the issues log',
  ),
};

/** The presets in the order the guide lists them. */
export const PRESET_KEYS = Object.keys(PRESETS);

/** The regular rhythm of the guide (not the handover row), and its three-level escalation path. */
export function initialPlan(): PlanState {
  const regular = ['written-update', 'check-in-call', 'performance-review', 'relationship-review'];
  return {
    touchpoints: regular.map((k) => ({ id: k, ...PRESETS[k]! })),
    levels: [
      {
        id: 'level-1',
        ours: 'Our owner',
        vendor: 'Vendor lead',
        contact: 'Shared chat channel',
        response: '1 working day',
      },
      {
        id: 'level-2',
        ours: 'Our lead',
        vendor: 'Account manager',
        contact: 'Email, then phone',
        response: '2 working days',
      },
      {
        id: 'level-3',
        ours: 'Business owner',
        vendor: 'Vendor director',
        contact: 'Phone',
        response: '3 working days',
      },
    ],
    reporting: { updates: '', milestones: '', conflict: '' },
  };
}

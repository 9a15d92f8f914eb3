/**
 * The communication plan's stored shape (Zod), version 1. Loaded only when there is data to
 * read (framework/lazy-schema.ts); the limits, the frequencies, the presets and the defaults
 * are in state.ts.
 */
import * as z from 'zod/mini';
import { MAX_LEVELS, MAX_LONG, MAX_MINUTES, MAX_PEOPLE, MAX_TEXT, MAX_TOUCHPOINTS } from './state';
import { FREQUENCIES } from './model';

const id = z.string().check(z.regex(/^[a-z0-9-]{1,40}$/));
const text = z.string().check(z.maxLength(MAX_TEXT));
const long = z.string().check(z.maxLength(MAX_LONG));

const touchpointSchema = z.object({
  id,
  purpose: text,
  frequency: z.enum(FREQUENCIES),
  minutes: z.nullable(z.number().check(z.gte(0), z.lte(MAX_MINUTES))),
  internal: z.nullable(z.int().check(z.gte(0), z.lte(MAX_PEOPLE))),
  channel: text,
  owner: text,
  vendorPeople: text,
  agenda: long,
});

const levelSchema = z.object({ id, ours: text, vendor: text, contact: text, response: text });

/** Stored state, version 1. */
export const schema = z.object({
  touchpoints: z.array(touchpointSchema).check(z.maxLength(MAX_TOUCHPOINTS)),
  levels: z.array(levelSchema).check(z.maxLength(MAX_LEVELS)),
  reporting: z.object({ updates: long, milestones: long, conflict: long }),
});

/** The tool's state. */
export type PlanState = z.output<typeof schema>;

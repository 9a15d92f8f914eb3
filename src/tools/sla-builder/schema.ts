/**
 * The SLA builder's stored shape (Zod), version 1, and the goals canvas's success measures it
 * accepts. Loaded only when there is data to read (framework/lazy-schema.ts); the limits and
 * defaults are in state.ts.
 */
import * as z from 'zod/mini';
import {
  KPI_PERIODS,
  MAX_DOWNTIME,
  MAX_FEE,
  MAX_KPIS,
  MAX_KPI_VALUE,
  MAX_LONG,
  MAX_TEXT,
  MAX_TIERS,
  MEETINGS,
  REPORTS,
} from './state';

const id = z.string().check(z.regex(/^[a-z0-9-]{1,40}$/));
const text = z.string().check(z.maxLength(MAX_TEXT));
const pct = z.nullable(z.number().check(z.gte(0), z.lte(100)));

const kpiSchema = z.object({
  id,
  name: text,
  definition: z.string().check(z.maxLength(MAX_LONG)),
  unit: text,
  lowerIsBetter: z.boolean(),
  target: z.nullable(z.number().check(z.gte(0), z.lte(MAX_KPI_VALUE))),
  minimum: z.nullable(z.number().check(z.gte(0), z.lte(MAX_KPI_VALUE))),
  period: z.enum(KPI_PERIODS),
  source: text,
  owner: text,
});

/** Stored state, version 1. */
export const schema = z.object({
  kpis: z.array(kpiSchema).check(z.maxLength(MAX_KPIS)),
  availability: z.object({
    target: pct,
    service: z.enum(['24x7', 'business']),
    daysPerWeek: z.int().check(z.gte(1), z.lte(7)),
    hoursPerDay: z.number().check(z.gte(0.5), z.lte(24)),
    monthDays: z.union([z.literal(28), z.literal(29), z.literal(30), z.literal(31)]),
    downtime: z.nullable(z.number().check(z.gte(0), z.lte(MAX_DOWNTIME))),
  }),
  credits: z.object({
    tiers: z.array(z.object({ id, below: pct, credit: pct })).check(z.maxLength(MAX_TIERS)),
    capPct: pct,
    fee: z.nullable(z.number().check(z.gte(0), z.lte(MAX_FEE))),
  }),
  review: z.object({
    report: z.enum(REPORTS),
    meeting: z.enum(MEETINGS),
    breach: z.string().check(z.maxLength(MAX_LONG)),
  }),
});

/** The tool's state. */
export type SlaState = z.output<typeof schema>;
export type Kpi = SlaState['kpis'][number];
export type CreditTier = SlaState['credits']['tiers'][number];

/** Success measures as the goals and scope canvas offers them. */
export const measuresOffer = z.object({
  measures: z
    .array(z.object({ name: z.string(), baseline: z.string(), target: z.string(), how: z.string() }))
    .check(z.maxLength(100)),
});
export type MeasuresOffer = z.output<typeof measuresOffer>;

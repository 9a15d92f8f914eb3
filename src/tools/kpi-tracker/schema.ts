/**
 * The KPI tracker's stored shape (Zod), version 1, and the SLA builder's offer it accepts
 * (`kpis:sla`). Loaded only when there is data to read (framework/lazy-schema.ts); the limits
 * and the defaults are in state.ts.
 */
import * as z from 'zod/mini';
import {
  MAX_FEE,
  MAX_KPIS,
  MAX_NAME,
  MAX_NOTE,
  MAX_PERIOD_NAME,
  MAX_PERIODS,
  MAX_TIERS,
  MAX_UNIT,
  MAX_VALUE,
} from './state';

const id = z.string().check(z.regex(/^[a-z0-9-]{1,40}$/));
const value = z.number().check(z.gte(0), z.lte(MAX_VALUE));
const pct = z.number().check(z.gte(0), z.lte(100));

const kpiSchema = z.object({
  id,
  name: z.string().check(z.maxLength(MAX_NAME)),
  unit: z.string().check(z.maxLength(MAX_UNIT)),
  lowerIsBetter: z.boolean(),
  target: z.nullable(value),
  minimum: z.nullable(value),
});

const periodSchema = z.object({
  id,
  name: z.string().check(z.maxLength(MAX_PERIOD_NAME)),
  /** KPI id → the period's actual; a KPI without a figure has no key. */
  actuals: z.record(id, value),
  feedback: z.object({
    said: z.string().check(z.maxLength(MAX_NOTE)),
    agreed: z.string().check(z.maxLength(MAX_NOTE)),
    by: z.string().check(z.maxLength(MAX_PERIOD_NAME)),
  }),
});

/** Stored state, version 1. */
export const schema = z.object({
  kpis: z.array(kpiSchema).check(z.maxLength(MAX_KPIS)),
  periods: z.array(periodSchema).check(z.maxLength(MAX_PERIODS)),
  credits: z.object({
    /** Id of the KPI the credits apply to (an availability in %), or null. */
    kpi: z.nullable(id),
    tiers: z.array(z.object({ below: pct, credit: pct })).check(z.maxLength(MAX_TIERS)),
    capPct: z.nullable(pct),
    fee: z.nullable(z.number().check(z.gte(0), z.lte(MAX_FEE))),
  }),
});

/** The tool's state. */
export type KpiTrackerState = z.output<typeof schema>;

const offered = z.nullable(value);

/** The SLA builder's offered value (bounds as the tracker stores them: anything else is ignored). */
export const slaOffer = z.object({
  kpis: z
    .array(
      z.object({
        name: z.string().check(z.maxLength(MAX_NAME)),
        unit: z.string(),
        lowerIsBetter: z.boolean(),
        target: offered,
        minimum: offered,
      }),
    )
    .check(z.maxLength(100)),
  credits: z.object({
    tiers: z.array(z.object({ below: pct, credit: pct })).check(z.maxLength(MAX_TIERS)),
    capPct: z.nullable(pct),
    monthlyFee: z.nullable(z.number().check(z.gte(0), z.lte(MAX_FEE))),
  }),
  /** The SLA's availability target in %, when it has one (added to the offer with this tool). */
  availabilityTarget: z.optional(z.nullable(pct)),
});
export type SlaOffer = z.output<typeof slaOffer>;

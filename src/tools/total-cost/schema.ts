/**
 * The total-cost tool's stored shape (Zod), version 1, and the offers it accepts: the
 * communication plan's hours (`hours:oversight`), the transition plan's parallel-run weeks
 * (`weeks:parallel-run`) and the risk register's expected cost (`money:risk-contingency`).
 * Loaded only when there is data to read (framework/lazy-schema.ts); the field table with its
 * ranges is in fields.ts, the defaults are in state.ts.
 */
import * as z from 'zod/mini';
import { FIELDS, type FieldDef } from './fields';

const valueSchema = (f: FieldDef) =>
  z.nullable((f.kind === 'integer' ? z.int() : z.number()).check(z.gte(f.min), z.lte(f.max)));

/** Stored state, version 1: the pricing model and every numeric value (null = empty). */
export const schema = z.object({
  pricing: z.enum(['monthly', 'hourly', 'unit']),
  values: z.object(
    Object.fromEntries(FIELDS.map((f) => [f.key, valueSchema(f)])) as Record<
      FieldDef['key'],
      ReturnType<typeof valueSchema>
    >,
  ),
});

/** The tool's state. */
export type TotalCostState = z.output<typeof schema>;

const oversight = FIELDS.find((f) => f.key === 'oversightHours')!;
/** Hours a month as the communication plan offers them; out-of-range values are refused, not clamped. */
export const hoursOffer = z.object({ hours: z.number().check(z.gte(oversight.min), z.lte(oversight.max)) });
export type HoursOffer = z.output<typeof hoursOffer>;

/** Weeks of parallel running as the transition planner offers them. */
export const weeksOffer = z.object({ weeks: z.number().check(z.gt(0), z.lte(520)) });
export type WeeksOffer = z.output<typeof weeksOffer>;

/** An amount of money as the risk register offers its expected cost. */
export const moneyOffer = z.object({ amount: z.number().check(z.gte(0), z.lte(1e12)) });
export type MoneyOffer = z.output<typeof moneyOffer>;

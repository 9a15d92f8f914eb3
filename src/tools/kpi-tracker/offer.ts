/**
 * The SLA builder's offer (`kpis:sla`) as the KPI tracker takes it: the KPIs merged by name
 * (ignoring case and spacing: an existing KPI gets the SLA's unit, direction, target and
 * minimum, a new one is added), an "Availability" KPI when the SLA sets an availability target
 * but lists no such KPI, and the credit scheme (tiers, cap, fee) for the availability KPI.
 */
import { isAvailability } from './model';
import { numberedIds } from '../framework/numbered-ids';
import { MAX_KPIS, MAX_NAME, MAX_UNIT, type KpiTrackerState, type TrackedKpi } from './state';
import type { SlaOffer } from './schema';

export type { SlaOffer };

type Figures = Omit<TrackedKpi, 'id'>;

const key = (name: string) => name.replace(/\s+/g, ' ').trim().toLowerCase();
const clean = (text: string, max: number) => text.replace(/\s+/g, ' ').trim().slice(0, max);

/** The KPIs the offer brings: its named ones without repeats, plus availability when missing. */
function offeredKpis(v: SlaOffer, state: KpiTrackerState): Figures[] {
  const seen = new Set<string>();
  const out: Figures[] = [];
  for (const k of v.kpis) {
    const name = clean(k.name, MAX_NAME);
    if (!name || seen.has(key(name))) continue;
    seen.add(key(name));
    out.push({
      name,
      unit: clean(k.unit, MAX_UNIT),
      lowerIsBetter: k.lowerIsBetter,
      target: k.target,
      minimum: k.minimum,
    });
  }
  const hasAvailability = [...out, ...state.kpis].some((k) => isAvailability(k.name));
  if (v.availabilityTarget != null && !hasAvailability)
    out.push({ name: 'Availability', unit: '%', lowerIsBetter: false, target: v.availabilityTarget, minimum: null });
  return out;
}

const same = (a: Figures, b: Figures) =>
  a.unit === b.unit && a.lowerIsBetter === b.lowerIsBetter && a.target === b.target && a.minimum === b.minimum;

/** The offered KPIs that are new or differ from the tracker's (those that fit under the limit). */
export function changedKpis(v: SlaOffer, state: KpiTrackerState): Figures[] {
  let room = MAX_KPIS - state.kpis.length;
  return offeredKpis(v, state).filter((k) => {
    const mine = state.kpis.find((m) => key(m.name) === key(k.name));
    if (mine) return !same(mine, k);
    return room-- > 0;
  });
}

/**
 * True when the tracker's credit scheme already is the offered one. A fee entered here counts
 * as taken (the visitor may correct it here without being asked again).
 */
export function creditsMatch(v: SlaOffer, state: KpiTrackerState): boolean {
  const c = state.credits;
  return (
    JSON.stringify(c.tiers) === JSON.stringify(v.credits.tiers.map((t) => ({ below: t.below, credit: t.credit }))) &&
    c.capPct === v.credits.capPct &&
    (v.credits.monthlyFee === null || c.fee !== null)
  );
}

/** The question shown with the offer, naming what would change. */
export function offerQuestion(v: SlaOffer, label: string, state: KpiTrackerState): string {
  const names = changedKpis(v, state).map((k) => k.name);
  const n = v.credits.tiers.length;
  const tiers = creditsMatch(v, state)
    ? ''
    : n === 0
      ? 'no service credits'
      : `${n === 1 ? '1 service credit tier' : `${n} service credit tiers`}${v.credits.capPct === null ? '' : ` (capped at ${v.credits.capPct} %)`}`;
  const kpis =
    names.length === 0 ? '' : `${names.length === 1 ? 'the KPI' : `${names.length} KPIs`} (${names.join(', ')})`;
  return `Use ${[kpis, tiers].filter(Boolean).join(' and ')} from ${label}?`;
}

/** The tracker's state with the offer applied (ids `sla-<n>` never clash with existing rows). */
export function applyOffer(v: SlaOffer, state: KpiTrackerState): KpiTrackerState {
  const nextId = numberedIds(state.kpis, 'sla-');
  let kpis = [...state.kpis];
  for (const k of changedKpis(v, state)) {
    const i = kpis.findIndex((m) => key(m.name) === key(k.name));
    if (i >= 0) kpis[i] = { ...kpis[i]!, ...k, name: kpis[i]!.name };
    else kpis = [...kpis, { id: nextId(), ...k }];
  }
  const current = kpis.find((k) => k.id === state.credits.kpi);
  const credited = current ?? kpis.find((k) => isAvailability(k.name));
  return {
    ...state,
    kpis,
    credits: {
      kpi: credited?.id ?? null,
      tiers: v.credits.tiers.map((t) => ({ below: t.below, credit: t.credit })),
      capPct: v.credits.capPct,
      fee: v.credits.monthlyFee ?? state.credits.fee,
    },
  };
}

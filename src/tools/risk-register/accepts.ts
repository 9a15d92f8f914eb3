/**
 * The offer the risk register takes: the due-diligence checklist's open items, each added as a
 * risk once (by name, ignoring case and spacing), with why it matters as the mitigation. Loaded
 * only when it is to be shown (tool.ts).
 */
import type { Accept } from '../framework/offers';
import { lazySchema } from '../framework/lazy-schema';
import { numberedIds } from '../framework/numbered-ids';
import { oneLine } from '../framework/text';
import type { ItemsOffer } from './schema';
import { blankRisk, DUE_DILIGENCE_KIND, MAX_LONG, MAX_RISKS, MAX_TEXT, type RegisterState } from './state';

const key = (name: string) => oneLine(name).toLowerCase();
/** The offered risks not yet in the register (by name, ignoring case and spacing), without repeats. */
function newItems(v: ItemsOffer, state: RegisterState) {
  const seen = new Set(state.risks.map((r) => key(r.name)));
  return v.risks.filter((r) => {
    const k = key(r.name);
    if (!k || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export const accepts: Accept<RegisterState>[] = [
  {
    kind: DUE_DILIGENCE_KIND,
    schema: lazySchema((s) => s.riskRegister.itemsOffer),
    question: (v: ItemsOffer, offer, state) => {
      const items = newItems(v, state);
      return `Add ${items.length === 1 ? 'the open item' : `${items.length} open items`} from ${offer.label} as risks: ${items.map((r) => oneLine(r.name)).join('; ')}?`;
    },
    isApplied: (v: ItemsOffer, state) => newItems(v, state).length === 0 || state.risks.length >= MAX_RISKS,
    apply(v: ItemsOffer, state) {
      const nextId = numberedIds(state.risks, 'dd-');
      const added = newItems(v, state)
        .slice(0, Math.max(0, MAX_RISKS - state.risks.length))
        .map((r) => ({
          ...blankRisk(nextId(), oneLine(r.name).slice(0, MAX_TEXT)),
          mitigation: oneLine(r.mitigation).slice(0, MAX_LONG),
        }));
      return { ...state, risks: [...state.risks, ...added] };
    },
  },
];

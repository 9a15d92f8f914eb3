/**
 * The risk register's declaration: stored shape, guides, the dashboard summary (extreme and high
 * risks), its offer of the summed expected cost to the total-cost tool's contingency
 * (`money:risk-contingency`), and the open due-diligence items it accepts as risks.
 */
import { lazySchema } from '../framework/lazy-schema';
import type { ItemsOffer } from './schema';
import { defineTool } from '../framework/define';
import { oneLine } from '../framework/text';
import { BAND_NAMES, bandOf, currentScore, expectedTotal, topRisks } from './model';
import { blankRisk, initialRegister, MAX_LONG, MAX_RISKS, MAX_TEXT, type RegisterState } from './state';

/** The offer's kind, agreed with the total-cost tool: `{ amount }`. */
export const CONTINGENCY_KIND = 'money:risk-contingency';
/** Open due-diligence items as the checklist offers them. */
export const DUE_DILIGENCE_KIND = 'risks:due-diligence';

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

export default defineTool<RegisterState>({
  tool: 'risk-register',
  title: 'Risk register',
  version: 1,
  schema: lazySchema((s) => s.riskRegister.schema),
  initial: initialRegister,
  guides: ['risk-and-contingency', 'protecting-data-and-ip', 'specialists-not-one-vendor', 'ending-or-insourcing'],
  summary(state) {
    if (state.risks.length === 0) return null;
    const top = topRisks(state.risks);
    const n = state.risks.length;
    if (top.length === 0) return `${n} ${n === 1 ? 'risk' : 'risks'}, none high or extreme.`;
    const list = top.map((a) => `${a.name} (${BAND_NAMES[bandOf(currentScore(a)!)]} ${currentScore(a)})`);
    return `${n} ${n === 1 ? 'risk' : 'risks'}; high or extreme: ${list.join(', ')}.`;
  },
  offers(state) {
    const e = expectedTotal(state.risks);
    if (e.counted === 0) return [];
    const amount = Math.round(e.total * 100) / 100;
    return [{ id: 'expected', kind: CONTINGENCY_KIND, label: 'your risk register', value: { amount } }];
  },
  accepts: [
    {
      kind: DUE_DILIGENCE_KIND,
      schema: lazySchema((s) => s.riskRegister.itemsOffer),
      question: (v: ItemsOffer, offer, state) => {
        const items = newItems(v, state);
        return `Add ${items.length === 1 ? 'the open item' : `${items.length} open items`} from ${offer.label} as risks: ${items.map((r) => oneLine(r.name)).join('; ')}?`;
      },
      isApplied: (v: ItemsOffer, state) => newItems(v, state).length === 0 || state.risks.length >= MAX_RISKS,
      apply(v: ItemsOffer, state) {
        const ids = new Set(state.risks.map((r) => r.id));
        let n = 0;
        const nextId = () => {
          do n += 1;
          while (ids.has(`dd-${n}`));
          return `dd-${n}`;
        };
        const added = newItems(v, state)
          .slice(0, Math.max(0, MAX_RISKS - state.risks.length))
          .map((r) => ({
            ...blankRisk(nextId(), oneLine(r.name).slice(0, MAX_TEXT)),
            mitigation: oneLine(r.mitigation).slice(0, MAX_LONG),
          }));
        return { ...state, risks: [...state.risks, ...added] };
      },
    },
  ],
});

/**
 * The risk register's declaration: stored shape, guides, the dashboard summary (extreme and high
 * risks), its offer of the summed expected cost to the total-cost tool's contingency
 * (`money:risk-contingency`), and the open due-diligence items it accepts as risks (accepts.ts,
 * loaded on demand).
 */
import { lazySchema } from '../framework/lazy-schema';
import { defineTool } from '../framework/define';
import { BAND_NAMES, bandOf, currentScore, expectedTotal, topRisks } from './model';
import { CONTINGENCY_KIND, DUE_DILIGENCE_KIND, initialRegister, type RegisterState } from './state';

export { CONTINGENCY_KIND, DUE_DILIGENCE_KIND };

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
  accepts: {
    kinds: [DUE_DILIGENCE_KIND],
    load: () => import('./accepts').then((m) => m.accepts),
  },
});

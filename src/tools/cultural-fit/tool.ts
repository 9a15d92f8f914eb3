/**
 * The cultural-fit assessment's declaration: per vendor (the shared vendor list is its
 * companion), with a dashboard summary and an offer of each vendor's mean score (1–5,
 * unrounded) to any tool that accepts `vendor-score:cultural-fit` (the vendor scorecard). In a
 * workshop, a participant sends the answers for the vendor on screen.
 */
import { own } from '../framework/own';
import { defineTool } from '../framework/define';
import { resolveVendor, vendorListDef, vendorLabel, vendorsOf } from '../framework/vendors';
import { questionnaireStateDef } from '../questionnaire-engine/state';
import { score, summaryLine, type QuestionnaireData } from '../questionnaire-engine/model';

export default defineTool({
  ...questionnaireStateDef('cultural-fit', 'Cultural-fit assessment'),
  companions: [vendorListDef as never],
  guides: ['cultural-fit'],
  summary(state, ctx) {
    const data = ctx.content as QuestionnaireData | undefined;
    const list = vendorsOf(ctx);
    if (!data) return null;
    const lines = list.vendors.flatMap(
      (v) => summaryLine(data, own(state.answers, v.id) ?? {}, vendorLabel(list, v.id)) ?? [],
    );
    return lines.length ? lines.join(' ') : null;
  },
  offers(state, ctx) {
    const data = ctx.content as QuestionnaireData | undefined;
    const list = vendorsOf(ctx);
    if (!data) return [];
    return list.vendors.flatMap((v) => {
      const s = score(data, own(state.answers, v.id) ?? {}).score;
      if (s === null) return [];
      return [
        {
          id: `score:${v.id}`,
          kind: 'vendor-score:cultural-fit',
          label: `your cultural-fit assessment of ${vendorLabel(list, v.id)}`,
          value: { vendor: v.id, score: s },
        },
      ];
    });
  },
  merge: () =>
    import('../questionnaire-engine/merge').then((m) =>
      m.questionnaireMerge((state, ctx) => resolveVendor(vendorsOf(ctx), state.vendor)),
    ),
});

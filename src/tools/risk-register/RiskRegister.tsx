/** The risk register: results and heat maps first, then the risks to edit. */
import { ToolShell } from '../ui/ToolShell';
import { EditableTable, cellId, type TableColumn } from '../ui/EditableTable';
import { ErrorSummary } from '../ui/ErrorSummary';
import { Field } from '../ui/Field';
import { focusLater } from '../ui/focus';
import { useHydratedStore, useSettings, useStoreNow, useTool } from '../ui/hooks';
import { assess, BAND_NAMES, IMPACT_WORDS, LIKELIHOOD_WORDS, RATINGS, riskName } from './model';
import { initialRegister, MAX_LONG, MAX_TEXT, PRESET_RISKS, type Risk } from './state';
import { registerFor } from './store';
import { RiskResults } from './RiskResults';
import { schemasReady } from '../framework/boot';

// A returning visitor's data is read with its schema: the island waits for it before it renders.
await schemasReady();

const scale = (words: readonly string[]) => [
  { value: '', label: 'Not scored' },
  ...RATINGS.map((r) => ({ value: String(r), label: `${r} ${words[r - 1]}` })),
];
const LIKELIHOOD = scale(LIKELIHOOD_WORDS);
const IMPACT = scale(IMPACT_WORDS);

export default function RiskRegister() {
  const t = useTool(registerFor);
  const state = useHydratedStore(t.store.$state, initialRegister());
  const errors = useStoreNow(t.$errors);
  const limit = useStoreNow(t.$limit);
  const { locale } = useSettings();
  const nameOf = (r: Risk) => riskName(r.name, state.risks.indexOf(r) + 1);

  const rating = (
    key: 'likelihood' | 'impact' | 'residualLikelihood' | 'residualImpact',
    header: string,
  ): TableColumn<Risk> => ({
    key,
    header,
    kind: 'select',
    label: (r, n) => `${header} for ${riskName(r.name, n)}`,
    value: (r) => (r[key] === null ? '' : String(r[key])),
    options: key.toLowerCase().includes('likelihood') ? LIKELIHOOD : IMPACT,
    onChange: (r, v) => t.setRating(r.id, key, v),
  });
  const text = (key: 'owner', header: string, label: string): TableColumn<Risk> => ({
    key,
    header,
    kind: 'text',
    label: (r, n) => `${label} ${riskName(r.name, n)}`,
    value: (r) => r[key],
    maxLength: MAX_TEXT,
    onInput: (r, v) => t.editText(r.id, key, v),
  });
  /** A plan in a few sentences: a text area in the table's field frame. */
  const long = (key: 'mitigation' | 'contingency', header: string, label: string): TableColumn<Risk> => ({
    key,
    header,
    kind: 'custom',
    label: (r, n) => `${label} ${riskName(r.name, n)}`,
    render: (r, n, id) => (
      <Field id={id} label={`${label} ${riskName(r.name, n)}`} class="cell-field rr-long" labelClass="cell-label">
        {(control) => (
          <textarea
            {...control}
            rows={2}
            maxLength={MAX_LONG}
            value={r[key]}
            onInput={(e) => t.editText(r.id, key, e.currentTarget.value)}
          />
        )}
      </Field>
    ),
  });
  const number = (key: 'probability' | 'cost', header: string, kind: 'percent' | 'money'): TableColumn<Risk> => ({
    key,
    header,
    kind: 'number',
    number: kind,
    label: (r, n) => `${header} for ${riskName(r.name, n)}`,
    value: (r) => r[key],
    error: (r) => errors[`${r.id}:${key}`],
    onEdit: (r, v, commit) => t.editNumber(r.id, key, `${header} for ${nameOf(r)}`, v, locale, commit),
  });

  const errorList = state.risks.flatMap((r) =>
    (['probability', 'cost'] as const).flatMap((k) => {
      const m = errors[`${r.id}:${k}`];
      return m ? [{ id: cellId('rr-risk', r.id, k), message: m }] : [];
    }),
  );

  return (
    <ToolShell tool={t}>
      <div class="rr">
        <RiskResults state={state} />
        <form class="tool-inputs rr-inputs no-print" onSubmit={(e) => e.preventDefault()} aria-label="Risks" noValidate>
          <ErrorSummary errors={errorList} />
          <fieldset>
            <legend>Risks</legend>
            <p class="hint">
              Score each risk from 1 to 5 for likelihood and impact, first before any controls (inherent), then with
              your mitigation in place (residual). The {PRESET_RISKS.length} preset risks come with a starting score for
              a typical small business: an assumption to change to fit yours. Probability and cost are optional; with
              both, the risk has an expected cost.
            </p>
            <div class="button-row">
              <button
                type="button"
                class="secondary"
                onClick={() => {
                  const id = t.addPresets();
                  if (id) focusLater(cellId('rr-risk', id, 'name'));
                }}
              >
                Add preset risks
              </button>
            </div>
            <div role="status" class="row-limit">
              {limit?.scope === 'presets' && <p class="banner warn">{limit.text}</p>}
            </div>
            <div class="wide-rows">
              <EditableTable<Risk>
                id="rr-risk"
                caption="Risks"
                noun="risk"
                rows={state.risks}
                locale={locale}
                columns={[
                  {
                    key: 'name',
                    header: 'Risk',
                    kind: 'text',
                    label: (_, n) => `Risk ${n} name`,
                    value: (r) => r.name,
                    maxLength: MAX_TEXT,
                    onInput: (r, v) => t.editText(r.id, 'name', v),
                  },
                  rating('likelihood', 'Likelihood'),
                  rating('impact', 'Impact'),
                  rating('residualLikelihood', 'Residual likelihood'),
                  rating('residualImpact', 'Residual impact'),
                  {
                    key: 'scores',
                    header: 'Scores',
                    kind: 'custom',
                    label: (r, n) => `Scores of ${riskName(r.name, n)}`,
                    render: (r, n) => {
                      const a = assess(r, n);
                      const part = (s: number | null, b: typeof a.inherentBand) =>
                        s === null ? 'not scored' : `${s} ${BAND_NAMES[b!]}`;
                      return (
                        <p class="rr-scores">
                          Inherent {part(a.inherent, a.inherentBand)} → residual {part(a.residual, a.residualBand)}
                          {a.reductionPct !== null && ` (${Math.round(a.reductionPct)} % lower)`}
                        </p>
                      );
                    },
                  },
                  text('owner', 'Owner', 'Owner of'),
                  long('mitigation', 'Mitigation', 'Mitigation for'),
                  long('contingency', 'Contingency plan', 'Contingency plan for'),
                  number('probability', 'Probability (%)', 'percent'),
                  number('cost', 'Cost if it happens', 'money'),
                ]}
                onMove={t.moveRisk}
                onRemove={t.removeRisk}
                add={{ label: 'Add risk', onAdd: t.addRisk }}
                limit={limit?.scope === 'risks' ? limit.text : null}
                empty="No risks yet. Add the preset risks, or your own."
              />
            </div>
          </fieldset>
        </form>
      </div>
    </ToolShell>
  );
}

/** One criterion: name, weight, must-have minimum, and the bids when price is scored from them (scores: ScoreGrid). */
import { own } from '../framework/own';
import { NumberField } from '../ui/NumberField';
import { formatShare } from './format';
import { vendorLabel, type VendorList } from '../framework/vendors';
import type { LibraryGuide } from './library';
import { MAX_CRITERION_NAME, type ScorecardState, type StoredCriterion } from './state';
import { criterionLabel, fieldId, scorecardFor } from './store';
import { useTool } from '../ui/hooks';
import { focusLater, RowButtons } from '../ui/RowButtons';

interface Props {
  c: StoredCriterion;
  k: number;
  count: number;
  state: ScorecardState;
  list: VendorList;
  /** Normalised share of this criterion (0–1), or null when every weight is 0. */
  share: number | null;
  /** Show the bid inputs here (the first criterion scored from bids). */
  showBids: boolean;
  /** Scores derived from bids, by vendor id (for display). */
  bidScores: Record<string, number | null>;
  errors: Record<string, string | undefined>;
  locale: string;
  fmt2: (n: number) => string;
  /** Descriptions and rubrics of the library criteria. */
  library: LibraryGuide;
}

export function CriterionCard(p: Props) {
  const { c, k, list, locale } = p;
  const sc = useTool(scorecardFor);
  const label = criterionLabel(c, k);
  const lib = c.lib === null ? undefined : own(p.library.criteria, c.lib);
  const nameId = `vs-cn-${c.id}`;
  const share = p.share === null ? 'none yet' : formatShare(p.share * 100, locale);

  return (
    <fieldset class="vs-criterion">
      <legend>
        Criterion {k + 1}: {label}
      </legend>
      <div class="field">
        <label for={nameId}>Criterion {k + 1} name</label>
        {lib && (
          <p class="hint" id={`${nameId}-hint`}>
            {lib.description}
          </p>
        )}
        <input
          id={nameId}
          type="text"
          autoComplete="off"
          maxLength={MAX_CRITERION_NAME}
          value={c.name}
          aria-describedby={lib ? `${nameId}-hint` : undefined}
          onInput={(e) => sc.renameCriterion(c.id, e.currentTarget.value)}
        />
      </div>
      <div class="vs-pair">
        <NumberField
          id={fieldId.weight(c.id)}
          label={`Weight for ${label}`}
          hint={`Points of any size. Normalised share: ${share}.`}
          kind="number"
          value={c.weight}
          error={p.errors[fieldId.weight(c.id)]}
          locale={locale}
          onEdit={(text, commit) => sc.editWeight(c.id, `Weight for ${label}`, text, locale, commit)}
        />
        <NumberField
          id={fieldId.min(c.id)}
          label={`Minimum score for ${label}`}
          hint="Must-have: below this a vendor is out. Blank = none."
          kind="number"
          value={c.min}
          error={p.errors[fieldId.min(c.id)]}
          locale={locale}
          onEdit={(text, commit) => sc.editMin(c.id, `Minimum score for ${label}`, text, locale, commit)}
        />
      </div>
      {c.lib === 'price' && (
        <label class="vs-check">
          <input type="checkbox" checked={c.fromBids} onChange={(e) => sc.setFromBids(c.id, e.currentTarget.checked)} />
          Score price from bids
        </label>
      )}
      {c.fromBids ? (
        <>
          <p class="hint">The lowest bid scores 5; the others 5 × lowest bid ÷ their bid.</p>
          {p.showBids && (
            <div class="vs-scores">
              {list.vendors.map((v) => {
                const name = `Bid price for ${vendorLabel(list, v.id)}`;
                const score = p.bidScores[v.id];
                return (
                  <div key={v.id}>
                    <NumberField
                      id={fieldId.bid(v.id)}
                      label={name}
                      kind="money"
                      value={own(p.state.bids, v.id) ?? null}
                      error={p.errors[fieldId.bid(v.id)]}
                      locale={locale}
                      onEdit={(text, commit) => sc.editBid(v.id, name, text, locale, commit)}
                    />
                    <p class="hint vs-bid-score">
                      Score: {score === null || score === undefined ? 'no bid yet' : p.fmt2(score)}
                    </p>
                  </div>
                );
              })}
            </div>
          )}
        </>
      ) : null}
      <RowButtons
        noun="criterion"
        n={k + 1}
        count={p.count}
        idBase={`vs-c-${c.id}`}
        onMove={(by) => sc.moveCriterion(c.id, by)}
        onRemove={() => sc.removeCriterion(c.id) && focusLater('vs-add-criterion')}
      />
    </fieldset>
  );
}

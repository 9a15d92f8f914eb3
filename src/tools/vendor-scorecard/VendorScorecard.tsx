/** The vendor scorecard: vendors and criteria on the left, results on the right (stacked on phones). */
import { own } from '../framework/own';
import { useState } from 'preact/hooks';
import { ToolShell } from '../ui/ToolShell';
import { ErrorSummary } from '../ui/ErrorSummary';
import { SettingsControls } from '../ui/SettingsControls';
import { useHydratedStore, useSettings, useStoreNow, useTool } from '../ui/hooks';
import { bidScore, normaliseWeights } from './model';
import { LIBRARY_NAMES } from './library-names';
import type { LibraryGuide } from './library';
import { FIRST_USE_VENDORS, initialScorecard, MAX_CRITERIA, shownVendors } from './state';
import { scorecardFor, visibleFieldIds } from './store';
import { CriterionCard } from './CriterionCard';
import { VendorsEditor } from './VendorsEditor';
import { ScoreGrid } from './ScoreGrid';
import { focusLater } from '../ui/RowButtons';
import { formatScore } from './format';
import { schemasReady } from '../framework/boot';
import { deferred } from '../ui/deferred';

// The results' code loads when they are needed (deferred.tsx); a returning visitor's data is
// read with its schema: the island waits for both before it renders.
const results = deferred(() => import('./ScorecardResults').then((m) => m.ScorecardResults), { chart: true });
await schemasReady();
const ScorecardResults = await results;

const initial = initialScorecard();

export default function VendorScorecard({ library }: { library: LibraryGuide }) {
  const sc = useTool(scorecardFor);
  const state = useHydratedStore(sc.store.$state, initial);
  const list = shownVendors(useHydratedStore(sc.vendorStore.$state, FIRST_USE_VENDORS));
  const errors = useStoreNow(sc.$errors);
  const limit = useStoreNow(sc.$limit);
  const { locale } = useSettings();
  const [pick, setPick] = useState('');

  const visible = new Set(visibleFieldIds(state, list));
  const errorList = Object.entries(errors).flatMap(([id, message]) =>
    message && visible.has(id) ? [{ id, message }] : [],
  );
  const shares = normaliseWeights(state.criteria.map((c) => c.weight));
  const bids = list.vendors.map((v) => own(state.bids, v.id)).filter((b): b is number => b !== undefined);
  const lowest = bids.length ? Math.min(...bids) : 0;
  const bidScores = Object.fromEntries(list.vendors.map((v) => [v.id, bidScore(own(state.bids, v.id), lowest)]));
  const firstFromBids = state.criteria.findIndex((c) => c.fromBids);
  const offered = LIBRARY_NAMES.filter(([id]) => !state.criteria.some((c) => c.lib === id)).map(([id, name]) => ({
    id,
    name,
  }));
  const fmt2 = (n: number) => formatScore(n, locale);

  const add = (lib: string | null) => {
    const id = sc.addCriterion(lib);
    if (id) {
      setPick('');
      focusLater(`vs-cn-${id}`);
    }
  };

  return (
    // Two vendors are seeded on first use, once a share link (if any) has been read (onArrival).
    <ToolShell tool={sc}>
      <div class="tool-layout one-column">
        <form class="tool-inputs" onSubmit={(e) => e.preventDefault()} aria-label="Inputs" noValidate>
          <SettingsControls />
          <ErrorSummary errors={errorList} />
          <VendorsEditor list={list} limit={limit?.scope === 'vendors' ? limit.text : null} locale={locale} />
          <fieldset class="vs-criteria">
            <legend>Criteria</legend>
            <p class="hint">
              Use 1 to {MAX_CRITERIA} criteria. Give most weight to what would hurt most if it went wrong; weights are
              shared out to 100 %.
            </p>
            {state.criteria.map((c, k) => (
              <CriterionCard
                library={library}
                key={c.id}
                c={c}
                k={k}
                count={state.criteria.length}
                state={state}
                list={list}
                share={shares ? shares[k]! : null}
                showBids={k === firstFromBids}
                bidScores={bidScores}
                errors={errors}
                locale={locale}
                fmt2={fmt2}
              />
            ))}
            <div role="status" class="vs-limit">
              {limit?.scope === 'criteria' && <p class="banner warn">{limit.text}</p>}
            </div>
            <div class="vs-add">
              <button type="button" id="vs-add-criterion" class="secondary" onClick={() => add(null)}>
                Add criterion
              </button>
              {offered.length > 0 && (
                <div class="field">
                  <label for="vs-library">Criterion from the library</label>
                  <div class="input-wrap">
                    <select id="vs-library" value={pick} onChange={(e) => setPick(e.currentTarget.value)}>
                      <option value="">Choose a criterion</option>
                      {offered.map((l) => (
                        <option key={l.id} value={l.id}>
                          {l.name}
                        </option>
                      ))}
                    </select>
                    <button type="button" class="secondary" onClick={() => pick && add(pick)}>
                      Add from library
                    </button>
                  </div>
                </div>
              )}
            </div>
          </fieldset>
          <ScoreGrid
            state={state}
            list={list}
            errors={errors}
            locale={locale}
            library={library}
            bidScores={bidScores}
            fmt2={fmt2}
          />
        </form>
        <ScorecardResults />
      </div>
    </ToolShell>
  );
}

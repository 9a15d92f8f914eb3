/**
 * Every score in one grid: criteria as rows, vendors as columns, one 1–5 score per cell, the
 * rubric of each criterion one click away in its row header. Where the form is narrow the
 * table engine turns each criterion into a card with every vendor's labelled score. Up and
 * Down move to the same vendor's cell in the criterion above or below.
 */
import { own } from '../framework/own';
import { NumberField } from '../ui/NumberField';
import { vendorLabel, type VendorList } from '../framework/vendors';
import type { LibraryGuide } from './library';
import type { ScorecardState } from './state';
import { criterionLabel, fieldId, scorecardFor } from './store';
import { useTool } from '../ui/hooks';

interface Props {
  state: ScorecardState;
  list: VendorList;
  errors: Record<string, string | undefined>;
  locale: string;
  library: LibraryGuide;
  /** Scores derived from bids, by vendor id (for the criterion scored from bids). */
  bidScores: Record<string, number | null>;
  fmt2: (n: number) => string;
}

/** Up/Down from a score cell: the same vendor's cell one criterion up or down (if it has one). */
function moveVertically(e: KeyboardEvent) {
  const up = e.key === 'ArrowUp';
  if (!up && e.key !== 'ArrowDown') return;
  const cell = (e.target as Element).closest('td');
  const row = cell?.parentElement;
  const next = up ? row?.previousElementSibling : row?.nextElementSibling;
  const target = next?.children[[...row!.children].indexOf(cell!)]?.querySelector('input');
  if (target) {
    e.preventDefault();
    target.focus();
    target.select();
  }
}

export function ScoreGrid({ state, list, errors, locale, library, bidScores, fmt2 }: Props) {
  const sc = useTool(scorecardFor);
  if (list.vendors.length === 0 || state.criteria.length === 0) return null;
  return (
    <fieldset class="vs-grid">
      <legend>Scores</legend>
      <p class="hint">
        Scores are whole numbers from 1 to 5; leave a cell blank until you have scored it. Up and Down move between
        criteria.
      </p>
      <div class="row-table">
        <table class="rows vs-grid-table" onKeyDown={moveVertically}>
          <caption class="visually-hidden">Scores by criterion (rows) and vendor (columns)</caption>
          <thead>
            <tr>
              <th scope="col">Criterion</th>
              {list.vendors.map((v) => (
                <th key={v.id} scope="col">
                  {vendorLabel(list, v.id)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {state.criteria.map((c, k) => {
              const label = criterionLabel(c, k);
              const lib = c.lib === null ? undefined : own(library.criteria, c.lib);
              const rubric = lib?.rubric ?? library.generic;
              return (
                <tr key={c.id}>
                  <th scope="row">
                    <span class="vs-grid-name">{label}</span>
                    <details class="vs-rubric">
                      <summary>How to score {label}</summary>
                      <ol>
                        {rubric.map((r, i) => (
                          <li key={i}>
                            <strong>{i + 1}</strong>: {r}
                          </li>
                        ))}
                      </ol>
                    </details>
                  </th>
                  {list.vendors.map((v) => {
                    const vendor = vendorLabel(list, v.id);
                    if (c.fromBids) {
                      const s = own(bidScores, v.id);
                      return (
                        <td key={v.id} class="vs-from-bids">
                          <span class="cell-label">{vendor}: </span>
                          {s === null || s === undefined ? 'no bid yet' : `${fmt2(s)} from bids`}
                        </td>
                      );
                    }
                    const name = `Score for ${vendor} on ${label}`;
                    return (
                      <td key={v.id}>
                        <NumberField
                          id={fieldId.score(v.id, c.id)}
                          label={name}
                          kind="integer"
                          value={own(own(state.scores, v.id), c.id) ?? null}
                          error={errors[fieldId.score(v.id, c.id)]}
                          locale={locale}
                          onEdit={(text, commit) => sc.editScore(v.id, c.id, name, text, locale, commit)}
                          fieldClass="cell-field"
                          labelClass="cell-label"
                        />
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </fieldset>
  );
}

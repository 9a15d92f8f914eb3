/**
 * A 5×5 heat map: likelihood across, impact up, the number of risks in each cell with the
 * cell's band colour and name. It is a real table (its own data table), and each cell is a
 * button that filters the register: one Tab stop per map, arrow keys move between cells.
 */
import { useState } from 'preact/hooks';
import {
  BAND_NAMES,
  bandOf,
  heatCounts,
  IMPACT_WORDS,
  LIKELIHOOD_WORDS,
  RATINGS,
  type RiskInput,
  type View,
} from './model';

/** A chosen cell of one map. */
export interface CellChoice {
  view: View;
  likelihood: number;
  impact: number;
}

interface Props {
  view: View;
  title: string;
  risks: readonly RiskInput[];
  chosen: CellChoice | null;
  onChoose: (c: CellChoice | null) => void;
}

const cellId = (view: View, l: number, i: number) => `rr-${view}-${l}-${i}`;
const TOP_DOWN = [...RATINGS].reverse();
const MOVES: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, 1],
  ArrowDown: [0, -1],
};
const clamp = (n: number) => Math.min(5, Math.max(1, n));

export function HeatMap({ view, title, risks, chosen, onChoose }: Props) {
  const counts = heatCounts(risks, view);
  const mine = chosen?.view === view ? chosen : null;
  const [active, setActive] = useState<[number, number]>([1, 5]);
  // The cell last focused keeps the map's one Tab stop (a chosen cell was focused when chosen).
  const [al, ai] = active;

  const onKeyDown = (e: KeyboardEvent) => {
    const move = MOVES[e.key];
    if (!move) return;
    e.preventDefault();
    const next: [number, number] = [clamp(al + move[0]), clamp(ai + move[1])];
    setActive(next);
    document.getElementById(cellId(view, ...next))?.focus();
  };

  return (
    <div class="rr-heat">
      <table class="rr-heatmap" onKeyDown={onKeyDown}>
        <caption>{title}</caption>
        <thead>
          <tr>
            <td class="rr-axis">
              <span aria-hidden="true">Impact ↑ / Likelihood →</span>
            </td>
            {RATINGS.map((l) => (
              <th scope="col" key={l}>
                {l}
                <span class="rr-word"> {LIKELIHOOD_WORDS[l - 1]}</span>
                <span class="visually-hidden"> likelihood</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {TOP_DOWN.map((i) => (
            <tr key={i}>
              <th scope="row">
                {i}
                <span class="rr-word"> {IMPACT_WORDS[i - 1]}</span>
                <span class="visually-hidden"> impact</span>
              </th>
              {RATINGS.map((l) => {
                const n = counts[i - 1]![l - 1]!;
                const band = bandOf(l * i);
                const pressed = mine?.likelihood === l && mine.impact === i;
                return (
                  <td key={l} class={`rr-cell band-${band}`}>
                    <button
                      type="button"
                      id={cellId(view, l, i)}
                      tabIndex={al === l && ai === i ? 0 : -1}
                      aria-pressed={pressed}
                      onFocus={() => setActive([l, i])}
                      onClick={() => onChoose(pressed ? null : { view, likelihood: l, impact: i })}
                    >
                      <span class="visually-hidden">
                        Likelihood {l}, impact {i}, score {l * i}:{' '}
                      </span>
                      <span class="rr-count">{n}</span>
                      <span class="visually-hidden">{n === 1 ? ' risk' : ' risks'},</span>
                      <span class="rr-band">
                        {' '}
                        <span class="rr-band-full">{BAND_NAMES[band]}</span>
                        <span class="rr-band-short" aria-hidden="true">
                          {BAND_NAMES[band][0]}
                        </span>
                      </span>
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p class="hint rr-legend" aria-hidden="true">
        Across: likelihood; up: impact. L Low, M Moderate, H High, E Extreme.
      </p>
    </div>
  );
}

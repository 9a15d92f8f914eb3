/**
 * The merged room: how many responded, the room's score and band, every item's count, mean,
 * min–max, standard deviation (and share of Yes), most disagreement first, and a chart with
 * its data table. Exports and the presenter view are here; export code loads on click.
 */
import { useState } from 'preact/hooks';
import { formatNumber } from '../tools/framework/number-format';
import { ChartFigure } from '../tools/ui/ChartFigure';
import type { ItemStats } from '../tools/framework/merge';
import type { Room } from './room';

interface Props {
  room: Room;
  /** Tool id and title. */
  tool: string;
  title: string;
  locale: string;
  presenter: boolean;
  onPresenter: (on: boolean) => void;
  onClear: () => void;
}

const short = (text: string, max = 48) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

/** The value the chart shows for an item: the share of Yes in %, or the mean score. */
const plotted = (s: ItemStats) => (s.yesShare === null ? s.mean : s.yesShare * 100);

export function RoomView({ room, tool, title, locale, presenter, onPresenter, onClear }: Props) {
  const [confirm, setConfirm] = useState(false);
  const n = (v: number, d = 2) => formatNumber(v, locale, d);
  const count = room.responses.length;
  const named = room.responses.map((r) => r.nickname).filter(Boolean);
  const yesno = room.items.some((s) => s.kind === 'yesno');
  const exportAs = (kind: 'csv' | 'json') =>
    void import('./room-export').then((m) => (kind === 'csv' ? m.exportCsv(room, tool) : m.exportJson(room, tool)));

  return (
    <section class="workshop-results" aria-labelledby="workshop-results-title">
      <h2 id="workshop-results-title">The room: {title}</h2>
      {count === 0 ? (
        <p>No responses merged for this tool yet.</p>
      ) : (
        <>
          <p class="workshop-count" id="workshop-count">
            <strong>{count === 1 ? '1 response' : `${count} responses`}</strong>
            {named.length > 0 && ` from ${named.join(', ')}`}
            {named.length > 0 && named.length < count && ` and ${count - named.length} without a nickname`}.
          </p>
          {room.score && (
            <p class="workshop-score" id="workshop-score">
              Room score: <strong>{room.score.text}</strong>
              {room.score.band && <> — {room.score.band}</>}. The mean of everyone’s score; range {n(room.score.min, 1)}
              –{n(room.score.max, 1)}, standard deviation {n(room.score.sd, 1)}.
            </p>
          )}
          <div class="table-scroll">
            <table class="workshop-items" id="workshop-items">
              <caption>
                Answers per item, where the room disagrees most first. Standard deviation: of everyone who answered
                (population).{yesno && ' Yes counts as 1, No as 0.'}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Item</th>
                  <th scope="col" class="num">
                    Count
                  </th>
                  <th scope="col" class="num">
                    Mean
                  </th>
                  <th scope="col" class="num">
                    Min–max
                  </th>
                  <th scope="col" class="num">
                    Standard deviation
                  </th>
                  {yesno && (
                    <th scope="col" class="num">
                      Yes
                    </th>
                  )}
                </tr>
              </thead>
              <tbody>
                {room.items.map((s) => (
                  <tr key={s.item}>
                    <th scope="row">{s.label}</th>
                    <td class="num">{s.count}</td>
                    <td class="num">{n(s.mean)}</td>
                    <td class="num">
                      {n(s.min)}–{n(s.max)}
                    </td>
                    <td class="num">{n(s.sd)}</td>
                    {yesno && <td class="num">{s.yesShare === null ? '—' : `${n(s.yesShare * 100, 0)}\u00a0%`}</td>}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {!presenter && (
            <ChartFigure
              id="workshop-chart"
              title={yesno ? 'Share of Yes per question' : 'Mean score per item'}
              summary={`${yesno ? 'Share of Yes' : 'Mean score'} for each of ${room.items.length} items, from ${count} responses; the table above has every figure.`}
              columns={['Item', yesno ? 'Yes (%)' : 'Mean (1–5)']}
              spec={{
                type: 'bar',
                labels: room.items.map((s) => short(s.label)),
                series: [{ label: yesno ? 'Yes (%)' : 'Mean', values: room.items.map(plotted), color: 'accent' }],
                xTitle: 'Item',
                yTitle: yesno ? 'Yes (%)' : 'Mean (1–5)',
                format: (v) => n(v, 1),
              }}
            />
          )}
        </>
      )}
      <div class="button-row no-print">
        <button type="button" class="secondary" aria-pressed={presenter} onClick={() => onPresenter(!presenter)}>
          Presenter view
        </button>
        {count > 0 && !presenter && (
          <>
            <button type="button" class="secondary" onClick={() => exportAs('csv')}>
              Export (CSV)
            </button>
            <button type="button" class="secondary" onClick={() => exportAs('json')}>
              Export (JSON)
            </button>
            <button type="button" class="secondary" aria-expanded={confirm} onClick={() => setConfirm(true)}>
              Clear the room
            </button>
          </>
        )}
      </div>
      {presenter && <p class="hint no-print">Press Escape or “Presenter view” again to leave the presenter view.</p>}
      {confirm && (
        <div class="banner warn no-print" role="alert">
          <p>Remove every response of the {title} from this room? This cannot be undone (export first).</p>
          <div class="button-row">
            <button
              type="button"
              onClick={() => {
                setConfirm(false);
                onClear();
              }}
            >
              Yes, clear the room
            </button>
            <button type="button" class="secondary" onClick={() => setConfirm(false)}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </section>
  );
}

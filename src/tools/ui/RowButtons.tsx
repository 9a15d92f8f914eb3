/** Move up, Move down and Remove for one row of a list, keeping keyboard focus on the moved row. */
import { focusLater } from './focus';

export { focusLater };

interface Props {
  /** "vendor" or "criterion": completes the accessible names ("Remove vendor 2"). */
  noun: string;
  /** 1-based position in display order. */
  n: number;
  count: number;
  idBase: string;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}

export function RowButtons({ noun, n, count, idBase, onMove, onRemove }: Props) {
  const move = (by: -1 | 1) => {
    const edge = by === -1 ? n === 1 : n === count;
    if (edge) return;
    onMove(by);
    focusLater(`${idBase}-${by === -1 ? 'up' : 'down'}`);
  };
  return (
    <div class="button-row row-buttons">
      <button
        type="button"
        class="secondary"
        id={`${idBase}-up`}
        aria-disabled={n === 1 ? 'true' : undefined}
        onClick={() => move(-1)}
      >
        Move up<span class="visually-hidden"> {`${noun} ${n}`}</span>
      </button>
      <button
        type="button"
        class="secondary"
        id={`${idBase}-down`}
        aria-disabled={n === count ? 'true' : undefined}
        onClick={() => move(1)}
      >
        Move down<span class="visually-hidden"> {`${noun} ${n}`}</span>
      </button>
      <button type="button" class="secondary" onClick={onRemove}>
        Remove<span class="visually-hidden"> {`${noun} ${n}`}</span>
      </button>
    </div>
  );
}

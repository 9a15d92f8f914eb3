/**
 * The table engine's view: one editable table for every list of rows. A real `<table>` on
 * wide screens (column headers, a row header with the position) that becomes one card per row
 * on phones by CSS alone (same markup, so ids and labels never double). Every cell has its own
 * label ("Vendor 2 name"), shown on phones and read by assistive technology everywhere. Rows
 * move with Move up / Move down (or Alt+↑ / Alt+↓ anywhere in the row), keeping focus on the
 * moved row; after a removal focus goes to the next row, else to the add button.
 */
import type { JSX } from 'preact';
import type { Row } from '../framework/rows';
import type { NumberKind } from '../framework/number-format';
import { Field, type ControlProps } from './Field';
import { NumberField } from './NumberField';
import { focusLater, RowButtons } from './RowButtons';

/** One column: its header, each cell's label, and how the cell is edited. */
export type TableColumn<R> = {
  key: string;
  header: string;
  /** The cell's accessible name, e.g. `Vendor ${n} name` (n from 1 in display order). */
  label: (row: R, n: number) => string;
  hint?: (row: R, n: number) => string | undefined;
} & (
  | { kind: 'text' | 'date'; value: (row: R) => string; maxLength?: number; onInput: (row: R, text: string) => void }
  | {
      kind: 'select' | 'scale';
      value: (row: R) => string;
      /** Options of a select (a scale offers blank and 1–5). */
      options?: { value: string; label: string }[];
      onChange: (row: R, value: string) => void;
    }
  | {
      kind: 'number';
      number: NumberKind;
      value: (row: R) => number | null;
      error: (row: R) => string | undefined;
      onEdit: (row: R, text: string, commit: boolean) => void;
    }
  | { kind: 'checkbox'; checked: (row: R) => boolean; onToggle: (row: R, on: boolean) => void }
  | { kind: 'custom'; render: (row: R, n: number, id: string) => JSX.Element }
);

interface Props<R extends Row> {
  /** Prefix of every element id in the table. */
  id: string;
  caption: string;
  /** Singular noun for row buttons ("Remove vendor 2"). */
  noun: string;
  rows: R[];
  columns: TableColumn<R>[];
  locale: string;
  onMove: (id: string, by: -1 | 1) => void;
  /** Removes a row; false when refused (the limit message says why). */
  onRemove: (id: string) => boolean;
  /** The add button: its text and action (returns the new row's id, or undefined when refused). */
  add?: { label: string; onAdd: () => string | undefined };
  /** A refused add or remove, shown beside the list. */
  limit?: string | null;
  /** Shown instead of the table while there are no rows. */
  empty?: string;
}

const SCALE = ['', '1', '2', '3', '4', '5'];

/** Element id of a cell. */
export const cellId = (tableId: string, rowId: string, key: string) => `${tableId}-${rowId}-${key}`;

function Cell<R extends Row>({
  col,
  row,
  n,
  id,
  locale,
}: {
  col: TableColumn<R>;
  row: R;
  n: number;
  id: string;
  locale: string;
}) {
  const label = col.label(row, n);
  const hint = col.hint?.(row, n);
  if (col.kind === 'custom') return col.render(row, n, id);
  if (col.kind === 'checkbox')
    return (
      <div class="field cell-field">
        <label class="check">
          <input
            id={id}
            type="checkbox"
            checked={col.checked(row)}
            onChange={(e) => col.onToggle(row, e.currentTarget.checked)}
          />{' '}
          <span class="cell-label">{label}</span>
        </label>
      </div>
    );
  if (col.kind === 'number')
    return (
      <NumberField
        id={id}
        label={label}
        hint={hint}
        kind={col.number}
        value={col.value(row)}
        error={col.error(row)}
        locale={locale}
        onEdit={(text, commit) => col.onEdit(row, text, commit)}
        fieldClass="cell-field"
        labelClass="cell-label"
      />
    );
  const frame = (render: (control: ControlProps) => JSX.Element) => (
    <Field id={id} label={label} hint={hint} class="cell-field" labelClass="cell-label">
      {render}
    </Field>
  );
  if (col.kind === 'text' || col.kind === 'date')
    return frame((control) => (
      <input
        {...control}
        type={col.kind === 'date' ? 'date' : 'text'}
        autoComplete="off"
        maxLength={col.kind === 'text' ? col.maxLength : undefined}
        value={col.value(row)}
        onInput={(e) => col.onInput(row, e.currentTarget.value)}
      />
    ));
  // TypeScript does not narrow the generic union after the returns above.
  const sel = col as Extract<TableColumn<R>, { kind: 'select' | 'scale' }>;
  const options = sel.options ?? SCALE.map((v) => ({ value: v, label: v || '—' }));
  return frame((control) => (
    <select {...control} value={sel.value(row)} onChange={(e) => sel.onChange(row, e.currentTarget.value)}>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  ));
}

export function EditableTable<R extends Row>(p: Props<R>) {
  const addId = `${p.id}-add`;
  const count = p.rows.length;
  const firstCell = (rowId: string) => (p.columns[0] ? cellId(p.id, rowId, p.columns[0].key) : addId);

  const move = (row: R, n: number, by: -1 | 1) => {
    if ((by === -1 && n === 1) || (by === 1 && n === count)) return;
    const active = document.activeElement?.id;
    p.onMove(row.id, by);
    if (active) focusLater(active);
  };
  // The next row keeps the place of the removed one; after the last row, the add button.
  const remove = (row: R, k: number) => {
    const next = p.rows[k + 1]?.id;
    if (p.onRemove(row.id)) focusLater(next ? firstCell(next) : addId);
  };

  return (
    <div class="row-table">
      {count === 0 && p.empty ? (
        <p class="hint">{p.empty}</p>
      ) : (
        <table class="rows" id={p.id}>
          <caption class="visually-hidden">{p.caption}</caption>
          <thead>
            <tr>
              <th scope="col">
                <span class="visually-hidden">Position</span>
              </th>
              {p.columns.map((c) => (
                <th scope="col" key={c.key}>
                  {c.header}
                </th>
              ))}
              <th scope="col">
                <span class="visually-hidden">Order and removal</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {p.rows.map((row, k) => (
              <tr
                key={row.id}
                onKeyDown={(e) => {
                  if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
                  e.preventDefault();
                  move(row, k + 1, e.key === 'ArrowUp' ? -1 : 1);
                }}
              >
                <th scope="row" class="row-number">
                  {k + 1}
                </th>
                {p.columns.map((c) => (
                  <td key={c.key}>
                    <Cell col={c} row={row} n={k + 1} id={cellId(p.id, row.id, c.key)} locale={p.locale} />
                  </td>
                ))}
                <td class="row-actions">
                  <RowButtons
                    noun={p.noun}
                    n={k + 1}
                    count={count}
                    idBase={`${p.id}-${row.id}`}
                    onMove={(by) => p.onMove(row.id, by)}
                    onRemove={() => remove(row, k)}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div role="status" class="row-limit">
        {p.limit && <p class="banner warn">{p.limit}</p>}
      </div>
      {p.add && (
        <button
          type="button"
          id={addId}
          class="secondary"
          onClick={() => {
            const id = p.add!.onAdd();
            if (id) focusLater(firstCell(id));
          }}
        >
          {p.add.label}
        </button>
      )}
    </div>
  );
}

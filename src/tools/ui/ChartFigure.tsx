/**
 * An accessible chart: a canvas with role="img" and a summary label, drawn by Chart.js once
 * it scrolls into view (the tool works before the chart code arrives), followed by a data
 * table with exactly the plotted values (a scatter chart: one row per point, x then y; a
 * timeline: one row per bar, its first and last unit and how many units it spans).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ChartSpec } from './chart-core';

interface Props {
  id: string;
  title: string;
  /** One or two sentences saying what the chart shows; the canvas's accessible name. */
  summary: string;
  spec: ChartSpec;
  /** Table headers; the first column holds the labels, then one column per series (scatter: x, y; timeline: start, end, length). */
  columns: string[];
  /**
   * Long tables: the rows a printout keeps (e.g. each year's last month); the rest print only
   * when the visitor ticks "Print the full table". Every row prints when absent.
   */
  printRow?: (index: number, count: number) => boolean;
  /** What the shortened printout shows, e.g. "Printed by year: the last month of each year." */
  printNote?: string;
}

/** The data table's rows: a label and the plotted numbers. */
function tableRows(spec: ChartSpec): { label: string; values: number[] }[] {
  if (spec.type === 'scatter') return spec.points.map((p) => ({ label: p.label, values: [p.x, p.y] }));
  if (spec.type === 'timeline')
    return spec.bars.map((b) => ({ label: b.label, values: [b.start, b.end, b.end - b.start + 1] }));
  return spec.labels.map((label, row) => ({ label, values: spec.series.map((s) => s.values[row] ?? 0) }));
}

type Drawn = ReturnType<typeof import('./chart-core').drawChart>;

/** How long the inputs must rest before the chart is redrawn (ms). */
const CHART_SETTLE_MS = 150;

export function ChartFigure({ id, title, summary, spec, columns, printRow, printNote }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Drawn | null>(null);
  const [failed, setFailed] = useState(false);
  // The table is built when opened (or printed): long tables are costly to render on load.
  const [tableOpen, setTableOpen] = useState(false);
  const [printAll, setPrintAll] = useState(false);
  const [drawn, setDrawn] = useState(false);
  const latest = useRef(spec);
  latest.current = spec;

  useEffect(() => {
    const el = canvas.current;
    if (!el) return;
    let cancelled = false;
    const load = () =>
      import('./chart-core')
        .then(({ drawChart }) => {
          if (cancelled) return;
          chart.current = drawChart(el, latest.current);
          setDrawn(true);
        })
        .catch(() => setFailed(true));
    const io = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        io.disconnect();
        void load();
      }
    });
    io.observe(el);
    const retheme = () => chart.current?.update(latest.current, true);
    const media = matchMedia('(prefers-color-scheme: dark)');
    document.addEventListener('os-theme-change', retheme);
    media.addEventListener('change', retheme);
    return () => {
      cancelled = true;
      io.disconnect();
      document.removeEventListener('os-theme-change', retheme);
      media.removeEventListener('change', retheme);
      chart.current?.destroy();
    };
  }, []);

  // While the visitor types, the results text updates at once and the chart follows when the
  // typing pauses: redrawing a chart on every keystroke would make typing lag on slow phones.
  useEffect(() => {
    const timer = setTimeout(() => chart.current?.update(spec), CHART_SETTLE_MS);
    return () => clearTimeout(timer);
  }, [spec]);
  useEffect(() => {
    const open = () => setTableOpen(true);
    window.addEventListener('beforeprint', open);
    return () => window.removeEventListener('beforeprint', open);
  }, []);

  return (
    <figure
      class={`chart-figure${printRow && !printAll ? ' print-short' : ''}${drawn ? '' : ' undrawn'}`}
      aria-labelledby={`${id}-title`}
    >
      <figcaption id={`${id}-title`}>{title}</figcaption>
      {(spec.type === 'line' || spec.type === 'bar') && (
        <ul class="chart-legend" aria-hidden="true">
          {spec.series.map((s) => (
            <li key={s.label}>
              <span class={`swatch swatch-${s.color}${s.dashed ? ' dashed' : ''}`} />
              {s.label}
            </li>
          ))}
        </ul>
      )}
      <div class="chart-canvas">
        <canvas ref={canvas} id={id} role="img" aria-label={summary}>
          {summary}
        </canvas>
      </div>
      {failed && <p class="hint">The chart could not be drawn; the table below has the same numbers.</p>}
      <details class="chart-table" onToggle={(e) => setTableOpen(e.currentTarget.open)}>
        <summary>Data table: {title}</summary>
        <div class="table-scroll">
          <table>
            <caption class="visually-hidden">{title}</caption>
            <thead>
              <tr>
                {columns.map((c, i) => (
                  <th key={c} scope="col" class={i > 0 ? 'num' : undefined}>
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {(tableOpen ? tableRows(spec) : []).map((row, i, all) => (
                <tr key={`${i}:${row.label}`} class={printRow && !printRow(i, all.length) ? 'print-skip' : undefined}>
                  <th scope="row">{row.label}</th>
                  {row.values.map((v, j) => (
                    <td key={j} class="num">
                      {spec.format(v)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {printRow && <p class="hint print-only">{printNote}</p>}
      </details>
      {printRow && (
        <label class="check no-print">
          <input type="checkbox" checked={printAll} onChange={(e) => setPrintAll(e.currentTarget.checked)} />
          Print the full table
        </label>
      )}
    </figure>
  );
}

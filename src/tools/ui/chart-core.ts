/**
 * Chart.js, tree-shaken to what our charts use and registered once. Loaded on demand by
 * ChartFigure, so a tool works before this code arrives.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  ScatterController,
  type Chart as ChartType,
  type ChartConfiguration,
  type Plugin,
} from 'chart.js';

// No legend or tooltip plugins: ChartFigure renders an HTML legend and the data table,
// which are accessible and cost no bytes here.
Chart.register(
  LineController,
  LineElement,
  PointElement,
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  ScatterController,
);

/** Colour tokens a series may use (CSS custom properties of tokens.css). */
export type SeriesColor = 'stage-1' | 'stage-2' | 'stage-3' | 'stage-4' | 'stage-5' | 'stage-6' | 'accent';

/** A series as views describe it. */
export interface SeriesSpec {
  label: string;
  values: number[];
  color: SeriesColor;
  dashed?: boolean;
  /** Bars drawn as an outline only (e.g. a disqualified vendor): a shape cue, not only colour. */
  hollow?: boolean[];
  /** Draw a dot at each value (a series with gaps, or a single value, is otherwise invisible). */
  points?: boolean;
}

/** A line or bar chart: series of values over shared labels. */
export interface SeriesChartSpec {
  type: 'line' | 'bar';
  labels: string[];
  series: SeriesSpec[];
  xTitle: string;
  yTitle: string;
  /** Formats axis ticks and tooltips. */
  format: (n: number) => string;
  stacked?: boolean;
}

/** A labelled point of a scatter chart. */
export interface ScatterPoint {
  label: string;
  x: number;
  y: number;
}

/**
 * A scatter chart on a 2×2: both axes run from `min` to `max`, split into quadrants at
 * `split`, each quadrant named in its corner and each point labelled beside it (points on the
 * same spot share one label, "Payroll, Bookkeeping").
 */
export interface ScatterSpec {
  type: 'scatter';
  points: ScatterPoint[];
  color: SeriesColor;
  xTitle: string;
  yTitle: string;
  min: number;
  max: number;
  split: number;
  /** Quadrant names: top left, top right, bottom left, bottom right. */
  quadrants: [string, string, string, string];
  format: (n: number) => string;
}

/** One bar of a timeline: from its first to its last unit (both included, e.g. weeks 3–5). */
export interface TimelineBar {
  label: string;
  start: number;
  end: number;
}

/** Floating horizontal bars on a shared axis of whole units (a plan's phases by week). */
export interface TimelineSpec {
  type: 'timeline';
  bars: TimelineBar[];
  color: SeriesColor;
  xTitle: string;
  format: (n: number) => string;
}

/** What a chart shows. */
export type ChartSpec = SeriesChartSpec | ScatterSpec | TimelineSpec;

/** Resolves a CSS colour expression (e.g. `var(--accent)`) to rgb() in the element's theme. */
function resolveColor(host: HTMLElement, css: string): string {
  const probe = document.createElement('span');
  probe.style.color = css;
  host.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

/**
 * Resolved colours of the current theme. Resolving forces a style recalculation, so it is done
 * once per theme, not on every update while the visitor types.
 */
type Palette = (css: string) => string;

function palette(host: HTMLElement): Palette {
  const cache = new Map<string, string>();
  return (css) => {
    let color = cache.get(css);
    if (color === undefined) cache.set(css, (color = resolveColor(host, css)));
    return color;
  };
}

function seriesConfig(color: Palette, spec: SeriesChartSpec): ChartConfiguration {
  const fg = color('var(--fg-muted)');
  const grid = color('var(--border)');
  return {
    type: spec.type,
    data: {
      labels: spec.labels,
      datasets: spec.series.map((s) => {
        const c = color(`var(--${s.color})`);
        return {
          label: s.label,
          data: s.values,
          borderColor: c,
          backgroundColor: s.hollow ? s.values.map((_, i) => (s.hollow![i] ? 'transparent' : c)) : c,
          borderDash: s.dashed ? [6, 4] : [],
          borderWidth: 2,
          pointRadius: s.points ? 4 : 0,
          pointHitRadius: 8,
        };
      }),
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      scales: {
        x: {
          stacked: spec.stacked,
          title: { display: true, text: spec.xTitle, color: fg },
          ticks: { color: fg, maxTicksLimit: 12 },
          grid: { color: grid },
        },
        y: {
          stacked: spec.stacked,
          title: { display: true, text: spec.yTitle, color: fg },
          ticks: { color: fg, callback: (v) => spec.format(Number(v)) },
          grid: { color: grid },
        },
      },
    },
  };
}

function timelineConfig(color: Palette, spec: TimelineSpec): ChartConfiguration<'bar'> {
  const fg = color('var(--fg-muted)');
  const grid = color('var(--border)');
  const bar = color(`var(--${spec.color})`);
  const first = Math.min(1, ...spec.bars.map((b) => b.start));
  const last = Math.max(first, ...spec.bars.map((b) => b.end));
  return {
    type: 'bar',
    data: {
      labels: spec.bars.map((b) => b.label),
      // A bar covers its units whole: week 3 runs from 2.5 to 3.5 on the axis.
      datasets: [
        { label: spec.xTitle, data: spec.bars.map((b) => [b.start - 0.5, b.end + 0.5]), backgroundColor: bar },
      ],
    },
    options: {
      indexAxis: 'y',
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      scales: {
        x: {
          type: 'linear',
          min: first - 0.5,
          max: last + 0.5,
          title: { display: true, text: spec.xTitle, color: fg },
          // One tick per whole unit (every second, third… on long plans), at the units' centres.
          afterBuildTicks: (scale: { ticks: { value: number }[] }) => {
            const step = Math.ceil((last - first + 1) / 14);
            scale.ticks = [];
            for (let v = first; v <= last; v += step) scale.ticks.push({ value: v });
          },
          ticks: { color: fg, callback: (v) => spec.format(Number(v)) },
          grid: { color: grid },
        },
        y: { ticks: { color: fg }, grid: { color: grid } },
      },
    },
  };
}

/** Points on the same spot, with their labels joined: one dot and one label each. */
export function groupPoints(points: ScatterPoint[]): ScatterPoint[] {
  const spots = new Map<string, ScatterPoint>();
  for (const p of points) {
    const key = `${p.x}|${p.y}`;
    const seen = spots.get(key);
    spots.set(key, seen ? { ...seen, label: `${seen.label}, ${p.label}` } : { ...p });
  }
  return [...spots.values()];
}

/** Longest point label drawn on the canvas (the data table has the full names). */
const MAX_LABEL = 28;

/** Quadrant lines and names (under the points) and point labels (over them), read from `spec()`. */
function quadrantPlugin(spec: () => ScatterSpec, color: () => Palette): Plugin<'scatter'> {
  return {
    id: 'quadrants',
    beforeDatasetsDraw(chart: ChartType) {
      const s = spec();
      const { ctx, chartArea: a, scales } = chart;
      const x = scales.x!.getPixelForValue(s.split);
      const y = scales.y!.getPixelForValue(s.split);
      ctx.save();
      ctx.strokeStyle = color()('var(--border-strong)');
      ctx.lineWidth = 2;
      ctx.beginPath();
      ctx.moveTo(x, a.top);
      ctx.lineTo(x, a.bottom);
      ctx.moveTo(a.left, y);
      ctx.lineTo(a.right, y);
      ctx.stroke();
      ctx.fillStyle = color()('var(--fg-muted)');
      ctx.font = `600 13px ${getComputedStyle(chart.canvas).fontFamily}`;
      const pad = 6;
      const corner = (text: string, left: boolean, top: boolean) => {
        ctx.textAlign = left ? 'left' : 'right';
        ctx.textBaseline = top ? 'top' : 'bottom';
        ctx.fillText(text, left ? a.left + pad : a.right - pad, top ? a.top + pad : a.bottom - pad);
      };
      corner(s.quadrants[0], true, true);
      corner(s.quadrants[1], false, true);
      corner(s.quadrants[2], true, false);
      corner(s.quadrants[3], false, false);
      ctx.restore();
    },
    afterDatasetsDraw(chart: ChartType) {
      const { ctx, chartArea: a, scales } = chart;
      ctx.save();
      ctx.fillStyle = color()('var(--fg)');
      ctx.font = `13px ${getComputedStyle(chart.canvas).fontFamily}`;
      ctx.textBaseline = 'middle';
      for (const p of groupPoints(spec().points)) {
        const px = scales.x!.getPixelForValue(p.x);
        const py = scales.y!.getPixelForValue(p.y);
        const text = p.label.length > MAX_LABEL ? `${p.label.slice(0, MAX_LABEL - 1)}…` : p.label;
        const right = px + 10 + ctx.measureText(text).width <= a.right;
        ctx.textAlign = right ? 'left' : 'right';
        ctx.fillText(text, right ? px + 10 : px - 10, py);
      }
      ctx.restore();
    },
  };
}

function scatterConfig(color: Palette, spec: ScatterSpec, plugin: Plugin<'scatter'>): ChartConfiguration<'scatter'> {
  const fg = color('var(--fg-muted)');
  const grid = color('var(--border)');
  const dot = color(`var(--${spec.color})`);
  const ticks = Array.from({ length: spec.max - spec.min + 1 }, (_, i) => ({ value: spec.min + i }));
  const axis = (title: string) => ({
    type: 'linear' as const,
    // Room beyond 1 and 5 on each side: points there are not cut by the frame and stay
    // clear of the quadrant names in the corners.
    min: spec.min - 0.75,
    max: spec.max + 0.75,
    afterBuildTicks: (scale: { ticks: { value: number }[] }) => void (scale.ticks = ticks),
    title: { display: true, text: title, color: fg },
    ticks: { color: fg, callback: (v: number | string) => String(v) },
    grid: { color: grid },
  });
  return {
    type: 'scatter',
    data: {
      datasets: [
        {
          label: 'Tasks',
          data: groupPoints(spec.points).map((p) => ({ x: p.x, y: p.y })),
          backgroundColor: dot,
          borderColor: dot,
          pointRadius: 6,
          pointHitRadius: 8,
        },
      ],
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      scales: { x: axis(spec.xTitle), y: axis(spec.yTitle) },
    },
    plugins: [plugin],
  };
}

/** Draws a chart into the canvas and returns an updater and a destroyer. */
export function drawChart(canvas: HTMLCanvasElement, spec: ChartSpec) {
  const host = canvas.parentElement ?? document.body;
  let colors = palette(host);
  let current = spec;
  // The quadrant plugin reads the latest spec and palette, so updates need no new plugin.
  const plugin = quadrantPlugin(
    () => current as ScatterSpec,
    () => colors,
  );
  const config = (c: Palette, s: ChartSpec): ChartConfiguration =>
    s.type === 'scatter'
      ? (scatterConfig(c, s, plugin) as unknown as ChartConfiguration)
      : s.type === 'timeline'
        ? (timelineConfig(c, s) as unknown as ChartConfiguration)
        : seriesConfig(c, s);
  let chart = new Chart(canvas, config(colors, spec));
  return {
    update(next: ChartSpec, rethemed = false) {
      current = next;
      if (rethemed) {
        colors = palette(host);
        chart.destroy();
        chart = new Chart(canvas, config(colors, next));
        return;
      }
      const fresh = config(colors, next);
      chart.data = fresh.data;
      chart.options = fresh.options ?? {};
      chart.update('none');
    },
    destroy: () => chart.destroy(),
  };
}

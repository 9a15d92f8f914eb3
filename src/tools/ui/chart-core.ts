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
  type ChartConfiguration,
} from 'chart.js';

// No legend or tooltip plugins: ChartFigure renders an HTML legend and the data table,
// which are accessible and cost no bytes here.
Chart.register(LineController, LineElement, PointElement, BarController, BarElement, CategoryScale, LinearScale);

/** Colour tokens a series may use (CSS custom properties of tokens.css). */
export type SeriesColor = 'stage-1' | 'stage-2' | 'stage-3' | 'stage-4' | 'stage-5' | 'stage-6' | 'accent';

/** A series as views describe it. */
export interface SeriesSpec {
  label: string;
  values: number[];
  color: SeriesColor;
  dashed?: boolean;
}

/** What a chart shows. */
export interface ChartSpec {
  type: 'line' | 'bar';
  labels: string[];
  series: SeriesSpec[];
  xTitle: string;
  yTitle: string;
  /** Formats axis ticks and tooltips. */
  format: (n: number) => string;
  stacked?: boolean;
}

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

function config(color: Palette, spec: ChartSpec): ChartConfiguration {
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
          backgroundColor: c,
          borderDash: s.dashed ? [6, 4] : [],
          borderWidth: 2,
          pointRadius: 0,
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

/** Draws a chart into the canvas and returns an updater and a destroyer. */
export function drawChart(canvas: HTMLCanvasElement, spec: ChartSpec) {
  const host = canvas.parentElement ?? document.body;
  let colors = palette(host);
  let chart = new Chart(canvas, config(colors, spec));
  return {
    update(next: ChartSpec, rethemed = false) {
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

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

function config(host: HTMLElement, spec: ChartSpec): ChartConfiguration {
  const fg = resolveColor(host, 'var(--fg-muted)');
  const grid = resolveColor(host, 'var(--border)');
  return {
    type: spec.type,
    data: {
      labels: spec.labels,
      datasets: spec.series.map((s) => {
        const color = resolveColor(host, `var(--${s.color})`);
        return {
          label: s.label,
          data: s.values,
          borderColor: color,
          backgroundColor: color,
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
  let chart = new Chart(canvas, config(host, spec));
  return {
    update(next: ChartSpec, rethemed = false) {
      if (rethemed) {
        chart.destroy();
        chart = new Chart(canvas, config(host, next));
        return;
      }
      const fresh = config(host, next);
      chart.data = fresh.data;
      chart.options = fresh.options ?? {};
      chart.update('none');
    },
    destroy: () => chart.destroy(),
  };
}

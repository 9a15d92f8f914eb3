/** Per KPI with a figure: a line chart of the actuals with the target and minimum lines, and its table. */
import { useMemo } from 'preact/hooks';
import { ChartFigure } from '../ui/ChartFigure';
import type { SeriesChartSpec } from '../ui/chart-core';
import { formatNumber } from '../framework/number-format';
import { kpiLabel, periodLabel } from './model';
import { actualOf } from './results';
import type { KpiTrackerState, TrackedKpi } from './state';

interface Props {
  state: KpiTrackerState;
  locale: string;
}

function Trend({ state, k, index, locale }: Props & { k: TrackedKpi; index: number }) {
  const name = kpiLabel(k.name, index);
  const spec = useMemo((): SeriesChartSpec => {
    const flat = (v: number | null) => state.periods.map(() => v ?? Number.NaN);
    return {
      type: 'line',
      labels: state.periods.map((p, i) => periodLabel(p.name, i)),
      series: [
        {
          label: 'Actual',
          values: state.periods.map((p) => actualOf(p, k.id) ?? Number.NaN),
          color: 'accent',
          points: true,
        },
        ...(k.target === null
          ? []
          : [{ label: 'Target', values: flat(k.target), color: 'stage-2' as const, dashed: true }]),
        ...(k.minimum === null
          ? []
          : [{ label: 'Minimum', values: flat(k.minimum), color: 'stage-4' as const, dashed: true }]),
      ],
      xTitle: 'Period',
      yTitle: k.unit || name,
      format: (n: number) => formatNumber(n, locale, 4),
    };
  }, [state.periods, k, index, locale]);
  const shown = spec.series[0]!.values.filter(Number.isFinite).length;
  return (
    <ChartFigure
      id={`kpi-chart-${k.id}`}
      title={`${name} by period`}
      summary={`Line chart of ${name} in ${shown} of ${spec.labels.length} periods, from ${spec.labels[0]} to ${spec.labels.at(-1)}${k.target === null ? '' : `, with the target of ${spec.format(k.target)}`}${k.minimum === null ? '' : ` and the minimum of ${spec.format(k.minimum)}`}${k.lowerIsBetter ? '; lower is better' : ''}.`}
      spec={spec}
      columns={['Period', ...spec.series.map((s) => s.label)]}
    />
  );
}

export function KpiTrends({ state, locale }: Props) {
  const charted = state.kpis
    .map((k, index) => ({ k, index }))
    .filter(({ k }) => state.periods.some((p) => actualOf(p, k.id) !== null));
  return (
    <section aria-labelledby="kpi-trends">
      <h2 id="kpi-trends">Trends</h2>
      {charted.length === 0 ? (
        <p class="hint">A KPI’s trend appears once it has a figure in a period.</p>
      ) : (
        charted.map(({ k, index }) => <Trend key={k.id} state={state} k={k} index={index} locale={locale} />)
      )}
    </section>
  );
}

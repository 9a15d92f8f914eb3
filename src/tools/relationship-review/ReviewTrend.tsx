/** Trend of review scores over periods: a line chart with its data table. */
import { useMemo } from 'preact/hooks';
import { ChartFigure } from '../ui/ChartFigure';
import { formatNumber } from '../framework/number-format';
import { periodLabel, type TrendPoint } from './model';

interface Props {
  points: TrendPoint[];
  locale: string;
}

export function ReviewTrend({ points, locale }: Props) {
  const scored = points.filter((p) => p.ours !== null || p.vendor !== null);
  const withVendor = scored.some((p) => p.vendor !== null);
  const spec = useMemo(
    () => ({
      type: 'line' as const,
      labels: scored.map((p) => periodLabel(p.period)),
      series: [
        { label: 'Our score', values: scored.map((p) => p.ours ?? Number.NaN), color: 'stage-6' as const },
        ...(withVendor
          ? [
              {
                label: 'Vendor’s score',
                values: scored.map((p) => p.vendor ?? Number.NaN),
                color: 'stage-3' as const,
                dashed: true,
              },
            ]
          : []),
      ],
      xTitle: 'Review period',
      yTitle: 'Score (1–5)',
      format: (n: number) => formatNumber(n, locale, 1),
    }),
    [points, locale],
  );
  return (
    <section aria-labelledby="rr-trend">
      <h2 id="rr-trend">Trend of review scores</h2>
      {scored.length === 0 ? (
        <p class="hint">The trend appears once a period has at least one answered question.</p>
      ) : (
        <ChartFigure
          id="rr-chart"
          title="Review scores by period"
          summary={`Line chart of review scores (1 to 5) over ${scored.length} period${scored.length === 1 ? '' : 's'}, from ${spec.labels[0]} to ${spec.labels.at(-1)}.`}
          spec={spec}
          columns={['Period', ...spec.series.map((s) => s.label)]}
        />
      )}
    </section>
  );
}

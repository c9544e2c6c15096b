import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { ArrivalBucket } from '../../../shared/rules/checkin/presence';
import { currentLanguage } from '../../app/i18n';

const BIN_S = 10 * 60;

/**
 * The chart's columns: a bin's bar spans its own ten minutes, from its start; an empty bin after
 * the last gives the width even when there is one bin.
 */
function chartData(series: readonly ArrivalBucket[]): uPlot.AlignedData {
  const last = series[series.length - 1]!;
  const bins = [...series, { start: last.start + BIN_S * 1000, arrivals: 0, cumulative: last.cumulative }];
  return [bins.map((b) => b.start / 1000), bins.map((b) => b.arrivals), bins.map((b) => b.cumulative)];
}

/** Time axis from ten minutes before the first bin to ten after the end of the last. */
function timeRange(data: uPlot.AlignedData): [number, number] {
  return [data[0][0]! - BIN_S, data[0][data[0].length - 1]! + BIN_S];
}

/**
 * Check-ins per ten minutes (bars) and the running total (line), drawn with uPlot. The chart is made
 * once per language and given new data on each check-in: remaking it would hold up the desk's answer.
 */
export function ArrivalChart({ series }: { series: readonly ArrivalBucket[] }) {
  const { t, i18n } = useTranslation();
  const host = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const latest = useRef(series);
  latest.current = series;
  const hasData = series.length > 0;

  useEffect(() => {
    const element = host.current;
    if (!element || !hasData) return;
    const time = new Intl.DateTimeFormat(currentLanguage(), { hour: '2-digit', minute: '2-digit' });
    const data = chartData(latest.current);
    const chart: uPlot = new uPlot(
      {
        width: element.clientWidth || 420,
        height: 220,
        series: [
          { label: t('checkin.chartTime') },
          {
            label: t('checkin.chartArrivals'),
            stroke: '#1f5fae',
            fill: 'rgba(31,95,174,0.35)',
            paths: uPlot.paths.bars!({ size: [1, Infinity], align: 1, gap: 2 }),
            scale: 'arrivals',
          },
          { label: t('checkin.chartCumulative'), stroke: '#c0392b', width: 2, scale: 'total' },
        ],
        axes: [
          { values: (_u, splits) => splits.map((s) => time.format(new Date(s * 1000))) },
          { scale: 'arrivals', label: t('checkin.chartArrivals') },
          { scale: 'total', side: 1, label: t('checkin.chartCumulative'), grid: { show: false } },
        ],
        scales: {
          x: { time: true, auto: false, range: (u): uPlot.Range.MinMax => timeRange(u.data) },
          arrivals: { range: (_u, _min, max) => [0, Math.max(1, max)] },
          total: { range: (_u, _min, max) => [0, Math.max(1, max)] },
        },
        legend: { show: false },
      },
      data,
      element,
    );
    plot.current = chart;
    return () => {
      chart.destroy();
      plot.current = null;
    };
  }, [t, i18n.language, hasData]);

  useEffect(() => {
    if (plot.current && series.length) plot.current.setData(chartData(series));
  }, [series]);

  return (
    <section aria-labelledby="arrivals-title" className="panel">
      <h2 id="arrivals-title">{t('checkin.chartTitle')}</h2>
      {hasData ? (
        <div
          ref={host}
          role="img"
          aria-label={t('checkin.chartLabel', { n: series[series.length - 1]!.cumulative })}
        />
      ) : (
        <p className="empty">{t('checkin.noArrivals')}</p>
      )}
    </section>
  );
}

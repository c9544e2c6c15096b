import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { ArrivalBucket } from '../../../shared/checkin/presence';

/** Check-ins per ten minutes (bars) and the running total (line), drawn with uPlot. */
export function ArrivalChart({ series }: { series: readonly ArrivalBucket[] }) {
  const { t } = useTranslation();
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = host.current;
    if (!element || series.length === 0) return;
    const data: uPlot.AlignedData = [series.map((b) => b.start / 1000), series.map((b) => b.arrivals), series.map((b) => b.cumulative)];
    const plot = new uPlot(
      {
        width: element.clientWidth || 420,
        height: 220,
        series: [
          {},
          { label: t('checkin.chartArrivals'), stroke: '#1f5fae', fill: 'rgba(31,95,174,0.35)', paths: uPlot.paths.bars!({ size: [0.8, 60] }), scale: 'arrivals' },
          { label: t('checkin.chartCumulative'), stroke: '#c0392b', width: 2, scale: 'total' },
        ],
        axes: [{}, { scale: 'arrivals', label: t('checkin.chartArrivals') }, { scale: 'total', side: 1, label: t('checkin.chartCumulative'), grid: { show: false } }],
        // Time axis from ten minutes before the first bucket to ten after the last, even with one bucket.
        scales: { x: { time: true, range: (_u, min, max) => [min - 600, max + 600] }, arrivals: { range: (_u, _min, max) => [0, Math.max(1, max)] }, total: { range: (_u, _min, max) => [0, Math.max(1, max)] } },
        legend: { show: true },
      },
      data,
      element,
    );
    return () => plot.destroy();
  }, [series, t]);
  return (
    <section aria-labelledby="arrivals-title" className="panel">
      <h2 id="arrivals-title">{t('checkin.chartTitle')}</h2>
      {series.length === 0 ? <p className="empty">{t('checkin.noArrivals')}</p> : <div ref={host} role="img" aria-label={t('checkin.chartLabel', { n: series[series.length - 1]!.cumulative })} />}
    </section>
  );
}

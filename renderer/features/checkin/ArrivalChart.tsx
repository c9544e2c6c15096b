import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { ArrivalBucket } from '../../../shared/checkin/presence';
import { currentLanguage } from '../../app/i18n';

const BIN_MS = 10 * 60_000;

/** Check-ins per ten minutes (bars) and the running total (line), drawn with uPlot. */
export function ArrivalChart({ series }: { series: readonly ArrivalBucket[] }) {
  const { t, i18n } = useTranslation();
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = host.current;
    if (!element || series.length === 0) return;
    const time = new Intl.DateTimeFormat(currentLanguage(), { hour: '2-digit', minute: '2-digit' });
    // A bin's bar spans its own ten minutes, from its start; an empty bin after the last gives
    // the width even when there is one bin.
    const last = series[series.length - 1]!;
    const bins = [...series, { start: last.start + BIN_MS, arrivals: 0, cumulative: last.cumulative }];
    const data: uPlot.AlignedData = [bins.map((b) => b.start / 1000), bins.map((b) => b.arrivals), bins.map((b) => b.cumulative)];
    const plot = new uPlot(
      {
        width: element.clientWidth || 420,
        height: 220,
        series: [
          { label: t('checkin.chartTime') },
          { label: t('checkin.chartArrivals'), stroke: '#1f5fae', fill: 'rgba(31,95,174,0.35)', paths: uPlot.paths.bars!({ size: [1, Infinity], align: 1, gap: 2 }), scale: 'arrivals' },
          { label: t('checkin.chartCumulative'), stroke: '#c0392b', width: 2, scale: 'total' },
        ],
        axes: [{ values: (_u, splits) => splits.map((s) => time.format(new Date(s * 1000))) }, { scale: 'arrivals', label: t('checkin.chartArrivals') }, { scale: 'total', side: 1, label: t('checkin.chartCumulative'), grid: { show: false } }],
        // Time axis from ten minutes before the first bin to ten after the end of the last.
        scales: { x: { time: true, auto: false, range: [data[0][0]! - 600, data[0][data[0].length - 1]! + 600] }, arrivals: { range: (_u, _min, max) => [0, Math.max(1, max)] }, total: { range: (_u, _min, max) => [0, Math.max(1, max)] } },
        legend: { show: false },
      },
      data,
      element,
    );
    return () => plot.destroy();
  }, [series, t, i18n.language]);
  return (
    <section aria-labelledby="arrivals-title" className="panel">
      <h2 id="arrivals-title">{t('checkin.chartTitle')}</h2>
      {series.length === 0 ? <p className="empty">{t('checkin.noArrivals')}</p> : <div ref={host} role="img" aria-label={t('checkin.chartLabel', { n: series[series.length - 1]!.cumulative })} />}
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../app/i18n';
import { formatNumber } from '../../app/format';
import type { PrintJob } from './useBadgePrinting';

/** The button that makes the PDF and, while it is made, the progress and a way to stop it. */
export function PrintActions({
  count,
  ready,
  job,
  onPrint,
}: {
  count: number;
  /** The fonts are measured. */
  ready: boolean;
  job: PrintJob;
  onPrint: () => void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <div className="form-actions">
      <button
        type="button"
        className="button button--primary"
        disabled={count === 0 || !!job || !ready}
        onClick={onPrint}
      >
        {t('badges.makePdf', { n: formatNumber(count, language) })}
      </button>
      {job ? (
        <>
          <progress value={job.done} max={job.total} aria-label={t('badges.progress')} />
          <span>
            {t('badges.progressText', {
              done: formatNumber(job.done, language),
              total: formatNumber(job.total, language),
            })}
          </span>
          <button type="button" className="button" onClick={job.cancel}>
            {t('common.cancel')}
          </button>
        </>
      ) : null}
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../app/i18n';
import { useMarkWhenPainted } from '../../app/timing';
import type { Outcome } from './useDesk';

function clock(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}

const SYMBOLS: Record<Outcome['kind'], string> = { ok: '✓', warning: '!', error: '✕' };

/**
 * What just happened, full width and in colour — green done, amber already done, red refused —
 * readable from two metres. Every input gets one, so the last one on screen is always the latest.
 */
export function DeskOutcome({
  outcome,
  ready,
  size,
}: {
  outcome: Outcome | null;
  ready: boolean;
  size: number;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  useMarkWhenPainted(`checkin:banner-${outcome?.seq ?? 0}`, outcome !== null);
  const params =
    outcome && typeof outcome.params.time === 'string'
      ? { ...outcome.params, time: clock(outcome.params.time, language) }
      : outcome?.params;
  const text = outcome
    ? t(outcome.key, params ?? {})
    : ready
      ? t('checkin.ready', { count: size })
      : t('common.loading');
  return (
    <div
      className={`desk-banner${outcome ? ` desk-banner--${outcome.kind}` : ''}`}
      role="status"
      aria-label={t('checkin.outcomeLabel')}
      aria-live="assertive"
      data-seq={outcome?.seq ?? 0}
    >
      {outcome ? (
        <span className="desk-banner-symbol" aria-hidden="true">
          {`${SYMBOLS[outcome.kind]} `}
        </span>
      ) : null}
      <span className="desk-banner-text">{text}</span>
    </div>
  );
}

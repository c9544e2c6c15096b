import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../app/i18n';
import { formatDateTime } from '../../app/format';
import { TextField } from '../../components/fields';

export interface SealRecord {
  seals: { fingerprint: string; at: string; by: string }[];
  reopenings: { reason: string; at: string; by: string }[];
}

/** Every fingerprint a result was sealed with, and every reopening with its reason: a vote's and an election's alike. */
export function SealHistory({ record }: { record: SealRecord }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <>
      {record.seals.length ? (
        <ol className="seals" aria-label={t('votes.fingerprints')}>
          {record.seals.map((seal, i) => (
            <li key={seal.fingerprint + i}>
              {t('votes.sealedAt', { time: formatDateTime(seal.at, language), by: seal.by })} <code>{seal.fingerprint}</code>
            </li>
          ))}
        </ol>
      ) : null}
      {record.reopenings.length ? (
        <ul className="hint" aria-label={t('votes.reopenings')}>
          {record.reopenings.map((r) => (
            <li key={r.at}>{t('votes.reopenedBecause', { time: formatDateTime(r.at, language), by: r.by, reason: r.reason })}</li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

/** Reopening a sealed result: only with a reason, which stays in the log. */
export function ReopenForm({ onReopen }: { onReopen: (reason: string) => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  return (
    <div className="field-row">
      <TextField label={t('votes.reopenReason')} value={reason} onChange={setReason} />
      <button type="button" className="button" onClick={() => onReopen(reason)}>
        {t('votes.reopen')}
      </button>
    </div>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReopeningRecord, SealRecord } from '../../../shared/core/domain/entities';
import { currentLanguage } from '../../app/i18n';
import { formatDateTime } from '../../app/format';
import { TextField } from '../fields';

export interface SealsOf {
  seals: SealRecord[];
  reopenings: ReopeningRecord[];
}

/** Seals and reopenings in the order they happened, most recent last. */
export function sealTimeline(
  record: SealsOf,
): ({ kind: 'seal'; seal: SealRecord } | { kind: 'reopening'; reopening: ReopeningRecord })[] {
  const entries = [
    ...record.seals.map((seal) => ({ kind: 'seal' as const, seal, at: seal.at })),
    ...record.reopenings.map((reopening) => ({ kind: 'reopening' as const, reopening, at: reopening.at })),
  ];
  return entries.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

/** Every fingerprint a result was sealed with and by whom, and every reopening with its reason, in time order. */
export function SealHistory({ record }: { record: SealsOf }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  if (!record.seals.length && !record.reopenings.length) return null;
  return (
    <>
      <ol className="seals" aria-label={t('votes.fingerprints')}>
        {record.seals.map((seal, i) => (
          <li key={seal.fingerprint + i}>
            {t('votes.sealedAt', { time: formatDateTime(seal.at, language), by: seal.by })}
            {seal.tellers?.length
              ? ` ${t('votes.sealedByTellers', { names: seal.tellers.join(t('common.namesSeparator')) })}`
              : ''}{' '}
            <code>{seal.fingerprint}</code>
          </li>
        ))}
      </ol>
      {record.reopenings.length ? (
        <ol className="hint" aria-label={t('votes.timeline')}>
          {sealTimeline(record).map((entry, i) =>
            entry.kind === 'seal' ? (
              <li key={`s${i}`}>
                {t('votes.timelineSeal', {
                  time: formatDateTime(entry.seal.at, language),
                  names: entry.seal.tellers?.join(t('common.namesSeparator')) || entry.seal.by,
                })}
              </li>
            ) : (
              <li key={`r${i}`}>
                {t('votes.reopenedBecause', {
                  time: formatDateTime(entry.reopening.at, language),
                  by: entry.reopening.name || entry.reopening.by,
                  reason: entry.reopening.reason,
                })}
              </li>
            ),
          )}
        </ol>
      ) : null}
    </>
  );
}

/** Reopening a sealed result: only with a reason and the name of who reopens, both kept in the log. */
export function ReopenForm({ onReopen }: { onReopen: (reason: string, name: string) => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [name, setName] = useState('');
  return (
    <div className="field-row">
      <TextField label={t('votes.reopenReason')} value={reason} onChange={setReason} />
      <TextField label={t('votes.reopenName')} value={name} onChange={setName} />
      <button type="button" className="button" onClick={() => onReopen(reason, name)}>
        {t('votes.reopen')}
      </button>
    </div>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DomainEvent } from '../../shared/core/domain/events';
import { useRecordHistory } from '../db/hooks';
import { currentLanguage } from '../app/i18n';
import { formatDateTime } from '../app/format';
import { Dialog } from './Dialog';

/** Opens the history of one record: every event of the log that changed it. */
export function HistoryButton({
  conferenceId,
  entityId,
  label,
}: {
  conferenceId: string;
  entityId: string;
  label: string;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="button button--small"
        onClick={() => setOpen(true)}
        aria-label={t('history.openFor', { name: label })}
      >
        {t('history.open')}
      </button>
      {open ? (
        <HistoryDialog
          conferenceId={conferenceId}
          entityId={entityId}
          label={label}
          onClose={() => setOpen(false)}
        />
      ) : null}
    </>
  );
}

function plain(value: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  if (Array.isArray(value)) return value.map(plain).filter(Boolean).join('; ');
  if (typeof value === 'object')
    return Object.values(value as Record<string, unknown>)
      .map(plain)
      .filter(Boolean)
      .join(' / ');
  return String(value);
}

function describeValue(value: unknown): string {
  const text = plain(value) || '—';
  // A logo or a document is a long data URL: the history shows that it changed, not its bytes.
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}

function changes(event: DomainEvent): [string, unknown][] {
  const { payload } = event;
  if (payload.op === 'created')
    return Object.entries(payload.fields).filter(([, v]) => v !== '' && v !== null && v !== false);
  if (payload.op === 'updated') return Object.entries(payload.patch);
  return [];
}

function HistoryDialog({
  conferenceId,
  entityId,
  label,
  onClose,
}: {
  conferenceId: string;
  entityId: string;
  label: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const events = useRecordHistory(conferenceId, entityId);
  const ordered = [...(events ?? [])].sort((a, b) => a.hlc.localeCompare(b.hlc));
  return (
    <Dialog title={t('history.title', { name: label })} onClose={onClose} wide>
      <ol className="history" aria-label={t('history.listLabel')}>
        {ordered.map((event) => (
          <li key={event.id} className="history-entry">
            <div className="history-head">
              <strong>{t(`history.op_${event.payload.op}`)}</strong>
              <span>{formatDateTime(event.at, language)}</span>
              <span>{t('history.by', { actor: event.actor, device: event.deviceId })}</span>
            </div>
            {changes(event).length > 0 ? (
              <dl className="history-changes">
                {changes(event).map(([field, value]) => (
                  <div key={field}>
                    <dt>{t(`fieldNames.${field}`, { defaultValue: field })}</dt>
                    <dd>{describeValue(value)}</dd>
                  </div>
                ))}
              </dl>
            ) : null}
          </li>
        ))}
      </ol>
    </Dialog>
  );
}

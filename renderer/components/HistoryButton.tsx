import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HistoryDialog } from './history/HistoryDialog';

/** Opens the history of one record: every event of the log that changed it, in words. */
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

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportBatch } from '../../../shared/core/domain/entities';
import { useStore } from '../../app/AppContext';
import { currentLanguage } from '../../app/i18n';
import { formatDateTime } from '../../app/format';
import { undoImport } from '../../db/importActions';
import { useImportBatches } from '../../db/hooks';
import { ActionsHeader } from '../../components/RowActions';

/** Past imports of this event, newest first, each undoable as one step. */
export function ImportHistory({ conferenceId }: { conferenceId: string }) {
  const { t } = useTranslation();
  const store = useStore();
  const language = currentLanguage();
  const batches = useImportBatches(conferenceId);
  const [message, setMessage] = useState('');
  if (!batches || batches.length === 0) return null;

  const undo = async (batch: ImportBatch) => {
    const result = await undoImport(store, batch);
    setMessage(result.ok ? t('import.undone', { name: batch.fileName }) : t('import.alreadyUndone'));
  };

  return (
    <section aria-labelledby="import-history-title" className="panel">
      <h2 id="import-history-title">{t('import.historyTitle')}</h2>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('import.when')}</th>
            <th scope="col">{t('import.file')}</th>
            <th scope="col">{t('import.what')}</th>
            <th scope="col">{t('import.rowsImported')}</th>
            <ActionsHeader />
          </tr>
        </thead>
        <tbody>
          {batches.map((b) => (
            <tr key={b.id}>
              <td>{formatDateTime(b.createdAt, language)}</td>
              <td>{b.fileName}</td>
              <td>{t(`import.target_${b.target}`)}</td>
              <td>{b.rowsImported}</td>
              <td className="row-actions">
                {b.undone ? (
                  <span className="hint">{t('import.wasUndone')}</span>
                ) : (
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => void undo(b)}
                    aria-label={t('import.undoNamed', { name: b.fileName })}
                  >
                    {t('import.undo')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {message ? (
        <p role="status" className="status">
          {message}
        </p>
      ) : null}
    </section>
  );
}

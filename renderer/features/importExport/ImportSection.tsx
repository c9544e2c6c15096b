import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportTarget } from '../../../shared/codecs/import/headers';
import { useServices } from '../../app/AppContext';
import { useMarkWhenPainted } from '../../app/timing';
import { useImportSession } from './useImportSession';
import { MappingPanel } from './MappingPanel';
import { PreviewPanel } from './PreviewPanel';
import { prewarmReader } from './readInWorker';

export const LIST_FILE_FILTERS = [{ name: 'Excel, CSV', extensions: ['xlsx', 'xlsm', 'csv', 'tsv', 'txt'] }];

export function ImportSection({ conferenceId, target }: { conferenceId: string; target: ImportTarget }) {
  const { t } = useTranslation();
  const { platform } = useServices();
  const session = useImportSession(conferenceId, target);
  const { state } = session;
  useEffect(prewarmReader, [state.step]);
  useMarkWhenPainted('import:committed', state.step === 'done');

  const choose = async () => {
    const picked = await platform.openFile(LIST_FILE_FILTERS);
    if (picked) await session.open(picked.bytes, picked.name);
  };

  return (
    <div className="import">
      <div className="form-actions">
        <button
          type="button"
          className="button button--primary"
          onClick={() => void choose()}
          disabled={state.step === 'reading' || state.step === 'committing'}
        >
          {t('import.chooseFile')}
        </button>
        <span className="hint">{t('import.fileHint')}</span>
      </div>
      {state.step === 'reading' ? (
        <div className="progress-row" role="status">
          <span>{t('import.reading', { name: state.fileName })}</span>
          <progress aria-label={t('import.reading', { name: state.fileName })} />
          <button type="button" className="button" onClick={session.cancel}>
            {t('import.cancelReading')}
          </button>
        </div>
      ) : null}
      {state.step === 'failed' ? (
        <div className="form-errors" role="alert">
          <p>
            <strong>{state.fileName}</strong>: {t(`import.problem_${state.problem}`)}
          </p>
        </div>
      ) : null}
      {state.step === 'done' ? (
        <div className="import-done" role="status">
          <p>
            {t('import.done', {
              name: state.fileName,
              attendees: state.outcome.summary.attendees,
              created: state.outcome.summary.organisationsCreated,
              updated: state.outcome.summary.organisationsUpdated,
              delegates: state.outcome.summary.delegatesLinked,
            })}
          </p>
          <p className="hint">{t('import.undoHint')}</p>
        </div>
      ) : null}
      {(state.step === 'mapping' || state.step === 'committing') && session.file && session.settings ? (
        <>
          <MappingPanel session={session} target={target} />
          <PreviewPanel session={session} target={target} conferenceId={conferenceId} />
        </>
      ) : null}
    </div>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupFile } from '../../../shared/ipc';
import { useServices } from '../../app/AppContext';
import { currentLanguage } from '../../app/i18n';
import { formatDateTime } from '../../app/format';
import { exportArchive, mergeArchive, restoreArchive, type RestoreOutcome } from '../../db/archiveActions';
import { RestoredDialog } from '../../components/RestoredDialog';
import { useAsyncValue } from '../../components/useAsyncValue';
import { ConflictList } from './ConflictList';
import { archiveProblemText } from '../../components/archiveProblem';
import { markExported } from './exportReminder';

const ARCHIVE = [{ name: 'Plenum archive', extensions: ['zip'] }];

/** The event in one file: export it, merge another laptop's into it, and (desktop) the automatic backups. */
export function ArchiveScreen({ conferenceId }: { conferenceId: string }) {
  const { t } = useTranslation();
  const { store, platform } = useServices();
  const language = currentLanguage();
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [refresh, setRefresh] = useState(0);
  const [restored, setRestored] = useState<Extract<RestoreOutcome, { ok: true }> | null>(null);
  const backups = useAsyncValue(
    async () => (platform.backups ? platform.backups.list() : null),
    [platform, refresh],
  );

  const exportIt = async () => {
    const bytes = await exportArchive(store, conferenceId);
    const saved = await platform.saveFile(
      `${t('archive.fileName')}-${new Date().toISOString().slice(0, 10)}.zip`,
      bytes,
      ARCHIVE,
    );
    if (saved) {
      await markExported(store, conferenceId);
      setStatus({ kind: 'ok', text: t('archive.exported', { name: saved }) });
    }
  };
  const merge = async () => {
    const file = await platform.openFile(ARCHIVE);
    if (!file) return;
    const outcome = await mergeArchive(store, conferenceId, file.bytes);
    if (!outcome.ok)
      return setStatus({
        kind: 'error',
        text: archiveProblemText(outcome.problem, (key, params) => t(key, params ?? {})),
      });
    setStatus({
      kind: 'ok',
      text:
        outcome.added === 0
          ? t('archive.nothingNew')
          : t('archive.merged', { added: outcome.added, conflicts: outcome.conflicts }),
    });
  };
  const restore = async (backup: BackupFile) => {
    let bytes: Uint8Array;
    try {
      bytes = await platform.backups!.read(backup.path);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return setStatus({ kind: 'error', text: t('archive.problem_unreadable', { detail }) });
    }
    const outcome = await restoreArchive(store, bytes);
    if (!outcome.ok)
      return setStatus({
        kind: 'error',
        text: archiveProblemText(outcome.problem, (key, params) => t(key, params ?? {})),
      });
    setRestored(outcome);
  };

  return (
    <div className="archive">
      <RestoredDialog restored={restored} />
      <div className="screen-header">
        <h1>{t('archive.title')}</h1>
      </div>
      <section aria-labelledby="archive-file" className="panel">
        <h2 id="archive-file">{t('archive.fileTitle')}</h2>
        <p className="hint">{t('archive.fileHint')}</p>
        {platform.backups ? null : (
          <p className="form-errors" role="note">
            {t('archive.webReminder')}
          </p>
        )}
        <div className="form-actions">
          <button type="button" className="button button--primary" onClick={() => void exportIt()}>
            {t('archive.export')}
          </button>
          <button type="button" className="button" onClick={() => void merge()}>
            {t('archive.merge')}
          </button>
        </div>
        {status ? (
          <p
            role={status.kind === 'error' ? 'alert' : 'status'}
            className={status.kind === 'error' ? 'form-errors' : 'status'}
          >
            {status.text}
          </p>
        ) : null}
      </section>
      <ConflictList conferenceId={conferenceId} />
      {platform.backups ? (
        <section aria-labelledby="backups-title" className="panel">
          <h2 id="backups-title">{t('archive.backups')}</h2>
          <p className="hint">{t('archive.backupsHint')}</p>
          <div className="form-actions">
            <button
              type="button"
              className="button"
              onClick={() =>
                void (async () => {
                  await platform.backups!.write({
                    conferenceId,
                    bytes: await exportArchive(store, conferenceId),
                    reason: 'manual',
                  });
                  setRefresh((n) => n + 1);
                })()
              }
            >
              {t('archive.backUpNow')}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => void platform.backups!.chooseFolder().then(() => setRefresh((n) => n + 1))}
            >
              {t('archive.secondFolder')}
            </button>
          </div>
          {backups && backups.length ? (
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('archive.written')}</th>
                  <th scope="col">{t('archive.folder')}</th>
                  <th scope="col">{t('archive.size')}</th>
                  <th scope="col">{t('common.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {backups.map((b) => (
                  <tr key={b.path}>
                    <td>{formatDateTime(b.written, language)}</td>
                    <td>{b.folder}</td>
                    <td>{Math.ceil(b.bytes / 1024)} KB</td>
                    <td>
                      <button type="button" className="button button--small" onClick={() => void restore(b)}>
                        {t('archive.restoreThis', { time: formatDateTime(b.written, language) })}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p className="empty">{t('archive.noBackups')}</p>
          )}
        </section>
      ) : null}
    </div>
  );
}

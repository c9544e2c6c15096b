import { useEffect } from 'react';
import { backupReason } from '../../../shared/archive/backupPolicy';
import type { BackupRequest } from '../../../shared/ipc';
import { useServices } from '../../app/AppContext';
import { exportArchive } from '../../db/archiveActions';

const INTERVAL_MS = 3 * 60_000;

/**
 * The desktop app backs the open event up by itself: every few minutes while something changed,
 * and at once after an import, a seal or a reopening. In a browser there is nowhere to write to:
 * the archive screen reminds the user to export instead.
 */
export function useAutomaticBackups(conferenceId: string | null): void {
  const { store, platform } = useServices();
  useEffect(() => {
    const backups = platform.backups;
    if (!conferenceId || !backups) return;
    let dirty = false;
    let writing = Promise.resolve();
    const write = (reason: BackupRequest['reason']) => {
      dirty = false;
      writing = writing
        .then(async () => {
          await backups.write({ conferenceId, bytes: await exportArchive(store, conferenceId), reason });
        })
        .catch((error: unknown) => console.error('backup failed', error));
    };
    const stop = store.onCommit((commit) => {
      if (commit.conferenceId !== conferenceId) return;
      dirty = true;
      const reason = backupReason(commit.events);
      if (reason) write(reason);
    });
    const timer = setInterval(() => dirty && write('interval'), INTERVAL_MS);
    return () => {
      stop();
      clearInterval(timer);
      if (dirty) write('interval');
    };
  }, [store, platform, conferenceId]);
}

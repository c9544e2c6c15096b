import { useEffect } from 'react';
import { useServices } from '../../app/AppContext';
import { exportArchive } from '../../db/archiveActions';
import { BackupScheduler } from './backupScheduler';

const INTERVAL_MS = 3 * 60_000;

/**
 * The desktop app backs the open event up by itself (see BackupScheduler for when). In a browser
 * there is nowhere to write to: a reminder asks the user to export instead.
 */
export function useAutomaticBackups(conferenceId: string | null): void {
  const { store, platform } = useServices();
  useEffect(() => {
    const backups = platform.backups;
    if (!conferenceId || !backups) return;
    const scheduler = new BackupScheduler(async (reason) => {
      await backups.write({ conferenceId, bytes: await exportArchive(store, conferenceId), reason });
    });
    const stop = store.onCommit(
      (commit) => commit.conferenceId === conferenceId && scheduler.changed(commit.events),
    );
    const timer = setInterval(() => scheduler.tick(), INTERVAL_MS);
    return () => {
      stop();
      clearInterval(timer);
      scheduler.tick();
    };
  }, [store, platform, conferenceId]);
}

/** Backup file names: the event, then the time, so that a folder sorts by event and age. */
export const BACKUP_PATTERN = /^plenum-([0-9A-Z]{26})-(\d{8}T\d{6}\d{3}Z)\.zip$/;

export function backupName(conferenceId: string, at: Date): string {
  return `plenum-${conferenceId}-${at.toISOString().replace(/[-:.]/g, '')}.zip`;
}

export interface Rotation {
  /** The most recent backups kept per event. */
  keepLatest: number;
  /** Besides those, one per hour of the last day, so that a mistake noticed late can still be undone. */
  keepHourly: number;
}

export const DEFAULT_ROTATION: Rotation = { keepLatest: 10, keepHourly: 24 };

/**
 * Which files of a backup folder to delete: per event, all but the newest `keepLatest` and the
 * newest of each of the last `keepHourly` hours that have one. Files of another name are never touched.
 */
export function filesToDelete(names: readonly string[], rotation: Rotation = DEFAULT_ROTATION): string[] {
  const byEvent = new Map<string, string[]>();
  for (const name of names) {
    const match = BACKUP_PATTERN.exec(name);
    if (!match) continue;
    byEvent.set(match[1]!, [...(byEvent.get(match[1]!) ?? []), name]);
  }
  const doomed: string[] = [];
  for (const files of byEvent.values()) {
    const newestFirst = [...files].sort().reverse();
    const keep = new Set(newestFirst.slice(0, rotation.keepLatest));
    const hours = new Set<string>();
    for (const name of newestFirst) {
      const hour = BACKUP_PATTERN.exec(name)![2]!.slice(0, 11);
      if (hours.size >= rotation.keepHourly && !hours.has(hour)) continue;
      if (!hours.has(hour)) {
        hours.add(hour);
        keep.add(name);
      }
    }
    doomed.push(...newestFirst.filter((name) => !keep.has(name)));
  }
  return doomed;
}

export interface SizedFile {
  name: string;
  bytes: number;
}

/**
 * Which backups to delete so that a folder's backups total at most `capBytes`: the oldest first,
 * whatever their event, and never `keep` (the one just written, even when it alone is over the cap).
 * Files of another name are neither counted nor touched.
 */
export function filesOverCap(files: readonly SizedFile[], capBytes: number, keep: string): string[] {
  const backups = files.filter((file) => BACKUP_PATTERN.test(file.name));
  let total = backups.reduce((sum, file) => sum + file.bytes, 0);
  const doomed: string[] = [];
  for (const file of oldestFirst(backups)) {
    if (total <= capBytes) break;
    if (file.name === keep) continue;
    doomed.push(file.name);
    total -= file.bytes;
  }
  return doomed;
}

function oldestFirst(backups: readonly SizedFile[]): SizedFile[] {
  const writtenAt = (file: SizedFile) => BACKUP_PATTERN.exec(file.name)![2]!;
  const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...backups].sort((a, b) => order(writtenAt(a), writtenAt(b)) || order(a.name, b.name));
}

import type { BackupFile, BackupRequest, FileFilter, PlenumApi } from '../../shared/ipc';

export interface PickedFile {
  name: string;
  bytes: Uint8Array;
}

/** Contract methods the UI reaches in a shape of its own (below), or not at all (`appInfo`). */
type AdaptedMethods =
  'appInfo' | 'saveFile' | 'openFile' | 'writeBackup' | 'listBackups' | 'readBackup' | 'chooseBackupFolder';

/**
 * Every other method of the IPC contract reaches the UI as it is, so a new one needs no code
 * here: the desktop passes it through and the browser must give its own fallback.
 */
type PassedThrough = Omit<PlenumApi, AdaptedMethods>;

/** What the UI needs from its host: the desktop app (Electron) or a browser. */
export interface Platform extends PassedThrough {
  kind: 'electron' | 'web';
  /**
   * Saves bytes as a file the user chooses (desktop) or downloads them (web). Returns the path or
   * name, null if cancelled.
   */
  saveFile(suggestedName: string, bytes: Uint8Array, filters: FileFilter[]): Promise<string | null>;
  /** Lets the user pick a file; null if cancelled. */
  openFile(filters: FileFilter[]): Promise<PickedFile | null>;
  /** Automatic backups to folders: the desktop app only (null in a browser). */
  backups: {
    write(request: BackupRequest): Promise<BackupFile[]>;
    list(): Promise<BackupFile[]>;
    read(path: string): Promise<Uint8Array>;
    chooseFolder(): Promise<string | null>;
  } | null;
}

import type { BackupFile, BackupRequest, FileFilter } from '../../shared/ipc';

export interface PickedFile {
  name: string;
  bytes: Uint8Array;
}

/** What the UI needs from its host: the desktop app (Electron) or a browser. */
export interface Platform {
  kind: 'electron' | 'web';
  deviceId(): Promise<string>;
  /** Saves bytes as a file the user chooses (desktop) or downloads them (web). Returns the path or name, null if cancelled. */
  saveFile(suggestedName: string, bytes: Uint8Array, filters: FileFilter[]): Promise<string | null>;
  /** Lets the user pick a file; null if cancelled. */
  openFile(filters: FileFilter[]): Promise<PickedFile | null>;
  /** Shows a saved file in its folder (desktop); nothing to do on the web. */
  showInFolder(path: string): Promise<void>;
  /** Opens a saved document in the system viewer (desktop); on the web the download is the viewer. */
  openInViewer(path: string): Promise<void>;
  setMenuLanguage(language: string): Promise<void>;
  /** A second window on one screen of the app (desktop: a new window; web: a new tab). */
  openSecondWindow(hashPath: string): Promise<void>;
  /** Automatic backups to folders: the desktop app only (null in a browser). */
  backups: {
    write(request: BackupRequest): Promise<BackupFile[]>;
    list(): Promise<BackupFile[]>;
    read(path: string): Promise<Uint8Array>;
    chooseFolder(): Promise<string | null>;
  } | null;
  onMenuCommand(listener: (command: import('../../shared/ipc').MenuCommand) => void): () => void;
}

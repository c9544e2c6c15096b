/**
 * The contract between the Electron main process and the renderer: the one object the preload
 * exposes as `window.plenum`. Types only; both sides are checked against it.
 */

export interface AppInfo {
  name: string;
  version: string;
  platform: string;
  electron: string;
  chrome: string;
}

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface SaveFileRequest {
  suggestedName: string;
  bytes: Uint8Array;
  filters: FileFilter[];
}

export interface SaveFileResult {
  /** Where the file was written; null when the user cancelled. */
  path: string | null;
}

export interface OpenFileRequest {
  filters: FileFilter[];
}

export interface OpenedFile {
  name: string;
  path: string;
  bytes: Uint8Array;
}

/** A backup archive the desktop app wrote (docs/archive-format.md). */
export interface BackupFile {
  name: string;
  folder: string;
  path: string;
  bytes: number;
  /** ISO time the file was written. */
  written: string;
}

export interface BackupRequest {
  conferenceId: string;
  bytes: Uint8Array;
  /** Why it is written now: a regular backup, or after an import, a seal, a reopening. */
  reason: 'interval' | 'import' | 'seal' | 'reopen' | 'manual';
}

export type MenuCommand = { type: 'language'; language: string } | { type: 'about' } | { type: 'home' };

export interface PlenumApi {
  appInfo(): Promise<AppInfo>;
  /** A stable id of this installation, kept in the user-data folder. */
  deviceId(): Promise<string>;
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  /** null when the user cancelled. */
  openFile(request: OpenFileRequest): Promise<OpenedFile | null>;
  showInFolder(path: string): Promise<void>;
  /** Opens a saved document in the system's viewer (a badge or minutes PDF). */
  openInViewer(path: string): Promise<void>;
  /** Opens a second window showing one screen of the app (the announce view for the hall's projector). */
  openSecondWindow(hashPath: string): Promise<void>;
  /** Tells the main process the UI language, so the application menu follows it. */
  setMenuLanguage(language: string): Promise<void>;
  /** Writes an event's archive into the backup folders (user data, and the second folder if set), keeping a bounded rotation. */
  writeBackup(request: BackupRequest): Promise<BackupFile[]>;
  /** Every backup in the backup folders, newest first. */
  listBackups(): Promise<BackupFile[]>;
  /** A backup's bytes, for restoring it; only files inside the backup folders. */
  readBackup(path: string): Promise<Uint8Array>;
  /** Lets the user choose a second backup folder (a USB stick); null when cancelled. */
  chooseBackupFolder(): Promise<string | null>;
  /** Commands chosen in the application menu; returns an unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

export const IPC_CHANNELS = {
  appInfo: 'app:info',
  deviceId: 'app:device-id',
  saveFile: 'file:save',
  openFile: 'file:open',
  showInFolder: 'file:show-in-folder',
  openInViewer: 'file:open-in-viewer',
  setMenuLanguage: 'menu:set-language',
  openSecondWindow: 'window:open-second',
  menuCommand: 'menu:command',
  writeBackup: 'backup:write',
  listBackups: 'backup:list',
  readBackup: 'backup:read',
  chooseBackupFolder: 'backup:choose-folder',
} as const;

export const APP_SCHEME = 'app';
export const APP_HOST = 'plenum';

import type {
  BackupFile,
  BackupRequest,
  FileFilter,
  PlenumApi,
  VenueDone,
  VenueHostStart,
  VenueHostStatus,
} from '../../shared/ipc';

export interface PickedFile {
  name: string;
  bytes: Uint8Array;
}

/**
 * Contract methods the UI reaches in a shape of its own (below), or not at all (`appInfo`). The
 * venue methods keep their names, with the browser's answer added to what they may answer.
 */
type AdaptedMethods =
  | 'appInfo'
  | 'saveFile'
  | 'openFile'
  | 'writeBackup'
  | 'listBackups'
  | 'readBackup'
  | 'chooseBackupFolder'
  | 'venueStartHost'
  | 'venueStopHost'
  | 'venueHostStatus'
  | 'venuePinHost';

/** What the venue methods answer in a browser, which can neither host nor pin a certificate. */
export type NotInBrowser = { ok: false; reason: 'webPlatform' };

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
  /** Hosts the event on the venue network (desktop only); `secretariatCode` is what this laptop joins with. */
  venueStartHost(conferenceId: string, eventName: string): Promise<VenueHostStart | NotInBrowser>;
  venueStopHost(): Promise<VenueDone | NotInBrowser>;
  venueHostStatus(): Promise<VenueHostStatus | NotInBrowser>;
  /** Pins a host's certificate (SHA-256 in hex) before this laptop talks to it at `url` (https). */
  venuePinHost(url: string, fingerprint: string): Promise<VenueDone | NotInBrowser>;
}

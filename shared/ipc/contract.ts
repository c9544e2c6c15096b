import { z } from 'zod';
import { conferenceIdSchema } from './conferenceId';
import {
  fingerprintSchema,
  hostUrlSchema,
  venueDoneSchema,
  venueEventNameSchema,
  venueHostStartSchema,
  venueHostStatusSchema,
} from './venueContract';

/**
 * The one contract between the Electron main process and the renderer. Every method the page may
 * call is declared here once: its channel, its arguments and its result, as zod schemas. The
 * preload, the main process's handlers and the renderer's types are all derived from it.
 */

const MAX_BYTES = 512 * 1024 * 1024;

// z.instanceof(Uint8Array) would type the bytes as Uint8Array<ArrayBuffer>, narrower than the callers' Uint8Array.
const uint8ArraySchema = z.custom<Uint8Array>((value) => value instanceof Uint8Array, { message: 'bytes' });

const bytesSchema = uint8ArraySchema.refine((b) => b.byteLength <= MAX_BYTES, { message: 'at most 512 MiB' });

const filtersSchema = z
  .array(
    z.object({
      name: z.string().max(100),
      extensions: z.array(z.string().regex(/^[a-z0-9*]{1,10}$/i)).max(20),
    }),
  )
  .max(20);

const pathSchema = z.string().min(1).max(4096);

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  platform: z.string(),
  electron: z.string(),
  chrome: z.string(),
});

export const saveFileRequestSchema = z.object({
  suggestedName: z
    .string()
    .min(1)
    .max(200)
    .refine((name) => !/[\\/\0]/.test(name) && name !== '.' && name !== '..', {
      message: 'a file name, not a path',
    }),
  bytes: bytesSchema,
  filters: filtersSchema,
});

/** `path` is where the file was written; null when the user cancelled. */
export const saveFileResultSchema = z.object({ path: z.string().nullable() });

export const openFileRequestSchema = z.object({ filters: filtersSchema });

export const openedFileSchema = z.object({
  name: z.string(),
  path: z.string(),
  bytes: uint8ArraySchema,
});

export const showInFolderSchema = pathSchema;

/** Only documents Plenum writes are opened in the system viewer: never a program or a script. */
export const openInViewerSchema = pathSchema.refine((path) => /\.(pdf|xlsx|csv|docx)$/i.test(path), {
  message: 'a PDF, workbook or document',
});

/**
 * A second window may show only the announce view of a vote or an election:
 * `#/events/<id>/announce/<id>`, `…/announceElection/<id>`.
 */
export const secondWindowPathSchema = z
  .string()
  .regex(/^#\/events\/[0-9A-Z]{26}\/announce(Election)?\/[0-9A-Z]{26}$/, { message: 'an announce view' });

/**
 * A backup to write: an event id, bytes of a zip, and why (a regular backup, or after an import, a
 * seal, a reopening).
 */
export const backupRequestSchema = z.object({
  conferenceId: conferenceIdSchema,
  bytes: bytesSchema.refine((b) => b[0] === 0x50 && b[1] === 0x4b, { message: 'a zip archive' }),
  reason: z.enum(['interval', 'import', 'seal', 'reopen', 'manual']),
});

/** A backup archive the desktop app wrote (docs/archive-format.md); `written` is an ISO time. */
export const backupFileSchema = z.object({
  name: z.string(),
  folder: z.string(),
  path: z.string(),
  bytes: z.number(),
  written: z.string(),
});

export const backupPathSchema = pathSchema;

export const menuCommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('language'), language: z.string() }),
  z.object({ type: z.literal('about') }),
  z.object({ type: z.literal('home') }),
]);

function method<const Channel extends string, Args extends z.ZodTuple, Result extends z.ZodType>(
  channel: Channel,
  args: Args,
  result: Result,
) {
  return { channel, args, result };
}

/** Calls from the page to the main process (`ipcRenderer.invoke` → `ipcMain.handle`). */
export const IPC_CONTRACT = {
  appInfo: method('app:info', z.tuple([]), appInfoSchema),
  /** A stable id of this installation, kept in the user-data folder. */
  deviceId: method('app:device-id', z.tuple([]), z.string()),
  saveFile: method('file:save', z.tuple([saveFileRequestSchema]), saveFileResultSchema),
  /** null when the user cancelled. */
  openFile: method('file:open', z.tuple([openFileRequestSchema]), openedFileSchema.nullable()),
  showInFolder: method('file:show-in-folder', z.tuple([showInFolderSchema]), z.void()),
  /** Opens a saved document in the system's viewer (a badge or minutes PDF). */
  openInViewer: method('file:open-in-viewer', z.tuple([openInViewerSchema]), z.void()),
  /** Tells the main process the UI language, so the application menu follows it; other languages are ignored. */
  setMenuLanguage: method('menu:set-language', z.tuple([z.string()]), z.void()),
  /** Opens a second window showing one screen of the app (the announce view for the hall's projector). */
  openSecondWindow: method('window:open-second', z.tuple([secondWindowPathSchema]), z.void()),
  /**
   * Writes an event's archive into the backup folders (user data, and the second folder if set),
   * keeping a bounded rotation.
   */
  writeBackup: method('backup:write', z.tuple([backupRequestSchema]), z.array(backupFileSchema)),
  /** Every backup in the backup folders, newest first. */
  listBackups: method('backup:list', z.tuple([]), z.array(backupFileSchema)),
  /** A backup's bytes, for restoring it; only files inside the backup folders. */
  readBackup: method('backup:read', z.tuple([backupPathSchema]), uint8ArraySchema),
  /** Lets the user choose a second backup folder (a USB stick); null when cancelled. */
  chooseBackupFolder: method('backup:choose-folder', z.tuple([]), z.string().nullable()),
  /**
   * Hosts an event on the venue network from this laptop (conferenceId, eventName); refused while a
   * host runs. The answer carries the secretariat's code, with which this laptop joins its own host.
   */
  venueStartHost: method(
    'venue:start-host',
    z.tuple([conferenceIdSchema, venueEventNameSchema]),
    venueHostStartSchema,
  ),
  /** Stops this laptop's host; done also when none runs. */
  venueStopHost: method('venue:stop-host', z.tuple([]), venueDoneSchema),
  venueHostStatus: method('venue:host-status', z.tuple([]), venueHostStatusSchema),
  /**
   * Pins a host's certificate (url, SHA-256 fingerprint in hex) as the page joins it: from then on
   * this app trusts that certificate at that address, and no other certificate there.
   */
  venuePinHost: method('venue:pin-host', z.tuple([hostUrlSchema, fingerprintSchema]), venueDoneSchema),
} as const;

/** Messages from the main process to the page (`webContents.send` → `ipcRenderer.on`). */
export const IPC_EVENTS = {
  /** Commands chosen in the application menu. */
  menuCommand: { channel: 'menu:command', payload: menuCommandSchema },
} as const;

export type AppInfo = z.infer<typeof appInfoSchema>;
export type FileFilter = z.infer<typeof filtersSchema>[number];
export type SaveFileRequest = z.infer<typeof saveFileRequestSchema>;
export type SaveFileResult = z.infer<typeof saveFileResultSchema>;
export type OpenFileRequest = z.infer<typeof openFileRequestSchema>;
export type OpenedFile = z.infer<typeof openedFileSchema>;
export type BackupRequest = z.infer<typeof backupRequestSchema>;
export type BackupFile = z.infer<typeof backupFileSchema>;
export type MenuCommand = z.infer<typeof menuCommandSchema>;

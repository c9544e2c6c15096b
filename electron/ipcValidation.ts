import { z } from 'zod';
import { APP_HOST, APP_SCHEME } from '../shared/ipc';

const filters = z
  .array(
    z.object({
      name: z.string().max(100),
      extensions: z.array(z.string().regex(/^[a-z0-9*]{1,10}$/i)).max(20),
    }),
  )
  .max(20);

export const saveFileRequestSchema = z.object({
  suggestedName: z
    .string()
    .min(1)
    .max(200)
    .refine((name) => !/[\\/\0]/.test(name) && name !== '.' && name !== '..', {
      message: 'a file name, not a path',
    }),
  bytes: z
    .instanceof(Uint8Array)
    .refine((b) => b.byteLength <= 512 * 1024 * 1024, { message: 'at most 512 MiB' }),
  filters,
});

export const openFileRequestSchema = z.object({ filters });

export const showInFolderSchema = z.string().min(1).max(4096);

/** Only documents Plenum writes are opened in the system viewer: never a program or a script. */
export const openInViewerSchema = z
  .string()
  .min(1)
  .max(4096)
  .refine((path) => /\.(pdf|xlsx|csv|docx)$/i.test(path), { message: 'a PDF, workbook or document' });

/** A second window may show only the announce view of a vote or an election: `#/events/<id>/announce/<id>`, `…/announceElection/<id>`. */
export const secondWindowPathSchema = z
  .string()
  .regex(/^#\/events\/[0-9A-Z]{26}\/announce(Election)?\/[0-9A-Z]{26}$/, { message: 'an announce view' });

/** A backup to write: an event id, bytes of a zip, and why. */
export const backupRequestSchema = z.object({
  conferenceId: z.string().regex(/^[0-9A-Z]{26}$/, { message: 'an event id' }),
  bytes: z
    .instanceof(Uint8Array)
    .refine((b) => b.byteLength <= 512 * 1024 * 1024, { message: 'at most 512 MiB' })
    .refine((b) => b[0] === 0x50 && b[1] === 0x4b, { message: 'a zip archive' }),
  reason: z.enum(['interval', 'import', 'seal', 'reopen', 'manual']),
});

export const backupPathSchema = z.string().min(1).max(4096);

/** Only our own renderer, loaded from the app scheme, may call the main process. */
export function isTrustedSender(frameUrl: string | undefined): boolean {
  if (!frameUrl) return false;
  try {
    const url = new URL(frameUrl);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
  } catch {
    return false;
  }
}

/** Navigation is allowed only within the app's own origin. */
export function isAllowedNavigation(targetUrl: string): boolean {
  return isTrustedSender(targetUrl);
}

import { z } from 'zod';

export const ARCHIVE_FORMAT = 'plenum-event-archive';
export const ARCHIVE_FORMAT_VERSION = 1;
export const MANIFEST = 'manifest.json';
export const LOG = 'log.jsonl';

export const manifestSchema = z.object({
  format: z.literal(ARCHIVE_FORMAT),
  formatVersion: z.number().int().min(1),
  createdAt: z.string(),
  appVersion: z.string(),
  conference: z.object({
    id: z.string().min(1),
    name: z.object({ zh: z.string(), ru: z.string(), en: z.string() }),
  }),
  commits: z.number().int().min(0),
  events: z.number().int().min(0),
  files: z.array(
    z.object({
      path: z.string().min(1),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      bytes: z.number().int().min(0),
    }),
  ),
});
export type ArchiveManifest = z.infer<typeof manifestSchema>;

const eventSchema = z.object({
  id: z.string().min(1),
  conferenceId: z.string().min(1),
  entityId: z.string().min(1),
  type: z.string().min(1),
  v: z.number().int(),
  deviceId: z.string(),
  actor: z.string(),
  hlc: z.string().regex(/^\d{15}-\d{6}-.+$/),
  at: z.string(),
  payload: z.object({ kind: z.string().min(1), op: z.enum(['created', 'updated', 'deleted']) }).passthrough(),
});

/** One line of log.jsonl: a commit as the event store keeps it. */
export const commitSchema = z.object({
  id: z.string().min(1),
  conferenceId: z.string().min(1),
  hlc: z.string(),
  entityIds: z.array(z.string()),
  events: z.array(eventSchema).min(1),
});

/** Why an archive is refused: each has its sentence in the UI (archive.problem_…). */
export type ArchiveProblem =
  | { code: 'notZip' }
  | { code: 'noManifest' }
  | { code: 'badManifest'; detail: string }
  | { code: 'newerFormat'; version: number }
  | { code: 'missingFile'; file: string }
  | { code: 'checksum'; file: string }
  | { code: 'unlistedFile'; file: string }
  | { code: 'badLine'; line: number; detail: string }
  | { code: 'otherEvent'; line: number }
  | { code: 'countMismatch' }
  | { code: 'sealMismatch'; title: string };

import { z } from 'zod';

export const ARCHIVE_FORMAT = 'plenum-event-archive';
/**
 * 2: events named by their fact (`result.sealed`), seals carrying the figures they sealed.
 * 1 is read through upcast.ts.
 */
export const ARCHIVE_FORMAT_VERSION = 2;
export const MANIFEST = 'manifest.json';
export const LOG = 'log.jsonl';

/**
 * What the reader accepts before it inflates a byte, so that a small file cannot make it spend
 * minutes or gigabytes. Each is far above what an event writes (the log holds ≈650 bytes an event;
 * a day of 20,000 people — the import, check-ins, badges — is ≈100,000 events, ≈65 MB):
 * - files: one per document voted on, besides the manifest and the log; an event has hundreds of votes at most.
 * - manifest: ≈200 bytes a file listed (pretty-printed), so 10,000 files fit in 4 MiB.
 * - log: eight such days, documents included (the log keeps each as base64); also the largest file
 *   the desktop app passes between its processes (shared/ipc/contract.ts).
 * - attachment: a document, as large as the largest list file the import reads (50 MiB).
 * - total: the log and the documents it also holds as files; under what a renderer can hold at once.
 */
export interface ArchiveLimits {
  maxFiles: number;
  maxManifestBytes: number;
  maxLogBytes: number;
  maxAttachmentBytes: number;
  maxTotalBytes: number;
}

const MiB = 1024 * 1024;
export const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = {
  maxFiles: 10_000,
  maxManifestBytes: 4 * MiB,
  maxLogBytes: 512 * MiB,
  maxAttachmentBytes: 50 * MiB,
  maxTotalBytes: 1024 * MiB,
};

/** Bounds on the counts the manifest states, so that reading the log stops early when they are passed. */
const MAX_COMMITS = 2_000_000;
const MAX_EVENTS = 10_000_000;

const listedFileSchema = z.object({
  path: z.string().min(1).max(255),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().min(0),
});

export const manifestSchema = z.object({
  format: z.literal(ARCHIVE_FORMAT),
  formatVersion: z.number().int().min(1),
  createdAt: z.string(),
  appVersion: z.string(),
  conference: z.object({
    id: z.string().min(1),
    name: z.object({ zh: z.string(), ru: z.string(), en: z.string() }),
  }),
  commits: z.number().int().min(0).max(MAX_COMMITS),
  events: z.number().int().min(0).max(MAX_EVENTS),
  files: z
    .array(listedFileSchema)
    .max(DEFAULT_ARCHIVE_LIMITS.maxFiles)
    .refine((files) => new Set(files.map((f) => f.path)).size === files.length, 'a file is listed twice'),
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
  | { code: 'tooManyFiles'; files: number; limit: number }
  | { code: 'unsafeName'; file: string }
  | { code: 'duplicateFile'; file: string }
  | { code: 'unsupportedFile'; file: string }
  | { code: 'tooLarge'; file: string; limit: number }
  | { code: 'archiveTooLarge'; limit: number }
  | { code: 'noManifest' }
  | { code: 'badManifest'; detail: string }
  | { code: 'newerFormat'; version: number }
  | { code: 'missingFile'; file: string }
  | { code: 'inflatesLarger'; file: string }
  | { code: 'checksum'; file: string }
  | { code: 'unlistedFile'; file: string }
  | { code: 'badLine'; line: number; detail: string }
  | { code: 'otherEvent'; line: number }
  | { code: 'duplicateCommit'; line: number; id: string }
  | { code: 'duplicateEvent'; line: number; id: string }
  | { code: 'unknownKind'; line: number; kind: string }
  | { code: 'badEventType'; line: number; type: string }
  | { code: 'badClock'; line: number; clock: string }
  | { code: 'clockAhead'; line: number; clock: string; date: string }
  | { code: 'badPayload'; line: number; field: 'fields' | 'patch' }
  | { code: 'eventOrder'; line: number }
  | { code: 'commitClock'; line: number }
  | { code: 'commitEntities'; line: number }
  | { code: 'countMismatch' }
  | { code: 'sealMismatch'; title: string }
  | { code: 'unreadable'; detail: string };

/** Every code above, once, so that a test can check each has its sentence in every language. */
export const ARCHIVE_PROBLEMS = [
  'notZip',
  'tooManyFiles',
  'unsafeName',
  'duplicateFile',
  'unsupportedFile',
  'tooLarge',
  'archiveTooLarge',
  'noManifest',
  'badManifest',
  'newerFormat',
  'missingFile',
  'inflatesLarger',
  'checksum',
  'unlistedFile',
  'badLine',
  'otherEvent',
  'duplicateCommit',
  'duplicateEvent',
  'unknownKind',
  'badEventType',
  'badClock',
  'clockAhead',
  'badPayload',
  'eventOrder',
  'commitClock',
  'commitEntities',
  'countMismatch',
  'sealMismatch',
  'unreadable',
] as const satisfies readonly ArchiveProblem['code'][];

// A code added to ArchiveProblem but not to the list fails the type check here.
type NoneLeftOut<Codes extends never> = Codes;
export type EveryArchiveProblemListed = NoneLeftOut<
  Exclude<ArchiveProblem['code'], (typeof ARCHIVE_PROBLEMS)[number]>
>;

import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { AnyEntity, BallotEntry, BallotIssue, Election, Vote } from '../../core/domain/entities';
import type { Commit, DomainEvent } from '../../core/domain/events';
import { replayEvents } from '../../core/domain/reducers';
import { fingerprintOf } from '../../rules/votes/voteCommands';
import { electionFingerprint } from '../../rules/elections/electionResult';
import {
  ARCHIVE_FORMAT,
  ARCHIVE_FORMAT_VERSION,
  commitSchema,
  LOG,
  MANIFEST,
  manifestSchema,
  type ArchiveManifest,
  type ArchiveProblem,
} from './archiveFormat';

const hex = (bytes: Uint8Array) => bytesToHex(sha256(bytes));
const byClock = (a: { hlc: string }, b: { hlc: string }) => (a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : 0);

/** The documents voted on, as files a person can open from the archive (the log keeps them too). */
function attachments(events: readonly DomainEvent[]): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  for (const event of events) {
    const p = event.payload;
    const fields = (p.op === 'created' ? p.fields : p.op === 'updated' ? p.patch : {}) as {
      document?: string;
      documentName?: string;
    };
    const match = fields.document ? /^data:([^;]+);base64,(.*)$/.exec(fields.document) : null;
    if (!match) continue;
    const binary = atob(match[2]!);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    files[
      `attachments/${event.entityId}-${(fields.documentName || 'document.pdf').replace(/[\\/:*?"<>|]/g, '_')}`
    ] = bytes;
  }
  return files;
}

/**
 * The whole event in one file: a zip holding the manifest (format, version, the event, every
 * file's SHA-256), the log — every commit with its events, one per line, in clock order — and the
 * documents voted on. Templates and settings are in the log, as events.
 */
export function writeArchive(
  commits: readonly Commit[],
  conference: { id: string; name: ArchiveManifest['conference']['name'] },
  appVersion: string,
  createdAt: string,
): Uint8Array {
  const ordered = [...commits].sort(byClock);
  const log = strToU8(ordered.map((c) => JSON.stringify(c)).join('\n'));
  const files: Record<string, Uint8Array> = { [LOG]: log, ...attachments(ordered.flatMap((c) => c.events)) };
  const manifest: ArchiveManifest = {
    format: ARCHIVE_FORMAT,
    formatVersion: ARCHIVE_FORMAT_VERSION,
    createdAt,
    appVersion,
    conference,
    commits: ordered.length,
    events: ordered.reduce((n, c) => n + c.events.length, 0),
    files: Object.entries(files).map(([path, bytes]) => ({ path, sha256: hex(bytes), bytes: bytes.length })),
  };
  const zippable: Zippable = { [MANIFEST]: strToU8(JSON.stringify(manifest, null, 2)) };
  for (const [path, bytes] of Object.entries(files))
    zippable[path] = [bytes, { level: path === LOG ? 6 : 0 }];
  return zipSync(zippable, { mtime: new Date(createdAt) });
}

export type ReadArchive =
  { ok: true; manifest: ArchiveManifest; commits: Commit[] } | { ok: false; problem: ArchiveProblem };

/**
 * Reads an archive and checks it before anything is written: a zip, a manifest of a known format,
 * every file present with its checksum, nothing unlisted, every commit well formed and of the
 * archive's event, the counts right — and every sealed vote and election still matching its seal,
 * so that an edited result is refused even when the checksums were recomputed.
 */
export function readArchive(bytes: Uint8Array): ReadArchive {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch {
    return { ok: false, problem: { code: 'notZip' } };
  }
  const manifestBytes = files[MANIFEST];
  if (!manifestBytes) return { ok: false, problem: { code: 'noManifest' } };
  let raw: unknown;
  try {
    raw = JSON.parse(strFromU8(manifestBytes));
  } catch (error) {
    return {
      ok: false,
      problem: { code: 'badManifest', detail: error instanceof Error ? error.message : String(error) },
    };
  }
  const version = (raw as { formatVersion?: unknown })?.formatVersion;
  if (typeof version === 'number' && version > ARCHIVE_FORMAT_VERSION)
    return { ok: false, problem: { code: 'newerFormat', version } };
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success)
    return {
      ok: false,
      problem: {
        code: 'badManifest',
        detail: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
      },
    };
  const manifest = parsed.data;
  for (const file of manifest.files) {
    const content = files[file.path];
    if (!content) return { ok: false, problem: { code: 'missingFile', file: file.path } };
    if (content.length !== file.bytes || hex(content) !== file.sha256)
      return { ok: false, problem: { code: 'checksum', file: file.path } };
  }
  const unlisted = Object.keys(files).find(
    (path) => path !== MANIFEST && !path.endsWith('/') && !manifest.files.some((f) => f.path === path),
  );
  if (unlisted) return { ok: false, problem: { code: 'unlistedFile', file: unlisted } };
  const logBytes = files[LOG];
  if (!logBytes) return { ok: false, problem: { code: 'missingFile', file: LOG } };
  const commits: Commit[] = [];
  const lines = strFromU8(logBytes)
    .split('\n')
    .filter((line) => line.trim());
  for (const [i, line] of lines.entries()) {
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (error) {
      return {
        ok: false,
        problem: {
          code: 'badLine',
          line: i + 1,
          detail: error instanceof Error ? error.message : String(error),
        },
      };
    }
    const commit = commitSchema.safeParse(json);
    if (!commit.success)
      return {
        ok: false,
        problem: {
          code: 'badLine',
          line: i + 1,
          detail: commit.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; '),
        },
      };
    if (
      commit.data.conferenceId !== manifest.conference.id ||
      commit.data.events.some((e) => e.conferenceId !== manifest.conference.id)
    )
      return { ok: false, problem: { code: 'otherEvent', line: i + 1 } };
    commits.push(commit.data as unknown as Commit);
  }
  if (
    commits.length !== manifest.commits ||
    commits.reduce((n, c) => n + c.events.length, 0) !== manifest.events
  )
    return { ok: false, problem: { code: 'countMismatch' } };
  const broken = brokenSeal(commits);
  if (broken) return { ok: false, problem: { code: 'sealMismatch', title: broken } };
  return { ok: true, manifest, commits };
}

/** The title of a sealed vote or election whose record no longer gives its last seal's fingerprint, if any. */
export function brokenSeal(commits: readonly Commit[]): string | null {
  const rows = [...replayEvents(commits.flatMap((c) => c.events)).values()] as AnyEntity[];
  const kindOf = new Map(commits.flatMap((c) => c.events.map((e) => [e.entityId, e.payload.kind] as const)));
  const of = <T>(kind: string) => rows.filter((r) => kindOf.get(r.id) === kind && !r.deletedAt) as T[];
  const papers = of<BallotEntry>('ballotEntry');
  const issues = of<BallotIssue>('ballotIssue');
  for (const vote of of<Vote>('vote')) {
    const seal = vote.seals[vote.seals.length - 1];
    if (vote.status === 'sealed' && seal && seal.fingerprint !== fingerprintOf(vote))
      return vote.title.zh || vote.title.ru || vote.title.en;
  }
  for (const election of of<Election>('election')) {
    const seal = election.seals[election.seals.length - 1];
    const issued = issues.filter((i) => i.electionId === election.id).length;
    if (
      election.status === 'sealed' &&
      seal &&
      seal.fingerprint !== electionFingerprint(election, papers, issued)
    )
      return election.title.zh || election.title.ru || election.title.en;
  }
  return null;
}

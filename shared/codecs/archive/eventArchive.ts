import { strToU8, zipSync, type Zippable } from 'fflate';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { Commit, DomainEvent } from '../../core/domain/events';
import { sealedResults } from './sealedResults';
import { mislabelledFact, upcastFormat1 } from './upcast';
import { changedFields, factOf } from '../../core/domain/facts';
import { byClock } from '../../core/domain/reducers';
import { inLanguage } from '../../core/domain/trilingual';
import {
  ARCHIVE_FORMAT,
  DEFAULT_ARCHIVE_LIMITS,
  ARCHIVE_FORMAT_VERSION,
  LOG,
  MANIFEST,
  type ArchiveManifest,
} from './archiveFormat';
import { unpackArchive, unsafeNameChar, type ReadArchive, type ReadArchiveOptions } from './readArchive';

const hex = (bytes: Uint8Array) => bytesToHex(sha256(bytes));

const ATTACHMENT_NAME_UNITS = 120;

/** A document's name as a file in the zip: no character the reader refuses, short enough for any disk. */
export function attachmentName(name: string | undefined): string {
  const cleaned = [...(name || 'document.pdf')].map((c) => (unsafeNameChar(c) ? '_' : c)).join('');
  const safe = cleaned.trim() || 'document.pdf';
  // Counted in UTF-16 units, as the reader's 255 for the whole path is.
  if (safe.length <= ATTACHMENT_NAME_UNITS) return safe;
  const extension = /\.[A-Za-z0-9]{1,8}$/.exec(safe)?.[0] ?? '';
  let kept = '';
  for (const char of safe) {
    if (kept.length + char.length > ATTACHMENT_NAME_UNITS - extension.length) break;
    kept += char;
  }
  return kept + extension;
}

/** The documents voted on, as files a person can open from the archive (the log keeps them too). */
function attachments(events: readonly DomainEvent[]): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  for (const event of events) {
    const fields = changedFields(event.payload) as {
      document?: string;
      documentName?: string;
    };
    const match = fields.document ? /^data:([^;]+);base64,(.*)$/.exec(fields.document) : null;
    // A document larger than a reader takes as a file is still in the log, which restoring reads.
    if (!match || (match[2]!.length * 3) / 4 > DEFAULT_ARCHIVE_LIMITS.maxAttachmentBytes) continue;
    const binary = atob(match[2]!);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    files[`attachments/${event.entityId}-${attachmentName(fields.documentName)}`] = bytes;
  }
  return files;
}

/** Events stored before facts had names are written under the name their payload states. */
function namedByFact(commit: Commit): Commit {
  return { ...commit, events: commit.events.map((event) => ({ ...event, type: factOf(event.payload) })) };
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
  const ordered = [...commits].sort(byClock).map(namedByFact);
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

export type { ReadArchive, ReadArchiveOptions } from './readArchive';

/**
 * Reads an archive and checks it before anything is written (docs/archive-format.md, "Checks on
 * reading"): the zip's directory before anything is inflated, a manifest of a known format, every
 * file present with its checksum and inflated no further than it declares, nothing unlisted, every
 * commit well formed and of the archive's event, the counts right — and every sealed vote and
 * election still matching its seal, so that an edited result is refused even when the checksums
 * were recomputed. Never throws: what no check foresaw is refused as unreadable.
 */
export function readArchive(bytes: Uint8Array, options: ReadArchiveOptions = {}): ReadArchive {
  try {
    const read = unpackArchive(bytes, options);
    if (!read.ok) return read;
    const version = read.manifest.formatVersion;
    const mislabelled = version >= 2 ? mislabelledFact(read.commits) : null;
    if (mislabelled) return { ok: false, problem: mislabelled };
    const commits = version < 2 ? upcastFormat1(read.commits) : read.commits;
    const broken = brokenSeal(commits);
    return broken ? { ok: false, problem: { code: 'sealMismatch', title: broken } } : { ...read, commits };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: { code: 'unreadable', detail: detail.slice(0, 300) } };
  }
}

/** The title of a sealed vote or election whose record no longer gives its last seal's fingerprint, if any. */
export function brokenSeal(commits: readonly Commit[]): string | null {
  const broken = sealedResults(commits).find((result) => !result.verifies);
  return broken ? inLanguage(broken.title, 'zh-CN') : null;
}

import { Inflate, strFromU8 } from 'fflate';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { Commit } from '../../core/domain/events';
import {
  ARCHIVE_FORMAT_VERSION,
  commitSchema,
  DEFAULT_ARCHIVE_LIMITS,
  LOG,
  MANIFEST,
  manifestSchema,
  type ArchiveLimits,
  type ArchiveManifest,
  type ArchiveProblem,
} from './archiveFormat';
import { checkCommit, type Seen } from './commitChecks';
import { issuesOf, messageOf, Refusal, refuse, shown } from './refusal';

export type ReadArchive =
  { ok: true; manifest: ArchiveManifest; commits: Commit[] } | { ok: false; problem: ArchiveProblem };

export interface ReadArchiveOptions {
  /** This laptop's time, in ms: a clock more than a day ahead of it is refused. Date.now() by default. */
  now?: number;
  /** Tighter or looser bounds than DEFAULT_ARCHIVE_LIMITS. */
  limits?: Partial<ArchiveLimits>;
}

const hex = (bytes: Uint8Array) => bytesToHex(sha256(bytes));

// ——— The zip's central directory: names and sizes as declared, before anything is inflated ———

/** A member of the zip as its central directory declares it. */
interface ZipMember {
  name: string;
  method: number;
  encrypted: boolean;
  packedSize: number;
  declaredSize: number;
  headerAt: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const ENCRYPTED = 0x1;
const UTF8_NAME = 0x800;
const STORED = 0;
const DEFLATED = 8;

const viewOf = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** Where the end-of-directory record starts: 22 bytes, then a comment of up to 65,535 that must end the file. */
function directoryEnd(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= lowest; at--) {
    const commentEnd = at + 22 + view.getUint16(at + 20, true);
    if (view.getUint32(at, true) === END_OF_DIRECTORY && commentEnd === view.byteLength) return at;
  }
  return refuse({ code: 'notZip' });
}

/**
 * The members the central directory lists. Sizes of 4 GB and more (zip64) read as 0xFFFFFFFF,
 * which every limit refuses; a directory that is not where it says (split archives, zip64's) is not a zip we read.
 */
function zipMembers(bytes: Uint8Array, maxFiles: number): ZipMember[] {
  const view = viewOf(bytes);
  const end = directoryEnd(view);
  const count = view.getUint16(end + 10, true);
  const start = view.getUint32(end + 16, true);
  const directoryStop = start + view.getUint32(end + 12, true);
  const oneDisk =
    view.getUint16(end + 4, true) === 0 &&
    view.getUint16(end + 6, true) === 0 &&
    view.getUint16(end + 8, true) === count;
  if (!oneDisk || directoryStop > end) refuse({ code: 'notZip' });
  if (count > maxFiles) refuse({ code: 'tooManyFiles', files: count, limit: maxFiles });
  const members: ZipMember[] = [];
  for (let at = start; members.length < count;) {
    const { member, next } = directoryEntry(view, at, directoryStop);
    members.push(member);
    at = next;
  }
  return members;
}

function directoryEntry(view: DataView, at: number, stop: number): { member: ZipMember; next: number } {
  if (at + 46 > stop || view.getUint32(at, true) !== DIRECTORY_ENTRY) refuse({ code: 'notZip' });
  const flags = view.getUint16(at + 8, true);
  const nameLength = view.getUint16(at + 28, true);
  const next = at + 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  if (next > stop) refuse({ code: 'notZip' });
  const name = new Uint8Array(view.buffer, view.byteOffset + at + 46, nameLength);
  const member = {
    name: strFromU8(name, (flags & UTF8_NAME) === 0),
    method: view.getUint16(at + 10, true),
    encrypted: (flags & ENCRYPTED) !== 0,
    packedSize: view.getUint32(at + 20, true),
    declaredSize: view.getUint32(at + 24, true),
    headerAt: view.getUint32(at + 42, true),
  };
  return { member, next };
}

const isControl = (char: string) => {
  const code = char.charCodeAt(0);
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
};
/** The characters writeArchive replaces in a document's name: a name holding one was not written by Plenum. */
const REPLACED_BY_WRITER = /[\\:*?"<>|]/;

/** A character no member name may hold: the writer replaces each one (see attachmentName). */
export function unsafeNameChar(char: string): boolean {
  return REPLACED_BY_WRITER.test(char) || char === '/' || char === '\ufffd' || isControl(char);
}

/** Not absolute, no `..`, no backslash or drive, nothing unprintable or undecodable, at most 255 characters. */
function isSafeName(name: string): boolean {
  if (!name || name.length > 255 || REPLACED_BY_WRITER.test(name) || name.includes('\ufffd')) return false;
  if ([...name].some(isControl)) return false;
  const parts = (name.endsWith('/') ? name.slice(0, -1) : name).split('/');
  return parts.every((part) => part !== '' && part !== '.' && part !== '..');
}

const isFolder = (member: ZipMember) => member.name.endsWith('/') && member.declaredSize === 0;

function limitOf(name: string, limits: ArchiveLimits): number {
  if (name === MANIFEST) return limits.maxManifestBytes;
  return name === LOG ? limits.maxLogBytes : limits.maxAttachmentBytes;
}

function checkMember(member: ZipMember, limits: ArchiveLimits): void {
  if (!isSafeName(member.name)) refuse({ code: 'unsafeName', file: shown(member.name) });
  if (member.encrypted || (member.method !== STORED && member.method !== DEFLATED))
    refuse({ code: 'unsupportedFile', file: member.name });
  const limit = limitOf(member.name, limits);
  if (member.declaredSize > limit) refuse({ code: 'tooLarge', file: member.name, limit });
}

/** The members by name, each named safely, once, and declared within its limit and the archive's. */
function membersByName(members: readonly ZipMember[], limits: ArchiveLimits): Map<string, ZipMember> {
  const byName = new Map<string, ZipMember>();
  let total = 0;
  for (const member of members) {
    checkMember(member, limits);
    if (byName.has(member.name)) refuse({ code: 'duplicateFile', file: member.name });
    total += member.declaredSize;
    if (total > limits.maxTotalBytes) refuse({ code: 'archiveTooLarge', limit: limits.maxTotalBytes });
    byName.set(member.name, member);
  }
  return byName;
}

// ——— A member's bytes, inflated no further than it declares ———

/** Deflate gives at most 1,032 bytes for each byte it reads (258 bytes from two bits). */
const MOST_INFLATED_PER_BYTE = 1032;
const SMALLEST_SLICE = 1024;
const LARGEST_SLICE = 64 * 1024;

/**
 * How much compressed data to feed next: no more than can give what is still allowed, so that a
 * member lying about its size is stopped at most ≈1 MB past it; large slices while much is allowed,
 * because each slice costs a fresh output buffer.
 */
const nextSlice = (allowed: number) =>
  Math.min(LARGEST_SLICE, Math.max(SMALLEST_SLICE, Math.ceil(allowed / MOST_INFLATED_PER_BYTE)));

function packedBytes(bytes: Uint8Array, member: ZipMember): Uint8Array {
  const view = viewOf(bytes);
  const at = member.headerAt;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_HEADER) refuse({ code: 'notZip' });
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + member.packedSize > bytes.length) refuse({ code: 'notZip' });
  return bytes.subarray(start, start + member.packedSize);
}

/** Stops at the first slice that takes the output past `declared`: the directory's sizes may lie. */
function inflateAtMost(packed: Uint8Array, declared: number, file: string): Uint8Array {
  const out = new Uint8Array(declared);
  let produced = 0;
  const inflater = new Inflate((part) => {
    if (produced + part.length <= declared) out.set(part, produced);
    produced += part.length;
  });
  try {
    for (let at = 0; ;) {
      const end = at + nextSlice(declared - produced);
      const last = end >= packed.length;
      inflater.push(packed.subarray(at, end), last);
      if (last || produced > declared) break;
      at = end;
    }
  } catch {
    refuse({ code: 'checksum', file });
  }
  if (produced > declared) refuse({ code: 'inflatesLarger', file });
  if (produced < declared) refuse({ code: 'checksum', file });
  return out;
}

function memberBytes(bytes: Uint8Array, member: ZipMember): Uint8Array {
  const packed = packedBytes(bytes, member);
  if (member.method === DEFLATED) return inflateAtMost(packed, member.declaredSize, member.name);
  if (packed.length !== member.declaredSize) refuse({ code: 'checksum', file: member.name });
  return packed;
}

// ——— The manifest and the files it lists ———

function parseJson(text: string, problem: (detail: string) => ArchiveProblem): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    return refuse(problem(shown(messageOf(error), 300)));
  }
}

function readManifest(bytes: Uint8Array, members: ReadonlyMap<string, ZipMember>): ArchiveManifest {
  const member = members.get(MANIFEST);
  if (!member) refuse({ code: 'noManifest' });
  const raw = parseJson(strFromU8(memberBytes(bytes, member)), (detail) => ({ code: 'badManifest', detail }));
  const version = (raw as { formatVersion?: unknown } | null)?.formatVersion;
  if (typeof version === 'number' && version > ARCHIVE_FORMAT_VERSION)
    refuse({ code: 'newerFormat', version });
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) refuse({ code: 'badManifest', detail: issuesOf(parsed.error) });
  return parsed.data;
}

/** Every member listed, and every listed file a member of the size the manifest states. */
function checkListing(members: ReadonlyMap<string, ZipMember>, manifest: ArchiveManifest): void {
  const listed = new Set(manifest.files.map((f) => f.path));
  for (const member of members.values())
    if (member.name !== MANIFEST && !isFolder(member) && !listed.has(member.name))
      refuse({ code: 'unlistedFile', file: shown(member.name) });
  for (const file of manifest.files) {
    const member = members.get(file.path);
    if (!member) refuse({ code: 'missingFile', file: shown(file.path) });
    if (member.declaredSize !== file.bytes) refuse({ code: 'checksum', file: file.path });
  }
  if (!listed.has(LOG)) refuse({ code: 'missingFile', file: LOG });
}

/** The log's bytes, once every listed file, inflated one at a time, matches its SHA-256 (the documents are let go). */
function checkedLog(bytes: Uint8Array, members: ReadonlyMap<string, ZipMember>, manifest: ArchiveManifest) {
  let log: Uint8Array | undefined;
  for (const file of manifest.files) {
    const member = members.get(file.path);
    const content = member ? memberBytes(bytes, member) : refuse({ code: 'missingFile', file: file.path });
    if (hex(content) !== file.sha256) refuse({ code: 'checksum', file: file.path });
    if (file.path === LOG) log = content;
  }
  return log ?? refuse({ code: 'missingFile', file: LOG });
}

// ——— The log, line by line ———

/** The lines as text one at a time, never the whole log as one string (it may pass the longest string V8 makes). */
function* linesOf(bytes: Uint8Array): Generator<string> {
  for (let start = 0; start < bytes.length;) {
    const newline = bytes.indexOf(0x0a, start);
    const end = newline < 0 ? bytes.length : newline;
    yield strFromU8(bytes.subarray(start, end));
    start = end + 1;
  }
}

function commitOnLine(text: string, line: number): Commit {
  const json = parseJson(text, (detail) => ({ code: 'badLine', line, detail }));
  const parsed = commitSchema.safeParse(json);
  if (!parsed.success) refuse({ code: 'badLine', line, detail: issuesOf(parsed.error) });
  return parsed.data as unknown as Commit;
}

function readLog(log: Uint8Array, manifest: ArchiveManifest, now: number): Commit[] {
  const seen: Seen = { commits: new Set(), events: new Set() };
  const commits: Commit[] = [];
  let events = 0;
  let line = 0;
  for (const text of linesOf(log)) {
    const commit = commitOnLine(text, ++line);
    checkCommit(commit, line, manifest.conference.id, seen, now);
    commits.push(commit);
    events += commit.events.length;
    // Stop as soon as the log holds more than the manifest states, rather than at its end.
    if (commits.length > manifest.commits || events > manifest.events) refuse({ code: 'countMismatch' });
  }
  if (commits.length !== manifest.commits || events !== manifest.events) refuse({ code: 'countMismatch' });
  return commits;
}

/**
 * Every check on reading but the seals' (readArchive adds those), in the order of
 * docs/archive-format.md: the zip's directory before a byte is inflated, the manifest, every
 * listed file inflated no further than declared and matched with its checksum, every line of the
 * log. The first problem is returned; it throws only on what these checks did not foresee.
 */
export function unpackArchive(bytes: Uint8Array, options: ReadArchiveOptions = {}): ReadArchive {
  const limits = { ...DEFAULT_ARCHIVE_LIMITS, ...options.limits };
  try {
    const members = membersByName(zipMembers(bytes, limits.maxFiles), limits);
    const manifest = readManifest(bytes, members);
    checkListing(members, manifest);
    const commits = readLog(checkedLog(bytes, members, manifest), manifest, options.now ?? Date.now());
    return { ok: true, manifest, commits };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, problem: error.problem };
    throw error;
  }
}

import { describe, expect, it } from 'vitest';
import { constants, deflateRawSync } from 'node:zlib';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { readArchive, writeArchive } from './eventArchive';
import {
  ARCHIVE_PROBLEMS,
  DEFAULT_ARCHIVE_LIMITS,
  type ArchiveLimits,
  type ArchiveProblem,
} from './archiveFormat';
import { endOfDayLog } from '../../documents/minutes/testing/assemblyRecord';
import type { Commit } from '../../core/domain/events';
import { LANGUAGES, translatorFor } from '../../locales';

const { record, commits } = endOfDayLog();
const conference = { id: record.conference.id, name: record.conference.name };
const archive = writeArchive(commits, conference, '0.1.0', '2026-12-10T12:00:00.000Z');
const files = unzipSync(archive);
const log = files['log.jsonl']!;
const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as { files: unknown[] };
/** The evening of the day the archive was written, on this laptop. */
const now = Date.UTC(2026, 11, 10, 18);

const hex = (bytes: Uint8Array) => bytesToHex(sha256(bytes));
const listing = (listed: Record<string, Uint8Array>) =>
  Object.entries(listed).map(([path, bytes]) => ({ path, sha256: hex(bytes), bytes: bytes.length }));
const manifestListing = (listed: Record<string, Uint8Array>, over: object = {}) =>
  strToU8(JSON.stringify({ ...manifest, files: listing(listed), ...over }));

const read = (bytes: Uint8Array, limits?: Partial<ArchiveLimits>) => readArchive(bytes, { now, limits });

/** Refused with this problem, and its sentence filled in every language. */
function expectRefused(bytes: Uint8Array, problem: ArchiveProblem, limits?: Partial<ArchiveLimits>) {
  expect(read(bytes, limits)).toEqual({ ok: false, problem });
  const { code, ...params } = problem;
  for (const language of LANGUAGES) {
    const sentence = translatorFor(language)(`archive.problem_${code}`, params);
    expect(sentence, language).not.toMatch(/\{\{|undefined|archive\.problem_/);
  }
}

interface Member {
  name: string;
  data: Uint8Array;
  /** 0 stored, 8 deflated. */
  method?: number;
  /** The size the headers state, the data's own by default. */
  declared?: number;
  flags?: number;
}

/** A zip written byte by byte, saying what a test needs it to: names, sizes and methods as given. */
function zipOf(members: readonly Member[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const directory: Uint8Array[] = [];
  let offset = 0;
  for (const member of members) {
    const name = strToU8(member.name);
    const fields = (bytes: Uint8Array, at: number) => {
      const view = new DataView(bytes.buffer);
      view.setUint16(at, (member.flags ?? 0) | 0x800, true);
      view.setUint16(at + 2, member.method ?? 0, true);
      view.setUint32(at + 12, member.data.length, true);
      view.setUint32(at + 16, member.declared ?? member.data.length, true);
      view.setUint16(at + 20, name.length, true);
      return view;
    };
    const local = new Uint8Array(30 + name.length);
    fields(local, 6).setUint32(0, 0x04034b50, true);
    local.set(name, 30);
    const entry = new Uint8Array(46 + name.length);
    const view = fields(entry, 8);
    view.setUint32(0, 0x02014b50, true);
    view.setUint32(42, offset, true);
    entry.set(name, 46);
    parts.push(local, member.data);
    directory.push(entry);
    offset += local.length + member.data.length;
  }
  const end = new Uint8Array(22);
  const view = new DataView(end.buffer);
  view.setUint32(0, 0x06054b50, true);
  view.setUint16(8, members.length, true);
  view.setUint16(10, members.length, true);
  view.setUint32(
    12,
    directory.reduce((n, d) => n + d.length, 0),
    true,
  );
  view.setUint32(16, offset, true);
  const all = [...parts, ...directory, end];
  const out = new Uint8Array(all.reduce((n, p) => n + p.length, 0));
  all.reduce((at, p) => (out.set(p, at), at + p.length), 0);
  return out;
}

/** The archive's manifest and log, stored, with `others` beside them and `listed` in the manifest as well. */
function archiveWith(others: Member[], listed: Record<string, Uint8Array> = {}): Uint8Array {
  const manifestBytes = manifestListing({ 'log.jsonl': log, ...listed });
  return zipOf([{ name: 'manifest.json', data: manifestBytes }, { name: 'log.jsonl', data: log }, ...others]);
}

/** Deflate that inflates to `mib` MiB of zeros: one flushed block of a MiB, repeated, then an empty last block. */
function zeroBomb(mib: number): Uint8Array {
  const mebibyte = deflateRawSync(new Uint8Array(1 << 20), { level: 9, finishFlush: constants.Z_SYNC_FLUSH });
  const out = new Uint8Array(mebibyte.length * mib + 2);
  for (let i = 0; i < mib; i++) out.set(mebibyte, i * mebibyte.length);
  out.set([3, 0], mebibyte.length * mib);
  return out;
}

/** A careful forger: the log's lines edited, the manifest's checksum and counts made to agree. */
function forged(edit: (lines: Commit[]) => void): Uint8Array {
  const lines = strFromU8(log)
    .split('\n')
    .map((line) => JSON.parse(line) as Commit);
  edit(lines);
  const edited = strToU8(lines.map((line) => JSON.stringify(line)).join('\n'));
  const counts = { commits: lines.length, events: lines.reduce((n, c) => n + c.events.length, 0) };
  return zipSync({ 'manifest.json': manifestListing({ 'log.jsonl': edited }, counts), 'log.jsonl': edited });
}

/** The first line (1-based) whose commit has more than one event, and that commit. */
const lineWithEvents = (lines: Commit[]) => lines.findIndex((c) => c.events.length > 1) + 1;

describe('reading an archive', () => {
  it('reads the archive Plenum writes, and the same files zipped by another writer', () => {
    const read1 = read(archive);
    expect(read1.ok && read1.commits.length).toBe(commits.length);
    const read2 = read(archiveWith([]));
    expect(read2.ok && read2.commits).toEqual(read1.ok && read1.commits);
  });

  it('has a sentence in every language for every problem, each saying nothing was changed', () => {
    const endings = {
      en: /nothing was changed\.$/i,
      ru: /ничего не изменено\.$/i,
      'zh-CN': /未作任何更改。$/,
    };
    for (const code of ARCHIVE_PROBLEMS)
      for (const language of LANGUAGES) {
        const sentence = translatorFor(language)(`archive.problem_${code}`, {});
        expect(sentence, `${language} ${code}`).toMatch(endings[language]);
      }
  });

  it('never throws, even on what is not bytes at all', () => {
    expect(readArchive(undefined as unknown as Uint8Array)).toMatchObject({
      ok: false,
      problem: { code: 'unreadable' },
    });
  });
});

describe('the zip’s directory, before anything is inflated', () => {
  it('refuses a listed file named constructor, toString or __proto__ that is absent', () => {
    for (const name of ['constructor', 'toString', '__proto__'])
      expectRefused(archiveWith([], { [name]: strToU8('x') }), { code: 'missingFile', file: name });
  });

  it('refuses an unlisted member named constructor, toString or __proto__', () => {
    for (const name of ['constructor', 'toString', '__proto__'])
      expectRefused(archiveWith([{ name, data: strToU8('x') }]), { code: 'unlistedFile', file: name });
  });

  it('refuses a name given twice', () => {
    const twice = { name: 'log.jsonl', data: log };
    expectRefused(archiveWith([twice]), { code: 'duplicateFile', file: 'log.jsonl' });
  });

  it('refuses a dangerous name: outside the archive, absolute, a backslash, a drive, a control, too long', () => {
    for (const name of [
      '../x',
      'attachments/../../x',
      '/etc/x',
      'a\\b',
      'C:x',
      'a\u0000b',
      'a\u001bb',
      'a//b',
    ])
      expectRefused(archiveWith([{ name, data: strToU8('x') }]), { code: 'unsafeName', file: name });
    const long = 'x'.repeat(256);
    expectRefused(archiveWith([{ name: long, data: strToU8('x') }]), {
      code: 'unsafeName',
      file: `${'x'.repeat(79)}…`,
    });
  });

  it('refuses more members than the limit (10,000), before reading any', () => {
    const many = Array.from({ length: DEFAULT_ARCHIVE_LIMITS.maxFiles - 1 }, (_, i) => ({
      name: `attachments/${i}`,
      data: new Uint8Array(0),
    }));
    expect(read(archiveWith(many.slice(1)))).toMatchObject({ problem: { code: 'unlistedFile' } });
    expectRefused(archiveWith(many), { code: 'tooManyFiles', files: 10_001, limit: 10_000 });
  });

  it('refuses an encrypted member, and one packed other than stored or deflated', () => {
    expectRefused(archiveWith([{ name: 'a', data: strToU8('x'), flags: 1 }]), {
      code: 'unsupportedFile',
      file: 'a',
    });
    expectRefused(archiveWith([{ name: 'a', data: strToU8('x'), method: 12 }]), {
      code: 'unsupportedFile',
      file: 'a',
    });
  });

  it('refuses a member declared larger than its limit, or members larger together than the archive’s', () => {
    expectRefused(archive, { code: 'tooLarge', file: 'log.jsonl', limit: 1000 }, { maxLogBytes: 1000 });
    expectRefused(
      archive,
      { code: 'tooLarge', file: 'manifest.json', limit: 100 },
      { maxManifestBytes: 100 },
    );
    const document = { name: 'attachments/01-charter.pdf', data: new Uint8Array(2000) };
    expectRefused(
      archiveWith([document], { [document.name]: document.data }),
      { code: 'tooLarge', file: document.name, limit: 1000 },
      { maxAttachmentBytes: 1000 },
    );
    expectRefused(archive, { code: 'archiveTooLarge', limit: 100_000 }, { maxTotalBytes: 100_000 });
  });

  it('refuses at once a log declared to be 3 GB, its manifest agreeing', () => {
    const declared = 3_000_000_000;
    const huge = zipOf([
      {
        name: 'manifest.json',
        data: strToU8(
          JSON.stringify({ ...manifest, files: [{ ...listing({ 'log.jsonl': log })[0], bytes: declared }] }),
        ),
      },
      { name: 'log.jsonl', data: zeroBomb(1), method: 8, declared },
    ]);
    const started = performance.now();
    expectRefused(huge, { code: 'tooLarge', file: 'log.jsonl', limit: DEFAULT_ARCHIVE_LIMITS.maxLogBytes });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('stops inflating a member as soon as it gives more than it declares (a zip bomb)', () => {
    const declared = 1000;
    const bomb = zipOf([
      {
        name: 'manifest.json',
        data: strToU8(
          JSON.stringify({ ...manifest, files: [{ ...listing({ 'log.jsonl': log })[0], bytes: declared }] }),
        ),
      },
      { name: 'log.jsonl', data: zeroBomb(256), method: 8, declared },
    ]);
    const started = performance.now();
    expectRefused(bomb, { code: 'inflatesLarger', file: 'log.jsonl' }, { maxLogBytes: 64 * 1024 });
    // Inflating the 256 MiB whole takes seconds; the first slice is a few milliseconds.
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('the log, line by line', () => {
  it('refuses a commit given twice, naming the line', () => {
    const bytes = forged((lines) => lines.push(structuredClone(lines[1]!)));
    expectRefused(bytes, { code: 'duplicateCommit', line: commits.length + 1, id: commits[1]!.id });
  });

  it('refuses an event given twice', () => {
    let line = 0;
    let id = '';
    const bytes = forged((lines) => {
      line = lineWithEvents(lines);
      const { events } = lines[line - 1]!;
      id = events[1]!.id = events[0]!.id;
    });
    expectRefused(bytes, { code: 'duplicateEvent', line, id });
  });

  it('refuses an event of a kind of record Plenum does not know', () => {
    const bytes = forged((lines) => {
      Object.assign(lines[2]!.events[0]!, { type: 'spaceship.created' });
      Object.assign(lines[2]!.events[0]!.payload, { kind: 'spaceship' });
    });
    expectRefused(bytes, { code: 'unknownKind', line: 3, kind: 'spaceship' });
  });

  it('refuses an event type that is not two names joined by a dot', () => {
    const bytes = forged((lines) => Object.assign(lines[2]!.events[0]!, { type: 'vote created' }));
    expectRefused(bytes, { code: 'badEventType', line: 3, type: 'vote created' });
  });

  it('refuses a commit whose clock is not its first event’s', () => {
    const bytes = forged((lines) => {
      lines[2]!.hlc = lines[1]!.hlc;
    });
    expectRefused(bytes, { code: 'commitClock', line: 3 });
  });

  it('refuses a commit whose events are out of clock order', () => {
    let line = 0;
    const bytes = forged((lines) => {
      line = lineWithEvents(lines);
      const commit = lines[line - 1]!;
      commit.events.reverse();
      commit.hlc = commit.events[0]!.hlc;
    });
    expectRefused(bytes, { code: 'eventOrder', line });
  });

  it('refuses a commit naming other records than its events change', () => {
    expectRefused(
      forged((lines) => lines[2]!.entityIds.push('ghost')),
      { code: 'commitEntities', line: 3 },
    );
    expectRefused(
      forged((lines) => (lines[2]!.entityIds = [])),
      { code: 'commitEntities', line: 3 },
    );
  });

  it('refuses a clock far ahead of this laptop’s, naming the line and the clock’s date', () => {
    const clock = '999999999999999-999999-zz';
    const bytes = forged((lines) => {
      lines[2]!.events[0]!.hlc = clock;
    });
    expectRefused(bytes, { code: 'clockAhead', line: 3, clock, date: '+033658-09-27T01:46:39.999Z' });
    const twoDaysOn = forged((lines) => {
      const wall = String(now + 2 * 24 * 3600 * 1000).padStart(15, '0');
      lines[2]!.events[0]!.hlc = `${wall}-000000-laptop-1`;
    });
    expect(read(twoDaysOn)).toMatchObject({ ok: false, problem: { code: 'clockAhead', line: 3 } });
  });

  it('refuses a clock that cannot be read', () => {
    let clock = '';
    const bytes = forged((lines) => {
      clock = lines[2]!.events[0]!.hlc.replace('laptop-1', 'laptop 1');
      lines[2]!.events[0]!.hlc = clock;
    });
    expectRefused(bytes, { code: 'badClock', line: 3, clock });
  });

  it('refuses fields or a patch that is not an object of fields', () => {
    const created = (lines: Commit[]) => lines.findIndex((c) => c.events[0]!.payload.op === 'created');
    const updated = (lines: Commit[]) => lines.findIndex((c) => c.events[0]!.payload.op === 'updated');
    let line = 0;
    const bytes = forged((lines) => {
      line = created(lines) + 1;
      Object.assign(lines[line - 1]!.events[0]!.payload, { fields: ['x'] });
    });
    expectRefused(bytes, { code: 'badPayload', line, field: 'fields' });
    const patch = (value: unknown) =>
      forged((lines) => {
        line = updated(lines) + 1;
        Object.assign(lines[line - 1]!.events[0]!.payload, { patch: value });
      });
    expectRefused(patch(null), { code: 'badPayload', line, field: 'patch' });
    expectRefused(patch(JSON.parse('{"__proto__": {"status": "sealed"}}')), {
      code: 'badPayload',
      line,
      field: 'patch',
    });
  });
});

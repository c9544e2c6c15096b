import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { attachmentName, readArchive, writeArchive } from './eventArchive';
import { sealedResults } from './sealedResults';
import { planMerge } from './mergeArchive';
import { asNewEvent } from './restoreAsNew';
import { FACT_TYPES } from '../../core/domain/facts';
import { commitOf, type DomainEvent } from '../../core/domain/events';

const EVENT_DAY = Date.UTC(2026, 11, 10, 12);
/** An archive written by the release before facts had names (format 1), kept as it came out. */
const format1 = new Uint8Array(readFileSync(new URL('./testing/format1-end-of-day.zip', import.meta.url)));

/** The archive's log rewritten, its checksum and counts made to agree. */
function withLog(bytes: Uint8Array, edit: (lines: string[]) => string[]): Uint8Array {
  const files = unzipSync(bytes);
  files['log.jsonl'] = strToU8(edit(strFromU8(files['log.jsonl']!).split('\n')).join('\n'));
  const manifest = JSON.parse(strFromU8(files['manifest.json']!));
  manifest.files[0].sha256 = bytesToHex(sha256(files['log.jsonl']));
  manifest.files[0].bytes = files['log.jsonl'].length;
  files['manifest.json'] = strToU8(JSON.stringify(manifest));
  return zipSync(files);
}

describe('archives of format 1', () => {
  const read = readArchive(format1, { now: EVENT_DAY });
  if (!read.ok) throw new Error(JSON.stringify(read.problem));

  it('are read through the upcaster: every event named by its fact, every seal verifying', () => {
    expect(read.manifest.formatVersion).toBe(1);
    const types = new Set(read.commits.flatMap((c) => c.events.map((e) => e.type)));
    expect(types.has('result.sealed')).toBe(true);
    expect(types.has('attendee.checkedIn')).toBe(true);
    expect(
      [...types].filter((t) => /\.(created|updated|deleted)$/.test(t) && FACT_TYPES.includes(t as never)),
    ).toEqual([]);
    const sealed = sealedResults(read.commits);
    expect(sealed.length).toBeGreaterThan(1);
    expect(sealed.every((s) => s.verifies)).toBe(true);
  });

  it('restore as a copy and merge into the new model, and come out as format 2', () => {
    const copy = asNewEvent(read.commits);
    expect(sealedResults(copy.commits).every((s) => s.verifies)).toBe(true);
    expect(planMerge(read.commits, read.commits).commits).toEqual([]);
    const again = writeArchive(read.commits, read.manifest.conference, '0.2.0', '2026-12-10T12:00:00.000Z');
    const reread = readArchive(again, { now: EVENT_DAY });
    if (!reread.ok) throw new Error(JSON.stringify(reread.problem));
    expect(reread.manifest.formatVersion).toBe(2);
    expect(reread.commits).toEqual(read.commits);
  });
});

describe('archives of format 2', () => {
  const read = readArchive(format1, { now: EVENT_DAY });
  if (!read.ok) throw new Error('unreadable');
  const current = writeArchive(read.commits, read.manifest.conference, '0.2.0', '2026-12-10T12:00:00.000Z');

  it('refuse an event whose type is not the fact its payload states', () => {
    const relabelled = withLog(current, (lines) =>
      lines.map((line) => line.replace('"type":"result.sealed"', '"type":"record.edited"')),
    );
    expect(readArchive(relabelled, { now: EVENT_DAY })).toMatchObject({
      ok: false,
      problem: { code: 'badEventType' },
    });
  });

  it('refuse a result marked sealed with no seal to prove it', () => {
    const unsealed = withLog(current, (lines) =>
      lines.map((line) => {
        const commit = JSON.parse(line);
        for (const event of commit.events) if (event.payload.patch?.seals) event.payload.patch.seals = [];
        return JSON.stringify(commit);
      }),
    );
    expect(readArchive(unsealed, { now: EVENT_DAY })).toMatchObject({
      ok: false,
      problem: { code: 'sealMismatch' },
    });
  });
});

describe('a laptop that stored events before facts had names', () => {
  it('writes them under their facts, so its backups and exports read back', () => {
    const read = readArchive(format1, { now: EVENT_DAY });
    if (!read.ok) throw new Error('unreadable');
    const asStored = read.commits.map((c) => ({
      ...c,
      events: c.events.map((e) => ({ ...e, type: `${e.payload.kind}.${e.payload.op}` as never })),
    }));
    const written = writeArchive(asStored, read.manifest.conference, '0.2.0', '2026-12-10T12:00:00.000Z');
    const reread = readArchive(written, { now: EVENT_DAY });
    if (!reread.ok) throw new Error(JSON.stringify(reread.problem));
    expect(reread.commits).toEqual(read.commits);
  });
});

describe('the name of a document in the archive', () => {
  it('keeps a short name, and makes any other one a name every reader and disk accepts', () => {
    expect(attachmentName('章程.pdf')).toBe('章程.pdf');
    expect(attachmentName('')).toBe('document.pdf');
    expect(attachmentName('a/../b\u0000c.pdf')).toBe('a_.._b_c.pdf');
    const long = attachmentName(`${'章'.repeat(300)}.pdf`);
    expect(long).toHaveLength(120);
    expect(long.endsWith('.pdf')).toBe(true);
    expect(attachmentName('a\u0085b\ufffd.pdf')).toBe('a_b_.pdf');
    const astral = attachmentName(`${'𠀀'.repeat(150)}.pdf`);
    expect(astral.length).toBeLessThanOrEqual(120);
    expect(astral.endsWith('𠀀.pdf')).toBe(true);
  });

  it('comes out of a written archive as a file the reader takes', () => {
    const read = readArchive(format1, { now: EVENT_DAY });
    if (!read.ok) throw new Error('unreadable');
    const vote = read.commits.flatMap((c) => c.events).find((e) => e.payload.kind === 'vote')!;
    const withDocument = commitOf([
      {
        ...vote,
        id: 'doc-event',
        hlc: '001796947200000-000000-laptop-1',
        payload: {
          kind: 'vote',
          op: 'updated',
          patch: {
            documentName: `章程\u0085${'𠀀'.repeat(150)}.pdf`,
            document: 'data:application/pdf;base64,JVBERi0=',
          },
        },
      } as DomainEvent,
    ]);
    const written = writeArchive([...read.commits, withDocument], read.manifest.conference, '0.2.0', 'T');
    const back = readArchive(written, { now: EVENT_DAY });
    if (!back.ok) throw new Error(JSON.stringify(back.problem));
  });
});

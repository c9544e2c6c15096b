import { describe, expect, it } from 'vitest';
import {
  IPC_CONTRACT,
  IPC_EVENTS,
  backupRequestSchema,
  menuCommandSchema,
  openInViewerSchema,
  saveFileRequestSchema,
  secondWindowPathSchema,
} from './contract';

const ULID = '01M8K92FGGJ8272XBQWCSN4SEY';
const save = (over: object) =>
  saveFileRequestSchema.safeParse({
    suggestedName: 'badges.pdf',
    bytes: new Uint8Array([1]),
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
    ...over,
  }).success;

describe('the IPC contract', () => {
  it('gives every method and event its own namespaced channel', () => {
    const channels = [
      ...Object.values(IPC_CONTRACT).map((m) => m.channel),
      ...Object.values(IPC_EVENTS).map((e) => e.channel),
    ];
    expect(new Set(channels).size).toBe(channels.length);
    for (const channel of channels) expect(channel).toMatch(/^[a-z]+:[a-z-]+$/);
  });

  it('checks the arguments as a whole tuple: no argument missing, none extra', () => {
    expect(IPC_CONTRACT.appInfo.args.safeParse([]).success).toBe(true);
    expect(IPC_CONTRACT.appInfo.args.safeParse(['x']).success).toBe(false);
    expect(IPC_CONTRACT.showInFolder.args.safeParse(['/home/desk/badges.pdf']).success).toBe(true);
    expect(IPC_CONTRACT.showInFolder.args.safeParse([]).success).toBe(false);
    expect(IPC_CONTRACT.showInFolder.args.safeParse(['']).success).toBe(false);
    expect(IPC_CONTRACT.openFile.result.safeParse(null).success).toBe(true);
    expect(IPC_CONTRACT.saveFile.result.safeParse({ path: null }).success).toBe(true);
  });
});

describe('saving a file', () => {
  it('takes a file name, never a path or a dot name', () => {
    expect(save({ suggestedName: '参会人员 2026-12-10.xlsx' })).toBe(true);
    for (const name of ['.', '..', 'a/b.pdf', 'a\\b.pdf', 'a\0.pdf', '', 'x'.repeat(201)])
      expect(save({ suggestedName: name }), JSON.stringify(name)).toBe(false);
    expect(save({ suggestedName: 'x'.repeat(200) })).toBe(true);
  });

  it('takes bytes up to 512 MiB', () => {
    const sized = (byteLength: number) =>
      // A typed array that reports a size, instead of allocating half a gigabyte.
      Object.defineProperty(new Uint8Array(1), 'byteLength', { value: byteLength });
    expect(save({ bytes: sized(512 * 1024 * 1024) })).toBe(true);
    expect(save({ bytes: sized(512 * 1024 * 1024 + 1) })).toBe(false);
    expect(save({ bytes: [1, 2, 3] })).toBe(false);
    expect(save({ bytes: new Uint16Array(2) })).toBe(false);
  });

  it('takes simple extensions in at most 20 filters', () => {
    expect(save({ filters: [{ name: 'All', extensions: ['*'] }] })).toBe(true);
    expect(save({ filters: [{ name: 'x', extensions: ['tar.gz'] }] })).toBe(false);
    expect(save({ filters: [{ name: 'x', extensions: ['abcdefghijk'] }] })).toBe(false);
    const filter = { name: 'x', extensions: ['pdf'] };
    expect(save({ filters: new Array(20).fill(filter) })).toBe(true);
    expect(save({ filters: new Array(21).fill(filter) })).toBe(false);
  });
});

describe('opening a document in the system viewer', () => {
  it('opens only PDFs, workbooks, CSV and Word documents', () => {
    for (const path of ['/home/a/minutes.docx', '/home/a/list.CSV', 'C:\\x\\results.xlsx', '/b.Pdf'])
      expect(openInViewerSchema.safeParse(path).success, path).toBe(true);
    for (const path of ['/home/a/minutes.pdf.exe', '/home/a/run.sh', '/home/a/pdf', ''])
      expect(openInViewerSchema.safeParse(path).success, path).toBe(false);
  });
});

describe('the second window', () => {
  it('shows only the announce view of a vote or an election', () => {
    expect(secondWindowPathSchema.safeParse(`#/events/${ULID}/announce/${ULID}`).success).toBe(true);
    expect(secondWindowPathSchema.safeParse(`#/events/${ULID}/announceElection/${ULID}`).success).toBe(true);
    for (const path of [
      `#/events/${ULID}/announce/${ULID}/edit`,
      `#/events/${ULID.toLowerCase()}/announce/${ULID}`,
      `#/events/${ULID}/announceVote/${ULID}`,
      `/#/events/${ULID}/announce/${ULID}`,
    ])
      expect(secondWindowPathSchema.safeParse(path).success, path).toBe(false);
  });
});

describe('backups', () => {
  it('take the bytes of a zip of an event, for a known reason', () => {
    const zip = new Uint8Array([0x50, 0x4b]);
    for (const reason of ['interval', 'import', 'seal', 'reopen', 'manual'])
      expect(backupRequestSchema.safeParse({ conferenceId: ULID, bytes: zip, reason }).success).toBe(true);
    expect(
      backupRequestSchema.safeParse({
        conferenceId: ULID,
        bytes: new Uint8Array([0x4b, 0x50]),
        reason: 'seal',
      }).success,
    ).toBe(false);
    expect(
      backupRequestSchema.safeParse({ conferenceId: `${ULID}0`, bytes: zip, reason: 'seal' }).success,
    ).toBe(false);
  });
});

describe('menu commands', () => {
  it('are a language, the about box or the home screen', () => {
    expect(menuCommandSchema.safeParse({ type: 'language', language: 'ru' }).success).toBe(true);
    expect(menuCommandSchema.safeParse({ type: 'home' }).success).toBe(true);
    expect(menuCommandSchema.safeParse({ type: 'language' }).success).toBe(false);
    expect(menuCommandSchema.safeParse({ type: 'quit' }).success).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { backupName, filesOverCap, filesToDelete } from './backupRotation';

const EVENT = '01M8K92FGGJ8272XBQWCSN4SEY';
const OTHER = '01M8K92FGGJ8272XBQWCSN4SEZ';
const at = (minutes: number) => backupName(EVENT, new Date(Date.UTC(2026, 11, 10, 8, 0) + minutes * 60_000));

describe('backup rotation', () => {
  it('names a backup by event and time, in an order that sorts by age', () => {
    expect(backupName(EVENT, new Date('2026-12-10T08:05:03.123Z'))).toBe(
      `plenum-${EVENT}-20261210T080503123Z.zip`,
    );
    expect([at(10), at(2), at(300)].sort()).toEqual([at(2), at(10), at(300)]);
  });

  it('keeps the latest few and one an hour, deletes the rest, per event', () => {
    // A backup every 5 minutes for 10 hours: 120 files.
    const files = Array.from({ length: 120 }, (_, i) => at(i * 5));
    const doomed = filesToDelete(files, { keepLatest: 3, keepHourly: 4 });
    const kept = files.filter((f) => !doomed.includes(f)).sort();
    // The 3 newest (9:45, 9:50, 9:55 past 8:00), and the newest of the 4 latest hours
    // (one of them already among the 3).
    expect(kept).toEqual(
      [
        at(6 * 60 + 55),
        at(7 * 60 + 55),
        at(8 * 60 + 55),
        at(9 * 60 + 45),
        at(9 * 60 + 50),
        at(9 * 60 + 55),
      ].sort(),
    );
  });

  it('leaves other events’ backups and other files alone', () => {
    const others = [backupName(OTHER, new Date('2026-12-09T10:00:00Z')), 'notes.txt', 'plenum-broken.zip'];
    expect(filesToDelete([...others, at(0), at(5)], { keepLatest: 1, keepHourly: 0 })).toEqual([at(0)]);
  });

  it('deletes the oldest backups, of any event, until the folder is under its cap', () => {
    const otherAt = (minutes: number) =>
      backupName(OTHER, new Date(Date.UTC(2026, 11, 10, 8, 0) + minutes * 60_000));
    // Named by event first, so the name order differs from the age order.
    const files = [at(10), otherAt(0), at(20), otherAt(30)].map((name) => ({ name, bytes: 100 }));
    expect(filesOverCap(files, 400, at(20))).toEqual([]);
    expect(filesOverCap(files, 250, otherAt(30))).toEqual([otherAt(0), at(10)]);
    expect(filesOverCap(files, 200, otherAt(30))).toEqual([otherAt(0), at(10)]);
    expect(filesOverCap(files, 199, otherAt(30))).toEqual([otherAt(0), at(10), at(20)]);
  });

  it('never deletes the backup just written, even when it alone is over the cap', () => {
    const files = [at(0), at(5), at(10)].map((name) => ({ name, bytes: 100 }));
    expect(filesOverCap(files, 50, at(10))).toEqual([at(0), at(5)]);
    expect(filesOverCap(files, 50, at(0))).toEqual([at(5), at(10)]);
  });

  it('neither counts nor deletes other files', () => {
    const files = [
      { name: 'photos.zip', bytes: 10_000 },
      { name: at(0), bytes: 100 },
      { name: at(5), bytes: 100 },
    ];
    expect(filesOverCap(files, 200, at(5))).toEqual([]);
    expect(filesOverCap(files, 150, at(5))).toEqual([at(0)]);
  });
});

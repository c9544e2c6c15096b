import { describe, expect, it } from 'vitest';
import { backupName, filesToDelete } from './backupRotation';

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
});

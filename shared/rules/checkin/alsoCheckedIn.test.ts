import { describe, expect, it } from 'vitest';
import type { DomainEvent } from '../../core/domain/events';
import { factOf } from '../../core/domain/facts';
import { otherCheckIns } from './alsoCheckedIn';

let clock = 0;
function presence(lastAction: string, desk: string, at: string): DomainEvent {
  const payload = {
    kind: 'attendance' as const,
    op: 'updated' as const,
    patch: { lastAction, desk, checkedInAt: lastAction === 'left' ? '' : at, status: 'present' },
  } as DomainEvent['payload'];
  clock += 1;
  return {
    id: `e${clock}`,
    conferenceId: 'c',
    entityId: 'a1',
    type: factOf(payload),
    v: 1,
    deviceId: desk,
    actor: desk,
    hlc: `${String(1_000 + clock).padStart(15, '0')}-000000-${desk}`,
    at,
    payload,
  };
}

describe('otherCheckIns', () => {
  it('names the desk whose check-in the record does not show', () => {
    const first = presence('checkIn', 'Desk 1', '2026-12-10T10:01:00Z');
    const second = presence('checkIn', 'Desk 2', '2026-12-10T10:02:00Z');
    expect(otherCheckIns([second, first])).toEqual([{ desk: 'Desk 1', at: '2026-12-10T10:01:00Z' }]);
  });

  it('says nothing of one check-in', () => {
    expect(otherCheckIns([presence('checkIn', 'Desk 1', '2026-12-10T10:01:00Z')])).toEqual([]);
  });

  it('forgets check-ins before the person left', () => {
    const events = [
      presence('checkIn', 'Desk 1', '2026-12-10T09:00:00Z'),
      presence('left', 'Desk 1', '2026-12-10T09:30:00Z'),
      presence('returned', 'Desk 2', '2026-12-10T10:00:00Z'),
    ];
    expect(otherCheckIns(events)).toEqual([]);
  });

  it('forgets a check-in that was undone', () => {
    const events = [
      presence('checkIn', 'Desk 1', '2026-12-10T09:00:00Z'),
      presence('undo', 'Desk 1', '2026-12-10T09:01:00Z'),
      presence('checkIn', 'Desk 2', '2026-12-10T10:00:00Z'),
    ];
    expect(otherCheckIns(events)).toEqual([]);
  });
});

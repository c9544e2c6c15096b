import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PlenumDatabase } from './schema';
import { EventStore } from './eventStore';
import * as actions from './actions';
import { recordCheckIn } from './checkInActions';
import {
  readAssemblyPresentIds,
  readAttendees,
  readLatestClock,
  readLiveAttendees,
  readLoggedEvents,
  readResultsRecord,
} from './reads';
import { BLANK_ATTENDEE, BLANK_CONFERENCE } from '../../shared/core/domain/blanks';

let counter = 0;
const opened: PlenumDatabase[] = [];
function freshStore(): EventStore {
  const db = new PlenumDatabase(`reads-test-${++counter}`);
  opened.push(db);
  let tick = 1_700_000_000_000;
  return new EventStore(db, { deviceId: 'dev-test', actor: () => 'desk 1' }, () => (tick += 1000));
}

// The desk's name is read from localStorage when a check-in is written.
beforeEach(() => {
  vi.stubGlobal('localStorage', { getItem: () => null });
});

afterEach(async () => {
  vi.unstubAllGlobals();
  for (const db of opened.splice(0)) await db.delete();
});

async function created(result: Promise<{ ok: boolean; entityId?: string }>): Promise<string> {
  const outcome = await result;
  if (!outcome.ok || !outcome.entityId) throw new Error('not created');
  return outcome.entityId;
}

const conference = (store: EventStore, zh: string) =>
  created(actions.createEvent(store, { ...BLANK_CONFERENCE, name: { zh, ru: '', en: '' } }));

const person = (store: EventStore, conferenceId: string, family: string) =>
  created(
    actions.registerAttendee(store, conferenceId, {
      ...BLANK_ATTENDEE,
      familyNameZh: family,
      givenNameZh: '伟',
    }),
  );

describe('the one-off reads', () => {
  it('read the log of one conference, in clock order, and its latest clock', async () => {
    const store = freshStore();
    const a = await conference(store, '甲');
    const b = await conference(store, '乙');
    expect(await readLatestClock(store, 'nowhere')).toBe('');
    await person(store, a, '王');
    await person(store, b, '李');
    await person(store, a, '张');
    const events = await readLoggedEvents(store, a);
    expect(events.map((e) => e.conferenceId)).toEqual([a, a, a]);
    const clocks = events.map((e) => e.hlc);
    expect(clocks).toEqual([...clocks].sort());
    expect(await readLatestClock(store, a)).toBe(clocks[clocks.length - 1]);
    expect(await readLatestClock(store, b)).not.toBe(await readLatestClock(store, a));
  });

  it('read the register, deleted people included or not, and who is present at the assembly', async () => {
    const store = freshStore();
    const id = await conference(store, '大会');
    const wang = await person(store, id, '王');
    const li = await person(store, id, '李');
    const zhang = await person(store, id, '张');
    const removed = (await readAttendees(store, id)).find((a) => a.id === zhang)!;
    expect((await actions.removeAttendee(store, removed)).ok).toBe(true);
    expect((await recordCheckIn(store, id, wang, 'search')).ok).toBe(true);

    expect((await readAttendees(store, id)).map((a) => a.id).sort()).toEqual([wang, li, zhang].sort());
    expect((await readLiveAttendees(store, id)).map((a) => a.id).sort()).toEqual([wang, li].sort());
    expect(await readAssemblyPresentIds(store, id)).toEqual(new Set([wang]));
  });

  it('read what the results workbook is made of', async () => {
    const store = freshStore();
    const id = await conference(store, '大会');
    const wang = await person(store, id, '王');
    const record = await readResultsRecord(store, id);
    expect(record).toMatchObject({ votes: [], elections: [], papers: [], issues: [], organisations: [] });
    expect(record.attendees.map((a) => a.id)).toEqual([wang]);
  });
});

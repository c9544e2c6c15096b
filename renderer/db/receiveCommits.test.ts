import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { PlenumDatabase } from './schema';
import { EventStore } from './eventStore';
import * as actions from './actions';
import { recordCheckIn, recordLeft } from './checkInActions';
import { readAllRows } from './projectionPages';
import { BLANK_ATTENDEE, BLANK_CONFERENCE } from '../../shared/core/domain/blanks';
import type { Commit } from '../../shared/core/domain/events';

// The desk's name is kept in the page's local storage; these laptops have none.
globalThis.localStorage ??= { getItem: () => null } as unknown as Storage;

let counter = 0;
const opened: PlenumDatabase[] = [];
function laptop(deviceId: string, start: number): EventStore {
  const db = new PlenumDatabase(`receive-${++counter}`);
  opened.push(db);
  let tick = start;
  return new EventStore(db, { deviceId, actor: () => deviceId }, () => (tick += 1000));
}

afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

const commitsOf = (store: EventStore) => store.db.commits.toArray();

/** An event with two people on laptop A, and laptop B given A's log as the network would. */
async function twoLaptops() {
  const a = laptop('dev-a', 1_800_000_000_000);
  const b = laptop('dev-b', 1_800_000_000_500);
  const created = await actions.createEvent(a, { ...BLANK_CONFERENCE, name: { zh: '大会', ru: '', en: '' } });
  if (!created.ok) throw new Error('conference');
  const conferenceId = created.entityId;
  const people = [];
  for (const family of ['赵', '钱']) {
    const person = await actions.registerAttendee(a, conferenceId, {
      ...BLANK_ATTENDEE,
      familyNameZh: family,
      givenNameZh: '伟',
    });
    if (!person.ok) throw new Error('attendee');
    people.push(person.entityId);
  }
  await b.receiveCommits(conferenceId, await commitsOf(a));
  return { a, b, conferenceId, people: people as [string, string] };
}

const present = async (store: EventStore, conferenceId: string) =>
  (await readAllRows(store.db, 'attendance', conferenceId))
    .filter((row) => row.status === 'present')
    .map((row) => row.id)
    .sort();

describe('commits received from the venue network', () => {
  it('project as they do where they were made', async () => {
    const { a, b, conferenceId, people } = await twoLaptops();
    await recordCheckIn(a, conferenceId, people[0], 'search');
    const before = new Set((await commitsOf(b)).map((c) => c.id));
    const fresh = (await commitsOf(a)).filter((c) => !before.has(c.id));
    expect(await b.receiveCommits(conferenceId, fresh)).toHaveLength(1);
    expect(await present(b, conferenceId)).toEqual([people[0]]);
    expect((await readAllRows(b.db, 'attendee', conferenceId)).map((p) => p.familyNameZh).sort()).toEqual([
      '赵',
      '钱',
    ]);
  });

  it('come out the same in any order of arrival, and twice is once', async () => {
    const { a, b, conferenceId, people } = await twoLaptops();
    await recordCheckIn(a, conferenceId, people[0], 'search');
    await recordLeft(a, conferenceId, people[0]);
    await recordCheckIn(a, conferenceId, people[1], 'search');
    const known = new Set((await commitsOf(b)).map((c) => c.id));
    const fresh: Commit[] = (await commitsOf(a)).filter((c) => !known.has(c.id));
    for (const commit of [...fresh].reverse()) await b.receiveCommits(conferenceId, [commit]);
    expect(await b.receiveCommits(conferenceId, fresh)).toEqual([]);
    const rows = async (store: EventStore) =>
      (await readAllRows(store.db, 'attendance', conferenceId)).sort((x, y) => x.id.localeCompare(y.id));
    expect(await rows(b)).toEqual(await rows(a));
    expect(await present(b, conferenceId)).toEqual([people[1]]);
  });

  it('a person checked in at two laptops apart is present once, with both check-ins in the log', async () => {
    const { a, b, conferenceId, people } = await twoLaptops();
    await recordCheckIn(a, conferenceId, people[0], 'search');
    await recordCheckIn(b, conferenceId, people[0], 'scan');
    const ofA = await commitsOf(a);
    const ofB = await commitsOf(b);
    await b.receiveCommits(conferenceId, ofA);
    await a.receiveCommits(conferenceId, ofB);
    expect(await present(a, conferenceId)).toEqual([people[0]]);
    expect(await present(b, conferenceId)).toEqual([people[0]]);
    expect((await commitsOf(a)).length).toBe((await commitsOf(b)).length);
  });
});

// Laptops on the venue network for tests: each with its own PouchDB on the memory adapter.
import { expect } from 'vitest';
import PouchDB from 'pouchdb-core';
import memory from 'pouchdb-adapter-memory';
import replication from 'pouchdb-replication';
import type { AnyEntity, AttendeeFields, Election, Vote } from '../../../core/domain/entities';
import { createAttendee, type CommandResult } from '../../../core/domain/commands';
import { BLANK_ATTENDEE } from '../../../core/domain/blanks';
import { eventType, type Commit, type DomainEvent } from '../../../core/domain/events';
import { decodeHlc, receiveHlc, type Hlc } from '../../../core/domain/hlc';
import { byClock, projectEvent } from '../../../core/domain/reducers';
import { admitEvents } from '../../../core/domain/sealGuard';
import { createElection, openElection } from '../../../rules/elections/electionCommands';
import { blankElection } from '../../../rules/elections/electionSetup';
import type { Candidate, ElectionFields } from '../../../rules/elections/electionTypes';
import { blankVote } from '../../../rules/votes/blankVote';
import { createVote, openVote } from '../../../rules/votes/voteCommands';
import { TestClock, TestLaptop } from '../../archive/testing/laptops';
import { isTellersFact } from '../roles';
import { commitDoc, isCommitDocId, readCommitDoc } from '../venueDocs';

const Pouch = PouchDB.plugin(memory).plugin(replication);

export const CONF = 'conf-1';
export const hall = { entitled: 3, present: 3, at: 'T' };
export const PEOPLE = ['p1', 'p2', 'p3'];
const SKEWS = [0, 40, -25, 15, -60];
/** The tellers' laptops: the others are desks, and the venue guard refuses them tellers' facts. */
export const TELLERS = new Set([0, 1]);

export interface Replica {
  index: number;
  laptop: TestLaptop;
  db: PouchDB.Database;
  /** How far this laptop has read its own database's changes feed. */
  seq: number | string;
}

export interface Venue {
  clock: TestClock;
  replicas: Replica[];
  /** Every commit recorded on any laptop. */
  made: Commit[];
  votes: string[];
  electionId: string;
}

let runs = 0;

/**
 * The projections the app builds (EventStore.rebuildProjections): the events in clock order through
 * the seal guard, then each kind of record in its own table. Kept by kind and id, because a person's
 * attendance at the main sitting has the person's own id (attendanceId).
 */
export function project(events: readonly DomainEvent[]) {
  const { admitted, held } = admitEvents([...events].sort(byClock));
  const rows = new Map<string, AnyEntity>();
  for (const event of admitted) {
    const key = `${event.payload.kind}/${event.entityId}`;
    const next = projectEvent(rows.get(key), event);
    if (next) rows.set(key, next);
  }
  return { rows, held: held.map((e) => e.id).sort() };
}

export const sorted = (rows: Map<string, AnyEntity>) => [...rows].sort(([a], [b]) => (a < b ? -1 : 1));

export const viewOf = (replica: Replica) => project(replica.laptop.commits.flatMap((c) => c.events)).rows;

/**
 * A command recorded on a laptop and written into its database as the app does (VenueReplica.keep):
 * one commit, one document. Refused by the command, or a tellers' fact on a desk: nothing is made.
 */
export async function record(venue: Venue, replica: Replica, result: CommandResult): Promise<Commit | null> {
  if (!result.ok || result.events.length === 0) return null;
  const tellersFact = result.events.some((e) => isTellersFact({ type: eventType(e.payload) }));
  if (tellersFact && !TELLERS.has(replica.index)) return null;
  replica.laptop.run(result);
  const commit = replica.laptop.commits.at(-1)!;
  venue.made.push(commit);
  await replica.db.put(commitDoc(commit) as unknown as PouchDB.Doc);
  return commit;
}

/**
 * What reached a laptop's database, read from its changes feed as the app reads it: each document
 * checked as another laptop's commit, the new ones added to its log, its clock moved past them
 * (EventStore.receiveCommits). TestLaptop keeps its clock to itself; merge() would move it but also
 * records an archive merge's conflicts, which the venue network does not.
 */
async function ingest(venue: Venue, replica: Replica): Promise<void> {
  const changes = await replica.db.changes({ since: replica.seq, include_docs: true });
  replica.seq = changes.last_seq;
  const known = new Set(replica.laptop.commits.map((c) => c.id));
  const fresh: Commit[] = [];
  for (const change of changes.results) {
    if (!change.doc || !isCommitDocId(change.id)) continue;
    const read = readCommitDoc(change.doc, CONF, venue.clock.now);
    if (!read.ok) throw new Error(`${change.id} does not read: ${JSON.stringify(read.problem)}`);
    if (known.has(read.commit.id)) continue;
    known.add(read.commit.id);
    fresh.push(read.commit);
  }
  if (!fresh.length) return;
  replica.laptop.commits.push(...fresh);
  const latest = fresh.flatMap((c) => c.events).reduce((max, e) => (e.hlc > max ? e.hlc : max), '');
  const laptop = replica.laptop as unknown as { hlc: Hlc };
  laptop.hlc = receiveHlc(laptop.hlc, decodeHlc(latest), venue.clock.now + SKEWS[replica.index]!);
}

/** One-shot replication, the CouchDB protocol PouchDB speaks, then the target reads what came. */
export async function replicate(venue: Venue, from: Replica, to: Replica, batch?: number): Promise<number> {
  const result = await Pouch.replicate(from.db, to.db, batch ? { batch_size: batch } : {});
  expect(result.ok).toBe(true);
  expect(result.errors).toEqual([]);
  await ingest(venue, to);
  return result.docs_written;
}

const candidate = (id: string): Candidate => ({
  id,
  kind: 'person',
  organisationId: null,
  attendeeId: null,
  name: { zh: id, ru: id, en: id },
  organisationName: { zh: '', ru: '', en: '' },
});

const electionFields = (): ElectionFields => ({
  ...blankElection(),
  title: { zh: '理事会选举', ru: 'Выборы совета', en: 'Council election' },
  body: 'list',
  voterIds: PEOPLE,
  posts: [
    {
      ...blankElection().posts[0]!,
      title: { zh: '理事长', ru: 'Председатель', en: 'Chair' },
      method: 'markUpTo',
      candidates: ['a', 'b'].map(candidate),
      rule: { kind: 'relative' },
    },
  ],
});

export const registering = (nextCode: string) => ({
  organisation: undefined,
  nextCode,
  codeTaken: () => false,
  representing: [],
});

/**
 * The first laptop registers the people and opens two votes and an election; the others join the
 * network empty and take the event from it by replication, as a laptop joining the host does.
 */
export async function openVenue(n: number): Promise<Venue> {
  const clock = new TestClock();
  const run = ++runs;
  const replicas = Array.from({ length: n }, (_, index): Replica => ({
    index,
    laptop: new TestLaptop(`laptop-${index}`, clock, SKEWS[index]),
    db: new Pouch(`replication-${process.pid}-${run}-${index}`, { adapter: 'memory' }),
    seq: 0,
  }));
  const venue: Venue = { clock, replicas, made: [], votes: [], electionId: '' };
  const first = replicas[0]!;
  const names = [
    ['李', '娜'],
    ['王', '伟'],
    ['Иванова', 'Анна'],
  ];
  for (const [i, id] of PEOPLE.entries()) {
    const [family, given] = names[i]!;
    const fields: AttendeeFields = { ...BLANK_ATTENDEE, familyNameZh: family!, givenNameZh: given! };
    await record(venue, first, createAttendee(CONF, fields, registering(`A0000${i + 1}`), id));
  }
  for (const title of ['章程修改', '预算']) {
    const created = await record(
      venue,
      first,
      createVote(CONF, { ...blankVote(), title: { zh: title, ru: '', en: '' } }),
    );
    const id = created!.entityIds[0]!;
    await record(venue, first, openVote(viewOf(first).get(`vote/${id}`) as Vote, hall));
    venue.votes.push(id);
  }
  const election = await record(venue, first, createElection(CONF, electionFields()));
  venue.electionId = election!.entityIds[0]!;
  await record(
    venue,
    first,
    openElection(viewOf(first).get(`election/${venue.electionId}`) as Election, hall),
  );
  await ingest(venue, first);
  for (const other of replicas.slice(1)) await replicate(venue, first, other);
  return venue;
}

export async function closeVenue(venue: Venue): Promise<void> {
  await Promise.all(venue.replicas.map((r) => r.db.destroy()));
}

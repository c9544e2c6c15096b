import { readFileSync } from 'node:fs';
import path from 'node:path';
import PouchDB from 'pouchdb-core';
import httpAdapter from 'pouchdb-adapter-http';
import memoryAdapter from 'pouchdb-adapter-memory';
import replication from 'pouchdb-replication';
import { afterEach, describe, expect, it } from 'vitest';
import type { VenueRole } from '../../shared/codecs/venue/roles';
import { commitDoc, databaseName, isCommitDocId, readCommitDoc } from '../../shared/codecs/venue/venueDocs';
import type { Commit } from '../../shared/core/domain/events';
import { codeIn, sealedVoteOn, useTestHost } from './testing/hostFixture';

const Pouch = PouchDB.plugin(httpAdapter).plugin(memoryAdapter).plugin(replication);
const EVENT = 'conf-1';
const DB = databaseName(EVENT);
const venue = useTestHost(EVENT);
let opened: PouchDB.Database[] = [];

afterEach(async () => {
  await Promise.all(opened.map((db) => db.destroy().catch(() => undefined)));
  opened = [];
});

let n = 0;
/** A laptop's own database in memory. */
function localDb(): PouchDB.Database {
  const db = new Pouch(`laptop-${++n}-${Date.now()}`, { adapter: 'memory' });
  opened.push(db);
  return db;
}

const join = async (role: VenueRole, deviceId: string) => (await venue.join(role, deviceId)).token;

/** The event's database on the host, as a laptop with this token reaches it. */
function remoteDb(token: string): PouchDB.Database {
  const withToken = (url: string | URL | Request, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    headers.set('Authorization', `Bearer ${token}`);
    return fetch(url, { ...init, headers });
  };
  const db = new Pouch(`${venue.host.urls[0]}/${DB}`, { fetch: withToken, skip_setup: true });
  return db;
}

type Outcome = { docs_written: number; doc_write_failures: number };

/** A commit as a laptop's PouchDB stores it. */
const docOf = (commit: Commit) => commitDoc(commit) as unknown as PouchDB.Doc;

async function commitsIn(db: PouchDB.Database): Promise<Commit[]> {
  const { rows } = await db.allDocs({ include_docs: true });
  return rows
    .filter((row) => isCommitDocId(row.id))
    .map((row) => {
      const read = readCommitDoc(row.doc, EVENT, Date.now());
      if (!read.ok) throw new Error(`${row.id}: ${read.problem.code}`);
      return read.commit;
    });
}

describe('replication through the host', () => {
  it("carries the tellers' commits to a desk, and the roster with them", async () => {
    const tellersDb = localDb();
    const commits = sealedVoteOn('tellers-1');
    await tellersDb.bulkDocs(commits.map(docOf));
    const pushed = (await tellersDb.replicate.to(
      remoteDb(await join('tellers', 'tellers-1')),
    )) as unknown as Outcome;
    expect(pushed).toMatchObject({ docs_written: 5, doc_write_failures: 0 });

    const deskDb = localDb();
    const pulled = (await deskDb.replicate.from(
      remoteDb(await join('desk', 'desk-1')),
    )) as unknown as Outcome;
    expect(pulled.doc_write_failures).toBe(0);
    expect(await commitsIn(deskDb)).toEqual([...commits].sort((a, b) => (a.id < b.id ? -1 : 1)));
    const { rows } = await deskDb.allDocs();
    expect(rows.map((r) => r.id).filter((id) => id.startsWith('laptop:'))).toEqual([
      'laptop:desk-1',
      'laptop:tellers-1',
    ]);
  });

  it('leaves on the desk what the host refuses from it, and carries the rest', async () => {
    const deskDb = localDb();
    const commits = sealedVoteOn('desk-1');
    await deskDb.bulkDocs([...commits.map(docOf), { _id: 'junk', a: 1 }]);
    const desk = remoteDb(await join('desk', 'desk-1'));
    const denied: unknown[] = [];
    const pushing = deskDb.replicate.to(desk);
    pushing.on('denied', (error: never) => denied.push(error));
    const pushed = (await pushing) as unknown as Outcome;
    expect(pushed).toMatchObject({ docs_written: 3, doc_write_failures: 3 });
    expect(denied).toHaveLength(3);
    const onHost = (await commitsIn(desk)).map((c) => c.events[0]!.type).sort();
    expect(onHost).toEqual(['vote.closed', 'vote.created', 'vote.opened']);
  });

  it('converges two laptops that push and pull through the host', async () => {
    const tellersDb = localDb();
    const deskDb = localDb();
    const tellers = remoteDb(await join('tellers', 'tellers-1'));
    const desk = remoteDb(await join('desk', 'desk-1'));
    const tellersCommits = sealedVoteOn('tellers-1');
    const deskCommits = sealedVoteOn('desk-1').slice(0, 2);
    await tellersDb.bulkDocs(tellersCommits.map(docOf));
    await deskDb.bulkDocs(deskCommits.map(docOf));
    await tellersDb.replicate.to(tellers);
    await deskDb.replicate.to(desk);
    await tellersDb.replicate.from(tellers);
    await deskDb.replicate.from(desk);
    const ids = (commits: Commit[]) => commits.map((c) => c.id).sort();
    expect(ids(await commitsIn(tellersDb))).toEqual(ids([...tellersCommits, ...deskCommits]));
    expect(ids(await commitsIn(deskDb))).toEqual(ids(await commitsIn(tellersDb)));
  });
});

describe("the host's admin token", () => {
  // What a CouchDB _replicator job does when it copies the venue's event to a central server
  // (docs/deployment.md): replicate the whole database with the admin token as a Bearer header.
  it('replicates the event out of the host, and back into it through the same checks', async () => {
    const tellersDb = localDb();
    const commits = sealedVoteOn('tellers-1');
    await tellersDb.bulkDocs(commits.map(docOf));
    await tellersDb.replicate.to(remoteDb(await join('tellers', 'tellers-1')));
    const central = localDb();
    const out = (await central.replicate.from(remoteDb(venue.host.adminToken))) as unknown as Outcome;
    expect(out).toMatchObject({ docs_written: 6, doc_write_failures: 0 });

    const deskSeal = sealedVoteOn('desk-1')[4]!;
    await central.bulkDocs([docOf(deskSeal)]);
    const back = (await central.replicate.to(remoteDb(venue.host.adminToken))) as unknown as Outcome;
    expect(back).toMatchObject({ docs_written: 0, doc_write_failures: 1 });
  });
});

describe('a host restarted on its data folder', () => {
  it('keeps its commits, its laptops’ tokens and its certificate; not its pairing codes', async () => {
    const token = await join('tellers', 'tellers-1');
    const unused = codeIn(venue.host.pairingText('desk', EVENT));
    const commits = sealedVoteOn('tellers-1');
    const tellersDb = localDb();
    await tellersDb.bulkDocs(commits.map(docOf));
    await tellersDb.replicate.to(remoteDb(token));
    const { fingerprint, adminToken } = venue.host;

    const host = await venue.restart();
    expect(host.fingerprint).toBe(fingerprint);
    expect(host.adminToken).toBe(adminToken);
    expect(readFileSync(path.join(venue.dir, 'laptops.json'), 'utf8')).not.toContain(token);
    const hello = await venue.request('/_plenum/hello', { token });
    expect(await hello.json()).toMatchObject({ role: 'tellers', database: DB });
    expect((await commitsIn(remoteDb(token))).map((c) => c.id).sort()).toEqual(
      commits.map((c) => c.id).sort(),
    );
    const fresh = localDb();
    const pulled = (await fresh.replicate.from(remoteDb(token))) as unknown as Outcome;
    expect(pulled.docs_written).toBe(6);
    expect((await venue.pair(unused, 'desk-1')).status).toBe(401);
  });
});

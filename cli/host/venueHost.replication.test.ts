import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import PouchDB from 'pouchdb-core';
import httpAdapter from 'pouchdb-adapter-http';
import memoryAdapter from 'pouchdb-adapter-memory';
import replication from 'pouchdb-replication';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parsePairing } from '../../shared/codecs/venue/pairing';
import type { VenueRole } from '../../shared/codecs/venue/roles';
import { commitDoc, databaseName, isCommitDocId, readCommitDoc } from '../../shared/codecs/venue/venueDocs';
import type { Commit } from '../../shared/core/domain/events';
import { blankVote } from '../../shared/rules/votes/blankVote';
import {
  closeVote,
  createVote,
  openVote,
  recordCounts,
  sealVote,
} from '../../shared/rules/votes/voteCommands';
import { TestClock, TestLaptop } from '../../shared/codecs/archive/testing/laptops';
import { startHost, type RunningHost } from './venueHost';

process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';

const Pouch = PouchDB.plugin(httpAdapter).plugin(memoryAdapter).plugin(replication);
const EVENT = 'conf-1';
const DB = databaseName(EVENT);
const HALL = { entitled: 100, present: 100, at: '2026-12-01T08:00:00.000Z' };
let dir: string;
const dirs: string[] = [];
let host: RunningHost;
let opened: PouchDB.Database[] = [];

beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'plenum-host-'));
  dirs.push(dir);
  host = await startHost({ dataDir: dir, port: 0, bind: '127.0.0.1' });
});
afterEach(async () => {
  await Promise.all(opened.map((db) => db.destroy().catch(() => undefined)));
  opened = [];
  await host.close();
});
// Removed only at the end: express-pouchdb's _all_dbs bookkeeping stays bound to the first host's
// folder for the rest of the process (reported), and logs an error when that folder is gone.
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

let n = 0;
/** A laptop's own database in memory. */
function localDb(): PouchDB.Database {
  const db = new Pouch(`laptop-${++n}-${Date.now()}`, { adapter: 'memory' });
  opened.push(db);
  return db;
}

async function join(role: VenueRole, deviceId: string): Promise<string> {
  const read = parsePairing(host.pairingText(role, EVENT));
  if (!read.ok) throw new Error(read.problem);
  const response = await fetch(`${host.urls[0]}/_plenum/pair`, {
    method: 'POST',
    body: JSON.stringify({ code: read.pairing.code, deviceId, name: deviceId }),
  });
  return ((await response.json()) as { token: string }).token;
}

/** The event's database on the host, as a laptop with this token reaches it. */
function remoteDb(token: string): PouchDB.Database {
  const withToken = (url: string | URL | Request, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    headers.set('Authorization', `Bearer ${token}`);
    return fetch(url, { ...init, headers });
  };
  const db = new Pouch(`${host.urls[0]}/${DB}`, { fetch: withToken, skip_setup: true });
  return db;
}

function sealedVoteOn(device: string): Commit[] {
  const laptop = new TestLaptop(device, new TestClock(Date.now() - 3_600_000));
  const [created] = laptop.run(
    createVote(EVENT, { ...blankVote(), title: { zh: '章程', ru: 'Устав', en: 'Charter' } }),
  );
  const id = created!.entityId;
  laptop.run(openVote(laptop.row('vote', id), HALL));
  laptop.run(
    recordCounts(
      laptop.row('vote', id),
      { yes: 60, no: 40, abstain: 0, invalid: 0 },
      { issued: 100, returned: 100 },
    ),
  );
  laptop.run(closeVote(laptop.row('vote', id), HALL));
  laptop.run(sealVote(laptop.row('vote', id), '', ['李娜'], device, 'T'));
  return laptop.commits;
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
    const out = (await central.replicate.from(remoteDb(host.adminToken))) as unknown as Outcome;
    expect(out).toMatchObject({ docs_written: 6, doc_write_failures: 0 });

    const deskSeal = sealedVoteOn('desk-1')[4]!;
    await central.bulkDocs([docOf(deskSeal)]);
    const back = (await central.replicate.to(remoteDb(host.adminToken))) as unknown as Outcome;
    expect(back).toMatchObject({ docs_written: 0, doc_write_failures: 1 });
  });
});

describe('a host restarted on its data folder', () => {
  it('keeps its commits, its laptops’ tokens and its certificate; not its pairing codes', async () => {
    const token = await join('tellers', 'tellers-1');
    const unused = parsePairing(host.pairingText('desk', EVENT));
    const commits = sealedVoteOn('tellers-1');
    const tellersDb = localDb();
    await tellersDb.bulkDocs(commits.map(docOf));
    await tellersDb.replicate.to(remoteDb(token));
    const { fingerprint } = host;
    const adminToken = host.adminToken;
    await host.close();

    host = await startHost({ dataDir: dir, port: 0, bind: '127.0.0.1' });
    expect(host.fingerprint).toBe(fingerprint);
    expect(host.adminToken).toBe(adminToken);
    expect(readFileSync(path.join(dir, 'laptops.json'), 'utf8')).not.toContain(token);
    const hello = await fetch(`${host.urls[0]}/_plenum/hello`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(await hello.json()).toMatchObject({ role: 'tellers', database: DB });
    expect((await commitsIn(remoteDb(token))).map((c) => c.id).sort()).toEqual(
      commits.map((c) => c.id).sort(),
    );
    const fresh = localDb();
    const pulled = (await fresh.replicate.from(remoteDb(token))) as unknown as Outcome;
    expect(pulled.docs_written).toBe(6);
    if (!unused.ok) throw new Error(unused.problem);
    const again = await fetch(`${host.urls[0]}/_plenum/pair`, {
      method: 'POST',
      body: JSON.stringify({ code: unused.pairing.code, deviceId: 'desk-1', name: 'desk-1' }),
    });
    expect(again.status).toBe(401);
  });
});

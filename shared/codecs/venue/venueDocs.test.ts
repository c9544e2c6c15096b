import { describe, expect, it } from 'vitest';
import type { Commit } from '../../core/domain/events';
import { blankVote } from '../../rules/votes/blankVote';
import { createVote, openVote } from '../../rules/votes/voteCommands';
import { TestClock, TestLaptop } from '../archive/testing/laptops';
import { checkInClaim, laptopDoc } from './testing/venueFixtures';
import {
  ballotClaimId,
  checkInClaimId,
  commitDoc,
  databaseName,
  isCommitDocId,
  laptopDocId,
  readClaimDoc,
  readCommitDoc,
  rosterOf,
} from './venueDocs';

const START = Date.UTC(2026, 11, 1, 8);
const NOW = START + 60 * 60 * 1000;

function twoCommits(): Commit[] {
  const laptop = new TestLaptop('desk-1', new TestClock(START));
  const [created] = laptop.run(
    createVote('conf-1', { ...blankVote(), title: { zh: '章程', ru: 'Устав', en: 'Charter' } }),
  );
  laptop.run(openVote(laptop.row('vote', created!.entityId), { entitled: 9, present: 9, at: 'T' }));
  return laptop.commits;
}

/** CouchDB's rule for a database name (docs.couchdb.org, PUT /{db}). */
const COUCH_DB_NAME = /^[a-z][a-z0-9_$()+/-]*$/;

describe('databaseName', () => {
  it('is a valid CouchDB name whatever the event id holds', () => {
    for (const id of [
      '01JEVENT0000000000000000AB',
      'conf-1',
      'Conf.2026 Main',
      '代表大会',
      'a/b?c#d',
      '_x',
      '$',
    ])
      expect(databaseName(id), id).toMatch(COUCH_DB_NAME);
    expect(databaseName('x'.repeat(100)).length).toBeLessThanOrEqual(238);
  });

  it('is the event id in lower case, other characters made underscores', () => {
    expect(databaseName('01JEVENTAB')).toBe('plenum-01jeventab');
    expect(databaseName('Conf.2026 Main')).toBe('plenum-conf_2026_main');
  });
});

describe('document ids', () => {
  it('tells commits from claims, laptops and CouchDB’s own documents', () => {
    expect(isCommitDocId('01JCOMMIT')).toBe(true);
    for (const id of ['claim:checkin:a:first', 'laptop:desk-1', '_design/x', '_local/y'])
      expect(isCommitDocId(id), id).toBe(false);
    expect(laptopDocId('desk-1')).toBe('laptop:desk-1');
    expect(checkInClaimId('att-1', '')).toBe('claim:checkin:att-1:first');
    expect(checkInClaimId('att-1', '3-abc')).toBe('claim:checkin:att-1:3-abc');
    expect(ballotClaimId('el-1', 'seat-9')).toBe('claim:ballot:el-1:seat-9');
  });
});

describe('readCommitDoc', () => {
  it("reads a commit document, PouchDB's _rev and _revisions set aside", () => {
    const [commit] = twoCommits();
    const doc = { ...commitDoc(commit!), _rev: '1-abc', _revisions: { start: 1, ids: ['abc'] } };
    expect(doc._id).toBe(commit!.id);
    expect(readCommitDoc(doc, 'conf-1', NOW)).toEqual({ ok: true, commit });
  });

  it('refuses a document whose _id is not its commit id', () => {
    const [first, second] = twoCommits();
    const read = readCommitDoc({ ...commitDoc(first!), _id: second!.id }, 'conf-1', NOW);
    expect(read).toMatchObject({
      ok: false,
      problem: { code: 'badLine', detail: '_id is not the commit id' },
    });
    expect(readCommitDoc({ ...first! }, 'conf-1', NOW).ok).toBe(false);
  });

  it('refuses a commit of another event', () => {
    const [commit] = twoCommits();
    expect(readCommitDoc(commitDoc(commit!), 'conf-2', NOW)).toMatchObject({
      ok: false,
      problem: { code: 'otherEvent' },
    });
  });

  it('refuses a clock that does not read, and one far ahead of this laptop', () => {
    const [commit] = twoCommits();
    const withClock = (hlc: string): Commit => ({
      ...commit!,
      hlc,
      events: commit!.events.map((e) => ({ ...e, hlc })),
    });
    expect(readCommitDoc(commitDoc(withClock('yesterday')), 'conf-1', NOW)).toMatchObject({
      ok: false,
      problem: { code: 'badLine' },
    });
    expect(readCommitDoc(commitDoc(withClock('001764576000000-000000-desk 1')), 'conf-1', NOW)).toMatchObject(
      {
        ok: false,
        problem: { code: 'badClock' },
      },
    );
    const ahead = `${String(NOW + 2 * 24 * 3600 * 1000).padStart(15, '0')}-000000-desk-1`;
    expect(readCommitDoc(commitDoc(withClock(ahead)), 'conf-1', NOW)).toMatchObject({
      ok: false,
      problem: { code: 'clockAhead' },
    });
  });

  it('refuses what is not a commit at all', () => {
    for (const doc of [
      null,
      'x',
      42,
      { _id: 'a' },
      { _id: 'a', id: 'a', conferenceId: 'conf-1', events: [] },
    ])
      expect(readCommitDoc(doc, 'conf-1', NOW).ok).toBe(false);
  });

  it('refuses an event whose type is not the fact its payload states', () => {
    const [, open] = twoCommits();
    const relabelled = {
      ...open!,
      events: open!.events.map((e) => ({ ...e, type: 'vote.updated' as never })),
    };
    expect(readCommitDoc(commitDoc(relabelled), 'conf-1', NOW).ok).toBe(false);
  });
});

describe('rosterOf', () => {
  it('gives each laptop its role, and whether it was revoked', () => {
    const roster = rosterOf([
      laptopDoc('desk-1', 'desk'),
      laptopDoc('tellers-1', 'tellers', '2026-12-01T09:00:00Z'),
    ]);
    expect([...roster]).toEqual([
      ['desk-1', { role: 'desk', revoked: false }],
      ['tellers-1', { role: 'tellers', revoked: true }],
    ]);
  });

  it('leaves out a document that does not read: it grants nothing', () => {
    const roster = rosterOf([
      null,
      undefined,
      'laptop:x',
      { ...laptopDoc('a', 'tellers'), deviceId: 7 },
      laptopDoc('b', 'admin'),
      laptopDoc('c', 'Tellers'),
      { ...laptopDoc('d', 'tellers'), _id: 'laptop:someone-else' },
      { ...laptopDoc('e', 'tellers'), _id: 'e' },
      laptopDoc('desk-1', 'desk'),
    ]);
    expect([...roster.keys()]).toEqual(['desk-1']);
  });
});

describe('readClaimDoc', () => {
  const claim = checkInClaim;

  it('reads a check-in or ballot claim', () => {
    expect(readClaimDoc(claim)).toEqual(claim);
    expect(readClaimDoc({ ...claim, _id: ballotClaimId('el-1', 'seat-1') })).not.toBeNull();
  });

  it('refuses another kind of claim, an id with a space, and one too long', () => {
    expect(readClaimDoc({ ...claim, _id: 'claim:seal:v-1' })).toBeNull();
    expect(readClaimDoc({ ...claim, _id: 'claim:checkin:' })).toBeNull();
    expect(readClaimDoc({ ...claim, _id: 'claim:checkin:a b' })).toBeNull();
    expect(readClaimDoc({ ...claim, _id: `claim:checkin:${'x'.repeat(300)}` })).not.toBeNull();
    expect(readClaimDoc({ ...claim, _id: `claim:checkin:${'x'.repeat(301)}` })).toBeNull();
    expect(readClaimDoc({ ...claim, _id: 'laptop:checkin:a' })).toBeNull();
  });

  it('wants a device, a desk and a time, each 1 to 200 characters', () => {
    for (const field of ['deviceId', 'desk', 'at'] as const) {
      expect(readClaimDoc({ ...claim, [field]: 'x'.repeat(200) }), field).not.toBeNull();
      expect(readClaimDoc({ ...claim, [field]: 'x'.repeat(201) }), field).toBeNull();
      expect(readClaimDoc({ ...claim, [field]: '' }), field).toBeNull();
      expect(readClaimDoc({ ...claim, [field]: 5 }), field).toBeNull();
      expect(readClaimDoc({ ...claim, [field]: undefined }), field).toBeNull();
    }
    expect(readClaimDoc(null)).toBeNull();
  });
});

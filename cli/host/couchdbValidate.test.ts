import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { TELLERS_FACTS } from '../../shared/codecs/venue/roles';
import { commitDoc, databaseName } from '../../shared/codecs/venue/venueDocs';
import type { Commit, EventPayload } from '../../shared/core/domain/events';
import { FACT_TYPES, factOf } from '../../shared/core/domain/facts';
import { checkInClaim, laptopDoc, sealedVoteOn } from '../../shared/codecs/venue/testing/venueFixtures';

/** build/couchdb/plenum-validate.js, CouchDB's validate_doc_update for an event's database, run in a vm. */
const SOURCE = readFileSync(new URL('../../build/couchdb/plenum-validate.js', import.meta.url), 'utf8');
type Validate = (newDoc: unknown, oldDoc: unknown, userCtx: unknown, secObj: unknown) => void;
const validate = vm.runInNewContext(SOURCE, {}, { filename: 'plenum-validate.js' }) as Validate;

const EVENT = 'conf-1';
const DB = databaseName(EVENT);
const user = (name: string, ...roles: string[]) => ({ db: DB, name, roles });
const DESK = user('desk-1', 'plenum:desk');
const TELLERS = user('tellers-1', 'plenum:tellers');
const SECRETARIAT = user('sec-1', 'plenum:secretariat');
const SERVER_ADMIN = user('admin', '_admin');
const SECURITY = {
  admins: { names: ['ops'], roles: ['plenum:admin'] },
  members: { names: [], roles: ['plenum:desk'] },
};

/** Why the write is refused, or null; anything but CouchDB's {forbidden} fails the test. */
function refusal(
  newDoc: unknown,
  oldDoc: unknown,
  userCtx: unknown,
  secObj: unknown = SECURITY,
): string | null {
  const json = (value: unknown) => (value === null ? null : JSON.parse(JSON.stringify(value)));
  try {
    validate(json(newDoc), json(oldDoc), json(userCtx), json(secObj));
    return null;
  } catch (error) {
    if (error && typeof error === 'object' && 'forbidden' in error) return String(error.forbidden);
    throw error;
  }
}

/** A commit of one event with this payload and type. */
function commitWith(payload: EventPayload, type: string): Commit {
  const [created] = sealedVoteOn('desk-1');
  return { ...created!, events: created!.events.map((e) => ({ ...e, type: type as never, payload })) };
}

describe('the CouchDB validate function as written', () => {
  it('is ES5, which every JavaScript engine CouchDB 3.x runs reads', () => {
    const messages = new Linter().verify(SOURCE, [
      { languageOptions: { ecmaVersion: 5, sourceType: 'script' } },
    ]);
    expect(messages.filter((m) => m.fatal)).toEqual([]);
  });

  it("lists the tellers' facts of shared/codecs/venue/roles.ts, no more, no fewer", () => {
    const literal = /var TELLERS_FACTS = (\[[^\]]*\]);/.exec(SOURCE);
    expect(literal).not.toBeNull();
    const listed = vm.runInNewContext(literal![1]!) as string[];
    expect([...listed].sort()).toEqual([...TELLERS_FACTS].sort());
  });

  it("refuses from a desk exactly the fact types that are the tellers'", () => {
    const payload = { kind: 'organisation', op: 'updated', patch: {} } as EventPayload;
    const refused = FACT_TYPES.filter((type) => refusal(commitDoc(commitWith(payload, type)), null, DESK));
    expect(refused.sort()).toEqual([...TELLERS_FACTS].sort());
  });

  it("knows a tellers' fact from its payload as factOf does, whatever its type says", () => {
    const patches = [
      {},
      { status: 'sealed', seals: [] },
      { status: 'open', counts: {} },
      { status: 'closed' },
      { status: 'counting', reopenings: [] },
      { corrections: [], counts: {} },
      { lots: [] },
      { rollCall: [] },
      { counts: {} },
      { ballots: {} },
      { totals: null },
      { title: 'x' },
      { lastAction: 'left' },
    ];
    const kinds = [
      'vote',
      'election',
      'ballotEntry',
      'ballotIssue',
      'attendance',
      'badgePrint',
      'conflict',
      'attendee',
    ];
    let tellersCases = 0;
    for (const kind of kinds)
      for (const patch of patches)
        for (const payload of [
          { kind, op: 'updated', patch },
          { kind, op: 'created', fields: patch },
          { kind, op: 'deleted' },
        ] as EventPayload[]) {
          const expected = TELLERS_FACTS.has(factOf(payload) as never);
          if (expected) tellersCases++;
          const refused =
            refusal(commitDoc(commitWith(payload, 'organisation.updated')), null, DESK) !== null;
          expect(refused, JSON.stringify(payload)).toBe(expected);
        }
    expect(tellersCases).toBeGreaterThan(20);
  });
});

describe("tellers' facts", () => {
  it("accepts the tellers' seal and counts from a user with the role plenum:tellers", () => {
    for (const commit of sealedVoteOn('tellers-1'))
      expect(refusal(commitDoc(commit), null, TELLERS)).toBeNull();
  });

  it('refuses them from a desk, a secretariat, or a user with no role; accepts the rest from them', () => {
    const [create, open, counts, close, seal] = sealedVoteOn('desk-1');
    for (const who of [DESK, SECRETARIAT, user('someone')]) {
      expect(refusal(commitDoc(seal!), null, who)).toMatch(/result\.sealed/);
      expect(refusal(commitDoc(counts!), null, who)).toMatch(/counts\.recorded/);
      for (const commit of [create, open, close]) expect(refusal(commitDoc(commit!), null, who)).toBeNull();
    }
  });

  it('refuses a seal from a desk that labels it as register data, as the embedded host does', () => {
    const seal = sealedVoteOn('desk-1')[4]!;
    const relabelled = { ...seal, events: seal.events.map((e) => ({ ...e, type: 'vote.updated' as never })) };
    expect(refusal(commitDoc(relabelled), null, DESK)).not.toBeNull();
  });

  it('accepts them from an admin, server or of the database: the account replication runs as', () => {
    const seal = commitDoc(sealedVoteOn('tellers-1')[4]!);
    expect(refusal(seal, null, SERVER_ADMIN)).toBeNull();
    expect(refusal(seal, null, user('ops'))).toBeNull();
    expect(refusal(seal, null, user('replicator', 'plenum:admin'))).toBeNull();
    expect(refusal(seal, null, user('ops'), {})).not.toBeNull();
  });
});

describe('commits', () => {
  const [created, opened] = sealedVoteOn('desk-1');
  const stored = { ...commitDoc(created!), _rev: '1-abc' };

  it('accepts a commit as the app writes it', () => {
    expect(refusal(commitDoc(created!), null, DESK)).toBeNull();
  });

  it('never changes one: the same again passes, any other content is refused', () => {
    expect(refusal({ ...stored, _rev: '2-def' }, stored, DESK)).toBeNull();
    const reordered = Object.fromEntries(Object.entries(stored).reverse());
    expect(refusal(reordered, stored, DESK)).toBeNull();
    const changed = { ...stored, events: opened!.events };
    expect(refusal(changed, stored, SERVER_ADMIN)).toMatch(/never changed/);
    expect(refusal({ ...stored, hlc: 'x' }, stored, DESK)).toMatch(/never changed/);
    expect(refusal({ ...stored, entityIds: [] }, stored, DESK)).toMatch(/never changed/);
    expect(refusal(stored, { _id: stored._id, _rev: '2-x', _deleted: true }, DESK)).toMatch(/never changed/);
  });

  it('never deletes one, not even for an admin', () => {
    expect(refusal({ _id: stored._id, _rev: '1-abc', _deleted: true }, stored, DESK)).toMatch(
      /never deleted/,
    );
    expect(refusal({ _id: stored._id, _deleted: true }, stored, SERVER_ADMIN)).toMatch(/never deleted/);
  });

  it('wants id === _id, its event, this database, and a list of events of that event', () => {
    const doc = commitDoc(created!);
    expect(refusal({ ...doc, _id: 'other' }, null, DESK)).toMatch(/own id/);
    expect(refusal({ ...doc, id: undefined }, null, DESK)).toMatch(/own id/);
    expect(refusal({ ...doc, conferenceId: undefined }, null, DESK)).toMatch(/names its event/);
    expect(refusal({ ...doc, conferenceId: '' }, null, DESK)).toMatch(/names its event/);
    expect(refusal(doc, null, { ...DESK, db: databaseName('conf-2') })).toMatch(/another event/);
    expect(refusal({ ...doc, events: [] }, null, DESK)).toMatch(/at least one event/);
    expect(refusal({ ...doc, events: 'x' }, null, DESK)).toMatch(/at least one event/);
    expect(refusal({ ...doc, entityIds: undefined }, null, DESK)).toMatch(/clock/);
    const event = doc.events[0]!;
    expect(refusal({ ...doc, events: [{ ...event, conferenceId: 'conf-2' }] }, null, DESK)).toMatch(
      /another event/,
    );
    expect(refusal({ ...doc, events: [null] }, null, DESK)).toMatch(/Not an event/);
    expect(refusal({ ...doc, events: [{ ...event, payload: 'x' }] }, null, DESK)).toMatch(/Not an event/);
    const noFields = { ...event, payload: { kind: 'vote', op: 'created', fields: null } };
    expect(refusal({ ...doc, events: [noFields] }, null, DESK)).toMatch(/fields/);
    const noPatch = { ...event, payload: { kind: 'vote', op: 'updated', patch: [] } };
    expect(refusal({ ...doc, events: [noPatch] }, null, DESK)).toMatch(/patch/);
  });

  it('refuses another reserved id, and a design document from anyone but an admin', () => {
    expect(refusal({ _id: '_other', a: 1 }, null, SERVER_ADMIN)).not.toBeNull();
    const design = { _id: '_design/plenum', validate_doc_update: SOURCE };
    expect(refusal(design, null, SECRETARIAT)).not.toBeNull();
    expect(refusal(design, null, SERVER_ADMIN)).toBeNull();
    expect(refusal(design, null, user('ops'))).toBeNull();
  });
});

describe('claims', () => {
  const claim = checkInClaim;

  it('are created once, by any laptop, and never changed or deleted', () => {
    expect(refusal(claim, null, DESK)).toBeNull();
    const held = { ...claim, _rev: '1-a' };
    expect(refusal({ ...claim, _rev: '1-a', deviceId: 'desk-2' }, held, DESK)).toMatch(/claimed already/);
    expect(refusal({ ...claim, _rev: '1-a' }, held, SERVER_ADMIN)).toMatch(/claimed already/);
    expect(refusal({ _id: claim._id, _rev: '1-a', _deleted: true }, held, DESK)).not.toBeNull();
    expect(refusal({ _id: claim._id, _deleted: true }, null, DESK)).toMatch(/never deleted/);
  });

  it('are of a check-in or a ballot, and name their laptop, desk and time', () => {
    expect(refusal({ ...claim, _id: 'claim:seal:v-1' }, null, DESK)).not.toBeNull();
    expect(refusal({ ...claim, _id: 'claim:checkin:a b' }, null, DESK)).not.toBeNull();
    expect(refusal({ ...claim, _id: 'claim:ballot:el-1:seat-1' }, null, DESK)).toBeNull();
    for (const field of ['deviceId', 'desk', 'at'])
      for (const value of [undefined, '', 'x'.repeat(201), 7])
        expect(refusal({ ...claim, [field]: value }, null, DESK), `${field}=${value}`).not.toBeNull();
  });
});

describe('laptop documents', () => {
  const laptop = laptopDoc('desk-1', 'desk');

  it('are written by the secretariat or an admin only', () => {
    expect(refusal(laptop, null, SECRETARIAT)).toBeNull();
    expect(refusal(laptop, null, SERVER_ADMIN)).toBeNull();
    expect(refusal(laptop, null, user('ops'))).toBeNull();
    for (const who of [DESK, TELLERS, user('someone')])
      expect(refusal(laptop, null, who)).toMatch(/secretariat/);
    const revoked = { ...laptop, _rev: '2-b', revokedAt: '2026-12-01T10:00Z' };
    expect(refusal(revoked, { ...laptop, _rev: '1-a' }, SECRETARIAT)).toBeNull();
    expect(refusal({ ...laptop, role: 'tellers' }, { ...laptop, _rev: '1-a' }, DESK)).toMatch(/secretariat/);
    expect(refusal({ _id: laptop._id, _deleted: true }, laptop, SECRETARIAT)).toBeNull();
    expect(refusal({ _id: laptop._id, _deleted: true }, laptop, DESK)).not.toBeNull();
  });

  it('are laptop:<device id> with one of the four roles', () => {
    expect(refusal({ ...laptop, _id: 'laptop:desk-2' }, null, SECRETARIAT)).not.toBeNull();
    expect(refusal({ ...laptop, deviceId: undefined }, null, SECRETARIAT)).not.toBeNull();
    expect(refusal({ ...laptop, role: 'admin' }, null, SECRETARIAT)).not.toBeNull();
  });
});

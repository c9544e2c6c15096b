import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PlenumDatabase } from './schema';
import { EventStore } from './eventStore';
import * as actions from './actions';
import { liveAttendees, liveOrganisations, readAllRows, readRow } from './projectionPages';
import { BLANK_ATTENDEE, BLANK_CONFERENCE, BLANK_ORGANISATION } from '../../shared/core/domain/blanks';
import type { AttendeeFields, OrganisationFields } from '../../shared/core/domain/entities';

const orgFields = (code: string): OrganisationFields => ({
  ...BLANK_ORGANISATION,
  code,
  name: { zh: `单位${code}`, ru: '', en: '' },
});
const personFields = (family: string, organisationId: string | null): AttendeeFields => ({
  ...BLANK_ATTENDEE,
  familyNameZh: family,
  givenNameZh: family ? '伟' : '',
  organisationId,
});

let counter = 0;
const opened: PlenumDatabase[] = [];
function freshStore(): EventStore {
  const db = new PlenumDatabase(`test-${++counter}`);
  opened.push(db);
  let tick = 1_700_000_000_000;
  return new EventStore(
    db,
    { deviceId: 'dev-test', actor: () => 'desk 1' },
    () => (tick += Math.random() < 0.5 ? 0 : 1000),
  );
}

afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

async function conference(store: EventStore): Promise<string> {
  const result = await actions.createEvent(store, {
    ...BLANK_CONFERENCE,
    name: { zh: '大会', ru: '', en: '' },
  });
  if (!result.ok) throw new Error('conference');
  return result.entityId;
}

async function snapshot(store: EventStore, conferenceId: string) {
  const db = store.db;
  const sort = <T extends { id: string }>(rows: T[]) => rows.sort((a, b) => a.id.localeCompare(b.id));
  return {
    conference: await db.conferences.get(conferenceId),
    organisations: sort(await readAllRows(db, 'organisation', conferenceId)),
    attendees: sort(await readAllRows(db, 'attendee', conferenceId)),
    organisers: sort(await db.organisers.where('conferenceId').equals(conferenceId).toArray()),
  };
}

describe('the event store', () => {
  it('appends stamped events and updates the projection in one step', async () => {
    const store = freshStore();
    const cid = await conference(store);
    const result = await actions.addOrganisation(store, cid, orgFields('M001'));
    expect(result.ok).toBe(true);
    const commits = await store.db.commits
      .where('[conferenceId+hlc]')
      .between([cid, ''], [cid, '\uffff'])
      .toArray();
    expect(commits.map((c) => c.entityIds.length)).toEqual([1, 1]);
    const log = commits.flatMap((c) => c.events);
    expect(log.map((e) => e.type)).toEqual(['conference.created', 'organisation.created']);
    expect(log[1]).toMatchObject({ deviceId: 'dev-test', actor: 'desk 1', v: 1 });
    expect(log[0]!.hlc < log[1]!.hlc).toBe(true);
    expect(await readAllRows(store.db, 'organisation', cid)).toHaveLength(1);
  });

  it('keeps writing when the stored clock no longer decodes, with clocks that do', async () => {
    const store = freshStore();
    const cid = await conference(store);
    await store.db.meta.put({ key: 'clock', value: '999999999999999-9999999-zz' });
    expect((await actions.addOrganisation(store, cid, orgFields('M001'))).ok).toBe(true);
    const clock = String((await store.db.meta.get('clock'))!.value);
    expect(clock).toMatch(/^\d{15}-\d{6}-dev-test$/);
  });

  it('says when its clock record is more than a day ahead of its time, and not otherwise', async () => {
    const store = freshStore();
    const cid = await conference(store);
    expect(await store.clockAheadOfNow()).toBeNull();
    await store.db.meta.put({ key: 'clock', value: '004102444800000-000000-dev-test' });
    expect(await store.clockAheadOfNow()).toBe('2100-01-01T00:00:00.000Z');
    expect((await actions.addOrganisation(store, cid, orgFields('M002'))).ok).toBe(true);
  });

  it('writes nothing when a command is refused', async () => {
    const store = freshStore();
    const cid = await conference(store);
    await actions.addOrganisation(store, cid, orgFields('M001'));
    const before = await store.db.commits.count();
    const clash = await actions.addOrganisation(store, cid, orgFields('m001'));
    expect(clash.ok).toBe(false);
    const nameless = await actions.registerAttendee(store, cid, personFields('', null));
    expect(nameless).toEqual({
      ok: false,
      errors: [{ field: 'name', message: 'errors.attendeeNameRequired' }],
    });
    expect(await store.db.commits.count()).toBe(before);
    expect(await readAllRows(store.db, 'organisation', cid)).toHaveLength(1);
    expect(await readAllRows(store.db, 'attendee', cid)).toHaveLength(0);
  });

  it('writes a command of many events as one commit, and finds a record’s history through it', async () => {
    const store = freshStore();
    const demo = await actions.loadDemoEvent(store, 500);
    if (!demo.ok) throw new Error('demo');
    const commits = await store.db.commits.toArray();
    expect(commits).toHaveLength(1);
    expect(commits[0]!.events.length).toBe(demo.events.length);
    const someone = (await liveAttendees(store.db, demo.entityId))[42]!;
    const history = await store.db.commits.where('entityIds').equals(someone.id).toArray();
    expect(
      history.flatMap((c) => c.events.filter((e) => e.entityId === someone.id)).map((e) => e.type),
    ).toEqual(['attendee.created']);
    expect(await liveAttendees(store.db, demo.entityId)).toHaveLength(
      demo.events.filter((e) => e.payload.kind === 'attendee').length,
    );
  });

  it('numbers attendee codes and keeps them unique', async () => {
    const store = freshStore();
    const cid = await conference(store);
    await actions.registerAttendee(store, cid, personFields('王', null));
    await actions.registerAttendee(store, cid, personFields('李', null));
    const codes = (await readAllRows(store.db, 'attendee', cid)).map((a) => a.code).sort();
    expect(codes).toEqual(['A00001', 'A00002']);
    const taken = await actions.registerAttendee(store, cid, { ...personFields('张', null), code: 'A00002' });
    expect(taken.ok ? [] : taken.errors.map((e) => e.field)).toEqual(['code']);
  });

  it('rebuilds from the log exactly the projections it built live, after any sequence of commands', async () => {
    type Step =
      | { op: 'addOrg'; code: string }
      | { op: 'editOrg'; index: number; weight: number }
      | { op: 'removeOrg'; index: number }
      | { op: 'register'; family: string; orgIndex: number }
      | { op: 'moveAttendee'; index: number; orgIndex: number }
      | { op: 'removeAttendee'; index: number }
      | { op: 'makeDelegate'; index: number }
      | { op: 'organiser'; name: string };
    const step: fc.Arbitrary<Step> = fc.oneof(
      fc.record({ op: fc.constant('addOrg' as const), code: fc.constantFrom('M1', 'M2', 'M3', 'm1') }),
      fc.record({
        op: fc.constant('editOrg' as const),
        index: fc.nat(5),
        weight: fc.integer({ min: -1, max: 3 }),
      }),
      fc.record({ op: fc.constant('removeOrg' as const), index: fc.nat(5) }),
      fc.record({
        op: fc.constant('register' as const),
        family: fc.constantFrom('王', '欧阳', ''),
        orgIndex: fc.integer({ min: -1, max: 3 }),
      }),
      fc.record({
        op: fc.constant('moveAttendee' as const),
        index: fc.nat(8),
        orgIndex: fc.integer({ min: -1, max: 3 }),
      }),
      fc.record({ op: fc.constant('removeAttendee' as const), index: fc.nat(8) }),
      fc.record({ op: fc.constant('makeDelegate' as const), index: fc.nat(8) }),
      fc.record({ op: fc.constant('organiser' as const), name: fc.constantFrom('教育厅', '') }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 25 }), async (steps) => {
        const store = freshStore();
        const cid = await conference(store);
        for (const s of steps) {
          const byId = <T extends { id: string }>(rows: T[]) => rows.sort((a, b) => a.id.localeCompare(b.id));
          const orgs = byId(await liveOrganisations(store.db, cid));
          const people = byId(await liveAttendees(store.db, cid));
          const org = (i: number) => (i >= 0 ? orgs[i % Math.max(orgs.length, 1)] : undefined);
          const person = (i: number) => people[i % Math.max(people.length, 1)];
          if (s.op === 'addOrg') await actions.addOrganisation(store, cid, orgFields(s.code));
          if (s.op === 'editOrg' && org(s.index))
            await actions.editOrganisation(store, org(s.index)!, { ...org(s.index)!, weight: s.weight });
          if (s.op === 'removeOrg' && org(s.index)) await actions.removeOrganisation(store, org(s.index)!);
          if (s.op === 'register')
            await actions.registerAttendee(store, cid, personFields(s.family, org(s.orgIndex)?.id ?? null));
          if (s.op === 'moveAttendee' && person(s.index))
            await actions.editAttendee(store, person(s.index)!, {
              ...person(s.index)!,
              organisationId: org(s.orgIndex)?.id ?? null,
            });
          if (s.op === 'removeAttendee' && person(s.index))
            await actions.removeAttendee(store, person(s.index)!);
          if (s.op === 'makeDelegate' && person(s.index)?.organisationId) {
            const home = await readRow(store.db, 'organisation', cid, person(s.index)!.organisationId!);
            if (home)
              await actions.editOrganisation(store, home, { ...home, delegateId: person(s.index)!.id });
          }
          if (s.op === 'organiser')
            await actions.saveOrganiser(store, cid, {
              role: 'guidedBy',
              order: 1,
              name: { zh: s.name, ru: '', en: '' },
            });
        }
        const live = await snapshot(store, cid);
        await store.rebuildProjections(cid);
        expect(await snapshot(store, cid)).toEqual(live);
      }),
      { numRuns: 40 },
    );
  });
});

describe('a full disk', () => {
  it('is reported as such, writes nothing of the change, and keeps everything saved before', async () => {
    const { StorageFullError } = await import('./eventStore');
    const store = freshStore();
    const conferenceId = await conference(store);
    const before = await store.db.commits.count();
    // The disk fills up as the change is written: IndexedDB refuses the write.
    const add = store.db.commits.add.bind(store.db.commits);
    store.db.commits.add = () =>
      Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')) as never;
    const failing = actions.saveOrganiser(store, conferenceId, {
      role: 'hostedBy',
      name: { zh: '哈尔滨职业技术学院', ru: '', en: '' },
      order: 1,
    });
    await expect(failing).rejects.toBeInstanceOf(StorageFullError);
    expect(await store.db.commits.count()).toBe(before);
    expect((await store.db.conferences.get(conferenceId))?.name.zh).toBe('大会');
    expect(await store.db.organisers.count()).toBe(0);
    // Space again: the same change goes through.
    store.db.commits.add = add;
    expect(
      (
        await actions.saveOrganiser(store, conferenceId, {
          role: 'hostedBy',
          name: { zh: '哈尔滨职业技术学院', ru: '', en: '' },
          order: 1,
        })
      ).ok,
    ).toBe(true);
    expect(await store.db.organisers.count()).toBe(1);
  });
});

/** The day of the test event: its archive's clocks are not "far ahead" of it. */
const EVENT_DAY = Date.UTC(2026, 11, 10, 12);

describe('archives in the store', () => {
  it(
    'restore as a copy beside the original, ' +
      'merge twice without change, and write nothing when interrupted',
    async () => {
      const { endOfDayLog } = await import('../../shared/documents/minutes/testing/assemblyRecord');
      const { exportArchive, mergeArchive, restoreArchive } = await import('./archiveActions');
      const { commits, record } = endOfDayLog();
      const store = freshStore();
      const conferenceId = record.conference.id;
      await store.importCommits(conferenceId, commits);
      const original = await snapshot(store, conferenceId);
      expect(original.attendees).toHaveLength(216);
      const archive = await exportArchive(store, conferenceId);

      const copy = await restoreArchive(store, archive, EVENT_DAY);
      if (!copy.ok) throw new Error(JSON.stringify(copy.problem));
      expect(copy.copy).toBe(true);
      const restored = await snapshot(store, copy.conferenceId);
      expect(restored.attendees.map((a) => a.code)).toEqual(original.attendees.map((a) => a.code));
      expect(
        (await store.db.votes.where('conferenceId').equals(copy.conferenceId).toArray()).map((v) => v.seals),
      ).toEqual(
        (await store.db.votes.where('conferenceId').equals(conferenceId).toArray()).map((v) => v.seals),
      );
      expect(await snapshot(store, conferenceId)).toEqual(original);

      const commitCount = await store.db.commits.count();
      expect(await mergeArchive(store, conferenceId, archive, EVENT_DAY)).toEqual({
        ok: true,
        added: 0,
        conflicts: 0,
      });
      expect(await mergeArchive(store, conferenceId, archive, EVENT_DAY)).toEqual({
        ok: true,
        added: 0,
        conflicts: 0,
      });
      expect(await store.db.commits.count()).toBe(commitCount);

      // The lid closes as the projections are rebuilt: the whole restore is undone.
      const other = freshStore();
      other.rebuildProjections = () => Promise.reject(new Error('interrupted'));
      expect(await restoreArchive(other, archive, EVENT_DAY)).toEqual({
        ok: false,
        problem: { code: 'notWritten', detail: 'interrupted' },
      });
      expect(await other.db.commits.count()).toBe(0);
      expect(await other.db.conferences.count()).toBe(0);
    },
    60_000,
  );

  it('refuse an archive of another event that names a record of this one, and change nothing', async () => {
    const { endOfDayLog } = await import('../../shared/documents/minutes/testing/assemblyRecord');
    const { restoreArchive } = await import('./archiveActions');
    const { writeArchive } = await import('../../shared/codecs/archive/eventArchive');
    const { commitOf } = await import('../../shared/core/domain/events');
    const { commits, record } = endOfDayLog();
    const store = freshStore();
    await store.importCommits(record.conference.id, commits);
    const vote = (await store.db.votes.toArray())[0]!;
    const before = await snapshot(store, record.conference.id);
    const forged = commitOf([
      {
        ...commits[0]!.events[0]!,
        id: 'X1',
        conferenceId: 'event-x',
        entityId: 'event-x',
        hlc: '001796864500000-000000-laptop-9',
      },
      {
        ...commits[0]!.events[0]!,
        id: 'X2',
        conferenceId: 'event-x',
        entityId: vote.id,
        type: 'counts.recorded',
        hlc: '001796864500000-000001-laptop-9',
        payload: {
          kind: 'vote',
          op: 'updated',
          patch: { counts: { yes: 1, no: 150, abstain: 0, invalid: 0 } },
        },
      },
    ]);
    const archive = writeArchive([forged], { id: 'event-x', name: record.conference.name }, '0.1.0', 'T');
    expect(await restoreArchive(store, archive, EVENT_DAY)).toEqual({
      ok: false,
      problem: { code: 'foreignRecord', id: vote.id },
    });
    expect(await snapshot(store, record.conference.id)).toEqual(before);
    expect(await store.db.conferences.get('event-x')).toBeUndefined();
  });
});

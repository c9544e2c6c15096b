import { describe, expect, it } from 'vitest';
import * as commands from './commands';
import { BLANK_ATTENDEE, BLANK_CONFERENCE, BLANK_ORGANISATION } from './blanks';
import type { AttendeeFields, Organisation, OrganisationFields } from './entities';

const orgFields: OrganisationFields = {
  ...BLANK_ORGANISATION,
  code: 'M001',
  name: { zh: '黑龙江大学', ru: '', en: '' },
  category: 'undergraduateUniversity',
  region: '黑龙江',
  country: '中国',
};

const attendeeFields: AttendeeFields = { ...BLANK_ATTENDEE };

function existingOrg(fields: Partial<Organisation> & { id: string }): Organisation {
  return {
    ...orgFields,
    conferenceId: 'c',
    version: '',
    createdAt: '',
    updatedAt: '',
    deletedAt: null,
    ...fields,
  };
}

const noAttendeeContext: commands.AttendeeContext = {
  organisation: undefined,
  nextCode: 'A00001',
  codeTaken: () => false,
  representing: [],
};

describe('organisation commands', () => {
  it('create an organisation with one created event', () => {
    const result = commands.createOrganisation('c', orgFields, { organisations: [], members: [] });
    expect(result.ok).toBe(true);
    if (result.ok)
      expect(result.events).toEqual([
        {
          conferenceId: 'c',
          entityId: result.entityId,
          payload: { kind: 'organisation', op: 'created', fields: orgFields },
        },
      ]);
  });

  it('refuse a code another organisation has, ignoring case, width and spaces', () => {
    const result = commands.createOrganisation(
      'c',
      { ...orgFields, code: ' ｍ００１ ' },
      { organisations: [existingOrg({ id: 'o1' })], members: [] },
    );
    expect(result).toEqual({
      ok: false,
      errors: [{ field: 'code', message: 'errors.codeTaken', params: { code: 'ｍ００１' } }],
    });
  });

  it('allow a code that only a deleted organisation had', () => {
    const result = commands.createOrganisation('c', orgFields, {
      organisations: [existingOrg({ id: 'o1', deletedAt: 'x' })],
      members: [],
    });
    expect(result.ok).toBe(true);
  });

  it('report a malformed field and a taken code together', () => {
    const result = commands.createOrganisation(
      'c',
      { ...orgFields, weight: -2 },
      { organisations: [existingOrg({ id: 'o1' })], members: [] },
    );
    expect(result.ok ? [] : result.errors.map((e) => e.field)).toEqual(['weight', 'code']);
  });

  it('refuse a weight below zero, and a weight that is not a number, on the weight field', () => {
    expect(
      commands.createOrganisation('c', { ...orgFields, weight: -1 }, { organisations: [], members: [] }),
    ).toEqual({
      ok: false,
      errors: [{ field: 'weight', message: 'errors.weightNegative' }],
    });
    const nan = commands.createOrganisation(
      'c',
      { ...orgFields, weight: Number.NaN },
      { organisations: [], members: [] },
    );
    expect(nan.ok ? [] : nan.errors.map((e) => e.field)).toEqual(['weight']);
  });

  it('refuse an organisation without a name in any language', () => {
    const result = commands.createOrganisation(
      'c',
      { ...orgFields, name: { zh: ' ', ru: '', en: '' } },
      { organisations: [], members: [] },
    );
    expect(result.ok ? [] : result.errors).toEqual([
      { field: 'name', message: 'errors.organisationNameRequired' },
    ]);
  });

  it('accept only the organisation’s own attendees as delegate and substitute, and not the same person twice', () => {
    const org = existingOrg({ id: 'o1' });
    const members = [
      { id: 'a1', organisationId: 'o1', deletedAt: null },
      { id: 'a2', organisationId: 'o2', deletedAt: null },
    ];
    expect(
      commands.updateOrganisation(org, { ...orgFields, delegateId: 'a1' }, { organisations: [org], members })
        .ok,
    ).toBe(true);
    const foreign = commands.updateOrganisation(
      org,
      { ...orgFields, delegateId: 'a2' },
      { organisations: [org], members },
    );
    expect(foreign.ok ? [] : foreign.errors).toEqual([
      { field: 'delegateId', message: 'errors.delegateNotMember' },
    ]);
    const twice = commands.updateOrganisation(
      org,
      { ...orgFields, delegateId: 'a1', substituteId: 'a1' },
      { organisations: [org], members },
    );
    expect(twice.ok ? [] : twice.errors).toEqual([
      { field: 'substituteId', message: 'errors.substituteIsDelegate' },
    ]);
  });

  it('record only the fields that changed', () => {
    const org = existingOrg({ id: 'o1' });
    const result = commands.updateOrganisation(
      org,
      { ...orgFields, weight: 2 },
      { organisations: [org], members: [] },
    );
    expect(result.ok && result.events[0]?.payload).toEqual({
      kind: 'organisation',
      op: 'updated',
      patch: { weight: 2 },
    });
    const unchanged = commands.updateOrganisation(org, orgFields, { organisations: [org], members: [] });
    expect(unchanged.ok && unchanged.events).toEqual([]);
  });

  it('refuse to delete an organisation that still has attendees', () => {
    expect(commands.deleteOrganisation(existingOrg({ id: 'o1' }), 2)).toEqual({
      ok: false,
      errors: [{ field: 'form', message: 'errors.organisationHasAttendees', params: { n: 2 } }],
    });
    expect(commands.deleteOrganisation(existingOrg({ id: 'o1' }), 0).ok).toBe(true);
  });
});

describe('attendee commands', () => {
  it('refuse an attendee without any name', () => {
    const result = commands.createAttendee('c', { ...attendeeFields, position: '校长' }, noAttendeeContext);
    expect(result).toEqual({
      ok: false,
      errors: [{ field: 'name', message: 'errors.attendeeNameRequired' }],
    });
  });

  it('derive the Latin form and assign the next code', () => {
    const result = commands.createAttendee(
      'c',
      { ...attendeeFields, familyNameCyr: 'Ковалевский', givenNameCyr: 'Андрей' },
      noAttendeeContext,
    );
    expect(result.ok && result.events[0]?.payload).toMatchObject({
      fields: { familyNameLatin: 'Kovalevskii', givenNameLatin: 'Andrei', code: 'A00001' },
    });
  });

  it('keep a Latin form a person typed', () => {
    const result = commands.createAttendee(
      'c',
      { ...attendeeFields, familyNameCyr: 'Ковалевский', familyNameLatin: 'Kovalevsky', latinEdited: true },
      noAttendeeContext,
    );
    expect(result.ok && result.events[0]?.payload).toMatchObject({
      fields: { familyNameLatin: 'Kovalevsky' },
    });
  });

  it('refuse an unknown organisation, a taken code, a malformed e-mail and phone', () => {
    const result = commands.createAttendee(
      'c',
      {
        ...attendeeFields,
        familyNameZh: '刘',
        organisationId: 'nope',
        code: 'A00007',
        email: 'liu@',
        phone: 'abc',
      },
      { ...noAttendeeContext, codeTaken: (code) => code === 'A00007' },
    );
    expect(result.ok ? [] : result.errors.map((e) => e.field).sort()).toEqual([
      'code',
      'email',
      'organisationId',
      'phone',
    ]);
    const second = commands.createAttendee(
      'c',
      { ...attendeeFields, familyNameZh: '刘', organisationId: 'nope', code: 'A00007' },
      { ...noAttendeeContext, codeTaken: (code) => code === 'A00007' },
    );
    expect(second.ok ? [] : second.errors.map((e) => e.field).sort()).toEqual(['code', 'organisationId']);
  });

  it('clear the delegate link when the delegate moves to another organisation or is deleted', () => {
    const org = existingOrg({ id: 'o1', delegateId: 'a1' });
    const attendee = {
      ...attendeeFields,
      familyNameZh: '刘',
      familyNameLatin: 'Liu',
      organisationId: 'o1',
      id: 'a1',
      conferenceId: 'c',
      version: '',
      createdAt: '',
      updatedAt: '',
      deletedAt: null,
    };
    const other = existingOrg({ id: 'o2', code: 'M002' });
    const moved = commands.updateAttendee(
      attendee,
      { ...attendee, organisationId: 'o2' },
      { organisation: other, nextCode: 'A1', codeTaken: () => false, representing: [org] },
    );
    expect(moved.ok && moved.events.map((e) => e.payload)).toEqual([
      { kind: 'attendee', op: 'updated', patch: { organisationId: 'o2' } },
      { kind: 'organisation', op: 'updated', patch: { delegateId: null } },
    ]);
    const removed = commands.deleteAttendee(attendee, [org]);
    expect(removed.ok && removed.events.map((e) => e.payload.op)).toEqual(['deleted', 'updated']);
  });

  it('number codes in registration order', () => {
    expect(commands.attendeeCodeAfter(undefined)).toBe('A00001');
    expect(commands.attendeeCodeAfter('A00041')).toBe('A00042');
  });
});

describe('conference commands', () => {
  const conference = {
    ...BLANK_CONFERENCE,
    name: { zh: '成立大会', ru: '', en: '' },
    startDate: '2026-12-10',
    endDate: '2026-12-11',
  };
  it('need a name and an end not before the start', () => {
    expect(commands.createConference(conference).ok).toBe(true);
    const bad = commands.createConference({
      ...conference,
      name: { zh: '', ru: '', en: '' },
      endDate: '2026-12-09',
    });
    expect(bad.ok ? [] : bad.errors.map((e) => e.field)).toEqual(['name', 'endDate']);
    const malformed = commands.createConference({ ...conference, startDate: '10.12.2026' });
    expect(malformed.ok ? [] : malformed.errors).toEqual([
      { field: 'startDate', message: 'errors.dateFormat' },
    ]);
    const badQuorum = commands.createConference({
      ...conference,
      quorum: { kind: 'fraction', numerator: 3, denominator: 2, comparison: '>=' },
    });
    expect(badQuorum.ok ? [] : badQuorum.errors).toEqual([
      { field: 'quorum.numerator', message: 'errors.quorumFraction' },
    ]);
  });
});

import type { AttendeeFields, ConferenceFields, OrganisationFields } from './entities';

/** Empty records, the starting point of every form, import row and generated record. */
export const BLANK_ATTENDEE: Readonly<AttendeeFields> = Object.freeze({
  code: '',
  familyNameZh: '',
  givenNameZh: '',
  familyNameCyr: '',
  givenNameCyr: '',
  patronymicCyr: '',
  familyNameLatin: '',
  givenNameLatin: '',
  latinEdited: false,
  organisationId: null,
  position: '',
  gender: '',
  category: 'delegate',
  phone: '',
  email: '',
  notes: '',
});

export const BLANK_ORGANISATION: Readonly<OrganisationFields> = Object.freeze({
  code: '',
  name: { zh: '', ru: '', en: '' },
  category: 'higherVocationalCollege',
  region: '',
  country: '',
  status: 'member',
  votingRight: true,
  weight: 1,
  contactName: '',
  contactPhone: '',
  contactEmail: '',
  delegateId: null,
  substituteId: null,
});

export const BLANK_CONFERENCE: Readonly<ConferenceFields> = Object.freeze<ConferenceFields>({
  name: { zh: '', ru: '', en: '' },
  venue: { zh: '', ru: '', en: '' },
  startDate: '',
  endDate: '',
  quorum: { kind: 'none' },
});

import type { QuorumSetting } from '../../rules/counting/quorum';
import type { BadgeTemplate } from '../../documents/render/badgeTemplates';
import type { VoteCounts } from '../../rules/counting/majority';
import type { Choice, Procedure, VoteOptions, VoteRule } from '../../rules/counting/tally';
import type {
  BallotEntryFields,
  BallotIssueFields,
  ElectionFields,
} from '../../rules/elections/electionTypes';
import type { CommitteeMemberFields, MinutesFields } from '../../documents/minutes/minutesTypes';
import type { ConflictFields } from '../../codecs/archive/mergeArchive';
import type { Sitting } from '../../rules/checkin/sittings';

/** The records of one conference, as the projections hold them. */

export const ORGANISER_ROLES = ['guidedBy', 'hostedBy', 'coOrganiser'] as const;
export type OrganiserRole = (typeof ORGANISER_ROLES)[number];

export const AGENDA_ITEM_TYPES = [
  'speech',
  'videoAddress',
  'ceremony',
  'report',
  'vote',
  'election',
  'seminarSession',
] as const;
export type AgendaItemType = (typeof AGENDA_ITEM_TYPES)[number];

export const ORGANISATION_CATEGORIES = [
  'russianInstitution',
  'undergraduateUniversity',
  'higherVocationalCollege',
  'secondaryVocationalSchool',
  'enterpriseOrResearch',
  'overseasInstitution',
  'publicBody',
  'media',
  'other',
] as const;
export type OrganisationCategory = (typeof ORGANISATION_CATEGORIES)[number];

export const ORGANISATION_STATUSES = ['member', 'prospective', 'other'] as const;
export type OrganisationStatus = (typeof ORGANISATION_STATUSES)[number];

export const ATTENDEE_CATEGORIES = [
  'delegate',
  'guest',
  'speaker',
  'staff',
  'press',
  'interpreter',
  'observer',
] as const;
export type AttendeeCategory = (typeof ATTENDEE_CATEGORIES)[number];

export const GENDERS = ['', 'female', 'male'] as const;
export type Gender = (typeof GENDERS)[number];

/** Badge and list colours per attendee category (also the role band on badges). */
export const CATEGORY_COLOURS: Record<AttendeeCategory, string> = {
  delegate: '#c0392b',
  guest: '#8e44ad',
  speaker: '#d35400',
  staff: '#2c3e50',
  press: '#16a085',
  interpreter: '#2980b9',
  observer: '#7f8c8d',
};

/** How an event writes a Chinese person's name for those who do not read hanzi: pinyin or Palladius. */
export const CHINESE_TRANSCRIPTIONS = ['latin', 'cyrillic'] as const;
export type ChineseTranscription = (typeof CHINESE_TRANSCRIPTIONS)[number];

export interface Trilingual {
  zh: string;
  ru: string;
  en: string;
}

export interface RecordMeta {
  id: string;
  conferenceId: string;
  /** Clock of the last event applied; projections are rebuilt in clock order. */
  version: string;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

export interface ConferenceFields {
  name: Trilingual;
  venue: Trilingual;
  startDate: string;
  endDate: string;
  /** The assembly's quorum: a fraction of the member organisations entitled to vote. */
  quorum: QuorumSetting;
  /** The badge template, once someone has set one (see the badges screen). */
  badgeTemplate?: BadgeTemplate;
  /** The parts of the event with their own attendance; absent: one sitting (see shared/checkin/sittings.ts). */
  sittings?: Sitting[];
  /** The sitting whose attendance the quorum, the votes and the minutes use. */
  assemblySittingId?: string;
  /** Absent: pinyin. */
  chineseTranscription?: ChineseTranscription;
}
export type Conference = RecordMeta & ConferenceFields;

export interface OrganiserFields {
  role: OrganiserRole;
  name: Trilingual;
  order: number;
}
export type Organiser = RecordMeta & OrganiserFields;

export interface AgendaItemFields {
  type: AgendaItemType;
  /** Local date-time of the item, `YYYY-MM-DDTHH:mm`, or empty when not yet fixed. */
  startsAt: string;
  title: Trilingual;
  speaker: string;
  order: number;
}
export type AgendaItem = RecordMeta & AgendaItemFields;

export interface OrganisationFields {
  code: string;
  name: Trilingual;
  category: OrganisationCategory;
  region: string;
  country: string;
  status: OrganisationStatus;
  votingRight: boolean;
  weight: number;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
  /** The accredited voting delegate: an attendee of this organisation. */
  delegateId: string | null;
  substituteId: string | null;
}
export type Organisation = RecordMeta & OrganisationFields;

export interface AttendeeFields {
  /** The attendee's registration code, printed as the badge QR code. */
  code: string;
  familyNameZh: string;
  givenNameZh: string;
  familyNameCyr: string;
  givenNameCyr: string;
  patronymicCyr: string;
  familyNameLatin: string;
  givenNameLatin: string;
  /** True once a person has typed the Latin form: it is then no longer derived. */
  latinEdited: boolean;
  organisationId: string | null;
  position: string;
  gender: Gender;
  category: AttendeeCategory;
  phone: string;
  email: string;
  notes: string;
}
export type Attendee = RecordMeta & AttendeeFields;

export const PRESENCE = ['absent', 'present', 'left'] as const;
export type Presence = (typeof PRESENCE)[number];
export type CheckInAction = 'checkIn' | 'returned' | 'left' | 'undo';
export type CheckInMethod = 'search' | 'scan' | 'walkIn';

/**
 * Whether an attendee is here, per sitting: at the main sitting the record's id is the attendee's,
 * at another `<attendee>@<sitting>` (see shared/checkin/sittings.ts).
 */
export interface AttendanceFields {
  /** Absent in records written before sittings: the record's id, at the main sitting. */
  attendeeId?: string;
  sittingId?: string;
  status: Presence;
  /** When they first arrived (ISO), for the arrival chart; '' if never. */
  firstCheckInAt: string;
  /** Since when they are present (ISO); '' when not present. */
  checkedInAt: string;
  leftAt: string;
  lastAction: CheckInAction;
  desk: string;
  method: CheckInMethod;
  /** The state before the last action, so that it can be undone once. */
  before: Pick<AttendanceFields, 'status' | 'firstCheckInAt' | 'checkedInAt' | 'leftAt'> | null;
}
export type Attendance = RecordMeta & AttendanceFields;

/** Badge printing, per attendee (the record's id is the attendee's). */
export interface BadgePrintFields {
  count: number;
  firstPrintedAt: string;
  lastPrintedAt: string;
  /** The stock of the last print. */
  preset: string;
}
export type BadgePrint = RecordMeta & BadgePrintFields;

export const VOTE_STATUSES = ['draft', 'open', 'counting', 'closed', 'sealed'] as const;
export type VoteStatus = (typeof VOTE_STATUSES)[number];

export interface ElectorateSnapshot {
  entitled: number;
  present: number;
  at: string;
}

/** A motion put to a vote, through its lifecycle: draft → open → counting → closed → sealed. */
export interface VoteFields {
  title: Trilingual;
  text: Trilingual;
  /** The document voted on (e.g. the charter as PDF): its name and a data URL. */
  documentName: string;
  document: string;
  /**
   * The assembly (member organisations through their delegates) or a list of attendees (the
   * council, any other body).
   */
  body: 'assembly' | 'list';
  voterIds: string[];
  preset: string;
  rule: VoteRule;
  options: VoteOptions;
  procedure: Procedure;
  status: VoteStatus;
  opened: ElectorateSnapshot | null;
  closed: ElectorateSnapshot | null;
  counts: VoteCounts;
  ballots: { issued: number; returned: number };
  rollCall: { voterId: string; choice: Choice; weight: number }[];
  /** The tellers' note on a count that does not add up, when they seal it all the same. */
  note: string;
  /** Every seal, in order: the fingerprint of the result's canonical form, the desk, the tellers who sealed. */
  seals: SealRecord[];
  reopenings: ReopeningRecord[];
  /** Counts corrected after closing and before sealing, each with what it replaced. */
  corrections?: CountCorrection[];
}
export type Vote = RecordMeta & VoteFields;

export interface SealRecord {
  fingerprint: string;
  at: string;
  /** The desk (laptop) that sealed. */
  by: string;
  /** The tellers' names as typed at sealing (absent in seals made before they were asked for). */
  tellers?: string[];
}

export interface ReopeningRecord {
  reason: string;
  at: string;
  by: string;
  /**
   * The fingerprint of the seal it reopens: a reopening made on another laptop of another seal
   * does not unseal this one (absent in reopenings made before it was recorded).
   */
  fingerprint?: string;
  /** Who reopened, as typed. */
  name?: string;
}

export interface CountCorrection {
  at: string;
  by: string;
  before: { counts: VoteCounts; ballots: { issued: number; returned: number } };
  after: { counts: VoteCounts; ballots: { issued: number; returned: number } };
}

/** One import of a list: what it created and changed, so that it can be undone as one step. */
export interface ImportBatchFields {
  fileName: string;
  target: 'attendees' | 'organisations';
  rowsImported: number;
  createdOrganisationIds: string[];
  createdAttendeeIds: string[];
  /** Organisations the import changed, with the values they had before. */
  changedOrganisations: { id: string; before: Partial<OrganisationFields> }[];
  undone: boolean;
}
export type ImportBatch = RecordMeta & ImportBatchFields;

export interface EntityFieldsByKind {
  conference: ConferenceFields;
  organiser: OrganiserFields;
  agendaItem: AgendaItemFields;
  organisation: OrganisationFields;
  attendee: AttendeeFields;
  importBatch: ImportBatchFields;
  attendance: AttendanceFields;
  badgePrint: BadgePrintFields;
  vote: VoteFields;
  election: ElectionFields;
  ballotIssue: BallotIssueFields;
  ballotEntry: BallotEntryFields;
  committeeMember: CommitteeMemberFields;
  minutes: MinutesFields;
  conflict: ConflictFields;
}
export type EntityKind = keyof EntityFieldsByKind;
export { ENTITY_KINDS } from './entityKinds';

export type Election = RecordMeta & ElectionFields;
export type BallotIssue = RecordMeta & BallotIssueFields;
export type BallotEntry = RecordMeta & BallotEntryFields;
export type CommitteeMember = RecordMeta & CommitteeMemberFields;
export type Minutes = RecordMeta & MinutesFields;
export type Conflict = RecordMeta & ConflictFields;
export type EntityOf<K extends EntityKind> = RecordMeta & EntityFieldsByKind[K];
export type AnyEntity = EntityOf<EntityKind>;

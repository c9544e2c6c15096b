import type {
  AgendaItem,
  Attendance,
  Attendee,
  BallotEntry,
  BallotIssue,
  CommitteeMember,
  Conference,
  Election,
  Minutes,
  Organisation,
  Organiser,
  Vote,
} from '../../core/domain/entities';
import type { Language, T } from '../../rules/elections/electionTexts';

/** Everything the minutes are written from: the event's records as the projections hold them. */
export interface MinutesRecord {
  conference: Conference;
  organisers: Organiser[];
  agenda: AgendaItem[];
  organisations: Organisation[];
  attendees: Attendee[];
  attendance: Attendance[];
  votes: Vote[];
  elections: Election[];
  papers: BallotEntry[];
  issues: BallotIssue[];
  committee: CommitteeMember[];
  minutes: Minutes | undefined;
}

export type Translators = Record<Language, T>;

export { TRILINGUAL_KEY, inLanguage } from '../../core/domain/trilingual';

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
  Trilingual,
  Vote,
} from '../domain/entities';
import type { Language, T } from '../elections/electionTexts';

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

export const TRILINGUAL_KEY: Record<Language, keyof Trilingual> = { 'zh-CN': 'zh', ru: 'ru', en: 'en' };

/** A text in a language, else another: Russian readers get the Latin form before the Chinese one. */
export function inLanguage(text: Trilingual, language: Language): string {
  const own = language === 'zh-CN' ? text.zh : language === 'ru' ? text.ru || text.en : text.en;
  return own || text.zh || text.ru || text.en;
}

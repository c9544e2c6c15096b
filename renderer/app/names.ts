import type { AttendeeFields } from '../../shared/core/domain/entities';
import { allNames, genderContext, personName } from '../../shared/core/names/namePolicy';
import { currentLanguage } from './i18n';

type Named = Parameters<typeof personName>[0] & Partial<Pick<AttendeeFields, 'code'>>;
type Gendered = Named & Pick<AttendeeFields, 'gender'>;

/** A person's name as the screen's reader should see it first. */
export function nameOf(person: Named): string {
  return personName(person, currentLanguage());
}

/** The screen's name for a person, then their code: «Ковалевский Андрей Петрович (R0042)». */
export function nameWithCode(person: Named & Pick<AttendeeFields, 'code'>): string {
  return `${nameOf(person)} (${person.code})`;
}

/** All of a person's names, the reader's first. */
export function namesOf(person: Named): string[] {
  return allNames(person, currentLanguage());
}

/** The values a sentence about a person takes: the name, and the gender its words agree with. */
export function aboutPerson(
  person: Gendered,
  name: string = nameOf(person),
): { name: string; context?: string } {
  return { name, ...genderContext(person.gender) };
}

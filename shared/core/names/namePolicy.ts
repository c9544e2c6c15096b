import type { Language } from '../../locales';
import type { AttendeeFields, ChineseTranscription, Gender, Trilingual } from '../domain/entities';

export type { ChineseTranscription } from '../domain/entities';
import { chineseDisplayName, cyrillicDisplayName, latinDisplayName } from './latinName';
import { chineseNameToCyrillic } from './palladius';

type PersonName = Pick<
  AttendeeFields,
  | 'familyNameZh'
  | 'givenNameZh'
  | 'familyNameCyr'
  | 'givenNameCyr'
  | 'patronymicCyr'
  | 'familyNameLatin'
  | 'givenNameLatin'
>;

export type NameScript = 'han' | 'cyrillic' | 'latin';

export interface NamePolicy {
  /** Who reads: a screen's or a document's language; null where no one language reads (a badge). */
  reader: Language | null;
  chineseTranscription: ChineseTranscription;
  /** Whether the Cyrillic name carries the patronymic (lists and the register do, a badge does not). */
  patronymic: boolean;
}

export interface NameLines {
  first: string;
  firstScript: NameScript;
  /** The other language's form, '' when the person has none. */
  second: string;
  secondScript: NameScript | null;
}

/** A Chinese transcription of a foreign name: 科瓦列夫斯基·安德烈, longer than a Han name. */
function isTranscribedIntoChinese(p: PersonName): boolean {
  return (
    p.familyNameZh.length > 2 || p.givenNameZh.length > 2 || /[·•・]/.test(p.familyNameZh + p.givenNameZh)
  );
}

function hasHan(p: PersonName): boolean {
  return Boolean(p.familyNameZh || p.givenNameZh);
}

function hasCyrillic(p: PersonName): boolean {
  return Boolean(p.familyNameCyr || p.givenNameCyr);
}

/** The script a person writes their own name in: Cyrillic for a Russian, hanzi for a Chinese person. */
export function ownScript(p: PersonName): NameScript {
  if (hasCyrillic(p) && (!hasHan(p) || isTranscribedIntoChinese(p))) return 'cyrillic';
  if (hasHan(p)) return 'han';
  if (hasCyrillic(p)) return 'cyrillic';
  return 'latin';
}

function cyrillicName(p: PersonName, patronymic: boolean): string {
  return patronymic ? cyrillicDisplayName(p) : [p.familyNameCyr, p.givenNameCyr].filter(Boolean).join(' ');
}

/** The Latin form, family name first, as passports and pinyin convention write it. */
export function latinName(p: PersonName): string {
  return latinDisplayName(p);
}

function transcribedChinese(p: PersonName, transcription: ChineseTranscription): [string, NameScript] | null {
  if (transcription === 'cyrillic') {
    const cyr = chineseNameToCyrillic(p.familyNameZh, p.givenNameZh);
    const text = [cyr.family, cyr.given].filter(Boolean).join(' ');
    if (text) return [text, 'cyrillic'];
  }
  const latin = latinName(p);
  return latin ? [latin, 'latin'] : null;
}

function line(text: string, script: NameScript): Pick<NameLines, 'first' | 'firstScript'> {
  return { first: text, firstScript: script };
}

function withSecond(
  first: Pick<NameLines, 'first' | 'firstScript'>,
  second: [string, NameScript] | null,
): NameLines {
  return { ...first, second: second?.[0] ?? '', secondScript: second?.[1] ?? null };
}

/**
 * A person's name in two lines: their own script first, then the other language's form. Only a
 * person whose name the register holds in both hanzi and Cyrillic is written first in the reader's.
 */
export function nameLines(p: PersonName, policy: NamePolicy): NameLines {
  const han = chineseDisplayName(p);
  const cyrillic = cyrillicName(p, policy.patronymic);
  if (han && cyrillic) {
    const hanFirst = policy.reader === 'zh-CN' || (policy.reader !== 'ru' && ownScript(p) === 'han');
    return hanFirst
      ? withSecond(line(han, 'han'), [cyrillic, 'cyrillic'])
      : withSecond(line(cyrillic, 'cyrillic'), [han, 'han']);
  }
  if (han) return withSecond(line(han, 'han'), transcribedChinese(p, policy.chineseTranscription));
  const latin = latinName(p);
  if (cyrillic) return withSecond(line(cyrillic, 'cyrillic'), latin ? [latin, 'latin'] : null);
  return withSecond(line(latin, 'latin'), null);
}

/** The one name a row, a banner or a message shows for a person. */
export function personName(
  p: PersonName,
  reader: Language | null,
  transcription: ChineseTranscription = 'latin',
): string {
  return nameLines(p, { reader, chineseTranscription: transcription, patronymic: true }).first;
}

/** Every form the register holds, the reader's first: a row's name, then its other names. */
export function allNames(p: PersonName, reader: Language | null): string[] {
  const lines = nameLines(p, { reader, chineseTranscription: 'latin', patronymic: true });
  const forms = [lines.first, lines.second, chineseDisplayName(p), cyrillicDisplayName(p), latinName(p)];
  return [...new Set(forms.filter(Boolean))];
}

/**
 * A person's name as written in each language's documents, for a candidate's entry: a Chinese
 * person in a Russian document is 许秀 (Сюй Сю) or 许秀 (Xu Xiu), as the event transcribes.
 */
export function personNameTrilingual(
  p: PersonName,
  transcription: ChineseTranscription = 'latin',
): Trilingual {
  const han = chineseDisplayName(p);
  const transcribed = han ? transcribedChinese(p, transcription)?.[0] : undefined;
  const hanForRussians = han && transcribed ? `${han} (${transcribed})` : han;
  return {
    zh: han || cyrillicDisplayName(p) || latinName(p),
    ru: cyrillicDisplayName(p) || hanForRussians || latinName(p),
    en: latinName(p) || cyrillicDisplayName(p) || han,
  };
}

/** The i18next context a sentence about a person agrees with; none (neutral wording) when unknown. */
export function genderContext(gender: Gender): { context?: 'female' | 'male' } {
  return gender ? { context: gender } : {};
}

/** An organisation's own name: the one its register entry was first written in. */
function originalName(name: Trilingual): string {
  return name.zh || name.ru || name.en;
}

/** An organisation's name for a reader: in the reader's language, else its own, never a third. */
export function organisationNameIn(name: Trilingual, reader: Language): string {
  const own = reader === 'zh-CN' ? name.zh : reader === 'ru' ? name.ru : name.en;
  return own || originalName(name);
}

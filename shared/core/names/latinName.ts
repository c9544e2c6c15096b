import type { AttendeeFields } from '../domain/entities';
import { chineseNameToLatin } from './pinyin';
import { romaniseRussian } from './russianRomanisation';

type NameParts = Pick<AttendeeFields, 'familyNameZh' | 'givenNameZh' | 'familyNameCyr' | 'givenNameCyr'>;

/**
 * The Latin form derived from a person's names: from the Cyrillic name when there is one (a
 * Russian's own spelling, not the pinyin of a Chinese transcription of it), else from the Chinese.
 */
export function deriveLatinName(parts: NameParts): { familyNameLatin: string; givenNameLatin: string } {
  if (parts.familyNameCyr.trim() || parts.givenNameCyr.trim()) {
    return {
      familyNameLatin: romaniseRussian(parts.familyNameCyr.trim()),
      givenNameLatin: romaniseRussian(parts.givenNameCyr.trim()),
    };
  }
  const latin = chineseNameToLatin(parts.familyNameZh.trim(), parts.givenNameZh.trim());
  return { familyNameLatin: latin.family, givenNameLatin: latin.given };
}

type DisplayParts = NameParts & Pick<AttendeeFields, 'familyNameLatin' | 'givenNameLatin' | 'patronymicCyr'>;

/** The name as written in Chinese (family name first, no space for Han names). */
export function chineseDisplayName(p: DisplayParts): string {
  if (!p.familyNameZh && !p.givenNameZh) return '';
  // A Chinese transcription of a foreign name keeps its separator dot: 科瓦列夫斯基·安德烈.
  const foreign = p.givenNameZh.length > 0 && (p.familyNameZh.length > 2 || p.givenNameZh.length > 2);
  return foreign ? `${p.familyNameZh}·${p.givenNameZh}` : `${p.familyNameZh}${p.givenNameZh}`;
}

export function cyrillicDisplayName(p: DisplayParts): string {
  return [p.familyNameCyr, p.givenNameCyr, p.patronymicCyr].filter(Boolean).join(' ');
}

export function latinDisplayName(p: DisplayParts): string {
  return [p.familyNameLatin, p.givenNameLatin].filter(Boolean).join(' ');
}

/** The first name form available: Chinese, then Cyrillic, then Latin. */
export function primaryDisplayName(p: DisplayParts): string {
  return chineseDisplayName(p) || cyrillicDisplayName(p) || latinDisplayName(p);
}

import { pinyin } from 'pinyin-pro';

function capitalise(syllables: string): string {
  return syllables.charAt(0).toUpperCase() + syllables.slice(1);
}

const HAN = /\p{Script=Han}/u;

export function containsHan(text: string): boolean {
  return HAN.test(text);
}

/** Toneless pinyin syllables of a text, with surname readings (单 shan, 曾 zeng) when `asSurname`. */
export function pinyinSyllables(text: string, asSurname = false): string[] {
  if (!text) return [];
  return pinyin(text, {
    toneType: 'none',
    type: 'array',
    surname: asSurname ? 'head' : 'off',
    nonZh: 'consecutive',
  })
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/**
 * The Latin form of a Chinese name, surname first as Chinese usage and passports write it:
 * 欧阳珺 → "Ouyang Jun", 赵永生 → "Zhao Yongsheng".
 */
export function chineseNameToLatin(family: string, given: string): { family: string; given: string } {
  const familySyllables = pinyinSyllables(family, true);
  const givenSyllables = pinyinSyllables(given);
  return { family: capitalise(familySyllables.join('')), given: capitalise(givenSyllables.join('')) };
}

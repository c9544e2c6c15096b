import { pinyinSyllables } from './pinyin';

/**
 * The Palladius system, the way Russian writes Chinese names (赵永生 → Чжао Юншэн): each pinyin
 * syllable is an initial and a final, and a final after j, q, x, y or a soft initial changes.
 */
const INITIALS: Record<string, string> = {
  zh: 'чж',
  ch: 'ч',
  sh: 'ш',
  b: 'б',
  p: 'п',
  m: 'м',
  f: 'ф',
  d: 'д',
  t: 'т',
  n: 'н',
  l: 'л',
  g: 'г',
  k: 'к',
  h: 'х',
  j: 'цз',
  q: 'ц',
  x: 'с',
  r: 'ж',
  z: 'цз',
  c: 'ц',
  s: 'с',
};

const FINALS: Record<string, string> = {
  a: 'а',
  o: 'о',
  e: 'э',
  ai: 'ай',
  ei: 'эй',
  ao: 'ао',
  ou: 'оу',
  an: 'ань',
  en: 'энь',
  ang: 'ан',
  eng: 'эн',
  ong: 'ун',
  er: 'эр',
  i: 'и',
  ia: 'я',
  ie: 'е',
  iao: 'яо',
  iu: 'ю',
  ian: 'янь',
  in: 'инь',
  iang: 'ян',
  ing: 'ин',
  iong: 'юн',
  u: 'у',
  ua: 'уа',
  uo: 'о',
  uai: 'уай',
  ui: 'уй',
  uan: 'уань',
  un: 'унь',
  uang: 'уан',
  ü: 'юй',
  üe: 'юэ',
  üan: 'юань',
  ün: 'юнь',
};

/** Syllables without an initial, written as they stand (y and w begin them). */
const WHOLE: Record<string, string> = {
  yi: 'и',
  ya: 'я',
  ye: 'е',
  yao: 'яо',
  you: 'ю',
  yan: 'янь',
  yin: 'инь',
  yang: 'ян',
  ying: 'ин',
  yong: 'юн',
  yu: 'юй',
  yue: 'юэ',
  yuan: 'юань',
  yun: 'юнь',
  wu: 'у',
  wa: 'ва',
  wo: 'во',
  wai: 'вай',
  wei: 'вэй',
  wan: 'вань',
  wen: 'вэнь',
  wang: 'ван',
  weng: 'вэн',
};

/** After j, q and x a written u is ü. */
const PALATAL = new Set(['j', 'q', 'x']);
/** After z, c, s the vowel written i is ы; after zh, ch, sh, r it stays и. */
const DENTAL = new Set(['z', 'c', 's']);

function splitInitial(syllable: string): [string, string] {
  const two = syllable.slice(0, 2);
  if (INITIALS[two] !== undefined) return [two, syllable.slice(2)];
  const one = syllable.slice(0, 1);
  if (INITIALS[one] !== undefined) return [one, syllable.slice(1)];
  return ['', syllable];
}

/** One toneless pinyin syllable in Cyrillic; a syllable it cannot read is kept as it is. */
export function palladiusSyllable(pinyinSyllable: string): string {
  const syllable = pinyinSyllable.toLowerCase().replace(/v/g, 'ü');
  const whole = WHOLE[syllable];
  if (whole !== undefined) return whole;
  const [initial, rest] = splitInitial(syllable);
  const final = PALATAL.has(initial) ? rest.replace(/^u/, 'ü') : rest;
  if (initial && final === 'i' && DENTAL.has(initial)) return `${INITIALS[initial]}ы`;
  const cyrillicFinal = FINALS[final];
  if (cyrillicFinal === undefined) return pinyinSyllable;
  return `${INITIALS[initial] ?? ''}${cyrillicFinal}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function toCyrillic(syllables: string[]): string {
  return capitalise(syllables.map(palladiusSyllable).join(''));
}

/** A Chinese name in Cyrillic, family name first: 赵 永生 → { family: 'Чжао', given: 'Юншэн' }. */
export function chineseNameToCyrillic(family: string, given: string): { family: string; given: string } {
  return { family: toCyrillic(pinyinSyllables(family, true)), given: toCyrillic(pinyinSyllables(given)) };
}

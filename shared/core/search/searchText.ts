const TONED: Record<string, string> = Object.fromEntries(
  [...'āáǎàa', ...'ēéěèe', ...'īíǐìi', ...'ōóǒòo', ...'ūúǔùu']
    .map((c, i) => [c, 'aeiou'[Math.floor(i / 5)]!])
    .concat([...'ǖǘǚǜü'].map((c) => [c, 'v'])),
);

/**
 * The form every key and query is compared in: NFKC, lower case, ё as е, pinyin tone marks off
 * (ü as v, as pinyin keyboards type it), no spaces, dots or dashes.
 */
export function foldSearchText(text: string): string {
  let out = '';
  for (const char of text.normalize('NFKC').toLowerCase()) {
    if (char === 'ё') out += 'е';
    else if (/[\s·・.,'’\-_()（）]/.test(char)) continue;
    else out += TONED[char] ?? char;
  }
  return out;
}

/** Pinyin typed with tone numbers (zhao4yong3) reads as plain pinyin; codes such as A00012 are left alone. */
export function withoutToneNumbers(folded: string): string {
  return /^([a-z]+[1-5])+[a-z]*$/.test(folded) ? folded.replace(/[1-5]/g, '') : folded;
}

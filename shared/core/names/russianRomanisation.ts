/**
 * Russian romanisation as in ICAO Doc 9303 (machine-readable travel documents, 7th edition),
 * which Russian passports have used since 2013. Ё becomes E, Й I, Ц TS, Ъ IE.
 */
const ICAO_9303: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: 'ie',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
  // Letters of other Cyrillic alphabets that appear in member lists (ICAO 9303 table).
  і: 'i',
  ї: 'i',
  є: 'ie',
  ґ: 'g',
  ў: 'u',
  ә: 'a',
  ғ: 'g',
  қ: 'k',
  ң: 'n',
  ө: 'o',
  ұ: 'u',
  ү: 'u',
  һ: 'h',
};

const CYRILLIC = /\p{Script=Cyrillic}/u;

export function containsCyrillic(text: string): boolean {
  return CYRILLIC.test(text);
}

export function romaniseRussian(text: string): string {
  let out = '';
  const chars = [...text];
  chars.forEach((char, index) => {
    const lower = char.toLowerCase();
    const latin = ICAO_9303[lower];
    if (latin === undefined) {
      out += char;
      return;
    }
    if (char === lower || latin.length === 0) {
      out += latin;
      return;
    }
    // Upper case: "Щукин" → "Shchukin", but "ЩУКИН" → "SHCHUKIN".
    const next = chars[index + 1];
    const wordIsUpper = next !== undefined && next !== next.toLowerCase();
    out += wordIsUpper ? latin.toUpperCase() : latin.charAt(0).toUpperCase() + latin.slice(1);
  });
  return out;
}

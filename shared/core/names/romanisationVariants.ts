import { romaniseRussian } from './russianRomanisation';

/**
 * The Latin spellings a Russian name is commonly written in besides the passport one (ICAO 9303),
 * so that "Kovalevsky", "Kovalevskiy" and "Kovalevskij" all find Ковалевский. Lower case.
 */
const BGN_PCGN: Record<string, string> = {
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
  й: 'y',
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
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

/** Scholarly and German-style spellings: й j, ю ju, я ja, х ch. */
const SCHOLARLY: Record<string, string> = {
  ...BGN_PCGN,
  й: 'j',
  ю: 'ju',
  я: 'ja',
  х: 'ch',
  ж: 'zh',
  ц: 'c',
  щ: 'shch',
};

function transliterate(text: string, table: Record<string, string>): string {
  return [...text.toLowerCase()].map((c) => table[c] ?? c).join('');
}

/** English newspaper usage: -ий / -ый endings as -y (Kovalevsky, Dostoevsky), ье as ye. */
function simplified(text: string): string {
  const lower = text
    .toLowerCase()
    .replace(/(ий|ый)(?!\p{L})/gu, 'y')
    .replace(/ье/g, 'ye')
    .replace(/ъе/g, 'ye');
  return transliterate(lower, BGN_PCGN);
}

export function latinVariants(cyrillic: string): string[] {
  if (!cyrillic) return [];
  const variants = new Set([
    romaniseRussian(cyrillic).toLowerCase(),
    transliterate(cyrillic, BGN_PCGN),
    transliterate(cyrillic, SCHOLARLY),
    simplified(cyrillic),
  ]);
  // ICAO writes ё as e; many people write it yo.
  if (/ё/i.test(cyrillic)) variants.add(transliterate(cyrillic.replace(/ё/gi, 'йо'), BGN_PCGN));
  return [...variants];
}

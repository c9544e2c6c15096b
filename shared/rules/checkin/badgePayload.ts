/**
 * What a badge's QR code holds: a fixed prefix, the attendee's code and a check character,
 * `PLN-A00012-7`. The desk knows a scan by this shape, whatever the speed its keys came at;
 * a bare code (badges printed before) is still read, by the speed of its keys.
 */
export const BADGE_PAYLOAD_PREFIX = 'PLN-';
export const MAX_CODE_LENGTH = 64;

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** A scanner is a keyboard: on a Russian layout its keys come out as the letters of ЙЦУКЕН. */
const RUSSIAN_LAYOUT: Record<string, string> = Object.fromEntries(
  [...'йцукенгшщзфывапролдячсмить'].map((char, i) => [char, 'qwertyuiopasdfghjklzxcvbnm'[i]!]),
);

/** The keys as a scanner meant them: Latin letters where a Russian layout made Cyrillic ones. */
export function asLatinKeys(text: string): string {
  let out = '';
  for (const char of text) {
    const lower = char.toLowerCase();
    const latin = RUSSIAN_LAYOUT[lower];
    out += latin === undefined ? char : lower === char ? latin : latin.toUpperCase();
  }
  return out;
}

function valueOf(char: string): number {
  const index = ALPHABET.indexOf(char);
  return index >= 0 ? index : char.codePointAt(0)! % ALPHABET.length;
}

/** Luhn mod 36 over the code in capitals: any one wrong character or two swapped neighbours change it. */
export function checkCharacter(code: string): string {
  const n = ALPHABET.length;
  let sum = 0;
  let double = true;
  const chars = [...code.toUpperCase()];
  for (let i = chars.length - 1; i >= 0; i--) {
    let addend = valueOf(chars[i]!) * (double ? 2 : 1);
    addend = Math.floor(addend / n) + (addend % n);
    sum += addend;
    double = !double;
  }
  return ALPHABET[(n - (sum % n)) % n]!;
}

/** The text of a badge's QR code for an attendee code. */
export function badgePayload(code: string): string {
  return `${BADGE_PAYLOAD_PREFIX}${code}-${checkCharacter(code)}`;
}

export type ReadPayload = { kind: 'badge'; code: string } | { kind: 'damaged'; text: string };

/**
 * The badge in a run of keys ended by Enter: the last `PLN-…-c` in it. A wrong check character
 * is a damaged read, never another person. Null when there is no prefix at all.
 */
export function readBadgePayload(keys: string): ReadPayload | null {
  const text = asLatinKeys(keys).toUpperCase();
  const start = text.lastIndexOf(BADGE_PAYLOAD_PREFIX);
  if (start < 0) return null;
  const body = text.slice(start + BADGE_PAYLOAD_PREFIX.length);
  const match = /^(.{1,64})-([0-9A-Z])$/u.exec(body);
  if (!match) return { kind: 'damaged', text: body };
  const code = match[1]!;
  return checkCharacter(code) === match[2] ? { kind: 'badge', code } : { kind: 'damaged', text: body };
}

/** True when keys typed so far end with the prefix: a scan has begun. */
export function endsWithPayloadPrefix(keys: string): boolean {
  return asLatinKeys(keys).toUpperCase().endsWith(BADGE_PAYLOAD_PREFIX);
}

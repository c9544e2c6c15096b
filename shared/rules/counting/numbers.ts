import { fraction, type Fraction } from './fraction';

/**
 * The bounds of every number a teller or a file can give: a count is a whole number from 0 to
 * 10⁹, a weight a decimal with at most 6 places, at most 10⁶. Anything else is refused where it is
 * typed, in the commands and in `plenum tally` — never rounded, and never handed to BigInt in a
 * form it cannot read (1e21, NaN, "3,5").
 */
export const MAX_COUNT = 1_000_000_000;
export const MAX_WEIGHT = 1_000_000;
export const WEIGHT_DECIMALS = 6;

export function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 && value <= MAX_COUNT;
}

/** A weight's decimal text: what JavaScript writes for it, without an exponent. */
function weightText(value: number): string | null {
  if (!Number.isFinite(value) || value < 0 || value > MAX_WEIGHT) return null;
  const text = String(value);
  return new RegExp(`^\\d+(\\.\\d{1,${WEIGHT_DECIMALS}})?$`).test(text) ? text : null;
}

export function isWeight(value: unknown): value is number {
  return typeof value === 'number' && weightText(value) !== null;
}

/** A weight exactly, from its decimal digits (0.1 is 1/10, not the nearest binary fraction). */
export function weightFraction(value: number): Fraction {
  const text = weightText(value);
  if (text === null) throw new RangeError(`not a weight: ${value}`);
  const [whole, decimals = ''] = text.split('.') as [string, string?];
  return fraction(BigInt(whole + decimals), 10n ** BigInt(decimals.length));
}

export type NumberRefusal = 'errors.notACount' | 'errors.countTooLarge' | 'errors.notAWeight';
export type Parsed = { ok: true; value: number } | { ok: false; message: NumberRefusal };

/** A count as typed in a field: digits only (spaces allowed between thousands), 0 to 10⁹. */
export function parseCount(text: string): Parsed {
  const digits = text.replace(/[\s\u00a0\u202f]/g, '');
  if (!/^\d+$/.test(digits)) return { ok: false, message: 'errors.notACount' };
  if (digits.length > 10 || Number(digits) > MAX_COUNT) return { ok: false, message: 'errors.countTooLarge' };
  return { ok: true, value: Number(digits) };
}

/** A weight as typed: a decimal with a point or a comma, at most 6 places, at most 10⁶. */
export function parseWeight(text: string): Parsed {
  const normal = text.trim().replace(',', '.');
  if (!new RegExp(`^\\d{1,7}(\\.\\d{1,${WEIGHT_DECIMALS}})?$`).test(normal))
    return { ok: false, message: 'errors.notAWeight' };
  const value = Number(normal);
  return value <= MAX_WEIGHT ? { ok: true, value } : { ok: false, message: 'errors.notAWeight' };
}

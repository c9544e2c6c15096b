/**
 * Exact rational numbers on BigInt: vote counts may be weighted (an organisation's weight can be
 * 1.5), and a threshold such as ⅔ must never be rounded through floating point.
 */
export interface Fraction {
  n: bigint;
  d: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y) [x, y] = [y, x % y];
  return x || 1n;
}

export function fraction(n: bigint, d: bigint = 1n): Fraction {
  if (d === 0n) throw new Error('division by zero');
  const sign = d < 0n ? -1n : 1n;
  const g = gcd(n, d);
  return { n: (sign * n) / g, d: (sign * d) / g };
}

/**
 * A decimal number as written (1, 0.5, 1.25): exact, through its decimal digits — never rounded.
 * Only plain decimals are read; 1e21, NaN or Infinity is a RangeError (callers check their bounds
 * first, see numbers.ts, so that a bad figure is a refusal, not a crash).
 */
export function fromDecimal(value: number): Fraction {
  if (Number.isSafeInteger(value)) return fraction(BigInt(value));
  const match = /^(-?)(\d+)\.(\d+)$/.exec(String(value));
  if (!match) throw new RangeError(`not a plain decimal: ${value}`);
  const [, sign, whole, decimals] = match as unknown as [string, string, string, string];
  return fraction(BigInt(`${sign}${whole}${decimals}`), 10n ** BigInt(decimals.length));
}

/** A fraction whose denominator is a power of ten (sums of decimal weights) as that decimal number. */
export function toDecimal(value: Fraction): number {
  let digits = 0;
  let d = value.d;
  while (d % 10n === 0n) {
    d /= 10n;
    digits++;
  }
  if (d !== 1n) return toNumber(value);
  const negative = value.n < 0n;
  const text = (negative ? -value.n : value.n).toString().padStart(digits + 1, '0');
  const point = text.length - digits;
  return Number(`${negative ? '-' : ''}${text.slice(0, point)}${digits ? `.${text.slice(point)}` : ''}`);
}

export const add = (a: Fraction, b: Fraction): Fraction => fraction(a.n * b.d + b.n * a.d, a.d * b.d);
export const multiply = (a: Fraction, b: Fraction): Fraction => fraction(a.n * b.n, a.d * b.d);
export const compare = (a: Fraction, b: Fraction): number => {
  const left = a.n * b.d;
  const right = b.n * a.d;
  return left < right ? -1 : left > right ? 1 : 0;
};
export const sum = (values: readonly Fraction[]): Fraction => values.reduce(add, fraction(0n));

/** The smallest whole number at least this value. */
export function ceiling(value: Fraction): bigint {
  const q = value.n / value.d;
  return value.n % value.d === 0n || value.n < 0n ? q : q + 1n;
}

/** The smallest whole number strictly above this value. */
export function above(value: Fraction): bigint {
  return value.n / value.d + (value.n >= 0n ? 1n : 0n);
}

export function toNumber(value: Fraction): number {
  return Number(value.n) / Number(value.d);
}

import { describe, expect, it } from 'vitest';
import { foldCellText, isoDateText, numberText } from './cellText';

describe('folding what people type into a cell', () => {
  it('turns full-width, non-breaking and zero-width spaces into one plain space, and trims', () => {
    expect(foldCellText('\u3000刘\u3000\u3000申\u00a0 ')).toBe('刘 申');
    expect(foldCellText('\ufeffCode')).toBe('Code');
    expect(foldCellText('a\u2002b\u200bc')).toBe('a b c');
    expect(foldCellText('a \t  b')).toBe('a b');
  });

  it('makes full-width brackets ASCII but leaves full-width letters for matching', () => {
    expect(foldCellText('哈职院（主校区）【注】')).toBe('哈职院(主校区)[注]');
    expect(foldCellText('Ｍ００２')).toBe('Ｍ００２');
  });

  it('keeps line breaks inside a cell, without the spaces around them', () => {
    expect(foldCellText('  line one  \r\n   line two ')).toBe('line one\nline two');
    expect(foldCellText('   ')).toBe('');
  });
});

describe('a number as it was typed', () => {
  it('writes whole numbers in full, never in exponent form', () => {
    expect(numberText(15710292696)).toBe('15710292696');
    expect(numberText(12.0)).toBe('12');
    expect(numberText(-42)).toBe('-42');
    expect(numberText(1e20)).toBe('100000000000000000000');
    expect(numberText(1e21)).toBe('1e+21');
  });

  it('drops the binary noise of decimals, and gives nothing for NaN or infinity', () => {
    expect(numberText(0.1 + 0.2)).toBe('0.3');
    expect(numberText(1.5)).toBe('1.5');
    expect(numberText(Number.NaN)).toBe('');
    expect(numberText(Number.POSITIVE_INFINITY)).toBe('');
  });
});

describe('a date cell as text', () => {
  it('gives a date without time as the day, else the day and the minute (UTC)', () => {
    expect(isoDateText(new Date(Date.UTC(2026, 11, 10)))).toBe('2026-12-10');
    expect(isoDateText(new Date(Date.UTC(2026, 11, 10, 9, 30, 45)))).toBe('2026-12-10 09:30');
    expect(isoDateText(new Date(Date.UTC(2026, 11, 10, 0, 0, 1)))).toBe('2026-12-10 00:00');
  });

  it('gives nothing for an invalid date', () => {
    expect(isoDateText(new Date('not a date'))).toBe('');
  });
});

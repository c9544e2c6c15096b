import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../../locales';
import { digitReader, limitText, postLimits, readNumbers, typedDigits, typedNumbers } from './readers';

const en = translatorFor('en');
const post = (n: number, over: { maxMarks?: number; minMarks?: number } = {}) => ({
  seats: 1,
  maxMarks: 1,
  minMarks: 0,
  candidates: new Array(n).fill(null),
  ...over,
});

describe('reading the numbers of the marked candidates', () => {
  it('marks each candidate named, separated by spaces, commas or Chinese punctuation', () => {
    expect(readNumbers(post(5), '1 3, 5')).toEqual({ ok: true, marks: '10101' });
    expect(readNumbers(post(5), ' 5;2 ')).toEqual({ ok: true, marks: '01001' });
    expect(readNumbers(post(5), '1，2、3')).toEqual({ ok: true, marks: '11100' });
  });

  it('marks a candidate named twice once, and an empty entry as no mark', () => {
    expect(readNumbers(post(3), '2 2')).toEqual({ ok: true, marks: '010' });
    expect(readNumbers(post(3), '  ')).toEqual({ ok: true, marks: '000' });
  });

  it('refuses a number that is no candidate’s, saying what was typed and how many there are', () => {
    const refusal = (value: string) => ({
      ok: false,
      error: { message: 'elections.markNotACandidate', params: { value, n: 5 } },
    });
    expect(readNumbers(post(5), '1 6')).toEqual(refusal('6'));
    expect(readNumbers(post(5), '0')).toEqual(refusal('0'));
    expect(readNumbers(post(5), '2 x')).toEqual(refusal('x'));
    expect(readNumbers(post(5), '1.5')).toEqual(refusal('1.5'));
    expect(readNumbers(post(5), '-1')).toEqual(refusal('-1'));
  });

  it('gives the marks back as the numbers a teller would type', () => {
    expect(typedNumbers('10101')).toBe('1 3 5');
    expect(typedNumbers('00000')).toBe('');
    expect(readNumbers(post(5), typedNumbers('01011'))).toEqual({ ok: true, marks: '01011' });
  });
});

describe('reading one digit per candidate', () => {
  const yesNo = digitReader(/^[0124]$/, 'elections.badMarkYesNo');

  it('reads digits in ballot order, spaces ignored, the rest left unmarked', () => {
    expect(yesNo(post(4), ' 1 2 ')).toEqual({ ok: true, marks: '1200' });
    expect(yesNo(post(3), '')).toEqual({ ok: true, marks: '000' });
  });

  it('reads a dot as no mark and x as several boxes marked', () => {
    expect(yesNo(post(4), '.1x×')).toEqual({ ok: true, marks: '0144' });
    expect(yesNo(post(2), 'X')).toEqual({ ok: true, marks: '40' });
  });

  it('refuses more digits than candidates, and a digit the paper has no box for, with its position', () => {
    expect(yesNo(post(3), '1 2 0 1')).toEqual({
      ok: false,
      error: { message: 'elections.tooManyMarks', params: { typed: 4, n: 3 } },
    });
    expect(yesNo(post(3), '13')).toEqual({
      ok: false,
      error: { message: 'elections.badMarkYesNo', params: { value: '3', position: 2 } },
    });
    expect(yesNo(post(3), '1a')).toEqual({
      ok: false,
      error: { message: 'elections.badMarkYesNo', params: { value: 'a', position: 2 } },
    });
  });

  it('gives the digits back without the unmarked candidates at the end', () => {
    expect(typedDigits('120300')).toBe('1203');
    expect(typedDigits('000')).toBe('');
    expect(typedDigits('0102')).toBe('0102');
  });
});

describe('the limits of a post', () => {
  it('are those set in the post', () => {
    expect(postLimits(post(5, { maxMarks: 3, minMarks: 1 }))).toEqual({ min: 1, max: 3 });
  });

  it('are told to the voter, with the minimum only when there is one', () => {
    expect(limitText(post(5, { maxMarks: 3 }), en, 'elections.instructMark')).toBe(
      'Mark no more than 3; a paper with more is invalid.',
    );
    expect(limitText(post(5, { maxMarks: 3, minMarks: 2 }), en, 'elections.instructYes')).toBe(
      'Vote for no more than 3; a paper with more is invalid. Mark at least 2.',
    );
  });
});

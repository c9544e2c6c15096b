import { describe, expect, it } from 'vitest';
import {
  EMAIL_PATTERN,
  PHONE_PATTERN,
  isTotalsLabel,
  parseAttendeeCategory,
  parseGender,
  parseOrganisationCategory,
  parseOrganisationStatus,
  parseYesNo,
  unprotectCsvText,
} from './cellValues';

describe('yes and no cells', () => {
  it('reads yes in Chinese, Russian, English and as a tick, whatever the case, width or spaces', () => {
    for (const yes of ['是', '有', '√', '✓', ' YES ', 'Да', 'true', '1', 'x', 'Ｙ'])
      expect(parseYesNo(yes), yes).toBe(true);
  });

  it('reads no the same way', () => {
    for (const no of ['否', '无', '没有', '×', 'No', 'НЕТ', 'false', '0', '-', '—'])
      expect(parseYesNo(no), no).toBe(false);
  });

  it('gives undefined for an empty cell or anything else, not a guess', () => {
    expect(parseYesNo('')).toBeUndefined();
    expect(parseYesNo('   ')).toBeUndefined();
    expect(parseYesNo('maybe')).toBeUndefined();
    expect(parseYesNo('yes please')).toBeUndefined();
  });
});

describe('category, status and gender cells', () => {
  it('reads attendee categories by any of their names', () => {
    expect(parseAttendeeCategory('嘉宾')).toBe('guest');
    expect(parseAttendeeCategory('Делегат')).toBe('delegate');
    expect(parseAttendeeCategory(' Organizer ')).toBe('staff');
    expect(parseAttendeeCategory('媒体')).toBe('press');
    expect(parseAttendeeCategory('Наблюдатель')).toBe('observer');
    expect(parseAttendeeCategory('翻译')).toBe('interpreter');
    expect(parseAttendeeCategory('приглашённый')).toBeUndefined();
    expect(parseAttendeeCategory('')).toBeUndefined();
  });

  it('reads organisation categories, where "media" is the media category, not press', () => {
    expect(parseOrganisationCategory('高职')).toBe('higherVocationalCollege');
    expect(parseOrganisationCategory('Техникум')).toBe('secondaryVocationalSchool');
    expect(parseOrganisationCategory('University')).toBe('undergraduateUniversity');
    expect(parseOrganisationCategory('Предприятие или научная организация')).toBe('enterpriseOrResearch');
    expect(parseOrganisationCategory('media')).toBe('media');
    expect(parseOrganisationCategory('school')).toBeUndefined();
  });

  it('reads statuses and genders', () => {
    expect(parseOrganisationStatus('会员')).toBe('member');
    expect(parseOrganisationStatus('Кандидат в члены')).toBe('prospective');
    expect(parseOrganisationStatus('Other')).toBe('other');
    expect(parseOrganisationStatus('former')).toBeUndefined();
    expect(parseGender('女')).toBe('female');
    expect(parseGender('Муж')).toBe('male');
    expect(parseGender('M')).toBe('male');
    expect(parseGender('f')).toBe('female');
    expect(parseGender('?')).toBeUndefined();
  });
});

describe('totals rows', () => {
  it('knows a totals label, with or without a colon and a figure after it', () => {
    for (const label of ['合计', '总计：', '小计', 'Итого:', 'ВСЕГО', 'Total', 'TOTAL 153', 'Sum'])
      expect(isTotalsLabel(label), label).toBe(true);
  });

  it('does not take a word that only begins like one for a totals label', () => {
    for (const label of ['Totally new', 'Sumy', 'Итоговый отчёт', '张三', ''])
      expect(isTotalsLabel(label), label).toBe(false);
  });
});

describe('CSV formula protection', () => {
  it('takes off the apostrophe written before text a spreadsheet would evaluate', () => {
    expect(unprotectCsvText("'=SUM(A1:A3)")).toBe('=SUM(A1:A3)');
    expect(unprotectCsvText("'+7 914 318-50-59")).toBe('+7 914 318-50-59');
    expect(unprotectCsvText("'-5")).toBe('-5');
    expect(unprotectCsvText("'@home")).toBe('@home');
  });

  it('leaves any other apostrophe, and unprotected text, as it is', () => {
    expect(unprotectCsvText("'Connor")).toBe("'Connor");
    expect(unprotectCsvText('=1+1')).toBe('=1+1');
    expect(unprotectCsvText("O'Brien")).toBe("O'Brien");
  });
});

describe('phone and e-mail patterns', () => {
  it('accept the usual forms and refuse text that is not one', () => {
    expect(PHONE_PATTERN.test('+7 914 318-50-59')).toBe(true);
    expect(PHONE_PATTERN.test('(0451) 8666 1234')).toBe(true);
    expect(PHONE_PATTERN.test('1234')).toBe(false);
    expect(PHONE_PATTERN.test('call me')).toBe(false);
    expect(EMAIL_PATTERN.test('liu@example.cn')).toBe(true);
    expect(EMAIL_PATTERN.test('liu@example.c')).toBe(false);
    expect(EMAIL_PATTERN.test('liu @example.cn')).toBe(false);
    expect(EMAIL_PATTERN.test('liu.example.cn')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { BLANK_ATTENDEE } from '../domain/blanks';
import {
  allNames,
  genderContext,
  nameLines,
  organisationNameIn,
  ownScript,
  personName,
  personNameTrilingual,
  type NamePolicy,
} from './namePolicy';

const blank = BLANK_ATTENDEE;
const russian = {
  ...blank,
  familyNameZh: '科瓦列夫斯基',
  givenNameZh: '安德烈',
  familyNameCyr: 'Ковалевский',
  givenNameCyr: 'Андрей',
  patronymicCyr: 'Петрович',
  familyNameLatin: 'Kovalevskii',
  givenNameLatin: 'Andrei',
};
const chinese = {
  ...blank,
  familyNameZh: '赵',
  givenNameZh: '永生',
  familyNameLatin: 'Zhao',
  givenNameLatin: 'Yongsheng',
};
const badge: NamePolicy = { reader: null, chineseTranscription: 'latin', patronymic: false };

describe('a person’s own script', () => {
  it('is Cyrillic for a Russian whose Chinese name is a transcription, hanzi for a Chinese person', () => {
    expect(ownScript(russian)).toBe('cyrillic');
    expect(ownScript(chinese)).toBe('han');
    expect(ownScript({ ...blank, familyNameCyr: 'Ким', givenNameCyr: 'Ли' })).toBe('cyrillic');
    expect(ownScript({ ...blank, familyNameLatin: 'Smith' })).toBe('latin');
  });

  it('is hanzi for a Chinese person whose Cyrillic name the register also holds', () => {
    expect(ownScript({ ...chinese, familyNameCyr: 'Чжао', givenNameCyr: 'Юншэн' })).toBe('han');
  });
});

describe('the two lines of a name', () => {
  it('put a Russian’s Cyrillic first on a badge, then the Chinese transcription with its dot', () => {
    expect(nameLines(russian, badge)).toEqual({
      first: 'Ковалевский Андрей',
      firstScript: 'cyrillic',
      second: '科瓦列夫斯基·安德烈',
      secondScript: 'han',
    });
  });

  it('put a Chinese person’s hanzi first, then pinyin or Palladius as the event chooses', () => {
    expect(nameLines(chinese, badge)).toMatchObject({
      first: '赵永生',
      second: 'Zhao Yongsheng',
      secondScript: 'latin',
    });
    expect(nameLines(chinese, { ...badge, chineseTranscription: 'cyrillic' })).toMatchObject({
      second: 'Чжао Юншэн',
      secondScript: 'cyrillic',
    });
  });

  it('let the reader’s language decide only where the register holds both scripts', () => {
    expect(personName(russian, 'zh-CN')).toBe('科瓦列夫斯基·安德烈');
    expect(personName(russian, 'ru')).toBe('Ковалевский Андрей Петрович');
    expect(personName(russian, 'en')).toBe('Ковалевский Андрей Петрович');
    expect(personName(chinese, 'ru')).toBe('赵永生');
    expect(personName({ ...chinese, familyNameCyr: 'Чжао', givenNameCyr: 'Юншэн' }, 'ru')).toBe('Чжао Юншэн');
  });

  it('fall back to Latin, family name first, for a person with neither hanzi nor Cyrillic', () => {
    expect(nameLines({ ...blank, familyNameLatin: 'Smith', givenNameLatin: 'Anna' }, badge)).toEqual({
      first: 'Smith Anna',
      firstScript: 'latin',
      second: '',
      secondScript: null,
    });
    expect(
      nameLines(
        { ...blank, familyNameCyr: 'Иванова', givenNameCyr: 'Анна', familyNameLatin: 'Ivanova' },
        badge,
      ),
    ).toMatchObject({ first: 'Иванова Анна', second: 'Ivanova' });
  });
});

describe('every form of a name', () => {
  it('starts with the reader’s and holds each form once', () => {
    expect(allNames(russian, 'ru')).toEqual([
      'Ковалевский Андрей Петрович',
      '科瓦列夫斯基·安德烈',
      'Kovalevskii Andrei',
    ]);
    expect(allNames(russian, 'zh-CN')).toEqual([
      '科瓦列夫斯基·安德烈',
      'Ковалевский Андрей Петрович',
      'Kovalevskii Andrei',
    ]);
    expect(allNames(chinese, 'ru')).toEqual(['赵永生', 'Zhao Yongsheng']);
  });
});

describe('names in each language’s documents', () => {
  it('write Latin family name first and keep the dot of a transcription', () => {
    expect(personNameTrilingual(chinese)).toEqual({
      zh: '赵永生',
      ru: '赵永生 (Zhao Yongsheng)',
      en: 'Zhao Yongsheng',
    });
    expect(personNameTrilingual(chinese, 'cyrillic').ru).toBe('赵永生 (Чжао Юншэн)');
    expect(personNameTrilingual(russian)).toEqual({
      zh: '科瓦列夫斯基·安德烈',
      ru: 'Ковалевский Андрей Петрович',
      en: 'Kovalevskii Andrei',
    });
  });
});

describe('organisation names', () => {
  it('are in the reader’s language, else the original, never English for a Russian reader', () => {
    const name = { zh: '黑龙江大学', ru: '', en: 'Heilongjiang University' };
    expect(organisationNameIn(name, 'ru')).toBe('黑龙江大学');
    expect(organisationNameIn(name, 'en')).toBe('Heilongjiang University');
    expect(organisationNameIn({ zh: '', ru: 'МГУ', en: '' }, 'zh-CN')).toBe('МГУ');
  });
});

describe('grammatical gender', () => {
  it('is a context where known and nothing (neutral wording) where not', () => {
    expect(genderContext('female')).toEqual({ context: 'female' });
    expect(genderContext('')).toEqual({});
  });
});

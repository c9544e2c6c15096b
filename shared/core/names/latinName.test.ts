import { describe, expect, it } from 'vitest';
import { chineseNameToLatin } from './pinyin';
import { romaniseRussian } from './russianRomanisation';
import { chineseDisplayName, deriveLatinName } from './latinName';

const blank = { familyNameZh: '', givenNameZh: '', familyNameCyr: '', givenNameCyr: '' };

describe('pinyin of Chinese names', () => {
  it('writes the family name first, each part capitalised and joined', () => {
    expect(chineseNameToLatin('赵', '永生')).toEqual({ family: 'Zhao', given: 'Yongsheng' });
    expect(chineseNameToLatin('刘', '申')).toEqual({ family: 'Liu', given: 'Shen' });
  });

  it('keeps double family names whole', () => {
    expect(chineseNameToLatin('欧阳', '珺')).toEqual({ family: 'Ouyang', given: 'Jun' });
    expect(chineseNameToLatin('司马', '堃')).toEqual({ family: 'Sima', given: 'Kun' });
  });

  it('reads polyphonic characters as family names the way they are read as family names', () => {
    expect(chineseNameToLatin('单', '雄信').family).toBe('Shan');
    expect(chineseNameToLatin('曾', '英丹').family).toBe('Zeng');
  });

  it('handles rare characters in given names', () => {
    expect(chineseNameToLatin('张', '喆').given).toBe('Zhe');
    expect(chineseNameToLatin('刘', '龑').given).toBe('Yan');
  });
});

describe('ICAO 9303 romanisation of Russian', () => {
  it('follows the passport table', () => {
    expect(romaniseRussian('Ковалевский')).toBe('Kovalevskii');
    expect(romaniseRussian('Андрей')).toBe('Andrei');
    expect(romaniseRussian('Наталья')).toBe('Natalia');
    expect(romaniseRussian('Щукин')).toBe('Shchukin');
    expect(romaniseRussian('Юлия')).toBe('Iuliia');
    expect(romaniseRussian('Цветков')).toBe('Tsvetkov');
    expect(romaniseRussian('Фёдоров')).toBe('Fedorov');
    expect(romaniseRussian('Объедков')).toBe('Obieedkov');
    expect(romaniseRussian('Хабаровск')).toBe('Khabarovsk');
  });

  it('keeps upper-case words upper case', () => {
    expect(romaniseRussian('ЩУКИН')).toBe('SHCHUKIN');
  });

  it('romanises the other Cyrillic letters of the table', () => {
    expect(romaniseRussian('Қасымова Әлия')).toBe('Kasymova Aliia');
  });

  it('leaves non-Cyrillic text alone', () => {
    expect(romaniseRussian('Smith-Петров')).toBe('Smith-Petrov');
  });
});

describe('the derived Latin form', () => {
  it('comes from the Cyrillic name when there is one, not from its Chinese transcription', () => {
    expect(
      deriveLatinName({
        familyNameZh: '科瓦列夫斯基',
        givenNameZh: '安德烈',
        familyNameCyr: 'Ковалевский',
        givenNameCyr: 'Андрей',
      }),
    ).toEqual({
      familyNameLatin: 'Kovalevskii',
      givenNameLatin: 'Andrei',
    });
  });

  it('comes from the Chinese name otherwise', () => {
    expect(deriveLatinName({ ...blank, familyNameZh: '赵', givenNameZh: '永生' })).toEqual({
      familyNameLatin: 'Zhao',
      givenNameLatin: 'Yongsheng',
    });
  });

  it('is empty without any name', () => {
    expect(deriveLatinName(blank)).toEqual({ familyNameLatin: '', givenNameLatin: '' });
  });
});

describe('the Chinese display name', () => {
  const parts = { ...blank, familyNameLatin: '', givenNameLatin: '', patronymicCyr: '' };
  it('joins a Han name without a separator and a transcribed foreign name with a middle dot', () => {
    expect(chineseDisplayName({ ...parts, familyNameZh: '欧阳', givenNameZh: '珺' })).toBe('欧阳珺');
    expect(chineseDisplayName({ ...parts, familyNameZh: '科瓦列夫斯基', givenNameZh: '安德烈' })).toBe(
      '科瓦列夫斯基·安德烈',
    );
  });
});

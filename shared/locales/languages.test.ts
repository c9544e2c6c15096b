import { describe, expect, it } from 'vitest';
import { LANGUAGES, LANGUAGE_NAMES, isLanguage } from './languages';

describe('the languages', () => {
  it('are Chinese, Russian and English, each named in itself', () => {
    expect(LANGUAGES).toEqual(['zh-CN', 'ru', 'en']);
    expect(LANGUAGES.map((l) => LANGUAGE_NAMES[l])).toEqual(['中文', 'Русский', 'English']);
  });

  it('are told from anything else, exactly', () => {
    for (const language of LANGUAGES) expect(isLanguage(language)).toBe(true);
    for (const other of ['zh', 'zh-cn', 'ZH-CN', 'ru-RU', 'EN', 'de', '', null, undefined, 1, ['en'], {}])
      expect(isLanguage(other), JSON.stringify(other)).toBe(false);
  });
});

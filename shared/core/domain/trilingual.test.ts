import { describe, expect, it } from 'vitest';
import { TRILINGUAL_KEY, inLanguage } from './trilingual';

const full = { zh: '哈尔滨职业技术学院', ru: 'Харбинский колледж', en: 'Harbin College' };

describe('a text in three languages', () => {
  it('is read in the language asked when it has it', () => {
    expect(inLanguage(full, 'zh-CN')).toBe('哈尔滨职业技术学院');
    expect(inLanguage(full, 'ru')).toBe('Харбинский колледж');
    expect(inLanguage(full, 'en')).toBe('Harbin College');
  });

  it('gives Russian readers the Chinese original, never an English translation', () => {
    expect(inLanguage({ ...full, ru: '' }, 'ru')).toBe('哈尔滨职业技术学院');
    expect(inLanguage({ zh: '哈职院', ru: '', en: '' }, 'ru')).toBe('哈职院');
    expect(inLanguage({ zh: '', ru: '', en: 'Harbin College' }, 'ru')).toBe('Harbin College');
  });

  it('falls back to Chinese, then Russian, then English for the others', () => {
    expect(inLanguage({ ...full, en: '' }, 'en')).toBe('哈尔滨职业技术学院');
    expect(inLanguage({ zh: '', ru: 'Колледж', en: '' }, 'en')).toBe('Колледж');
    expect(inLanguage({ zh: '', ru: 'Колледж', en: 'College' }, 'zh-CN')).toBe('Колледж');
    expect(inLanguage({ zh: '', ru: '', en: 'College' }, 'zh-CN')).toBe('College');
    expect(inLanguage({ zh: '', ru: '', en: '' }, 'en')).toBe('');
  });

  it('keeps each language in its own field', () => {
    expect(TRILINGUAL_KEY).toEqual({ 'zh-CN': 'zh', ru: 'ru', en: 'en' });
  });
});

import type { Language } from '../../locales';
import type { Trilingual } from './entities';

/** Which field of a text in three languages holds a language. */
export const TRILINGUAL_KEY: Record<Language, keyof Trilingual> = { 'zh-CN': 'zh', ru: 'ru', en: 'en' };

/** A text in a language, else another: Russian readers get the Latin form before the Chinese one. */
export function inLanguage(text: Trilingual, language: Language): string {
  const own = language === 'zh-CN' ? text.zh : language === 'ru' ? text.ru || text.en : text.en;
  return own || text.zh || text.ru || text.en;
}

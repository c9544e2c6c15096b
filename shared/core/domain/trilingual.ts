import type { Language } from '../../locales';
import type { Trilingual } from './entities';

/** Which field of a text in three languages holds a language. */
export const TRILINGUAL_KEY: Record<Language, keyof Trilingual> = { 'zh-CN': 'zh', ru: 'ru', en: 'en' };

/**
 * A text in a language, else as first written (Chinese, then Russian, then English): a Russian
 * reader gets the Chinese original rather than an English translation, as the register holds it.
 */
export function inLanguage(text: Trilingual, language: Language): string {
  return text[TRILINGUAL_KEY[language]] || text.zh || text.ru || text.en;
}

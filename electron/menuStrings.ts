import { LANGUAGES, LANGUAGE_NAMES, type Language } from '../shared/locales/languages';
import { MESSAGES } from '../shared/locales';

export const MENU_LANGUAGES = LANGUAGES;
export type MenuLanguage = Language;
export { LANGUAGE_NAMES };

export type MenuStrings = typeof import('../shared/locales/en/menu.json');

/** The application menu's words, from the same strings as the screens. */
export const MENU_STRINGS = Object.fromEntries(
  LANGUAGES.map((language) => [language, MESSAGES[language]['menu'] as MenuStrings]),
) as Record<MenuLanguage, MenuStrings>;

export function menuLanguageFor(locale: string): MenuLanguage {
  if (locale.toLowerCase().startsWith('zh')) return 'zh-CN';
  if (locale.toLowerCase().startsWith('ru')) return 'ru';
  return 'en';
}

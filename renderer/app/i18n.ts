import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { I18N_OPTIONS, isLanguage, type Language } from '../../shared/locales';

export { LANGUAGES, LANGUAGE_NAMES, isLanguage, type Language } from '../../shared/locales';

const STORAGE_KEY = 'plenum.language';

function initialLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (isLanguage(stored)) return stored;
  const browser = navigator.language.toLowerCase();
  if (browser.startsWith('zh')) return 'zh-CN';
  if (browser.startsWith('ru')) return 'ru';
  return 'en';
}

export async function initI18n(): Promise<typeof i18next> {
  const lng = initialLanguage();
  await i18next.use(initReactI18next).init({ ...I18N_OPTIONS, lng });
  document.documentElement.lang = lng;
  return i18next;
}

/** Switches the UI language and remembers it for the next start. */
export async function changeLanguage(language: Language): Promise<void> {
  localStorage.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language;
  await i18next.changeLanguage(language);
}

export function currentLanguage(): Language {
  return isLanguage(i18next.language) ? i18next.language : 'en';
}

import { createInstance, type InitOptions, type Resource } from 'i18next';
import { en } from './en';
import { ru } from './ru';
import { zhCN } from './zh-CN';
import type { Language } from './languages';
import type { MessageKey } from './keys';

export type { MessageKey } from './keys';
export { LANGUAGES, LANGUAGE_NAMES, isLanguage, type Language } from './languages';

export type Messages = typeof en;

/** Every language's strings; English is the reference whose keys the others must have. */
export const MESSAGES: Record<Language, Record<string, Record<string, string>>> = {
  en,
  ru,
  'zh-CN': zhCN,
};

export const I18N_RESOURCES: Resource = Object.fromEntries(
  Object.entries(MESSAGES).map(([language, messages]) => [language, { translation: messages }]),
);

/** The options the screens, the documents and the command line all translate with. */
export const I18N_OPTIONS: InitOptions = {
  resources: I18N_RESOURCES,
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
};

export type TranslateParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: TranslateParams) => string;

const translators = new Map<Language, Translate>();

/** Strings in one fixed language, whatever the screen's: sheets, ballot papers, minutes, the CLI. */
export function translatorFor(language: Language): Translate {
  const known = translators.get(language);
  if (known) return known;
  const instance = createInstance();
  void instance.init({ ...I18N_OPTIONS, lng: language });
  const t = instance.getFixedT(language);
  const translate: Translate = (key, params) => t(key, params ?? {}) as string;
  translators.set(language, translate);
  return translate;
}

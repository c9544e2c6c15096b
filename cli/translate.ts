import { translatorFor, type Language, type Translate } from '../shared/locales';

export type CliLanguage = Language;

/** The UI's own strings, so the command line says what the screens say. */
export function translator(language: CliLanguage): Translate {
  return translatorFor(language);
}

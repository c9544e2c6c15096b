import type { MessageKey } from '../../../locales';
import type { Trilingual } from '../../../core/domain/entities';
import type { Language } from '../../../rules/elections/electionTexts';
import { inLanguage, TRILINGUAL_KEY, type MinutesRecord, type Translators } from '../minutesRecord';
import type { MinutesSection, MinutesTable } from '../minutesSections';

type Params = Record<string, string | number>;

/** A fixed text in each of the minutes' languages, each different wording once. */
export type Label = (key: MessageKey, params?: Params) => string;

/** What every section is built from: the record, its languages and the helpers that word it. */
export interface SectionContext {
  record: MinutesRecord;
  languages: Language[];
  t: Translators;
  /** For titles: the wordings on one line, ` / ` between them. */
  label: Label;
  /** For table cells: the wordings one under the other. */
  cellLabel: Label;
  /** A name as recorded, one line per language that words it differently. */
  name: (text: Trilingual) => string;
  /** The secretary's own paragraph for a section and language, if they wrote one. */
  own: (key: string, language: Language) => string | undefined;
  /** A section: its title, its paragraph per language (the secretary's, else the prefilled one), its tables. */
  section: (
    key: string,
    title: MessageKey | Trilingual,
    prefill: (language: Language) => string,
    tables?: MinutesTable[],
    freeId?: string | null,
  ) => MinutesSection;
}

/** Builds one section of the minutes, or one per vote or election. */
export type SectionBuilder = (context: SectionContext) => MinutesSection | MinutesSection[];

export function sectionContext(record: MinutesRecord, languages: Language[], t: Translators): SectionContext {
  const label: Label = (key, params) => [...new Set(languages.map((l) => t[l](key, params)))].join(' / ');
  const cellLabel: Label = (key, params) => [...new Set(languages.map((l) => t[l](key, params)))].join('\n');
  const name = (text: Trilingual) => [...new Set(languages.map((l) => inLanguage(text, l)))].join('\n');
  const own = (key: string, language: Language) =>
    record.minutes?.paragraphs[key]?.[TRILINGUAL_KEY[language]];
  const section: SectionContext['section'] = (key, titleKey, prefill, tables = [], freeId = null) => ({
    key,
    title:
      typeof titleKey === 'string'
        ? label(titleKey)
        : [...new Set(languages.map((l) => inLanguage(titleKey, l)))].join(' / '),
    paragraphs: languages.map((language) => {
      const prefilled = prefill(language);
      const text = own(key, language) ?? prefilled;
      return { language, text, prefilled, edited: text !== prefilled };
    }),
    tables,
    freeId,
  });
  return { record, languages, t, label, cellLabel, name, own, section };
}

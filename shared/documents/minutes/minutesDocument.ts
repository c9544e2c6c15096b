import type { MessageKey } from '../../locales';
import type { Language } from '../../rules/elections/electionTexts';
import { inLanguage, type MinutesRecord, type Translators } from './minutesRecord';
import { minutesSections, type MinutesSection } from './minutesSections';
import type { MinutesMode } from './minutesTypes';

/** The minutes as the documents print them: title, running header, sections, signature lines. */
export interface MinutesDocument {
  languages: Language[];
  title: string[];
  header: string;
  sections: MinutesSection[];
  signatures: string[];
  /** With {p} and {n}. */
  pageLabel: string;
}

export function languagesOf(mode: MinutesMode): Language[] {
  return mode === 'zh+ru' ? ['zh-CN', 'ru'] : [mode];
}

export function minutesDocument(record: MinutesRecord, mode: MinutesMode, t: Translators): MinutesDocument {
  const languages = languagesOf(mode);
  const label = (key: MessageKey) => [...new Set(languages.map((l) => t[l](key)))].join(' / ');
  const eventName = [...new Set(languages.map((l) => inLanguage(record.conference.name, l)))];
  return {
    languages,
    title: [...eventName, label('minutes.documentTitle')],
    header: `${eventName.join(' / ')} · ${label('minutes.documentTitle')}`,
    sections: minutesSections(record, languages, t),
    signatures: [
      label('minutes.signChair'),
      label('minutes.signSecretary'),
      label('votes.signTeller'),
      label('votes.signTeller'),
    ],
    pageLabel: languages.map((l) => t[l]('elections.pageLabel')).join(' · '),
  };
}

import type { Language } from '../../rules/elections/electionTexts';
import type { Column } from '../render/flowDocument';
import type { MinutesRecord, Translators } from './minutesRecord';
import { attendanceSection } from './sections/attendanceSection';
import { councilSection, officersSection } from './sections/councilSections';
import { electionSections } from './sections/electionSections';
import {
  agendaSection,
  closingSection,
  expertsSection,
  openingSection,
  organisersSection,
} from './sections/eventSections';
import { withFreeSections } from './sections/freeSections';
import { sectionContext, type SectionBuilder } from './sections/sectionContext';
import { voteSections } from './sections/voteSections';

export { councilElections } from './sections/councilSections';

export interface MinutesTable {
  title?: string;
  columns: Column[];
  rows: string[][];
}

export interface MinutesParagraph {
  language: Language;
  text: string;
  /** What the record gives; `text` differs when the secretary changed it. */
  prefilled: string;
  edited: boolean;
}

export interface MinutesSection {
  key: string;
  title: string;
  paragraphs: MinutesParagraph[];
  tables: MinutesTable[];
  /** A section the secretary added (its id), or null. */
  freeId: string | null;
}

/** The sections of the record, in the order the minutes give them. */
const SECTIONS: readonly SectionBuilder[] = [
  openingSection,
  organisersSection,
  attendanceSection,
  agendaSection,
  voteSections,
  electionSections,
  councilSection,
  officersSection,
  expertsSection,
  closingSection,
];

/**
 * The minutes' sections in order, each with its paragraph per language — prefilled from the
 * record, or as the secretary rewrote it — and its tables. Fixed texts are translated; names
 * appear as recorded, in each language the record has them.
 */
export function minutesSections(
  record: MinutesRecord,
  languages: Language[],
  t: Translators,
): MinutesSection[] {
  const context = sectionContext(record, languages, t);
  const sections = withFreeSections(
    context,
    SECTIONS.flatMap((build) => build(context)),
  );
  return sections.map((s) => ({ ...s, tables: s.tables.filter((table) => table.rows.length > 0) }));
}

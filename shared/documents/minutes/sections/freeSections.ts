import { inLanguage } from '../minutesRecord';
import type { MinutesSection } from '../minutesSections';
import type { SectionContext } from './sectionContext';

/**
 * The record's sections with the secretary's own among them: each after the section it was added
 * to follow (and after the sections added there before it), or at the end if that one is gone.
 */
export function withFreeSections(
  { record, section }: SectionContext,
  fixed: MinutesSection[],
): MinutesSection[] {
  const sections = [...fixed];
  for (const free of record.minutes?.freeSections ?? []) {
    const at = sections.findIndex((s) => s.key === free.after);
    const added = section(`free:${free.id}`, free.title, (l) => inLanguage(free.text, l), [], free.id);
    let index = at === -1 ? sections.length : at + 1;
    while (index < sections.length && sections[index]!.freeId) index++;
    sections.splice(index, 0, added);
  }
  return sections;
}

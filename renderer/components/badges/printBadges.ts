import type {
  Attendee,
  AttendeeCategory,
  Conference,
  Organisation,
} from '../../../shared/core/domain/entities';
import type { BadgeContent } from '../../../shared/documents/render/badgeLayout';
import type { BadgeTemplate } from '../../../shared/documents/render/badgeTemplates';
import type { AppServices } from '../../app/AppContext';
import { recordBadgePrints } from '../../db/badgeActions';
import { zhCN } from '../../../shared/locales/zh-CN';
import { ru } from '../../../shared/locales/ru';
import { renderInWorker } from './renderInWorker';

/** The role band names the category in Chinese and Russian whatever the screen's language. */
const categoryName = (category: AttendeeCategory) => ({
  zh: zhCN.attendeeCategories[category],
  ru: ru.attendeeCategories[category],
});

/** What a badge shows of a person. */
export function badgeContentFor(
  conference: Conference | undefined,
  organisations: ReadonlyMap<string, Organisation>,
) {
  return (attendee: Attendee): BadgeContent => ({
    eventName: conference?.name ?? { zh: '', ru: '', en: '' },
    attendee,
    organisation: attendee.organisationId ? organisations.get(attendee.organisationId) : undefined,
    chineseTranscription: conference?.chineseTranscription ?? 'latin',
    categoryName: categoryName(attendee.category),
  });
}

export interface PrintRun {
  result: Promise<string | null>;
  cancel: () => void;
}

/**
 * Draws the badges in a worker, saves the PDF, records the print and opens the file. The result
 * is where it was saved, or null when the user chose not to save.
 */
export function printBadges(
  { store, platform }: AppServices,
  conferenceId: string,
  chosen: readonly Attendee[],
  content: (attendee: Attendee) => BadgeContent,
  template: BadgeTemplate,
  fileName: string,
  onProgress: (done: number, total: number) => void,
): PrintRun {
  const run = renderInWorker(chosen.map(content), template, onProgress);
  const result = run.result.then(async (pdf) => {
    const saved = await platform.saveFile(fileName, pdf, [{ name: 'PDF', extensions: ['pdf'] }]);
    if (!saved) return null;
    await recordBadgePrints(
      store,
      conferenceId,
      chosen.map((a) => a.id),
      template.preset,
    );
    void platform.openInViewer(saved).catch(() => undefined);
    return saved;
  });
  return { result, cancel: run.cancel };
}

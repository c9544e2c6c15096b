import { useTranslation } from 'react-i18next';
import type { Attendee, BadgePrint, Organisation } from '../../../shared/core/domain/entities';
import type { BadgeContent } from '../../../shared/documents/render/badgeLayout';
import { BADGE_PRESETS, type BadgeTemplate } from '../../../shared/documents/render/badgeTemplates';
import type { FontBytes } from '../../../shared/documents/render/fontSet';
import { currentLanguage } from '../../app/i18n';
import { formatNumber } from '../../app/format';
import { BadgeSelectionFields } from './BadgeSelectionFields';
import { PrintActions } from './PrintActions';
import { PrintWarnings } from './PrintWarnings';
import { useBadgePrinting } from './useBadgePrinting';
import type { BadgeChoice } from './useBadgeSelection';
import { useMissingGlyphs } from './useMissingGlyphs';

/** Printing: which badges, how many on how many pages, the warnings, the PDF and how it went. */
export function PrintPanel({
  conferenceId,
  choice,
  prints,
  orgById,
  content,
  template,
  fonts,
  ready,
}: {
  conferenceId: string;
  choice: BadgeChoice;
  prints: ReadonlyMap<string, BadgePrint> | undefined;
  orgById: ReadonlyMap<string, Organisation>;
  content: (attendee: Attendee) => BadgeContent;
  template: BadgeTemplate;
  fonts: FontBytes | null;
  /** The fonts are measured. */
  ready: boolean;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { chosen } = choice;
  const { job, status, print } = useBadgePrinting(conferenceId, chosen, content, template);
  const missing = useMissingGlyphs(chosen, fonts, orgById);
  const geometry = BADGE_PRESETS[template.preset];
  const previewed = chosen[0];
  const reprint = choice.mode === 'one' && previewed ? prints?.get(previewed.id) : undefined;
  const pages = Math.ceil(chosen.length / (geometry.columns * geometry.rows));
  return (
    <section aria-labelledby="print-title" className="panel">
      <h2 id="print-title">{t('badges.print')}</h2>
      <BadgeSelectionFields choice={choice} previewed={previewed} />
      <p role="status" className="preview-summary">
        {t('badges.summary', {
          n: formatNumber(chosen.length, language),
          pages: formatNumber(pages, language),
        })}
      </p>
      <PrintWarnings previewed={previewed} reprint={reprint} missing={missing} />
      <PrintActions count={chosen.length} ready={ready} job={job} onPrint={() => void print()} />
      {status ? (
        <p role="status" className="status">
          {status}
        </p>
      ) : null}
    </section>
  );
}

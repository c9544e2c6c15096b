import { useTranslation } from 'react-i18next';
import type { Attendee } from '../../../shared/core/domain/entities';
import { nameOf } from '../../app/names';
import { layoutBadge, type BadgeContent } from '../../../shared/documents/render/badgeLayout';
import { BADGE_PRESETS, MM, type BadgeTemplate } from '../../../shared/documents/render/badgeTemplates';
import { BadgePreview } from './BadgePreview';
import type { BadgeMeasure } from './useBadgeFonts';

/** The first chosen badge as the PDF will draw it, once the fonts are measured. */
export function PreviewPanel({
  previewed,
  content,
  template,
  measure,
}: {
  previewed: Attendee | undefined;
  content: (attendee: Attendee) => BadgeContent;
  template: BadgeTemplate;
  measure: BadgeMeasure | null;
}) {
  const { t } = useTranslation();
  const geometry = BADGE_PRESETS[template.preset];
  const width = geometry.cardWidth * MM;
  const height = geometry.cardHeight * MM;
  const ops =
    previewed && measure ? layoutBadge(content(previewed), template, width, height, measure.measure) : [];
  return (
    <section aria-labelledby="badge-preview-title" className="panel">
      <h2 id="badge-preview-title">{t('badges.preview')}</h2>
      {previewed && measure ? (
        <BadgePreview ops={ops} width={width} height={height} label={nameOf(previewed)} />
      ) : (
        <p className="empty">{measure ? t('badges.nothingToPreview') : t('common.loading')}</p>
      )}
    </section>
  );
}

import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAllAttendees, useAllOrganisations, useBadgePrints, useConference } from '../../db/hooks';
import { FormErrors } from '../../components/fields';
import { useBadgeTemplate } from '../../components/badges/useBadgeTemplate';
import { badgeContentFor } from '../../components/badges/printBadges';
import { PreviewPanel } from './PreviewPanel';
import { PrintPanel } from './PrintPanel';
import { TemplateSettings } from './TemplateSettings';
import { useBadgeFonts } from './useBadgeFonts';
import { useBadgeSelection } from './useBadgeSelection';

/** Badges: the template (saved with the event), what to print and the PDF, and a preview of the first badge. */
export function BadgesScreen({ conferenceId }: { conferenceId: string }) {
  const { t } = useTranslation();
  const {
    template,
    save: setTemplate,
    errors: templateErrors,
    saving: templateSaving,
  } = useBadgeTemplate(conferenceId);
  const conference = useConference(conferenceId);
  const attendees = useAllAttendees(conferenceId);
  const organisations = useAllOrganisations(conferenceId);
  const prints = useBadgePrints(conferenceId);
  const { fonts, measure } = useBadgeFonts();
  const choice = useBadgeSelection(attendees, organisations, prints);
  const orgById = useMemo(() => new Map((organisations ?? []).map((o) => [o.id, o])), [organisations]);
  const content = badgeContentFor(conference, orgById);

  return (
    <div className="badges">
      <h1>{t('badges.title')}</h1>
      <div className="desk-columns">
        <div className="desk-main">
          <TemplateSettings template={template} saving={templateSaving} onChange={setTemplate} />
          <FormErrors errors={templateErrors} shownFields={[]} />
          <PrintPanel
            conferenceId={conferenceId}
            choice={choice}
            prints={prints}
            orgById={orgById}
            content={content}
            template={template}
            fonts={fonts}
            ready={!!measure}
          />
        </div>
        <div className="desk-side">
          <PreviewPanel
            previewed={choice.chosen[0]}
            content={content}
            template={template}
            measure={measure}
          />
        </div>
      </div>
    </div>
  );
}

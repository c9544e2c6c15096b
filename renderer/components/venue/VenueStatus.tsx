import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../app/i18n';
import { formatTime } from '../../app/format';
import { useVenueState } from '../../db/hooks';
import type { ReplicaStatus } from '../../db/venue/venueReplica';

export function venueStatusText(status: ReplicaStatus, t: TFunction): string {
  const language = currentLanguage();
  const state =
    status.state === 'offline'
      ? t('venue.status_offline', { time: formatTime(status.offlineSince ?? '', language) })
      : t(`venue.status_${status.state}`);
  return status.pending ? `${state} · ${t('venue.pending', { count: status.pending })}` : state;
}

/** The header's word on the venue network: connected, offline since when, what is not yet at the host. */
export function VenueStatus({ conferenceId }: { conferenceId: string }) {
  const { t } = useTranslation();
  const state = useVenueState(conferenceId);
  if (!state) return null;
  return (
    <p className={`venue-status venue-status--${state.status.state}`} role="status">
      {venueStatusText(state.status, t)}
    </p>
  );
}

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';
import { JoinForm } from '../../components/venue/JoinForm';
import { useConference, useVenueState } from '../../db/hooks';
import { navigate, type Route } from '../../app/router';
import type { VenueRole } from '../../../shared/codecs/venue/roles';

const FIRST_SCREEN: Record<
  VenueRole,
  Exclude<Route['screen'], 'events' | 'announce' | 'announceElection'>
> = {
  desk: 'checkin',
  badges: 'badges',
  tellers: 'votes',
  secretariat: 'setup',
};

/** A laptop joins an event it does not have: the code names it, and the event arrives from the host. */
export function JoinEventDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [joined, setJoined] = useState<string | null>(null);
  const conference = useConference(joined);
  const state = useVenueState(joined);

  useEffect(() => {
    if (joined && conference && state)
      navigate({ screen: FIRST_SCREEN[state.link.role], conferenceId: joined });
  }, [joined, conference, state]);

  return (
    <Dialog title={t('venue.joinTitle')} onClose={onClose}>
      {joined ? (
        <p role="status">{t('venue.receiving')}</p>
      ) : (
        <JoinForm submitLabel={t('venue.join')} onJoined={setJoined} />
      )}
    </Dialog>
  );
}

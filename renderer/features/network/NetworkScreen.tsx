import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useConference, useVenueState } from '../../db/hooks';
import { currentLanguage } from '../../app/i18n';
import { localised } from '../../app/format';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { JoinForm } from '../../components/venue/JoinForm';
import { venueStatusText } from '../../components/venue/VenueStatus';
import { venueNetwork, type VenueState } from '../../db/venue/venueNetwork';
import { AddLaptop } from './AddLaptop';
import { HostSection } from './HostSection';
import { HostRunning } from './HostRunning';
import { LaptopList } from './LaptopList';

export function NetworkScreen({ conferenceId }: { conferenceId: string }) {
  const { t } = useTranslation();
  const state = useVenueState(conferenceId);
  return (
    <section aria-labelledby="network-title">
      <div className="screen-header">
        <h1 id="network-title">{t('venue.title')}</h1>
      </div>
      <p className="hint">{t('venue.intro')}</p>
      {state ? (
        <Joined conferenceId={conferenceId} state={state} />
      ) : (
        <NotJoined conferenceId={conferenceId} />
      )}
    </section>
  );
}

function NotJoined({ conferenceId }: { conferenceId: string }) {
  const { t } = useTranslation();
  return (
    <>
      <p>{t('venue.notJoined')}</p>
      <HostSection conferenceId={conferenceId} />
      <section aria-labelledby="connect-title" className="panel">
        <h2 id="connect-title">{t('venue.connectTitle')}</h2>
        <JoinForm conferenceId={conferenceId} submitLabel={t('venue.connect')} onJoined={() => undefined} />
      </section>
    </>
  );
}

function Joined({ conferenceId, state }: { conferenceId: string; state: VenueState }) {
  const { t } = useTranslation();
  const conference = useConference(conferenceId);
  const [leaving, setLeaving] = useState(false);
  const { link, status } = state;
  const eventName = conference ? localised(conference.name, currentLanguage()) : '';
  return (
    <>
      <section aria-labelledby="this-laptop-title" className="panel">
        <h2 id="this-laptop-title" className="visually-hidden">
          {t('venue.title')}
        </h2>
        <p>{t('venue.thisLaptop', { name: link.laptopName, role: t(`venue.role_${link.role}`) })}</p>
        <p role="status">{venueStatusText({ ...status, pending: 0 }, t)}</p>
        <p>{status.pending ? t('venue.pending', { count: status.pending }) : t('venue.allSent')}</p>
        {status.refusedByHost ? (
          <p role="alert">{t('venue.refusedByHost', { count: status.refusedByHost })}</p>
        ) : null}
        {status.refusedHere ? (
          <p role="alert">{t('venue.refusedHere', { count: status.refusedHere })}</p>
        ) : null}
      </section>
      <HostRunning conferenceId={conferenceId} />
      {link.role === 'secretariat' ? <AddLaptop link={link} eventName={eventName} /> : null}
      <LaptopList link={link} />
      <section aria-labelledby="move-title" className="panel">
        <h2 id="move-title">{t('venue.moveTitle')}</h2>
        <p className="hint">{t('venue.moveExplain')}</p>
        <JoinForm
          conferenceId={conferenceId}
          submitLabel={t('venue.connect')}
          onJoined={() => undefined}
          autoFocus={false}
        />
      </section>
      <div className="form-actions">
        <button type="button" className="button" onClick={() => setLeaving(true)}>
          {t('venue.leave')}
        </button>
      </div>
      {leaving ? (
        <ConfirmDialog
          title={t('venue.leaveTitle')}
          confirmLabel={t('venue.leave')}
          onConfirm={() => {
            setLeaving(false);
            void venueNetwork.leave(conferenceId);
          }}
          onClose={() => setLeaving(false)}
        >
          <p>{t('venue.leaveBody')}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}

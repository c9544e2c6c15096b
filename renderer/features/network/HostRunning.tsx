import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/AppContext';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import type { VenueHostStatus } from '../../../shared/ipc';
import { HostSection } from './HostSection';

/** On the desktop app: whether this laptop is the event's venue host; stopping it, or starting it again. */
export function HostRunning({ conferenceId }: { conferenceId: string }) {
  const { t } = useTranslation();
  const { platform } = useServices();
  const [status, setStatus] = useState<VenueHostStatus | null>(null);
  const [stopping, setStopping] = useState(false);
  const [round, setRound] = useState(0);

  useEffect(() => {
    let live = true;
    void platform.venueHostStatus().then((answer) => {
      if (live) setStatus(answer.ok ? answer : null);
    });
    return () => {
      live = false;
    };
  }, [platform, round]);

  // Not hosting (the app was restarted, say): the desktop can host again, with its data and certificate.
  if (status?.state !== 'running' || status.conferenceId !== conferenceId)
    return platform.kind === 'electron' ? <HostSection conferenceId={conferenceId} /> : null;
  const stop = async () => {
    setStopping(false);
    await platform.venueStopHost();
    setRound((r) => r + 1);
  };
  return (
    <section aria-labelledby="host-running-title" className="panel">
      <h2 id="host-running-title">{t('venue.hostRunningTitle')}</h2>
      <p>{t('venue.hostRunning', { urls: status.urls.join(', ') })}</p>
      <button type="button" className="button" onClick={() => setStopping(true)}>
        {t('venue.hostStop')}
      </button>
      {stopping ? (
        <ConfirmDialog
          title={t('venue.hostStopTitle')}
          confirmLabel={t('venue.hostStop')}
          onConfirm={() => void stop()}
          onClose={() => setStopping(false)}
        >
          <p>{t('venue.hostStopBody')}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}

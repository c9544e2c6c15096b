import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/AppContext';
import { useConference } from '../../db/hooks';
import { currentLanguage } from '../../app/i18n';
import { localised } from '../../app/format';
import { deskName } from '../../db/openDatabase';
import { venueNetwork } from '../../db/venue/venueNetwork';

/** On the desktop app: this laptop starts the venue host and joins it as the secretariat. */
export function HostSection({ conferenceId }: { conferenceId: string }) {
  const { t } = useTranslation();
  const { platform } = useServices();
  const conference = useConference(conferenceId);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');

  const host = async () => {
    setBusy(true);
    try {
      const eventName = conference ? localised(conference.name, currentLanguage()) : '';
      const started = await platform.venueStartHost(conferenceId, eventName);
      if (!started.ok)
        return setProblem(
          t('venue.hostFailed', { reason: 'message' in started ? started.message : started.reason }),
        );
      const joined = await venueNetwork.join(
        started.secretariatCode,
        deskName() || t('venue.role_secretariat'),
        conferenceId,
      );
      setProblem(joined.ok ? '' : t(`venue.problem_${joined.problem}`));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="host-title" className="panel">
      <h2 id="host-title">{t('venue.hostTitle')}</h2>
      {platform.kind === 'electron' ? (
        <>
          <p className="hint">{t('venue.hostExplain')}</p>
          <button
            type="button"
            className="button button--primary"
            disabled={busy}
            onClick={() => void host()}
          >
            {busy ? t('venue.hostStarting') : t('venue.hostStart')}
          </button>
        </>
      ) : (
        <p className="hint">{t('venue.hostWebOnly')}</p>
      )}
      {problem ? (
        <p role="alert" className="form-errors">
          {problem}
        </p>
      ) : null}
    </section>
  );
}

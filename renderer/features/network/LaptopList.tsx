import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../app/AppContext';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { currentLanguage } from '../../app/i18n';
import { formatTime } from '../../app/format';
import { laptopsOnNetwork, revokeLaptop, type LaptopOnNetwork } from '../../db/venue/hostApi';
import type { VenueLink } from '../../db/venue/venueLink';

/** How often the list of laptops is asked of the host while the screen is open. */
const REFRESH_EVERY_MS = 3_000;

/** The laptops joined to the event, as the host knows them; the secretariat removes a lost one. */
export function LaptopList({ link }: { link: VenueLink }) {
  const { t } = useTranslation();
  // The secretariat does not remove its own laptop: that is leaving the network.
  const thisDevice = useStore().deviceId;
  const language = currentLanguage();
  const [laptops, setLaptops] = useState<LaptopOnNetwork[] | null>(null);
  const [unavailable, setUnavailable] = useState(false);
  const [revoking, setRevoking] = useState<LaptopOnNetwork | null>(null);
  const [round, setRound] = useState(0);

  useEffect(() => {
    let live = true;
    const load = async () => {
      const answer = await laptopsOnNetwork(link);
      if (!live) return;
      setUnavailable(!answer.ok);
      if (answer.ok) setLaptops(answer.value.laptops);
    };
    void load();
    const timer = setInterval(() => void load(), REFRESH_EVERY_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [link, round]);

  const revoke = async (laptop: LaptopOnNetwork) => {
    await revokeLaptop(link, laptop.deviceId);
    setRevoking(null);
    setRound((r) => r + 1);
  };

  return (
    <section aria-labelledby="laptops-title" className="panel">
      <h2 id="laptops-title">{t('venue.laptopsTitle')}</h2>
      {unavailable ? <p role="status">{t('venue.laptopsUnavailable')}</p> : null}
      {laptops ? (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('venue.col_name')}</th>
              <th scope="col">{t('venue.col_role')}</th>
              <th scope="col">{t('venue.col_lastSeen')}</th>
              <th scope="col">{t('venue.col_pending')}</th>
              <th scope="col">{t('venue.col_state')}</th>
              {link.role === 'secretariat' ? <td /> : null}
            </tr>
          </thead>
          <tbody>
            {laptops.map((laptop) => (
              <tr key={laptop.deviceId}>
                <th scope="row">{laptop.name}</th>
                <td>{t(`venue.role_${laptop.role}`)}</td>
                <td>{laptop.lastSeen ? formatTime(laptop.lastSeen, language) : t('venue.neverSeen')}</td>
                <td>{laptop.pending ?? t('venue.unknown')}</td>
                <td>
                  {laptop.revokedAt
                    ? t('venue.state_revoked', { time: formatTime(laptop.revokedAt, language) })
                    : t('venue.state_active')}
                </td>
                {link.role === 'secretariat' ? (
                  <td>
                    {!laptop.revokedAt && laptop.deviceId !== thisDevice ? (
                      <button
                        type="button"
                        className="button button--danger"
                        onClick={() => setRevoking(laptop)}
                      >
                        {t('venue.revoke', { name: laptop.name })}
                      </button>
                    ) : null}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {revoking ? (
        <ConfirmDialog
          title={t('venue.revokeTitle', { name: revoking.name })}
          confirmLabel={t('venue.revokeConfirm')}
          onConfirm={() => void revoke(revoking)}
          onClose={() => setRevoking(null)}
        >
          <p>{t('venue.revokeBody')}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}

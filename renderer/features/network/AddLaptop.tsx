import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { VENUE_ROLES, type VenueRole } from '../../../shared/codecs/venue/roles';
import { SelectField } from '../../components/fields';
import { QrCode } from '../../components/venue/QrCode';
import { pairingCodeFor } from '../../db/venue/hostApi';
import type { VenueLink } from '../../db/venue/venueLink';

/** The secretariat makes a one-time pairing code for a laptop of a chosen role. */
export function AddLaptop({ link, eventName }: { link: VenueLink; eventName: string }) {
  const { t } = useTranslation();
  const [role, setRole] = useState<VenueRole>('desk');
  const [code, setCode] = useState<{ role: VenueRole; text: string } | null>(null);
  const [failed, setFailed] = useState(false);

  const make = async () => {
    // A code shown stays until the next is made: never scan the one before by mistake.
    setCode(null);
    const answer = await pairingCodeFor(link, role, eventName);
    setFailed(!answer.ok);
    setCode(answer.ok ? { role, text: answer.value.text } : null);
  };

  return (
    <section aria-labelledby="add-laptop-title" className="panel">
      <h2 id="add-laptop-title">{t('venue.addTitle')}</h2>
      <p className="hint">{t('venue.addExplain')}</p>
      <div className="form-row">
        <SelectField
          label={t('venue.role')}
          value={role}
          options={VENUE_ROLES.map((r) => ({ value: r, label: t(`venue.role_${r}`) }))}
          onChange={setRole}
        />
        <button type="button" className="button button--primary" onClick={() => void make()}>
          {t('venue.makeCode')}
        </button>
      </div>
      {failed ? (
        <p role="alert" className="form-errors">
          {t('venue.problem_unreachable')}
        </p>
      ) : null}
      {code ? (
        <figure className="pairing-code">
          <QrCode text={code.text} label={t('venue.qrAlt')} />
          <figcaption>
            <label className="field field--wide">
              <span className="field-label">
                {t('venue.codeFor', { role: t(`venue.role_${code.role}`) })}
              </span>
              <textarea
                readOnly
                value={code.text}
                rows={4}
                spellCheck={false}
                onFocus={(e) => e.target.select()}
              />
            </label>
          </figcaption>
        </figure>
      ) : null}
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import type { SealedResult } from '../../shared/codecs/archive/sealedResults';
import { navigate } from '../app/router';
import { currentLanguage } from '../app/i18n';
import { formatDateTime, localised } from '../app/format';
import { Dialog } from './Dialog';

/** A restore that went through: the event it made and the sealed results it brought. */
export interface Restored {
  conferenceId: string;
  copy: boolean;
  sealed: readonly SealedResult[];
}

/**
 * What a restore brought back, before the event opens: each sealed result with its seal's
 * fingerprint, time and laptop, to compare with the result sheets the tellers signed — the
 * fingerprint is the proof, so the dialog says so.
 */
export function RestoredDialog({ restored }: { restored: Restored | null }) {
  if (!restored) return null;
  return <RestoredSummary {...restored} />;
}

function RestoredSummary({ conferenceId, copy, sealed }: Restored) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const onOpen = () => navigate({ screen: 'setup', conferenceId });
  return (
    <Dialog title={t('archive.restoredTitle')} onClose={onOpen} wide>
      <p>{copy ? t('archive.restoredCopy') : t('archive.restoredAsIs')}</p>
      {sealed.length ? (
        <>
          <p className="hint">{t('archive.sealedProof')}</p>
          <ul className="sealed-list" aria-label={t('archive.sealedInArchive')}>
            {sealed.map((result) => (
              <li key={result.id}>
                <strong>{localised(result.title, language)}</strong>
                {t('archive.sealedLine', {
                  fingerprint: result.seal.fingerprint,
                  at: formatDateTime(result.seal.at, language),
                  by: result.seal.by,
                })}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="hint">{t('archive.noneSealed')}</p>
      )}
      <div className="form-actions">
        <button type="button" className="button button--primary" onClick={onOpen}>
          {t('archive.openRestored')}
        </button>
      </div>
    </Dialog>
  );
}

import { useTranslation } from 'react-i18next';
import type { SealedResult } from '../../shared/codecs/archive/sealedResults';
import { currentLanguage } from '../app/i18n';
import { formatDateTime, localised } from '../app/format';
import { Dialog } from './Dialog';

/**
 * What a restore brought back, before the event opens: each sealed result with its seal's
 * fingerprint, time and laptop, to compare with the result sheets the tellers signed — the
 * fingerprint is the proof, so the dialog says so.
 */
export function RestoredDialog({
  copy,
  sealed,
  onOpen,
}: {
  copy: boolean;
  sealed: readonly SealedResult[];
  onOpen: () => void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
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

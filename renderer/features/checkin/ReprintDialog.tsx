import { useTranslation } from 'react-i18next';
import type { Attendee } from '../../../shared/core/domain/entities';
import { nameOf } from '../../app/names';
import { currentLanguage } from '../../app/i18n';
import { formatDateTime } from '../../app/format';
import { Dialog } from '../../components/Dialog';
import type { useCardPrint } from './useCardPrint';
import type { Desk } from './useDesk';

/** A badge printed before is printed again only once confirmed: how many times, and when last. */
export function ReprintDialog({
  attendee,
  card,
  prints,
}: {
  attendee: Attendee;
  card: ReturnType<typeof useCardPrint>;
  prints: Desk['prints'];
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <Dialog title={t('checkin.reprintTitle')} onClose={card.cancel}>
      <p>
        {t('badges.reprintWarning', {
          name: nameOf(attendee),
          count: prints?.get(attendee.id)?.count ?? 0,
          time: formatDateTime(prints?.get(attendee.id)?.lastPrintedAt ?? '', language),
        })}
      </p>
      <div className="form-actions">
        <button type="button" className="button button--primary" onClick={card.confirm} autoFocus>
          {t('checkin.reprintConfirm')}
        </button>
        <button type="button" className="button" onClick={card.cancel}>
          {t('common.cancel')}
        </button>
      </div>
    </Dialog>
  );
}

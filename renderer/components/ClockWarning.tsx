import { useTranslation } from 'react-i18next';
import { useStore } from '../app/AppContext';
import { currentLanguage } from '../app/i18n';
import { formatDateTime } from '../app/format';
import { useAsyncValue } from './useAsyncValue';

/** Says, on every screen, that this laptop's clock is behind the record it keeps (see EventStore.clockAheadOfNow). */
export function ClockWarning({ recheck }: { recheck: unknown }) {
  const { t } = useTranslation();
  const store = useStore();
  const ahead = useAsyncValue(() => store.clockAheadOfNow(), [store, recheck]);
  if (!ahead) return null;
  return (
    <p className="form-errors clock-warning" role="alert">
      {t('app.clockBehind', { time: formatDateTime(ahead, currentLanguage()) })}
    </p>
  );
}

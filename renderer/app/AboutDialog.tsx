import { useTranslation } from 'react-i18next';
import { Dialog } from '../components/Dialog';
import { useServices } from './AppContext';

export function AboutDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { store, platform } = useServices();
  return (
    <Dialog title={t('about.title')} onClose={onClose}>
      <p>{t('about.description')}</p>
      <dl className="facts">
        <dt>{t('about.version')}</dt>
        <dd>{__APP_VERSION__}</dd>
        <dt>{t('about.platform')}</dt>
        <dd>{t(`about.platform_${platform.kind}`)}</dd>
        <dt>{t('about.device')}</dt>
        <dd>{store.deviceId}</dd>
      </dl>
    </Dialog>
  );
}

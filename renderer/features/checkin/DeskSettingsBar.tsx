import { useTranslation } from 'react-i18next';
import { CheckboxField, SelectField, TextField } from '../../components/fields';
import type { ScanAction, useDeskSettings } from './deskSettings';

export function DeskSettingsBar({ settings }: { settings: ReturnType<typeof useDeskSettings> }) {
  const { t } = useTranslation();
  return (
    <div className="field-row desk-settings">
      <TextField label={t('checkin.deskName')} value={settings.deskName} onChange={settings.setDeskName} hint={t('checkin.deskNameHint')} />
      <SelectField<ScanAction>
        label={t('checkin.onScan')}
        value={settings.scanAction}
        onChange={settings.setScanAction}
        options={[
          { value: 'checkIn', label: t('checkin.scanChecksIn') },
          { value: 'show', label: t('checkin.scanShows') },
        ]}
      />
      <CheckboxField label={t('checkin.largeType')} checked={settings.large} onChange={settings.setLarge} />
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { CheckboxField, SelectField, TextField } from '../../components/fields';
import type { Sitting } from '../../../shared/rules/checkin/sittings';
import { currentLanguage } from '../../app/i18n';
import type { ScanAction, useDeskSettings } from './deskSettings';
import { sittingLabel } from '../../components/sittingLabel';

export function DeskSettingsBar({
  settings,
  sittings,
  sittingId,
}: {
  settings: ReturnType<typeof useDeskSettings>;
  sittings: readonly Sitting[];
  sittingId: string;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <div className="field-row desk-settings">
      {sittings.length > 1 ? (
        <SelectField
          label={t('checkin.sitting')}
          value={sittingId}
          onChange={settings.setSittingId}
          options={sittings.map((s) => ({ value: s.id, label: sittingLabel(s, language, t) }))}
        />
      ) : null}
      <TextField
        label={t('checkin.deskName')}
        value={settings.deskName}
        onChange={settings.setDeskName}
        hint={t('checkin.deskNameHint')}
      />
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

import { useTranslation } from 'react-i18next';
import {
  BADGE_PRESET_IDS,
  BADGE_PRESETS,
  type BadgeTemplate,
} from '../../../shared/documents/render/badgeTemplates';
import { useServices } from '../../app/AppContext';
import { CheckboxField, SelectField, TextField } from '../../components/fields';

function dataUrl(bytes: Uint8Array, type: string): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:${type};base64,${btoa(binary)}`;
}

export function TemplateSettings({
  template,
  saving,
  onChange,
}: {
  template: BadgeTemplate;
  saving: boolean;
  onChange: (template: BadgeTemplate) => void;
}) {
  const { t } = useTranslation();
  const { platform } = useServices();
  const set = <K extends keyof BadgeTemplate>(key: K, value: BadgeTemplate[K]) =>
    onChange({ ...template, [key]: value });
  const chooseLogo = async () => {
    const file = await platform.openFile([{ name: 'PNG, JPEG', extensions: ['png', 'jpg', 'jpeg'] }]);
    if (file) set('logo', dataUrl(file.bytes, /\.png$/i.test(file.name) ? 'image/png' : 'image/jpeg'));
  };
  return (
    <section aria-labelledby="template-title" className="panel">
      <h2 id="template-title">{t('badges.template')}</h2>
      <p className="field-hint" role="status">
        {saving ? t('badges.templateSaving') : t('badges.templateSaved')}
      </p>
      <SelectField
        label={t('badges.stock')}
        value={template.preset}
        onChange={(v) => set('preset', v)}
        options={BADGE_PRESET_IDS.map((id) => ({
          value: id,
          label:
            `${t(`badgePresets.${id}`)} ` +
            `(${t('badges.sizeMm', { w: BADGE_PRESETS[id].cardWidth, h: BADGE_PRESETS[id].cardHeight })})`,
        }))}
      />
      <div className="field-row">
        <SelectField
          label={t('badges.header')}
          value={template.header}
          onChange={(v) => set('header', v)}
          options={(['zhRu', 'zh', 'ru', 'en', 'none'] as const).map((v) => ({
            value: v,
            label: t(`badges.header_${v}`),
          }))}
        />
        <SelectField
          label={t('badges.secondLine')}
          value={template.secondLine}
          onChange={(v) => set('secondLine', v)}
          options={(['auto', 'none'] as const).map((v) => ({
            value: v,
            label: t(`badges.secondLine_${v}`),
          }))}
        />
        <SelectField
          label={t('badges.organisation')}
          value={template.organisation}
          onChange={(v) => set('organisation', v)}
          options={(['both', 'zh', 'ru', 'none'] as const).map((v) => ({
            value: v,
            label: t(`badges.organisation_${v}`),
          }))}
        />
      </div>
      {template.secondLine === 'auto' ? <p className="field-hint">{t('badges.secondLineHint')}</p> : null}
      <div className="field-row">
        <CheckboxField
          label={t('badges.position')}
          checked={template.position}
          onChange={(v) => set('position', v)}
        />
        <CheckboxField label={t('badges.qr')} checked={template.qr} onChange={(v) => set('qr', v)} />
        <CheckboxField
          label={t('badges.roleBand')}
          checked={template.roleBand}
          onChange={(v) => set('roleBand', v)}
        />
        <TextField
          label={t('badges.nameSize')}
          type="number"
          inputMode="numeric"
          value={String(template.nameSize)}
          onChange={(v) => Number(v) >= 8 && Number(v) <= 72 && set('nameSize', Number(v))}
        />
      </div>
      <div className="form-actions">
        <button type="button" className="button" onClick={() => void chooseLogo()}>
          {template.logo ? t('badges.changeLogo') : t('badges.addLogo')}
        </button>
        {template.logo ? (
          <button type="button" className="button" onClick={() => set('logo', '')}>
            {t('badges.removeLogo')}
          </button>
        ) : null}
      </div>
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import {
  QUORUM_PRESETS,
  quorumPresetOf,
  type QuorumPresetKey,
  type QuorumSetting,
} from '../../shared/rules/counting/quorum';
import type { FieldError } from '../../shared/core/domain/validation';
import { errorFor, FieldGroup, SelectField, TextField } from './fields';

const PRESETS = QUORUM_PRESETS;
type PresetKey = QuorumPresetKey;

function presetOf(setting: QuorumSetting): PresetKey | 'custom' {
  return quorumPresetOf(setting) ?? 'custom';
}

/** The assembly's quorum: a preset with its wording (以上 is ≥, 过半数 is >), or any fraction. */
export function QuorumEditor({
  value,
  onChange,
  errors,
}: {
  value: QuorumSetting;
  onChange: (value: QuorumSetting) => void;
  errors: readonly FieldError[];
}) {
  const { t } = useTranslation();
  const preset = presetOf(value);
  const fraction =
    value.kind === 'fraction'
      ? value
      : { kind: 'fraction' as const, numerator: 2, denominator: 3, comparison: '>=' as const };
  return (
    <FieldGroup legend={t('setup.quorum')} error={errorFor(errors, 'quorum')}>
      <SelectField
        label={t('setup.quorumRule')}
        value={preset}
        onChange={(key) => onChange(key === 'custom' ? fraction : PRESETS[key as PresetKey])}
        options={[...(Object.keys(PRESETS) as PresetKey[]), 'custom' as const].map((key) => ({
          value: key,
          label: t(`quorumPresets.${key}`),
        }))}
      />
      {preset === 'custom' ? (
        <>
          <SelectField
            label={t('setup.quorumComparison')}
            value={fraction.comparison}
            onChange={(comparison) => onChange({ ...fraction, comparison })}
            options={[
              { value: '>=', label: t('comparisons.atLeast') },
              { value: '>', label: t('comparisons.moreThan') },
            ]}
          />
          <TextField
            label={t('setup.quorumNumerator')}
            type="number"
            inputMode="numeric"
            value={String(fraction.numerator)}
            onChange={(v) => onChange({ ...fraction, numerator: Number(v) })}
          />
          <TextField
            label={t('setup.quorumDenominator')}
            type="number"
            inputMode="numeric"
            value={String(fraction.denominator)}
            onChange={(v) => onChange({ ...fraction, denominator: Number(v) })}
          />
        </>
      ) : null}
    </FieldGroup>
  );
}

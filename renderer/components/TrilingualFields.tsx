import { useTranslation } from 'react-i18next';
import type { Trilingual } from '../../shared/core/domain/entities';
import type { FieldError } from '../../shared/core/domain/validation';
import { errorFor, FieldGroup, TextField } from './fields';

/** Three inputs for one text in Chinese, Russian and English. */
export function TrilingualFields({
  legend,
  value,
  onChange,
  errors,
  field,
  autoFocus,
}: {
  legend: string;
  value: Trilingual;
  onChange: (value: Trilingual) => void;
  errors: readonly FieldError[];
  field: string;
  autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <FieldGroup legend={legend} error={errorFor(errors, field)}>
      <TextField
        label={t('fields.inChinese', { field: legend })}
        lang="zh-CN"
        value={value.zh}
        onChange={(zh) => onChange({ ...value, zh })}
        autoFocus={autoFocus}
      />
      <TextField
        label={t('fields.inRussian', { field: legend })}
        lang="ru"
        value={value.ru}
        onChange={(ru) => onChange({ ...value, ru })}
      />
      <TextField
        label={t('fields.inEnglish', { field: legend })}
        lang="en"
        value={value.en}
        onChange={(en) => onChange({ ...value, en })}
      />
    </FieldGroup>
  );
}

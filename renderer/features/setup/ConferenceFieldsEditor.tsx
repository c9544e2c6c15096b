import { useTranslation } from 'react-i18next';
import type { ConferenceFields, Trilingual } from '../../../shared/domain/entities';
import type { FieldError } from '../../../shared/domain/validation';
import { errorFor, FieldGroup, TextField } from '../../components/fields';
import { QuorumEditor } from './QuorumEditor';

export const CONFERENCE_FIELDS = ['name', 'venue', 'startDate', 'endDate', 'quorum'];

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

export function ConferenceFieldsEditor({
  fields,
  errors,
  onChange,
  autoFocus,
}: {
  fields: ConferenceFields;
  errors: readonly FieldError[];
  onChange: (fields: ConferenceFields) => void;
  autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      <TrilingualFields
        legend={t('setup.eventName')}
        field="name"
        value={fields.name}
        errors={errors}
        onChange={(name) => onChange({ ...fields, name })}
        autoFocus={autoFocus}
      />
      <TrilingualFields
        legend={t('setup.venue')}
        field="venue"
        value={fields.venue}
        errors={errors}
        onChange={(venue) => onChange({ ...fields, venue })}
      />
      <div className="field-row">
        <TextField
          label={t('setup.startDate')}
          type="date"
          value={fields.startDate}
          error={errorFor(errors, 'startDate')}
          onChange={(startDate) => onChange({ ...fields, startDate })}
        />
        <TextField
          label={t('setup.endDate')}
          type="date"
          value={fields.endDate}
          error={errorFor(errors, 'endDate')}
          onChange={(endDate) => onChange({ ...fields, endDate })}
        />
      </div>
      <QuorumEditor
        value={fields.quorum}
        errors={errors}
        onChange={(quorum) => onChange({ ...fields, quorum })}
      />
    </>
  );
}

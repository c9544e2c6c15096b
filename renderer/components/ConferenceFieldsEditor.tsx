import { useTranslation } from 'react-i18next';
import { CHINESE_TRANSCRIPTIONS, type ConferenceFields } from '../../shared/core/domain/entities';
import type { FieldError } from '../../shared/core/domain/validation';
import { errorFor, SelectField, TextField } from './fields';
import { QuorumEditor } from './QuorumEditor';
import { TrilingualFields } from './TrilingualFields';

export const CONFERENCE_FIELDS = ['name', 'venue', 'startDate', 'endDate', 'quorum', 'chineseTranscription'];

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
      <SelectField
        label={t('setup.chineseTranscription')}
        value={fields.chineseTranscription ?? 'latin'}
        options={CHINESE_TRANSCRIPTIONS.map((value) => ({
          value,
          label: t(`setup.chineseTranscription_${value}`),
        }))}
        error={errorFor(errors, 'chineseTranscription')}
        onChange={(chineseTranscription) => onChange({ ...fields, chineseTranscription })}
      />
    </>
  );
}

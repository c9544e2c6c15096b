import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ORGANISATION_CATEGORIES,
  ORGANISATION_STATUSES,
  type Organisation,
  type OrganisationFields,
} from '../../../shared/core/domain/entities';
import { useCommand } from '../../components/useCommand';
import { BLANK_ORGANISATION } from '../../../shared/core/domain/blanks';
import { nameWithCode } from '../../app/names';
import { useStore } from '../../app/AppContext';
import { useOrganisationAttendees } from '../../db/hooks';
import { currentLanguage } from '../../app/i18n';
import { localised } from '../../app/format';
import { addOrganisation, editOrganisation, removeOrganisation } from '../../db/actions';
import { Dialog } from '../../components/Dialog';
import {
  CheckboxField,
  errorFor,
  FormActions,
  FormErrors,
  SelectField,
  TextField,
} from '../../components/fields';
import { TrilingualFields } from '../../components/TrilingualFields';
import { RecordFooter } from '../../components/RecordFooter';

const SHOWN_FIELDS = [
  'code',
  'name',
  'category',
  'region',
  'country',
  'status',
  'weight',
  'contactName',
  'contactPhone',
  'contactEmail',
  'delegateId',
  'substituteId',
];

function fieldsOf(org: Organisation): OrganisationFields {
  const {
    id: _id,
    conferenceId: _c,
    version: _v,
    createdAt: _ca,
    updatedAt: _u,
    deletedAt: _d,
    ...fields
  } = org;
  return fields;
}

export function OrganisationDialog({
  conferenceId,
  current,
  onClose,
}: {
  conferenceId: string;
  current?: Organisation | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const store = useStore();
  const language = currentLanguage();
  const [fields, setFields] = useState<OrganisationFields>(
    current ? fieldsOf(current) : { ...BLANK_ORGANISATION },
  );
  const [weightText, setWeightText] = useState(String(fields.weight));
  const { errors, run } = useCommand(onClose);
  const people = useOrganisationAttendees(conferenceId, current?.id);
  const personOptions = [
    { value: '', label: t('organisations.nobody') },
    ...(people ?? []).map((p) => ({ value: p.id, label: nameWithCode(p) })),
  ];
  const set = <K extends keyof OrganisationFields>(key: K, value: OrganisationFields[K]) =>
    setFields((f) => ({ ...f, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const weight = weightText.trim() === '' ? Number.NaN : Number(weightText.replace(',', '.'));
    const next = { ...fields, weight };
    void run(() =>
      current ? editOrganisation(store, current, next) : addOrganisation(store, conferenceId, next),
    );
  };
  const remove = () => current && void run(() => removeOrganisation(store, current));

  return (
    <Dialog
      title={
        current
          ? t('organisations.editTitle', { name: localised(current.name, language) })
          : t('organisations.add')
      }
      onClose={onClose}
      wide
    >
      <form onSubmit={submit} noValidate>
        <div className="field-row">
          <TextField
            label={t('organisations.code')}
            value={fields.code}
            error={errorFor(errors, 'code')}
            onChange={(v) => set('code', v)}
            required
            autoFocus={!current}
          />
          <SelectField
            label={t('organisations.category')}
            value={fields.category}
            options={ORGANISATION_CATEGORIES.map((c) => ({
              value: c,
              label: t(`organisationCategories.${c}`),
            }))}
            onChange={(v) => set('category', v)}
          />
          <SelectField
            label={t('organisations.status')}
            value={fields.status}
            options={ORGANISATION_STATUSES.map((s) => ({ value: s, label: t(`organisationStatuses.${s}`) }))}
            onChange={(v) => set('status', v)}
          />
        </div>
        <TrilingualFields
          legend={t('organisations.name')}
          field="name"
          value={fields.name}
          errors={errors}
          onChange={(v) => set('name', v)}
        />
        <div className="field-row">
          <TextField
            label={t('organisations.region')}
            value={fields.region}
            onChange={(v) => set('region', v)}
          />
          <TextField
            label={t('organisations.country')}
            value={fields.country}
            onChange={(v) => set('country', v)}
          />
          <CheckboxField
            label={t('organisations.votingRight')}
            checked={fields.votingRight}
            onChange={(v) => set('votingRight', v)}
          />
          <TextField
            label={t('organisations.weight')}
            type="number"
            inputMode="decimal"
            value={weightText}
            error={errorFor(errors, 'weight')}
            onChange={setWeightText}
          />
        </div>
        <div className="field-row">
          <TextField
            label={t('organisations.contactName')}
            value={fields.contactName}
            onChange={(v) => set('contactName', v)}
          />
          <TextField
            label={t('organisations.contactPhone')}
            type="tel"
            value={fields.contactPhone}
            error={errorFor(errors, 'contactPhone')}
            onChange={(v) => set('contactPhone', v)}
          />
          <TextField
            label={t('organisations.contactEmail')}
            type="email"
            value={fields.contactEmail}
            error={errorFor(errors, 'contactEmail')}
            onChange={(v) => set('contactEmail', v)}
          />
        </div>
        {current ? (
          <div className="field-row">
            <SelectField
              label={t('organisations.delegate')}
              value={fields.delegateId ?? ''}
              options={personOptions}
              error={errorFor(errors, 'delegateId')}
              onChange={(v) => set('delegateId', v || null)}
            />
            <SelectField
              label={t('organisations.substitute')}
              value={fields.substituteId ?? ''}
              options={personOptions}
              error={errorFor(errors, 'substituteId')}
              onChange={(v) => set('substituteId', v || null)}
            />
          </div>
        ) : (
          <p className="hint">{t('organisations.delegateAfterCreate')}</p>
        )}
        <FormErrors errors={errors} shownFields={SHOWN_FIELDS} />
        <FormActions onCancel={onClose}>
          {current ? (
            <RecordFooter
              conferenceId={conferenceId}
              entityId={current.id}
              label={localised(current.name, language)}
              removeLabel={t('organisations.remove')}
              onRemove={remove}
            />
          ) : null}
        </FormActions>
      </form>
    </Dialog>
  );
}

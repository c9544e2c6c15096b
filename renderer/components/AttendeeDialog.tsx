import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ATTENDEE_CATEGORIES,
  CATEGORY_COLOURS,
  GENDERS,
  type Attendee,
  type AttendeeFields,
} from '../../shared/core/domain/entities';
import { useCommand } from './useCommand';
import type { CommandResult } from '../../shared/core/domain/commands';
import { BLANK_ATTENDEE } from '../../shared/core/domain/blanks';
import { deriveLatinName } from '../../shared/core/names/latinName';
import { nameOf } from '../app/names';
import { useStore } from '../app/AppContext';
import { useLiveOrganisations } from '../db/hooks';
import { currentLanguage } from '../app/i18n';
import { localised } from '../app/format';
import { editAttendee, registerAttendee, removeAttendee } from '../db/actions';
import { Dialog } from './Dialog';
import {
  errorFor,
  FieldGroup,
  FormActions,
  FormErrors,
  SelectField,
  TextAreaField,
  TextField,
} from './fields';
import { RecordFooter } from './RecordFooter';

const SHOWN_FIELDS = [
  'name',
  'familyNameZh',
  'givenNameZh',
  'familyNameCyr',
  'givenNameCyr',
  'patronymicCyr',
  'familyNameLatin',
  'givenNameLatin',
  'code',
  'organisationId',
  'position',
  'gender',
  'category',
  'phone',
  'email',
  'notes',
];

function fieldsOf(attendee: Attendee): AttendeeFields {
  const {
    id: _id,
    conferenceId: _c,
    version: _v,
    createdAt: _ca,
    updatedAt: _u,
    deletedAt: _d,
    ...fields
  } = attendee;
  return fields;
}

/** Keeps the Latin form derived from the names until a person types one of their own. */
function withDerivedLatin(fields: AttendeeFields): AttendeeFields {
  return fields.latinEdited ? fields : { ...fields, ...deriveLatinName(fields) };
}

export function AttendeeDialog({
  conferenceId,
  current,
  onClose,
  createWith,
  title: customTitle,
}: {
  conferenceId: string;
  current?: Attendee | undefined;
  onClose: (createdId?: string) => void;
  /** How a new attendee is saved, when not simply registered (the desk's walk-in also checks them in). */
  createWith?: (fields: AttendeeFields) => Promise<CommandResult>;
  title?: string;
}) {
  const { t } = useTranslation();
  const store = useStore();
  const language = currentLanguage();
  const [fields, setFields] = useState<AttendeeFields>(current ? fieldsOf(current) : { ...BLANK_ATTENDEE });
  const { errors, run } = useCommand(onClose);
  const organisations = useLiveOrganisations(conferenceId);
  const setName = (key: keyof AttendeeFields, value: string) =>
    setFields((f) => withDerivedLatin({ ...f, [key]: value }));
  const setLatin = (key: 'familyNameLatin' | 'givenNameLatin', value: string) =>
    setFields((f) => ({ ...f, [key]: value, latinEdited: true }));
  const set = <K extends keyof AttendeeFields>(key: K, value: AttendeeFields[K]) =>
    setFields((f) => ({ ...f, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(() =>
      current
        ? editAttendee(store, current, fields)
        : createWith
          ? createWith(fields)
          : registerAttendee(store, conferenceId, fields),
    );
  };
  const remove = () => current && void run(() => removeAttendee(store, current));

  const title =
    customTitle ?? (current ? t('attendees.editTitle', { name: nameOf(current) }) : t('attendees.add'));
  return (
    <Dialog title={title} onClose={() => onClose()} wide>
      <form onSubmit={submit} noValidate>
        <FieldGroup legend={t('attendees.chineseName')} error={errorFor(errors, 'name')}>
          <TextField
            label={t('attendees.familyNameZh')}
            lang="zh-CN"
            value={fields.familyNameZh}
            onChange={(v) => setName('familyNameZh', v)}
            autoFocus={!current}
          />
          <TextField
            label={t('attendees.givenNameZh')}
            lang="zh-CN"
            value={fields.givenNameZh}
            onChange={(v) => setName('givenNameZh', v)}
          />
        </FieldGroup>
        <FieldGroup legend={t('attendees.cyrillicName')}>
          <TextField
            label={t('attendees.familyNameCyr')}
            lang="ru"
            value={fields.familyNameCyr}
            onChange={(v) => setName('familyNameCyr', v)}
          />
          <TextField
            label={t('attendees.givenNameCyr')}
            lang="ru"
            value={fields.givenNameCyr}
            onChange={(v) => setName('givenNameCyr', v)}
          />
          <TextField
            label={t('attendees.patronymicCyr')}
            lang="ru"
            value={fields.patronymicCyr}
            onChange={(v) => set('patronymicCyr', v)}
          />
        </FieldGroup>
        <FieldGroup legend={t('attendees.latinName')}>
          <TextField
            label={t('attendees.familyNameLatin')}
            lang="en"
            value={fields.familyNameLatin}
            onChange={(v) => setLatin('familyNameLatin', v)}
            hint={fields.latinEdited ? t('attendees.latinTyped') : t('attendees.latinDerived')}
          />
          <TextField
            label={t('attendees.givenNameLatin')}
            lang="en"
            value={fields.givenNameLatin}
            onChange={(v) => setLatin('givenNameLatin', v)}
          />
          {fields.latinEdited ? (
            <button
              type="button"
              className="button button--small"
              onClick={() => setFields((f) => withDerivedLatin({ ...f, latinEdited: false }))}
            >
              {t('attendees.deriveLatin')}
            </button>
          ) : null}
        </FieldGroup>
        <div className="field-row">
          <SelectField
            label={t('attendees.organisation')}
            value={fields.organisationId ?? ''}
            error={errorFor(errors, 'organisationId')}
            onChange={(v) => set('organisationId', v || null)}
            options={[
              { value: '', label: t('attendees.noOrganisation') },
              ...(organisations ?? []).map((o) => ({
                value: o.id,
                label: `${o.code} · ${localised(o.name, language)}`,
              })),
            ]}
          />
          <TextField
            label={t('attendees.position')}
            value={fields.position}
            onChange={(v) => set('position', v)}
          />
          <SelectField
            label={t('attendees.gender')}
            value={fields.gender}
            onChange={(v) => set('gender', v)}
            options={GENDERS.map((g) => ({ value: g, label: t(g ? `genders.${g}` : 'genders.unknown') }))}
          />
        </div>
        <div className="field-row">
          <SelectField
            label={t('attendees.category')}
            value={fields.category}
            onChange={(v) => set('category', v)}
            options={ATTENDEE_CATEGORIES.map((c) => ({ value: c, label: t(`attendeeCategories.${c}`) }))}
          />
          <span
            className="category-swatch"
            style={{ background: CATEGORY_COLOURS[fields.category] }}
            aria-hidden="true"
          />
          <TextField
            label={t('attendees.code')}
            value={fields.code}
            error={errorFor(errors, 'code')}
            onChange={(v) => set('code', v)}
            hint={current ? undefined : t('attendees.codeHint')}
          />
        </div>
        <div className="field-row">
          <TextField
            label={t('attendees.phone')}
            type="tel"
            value={fields.phone}
            error={errorFor(errors, 'phone')}
            onChange={(v) => set('phone', v)}
          />
          <TextField
            label={t('attendees.email')}
            type="email"
            value={fields.email}
            error={errorFor(errors, 'email')}
            onChange={(v) => set('email', v)}
          />
        </div>
        <TextAreaField
          label={t('attendees.notes')}
          value={fields.notes}
          error={errorFor(errors, 'notes')}
          onChange={(v) => set('notes', v)}
        />
        <FormErrors errors={errors} shownFields={SHOWN_FIELDS} />
        <FormActions onCancel={() => onClose()}>
          {current ? (
            <RecordFooter
              conferenceId={conferenceId}
              entityId={current.id}
              label={nameOf(current)}
              removeLabel={t('attendees.remove')}
              onRemove={remove}
            />
          ) : null}
        </FormActions>
      </form>
    </Dialog>
  );
}

import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConferenceFields } from '../../../shared/domain/entities';
import { BLANK_CONFERENCE } from '../../../shared/domain/blanks';
import type { FieldError } from '../../../shared/domain/validation';
import { useStore } from '../../app/AppContext';
import { navigate } from '../../app/router';
import { createEvent } from '../../db/actions';
import { Dialog } from '../../components/Dialog';
import { FormActions, FormErrors } from '../../components/fields';
import { ConferenceFieldsEditor, CONFERENCE_FIELDS } from '../setup/ConferenceFieldsEditor';


export function NewEventDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const store = useStore();
  const [fields, setFields] = useState<ConferenceFields>({ ...BLANK_CONFERENCE });
  const [errors, setErrors] = useState<FieldError[]>([]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await createEvent(store, fields);
    if (!result.ok) return setErrors(result.errors);
    onClose();
    navigate({ screen: 'setup', conferenceId: result.entityId });
  };

  return (
    <Dialog title={t('events.new')} onClose={onClose} wide>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <ConferenceFieldsEditor fields={fields} errors={errors} onChange={setFields} autoFocus />
        <FormErrors errors={errors} shownFields={CONFERENCE_FIELDS} />
        <FormActions submitLabel={t('events.create')} onCancel={onClose} />
      </form>
    </Dialog>
  );
}

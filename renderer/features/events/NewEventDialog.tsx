import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConferenceFields } from '../../../shared/core/domain/entities';
import { BLANK_CONFERENCE } from '../../../shared/core/domain/blanks';
import { useCommand } from '../../components/useCommand';
import { useStore } from '../../app/AppContext';
import { navigate } from '../../app/router';
import { createEvent } from '../../db/actions';
import { Dialog } from '../../components/Dialog';
import { FormActions, FormErrors } from '../../components/fields';
import { ConferenceFieldsEditor, CONFERENCE_FIELDS } from '../../components/ConferenceFieldsEditor';

export function NewEventDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const store = useStore();
  const [fields, setFields] = useState<ConferenceFields>({ ...BLANK_CONFERENCE });
  const { errors, run } = useCommand((conferenceId) => {
    onClose();
    navigate({ screen: 'setup', conferenceId });
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(() => createEvent(store, fields));
  };

  return (
    <Dialog title={t('events.new')} onClose={onClose} wide>
      <form onSubmit={submit} noValidate>
        <ConferenceFieldsEditor fields={fields} errors={errors} onChange={setFields} autoFocus />
        <FormErrors errors={errors} shownFields={CONFERENCE_FIELDS} />
        <FormActions submitLabel={t('events.create')} onCancel={onClose} />
      </form>
    </Dialog>
  );
}

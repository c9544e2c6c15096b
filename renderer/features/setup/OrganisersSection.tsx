import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ORGANISER_ROLES, type Organiser, type OrganiserFields } from '../../../shared/core/domain/entities';
import { useStore } from '../../app/AppContext';
import { currentLanguage } from '../../app/i18n';
import { localised } from '../../app/format';
import { removeRecord, saveOrganiser } from '../../db/actions';
import { useOrganisers } from '../../db/hooks';
import { Dialog } from '../../components/Dialog';
import { FormActions, FormErrors, SelectField } from '../../components/fields';
import { ActionsHeader, RowActions } from '../../components/RowActions';
import { useCommand } from '../../components/useCommand';
import { TrilingualFields } from '../../components/TrilingualFields';

export function OrganisersSection({ conferenceId }: { conferenceId: string }) {
  const { t } = useTranslation();
  const store = useStore();
  const language = currentLanguage();
  const organisers = useOrganisers(conferenceId);
  const [editing, setEditing] = useState<Organiser | 'new' | null>(null);

  return (
    <section aria-labelledby="organisers-title" className="panel">
      <div className="screen-header">
        <h2 id="organisers-title">{t('organisers.title')}</h2>
        <button type="button" className="button" onClick={() => setEditing('new')}>
          {t('organisers.add')}
        </button>
      </div>
      {organisers && organisers.length === 0 ? <p className="empty">{t('organisers.empty')}</p> : null}
      {organisers && organisers.length > 0 ? (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('organisers.role')}</th>
              <th scope="col">{t('organisers.name')}</th>
              <ActionsHeader />
            </tr>
          </thead>
          <tbody>
            {organisers.map((o) => (
              <tr key={o.id}>
                <td>{t(`organiserRoles.${o.role}`)}</td>
                <td>{localised(o.name, language)}</td>
                <RowActions
                  name={localised(o.name, language)}
                  onEdit={() => setEditing(o)}
                  onRemove={() => void removeRecord(store, conferenceId, 'organiser', o.id)}
                />
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {editing ? (
        <OrganiserDialog
          conferenceId={conferenceId}
          current={editing === 'new' ? undefined : editing}
          nextOrder={(organisers?.length ?? 0) + 1}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </section>
  );
}

function OrganiserDialog({
  conferenceId,
  current,
  nextOrder,
  onClose,
}: {
  conferenceId: string;
  current?: Organiser | undefined;
  nextOrder: number;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const store = useStore();
  const [fields, setFields] = useState<OrganiserFields>(
    current
      ? { role: current.role, name: current.name, order: current.order }
      : { role: 'hostedBy', name: { zh: '', ru: '', en: '' }, order: nextOrder },
  );
  const { errors, run } = useCommand(onClose);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(() => saveOrganiser(store, conferenceId, fields, current));
  };
  return (
    <Dialog title={current ? t('organisers.edit') : t('organisers.add')} onClose={onClose} wide>
      <form onSubmit={submit} noValidate>
        <SelectField
          label={t('organisers.role')}
          value={fields.role}
          options={ORGANISER_ROLES.map((r) => ({ value: r, label: t(`organiserRoles.${r}`) }))}
          onChange={(role) => setFields({ ...fields, role })}
        />
        <TrilingualFields
          legend={t('organisers.name')}
          field="name"
          value={fields.name}
          errors={errors}
          onChange={(name) => setFields({ ...fields, name })}
          autoFocus
        />
        <FormErrors errors={errors} shownFields={['name', 'role']} />
        <FormActions onCancel={onClose} />
      </form>
    </Dialog>
  );
}

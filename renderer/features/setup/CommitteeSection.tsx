import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommitteeMember } from '../../../shared/core/domain/entities';
import type { CommitteeMemberFields } from '../../../shared/documents/minutes/minutesTypes';
import { useStore } from '../../app/AppContext';
import { currentLanguage } from '../../app/i18n';
import { localised } from '../../app/format';
import { removeRecord } from '../../db/actions';
import { useCommitteeMembers } from '../../db/hooks';
import { saveCommitteeMemberAction } from '../../db/minutesActions';
import { Dialog } from '../../components/Dialog';
import { FormActions, FormErrors } from '../../components/fields';
import { ActionsHeader, RowActions } from '../../components/RowActions';
import { useCommand } from '../../components/useCommand';
import { TrilingualFields } from '../../components/TrilingualFields';

/** The expert committee: an appointed list of persons and their roles, for the minutes. */
export function CommitteeSection({ conferenceId }: { conferenceId: string }) {
  const { t } = useTranslation();
  const store = useStore();
  const language = currentLanguage();
  const members = useCommitteeMembers(conferenceId);
  const [editing, setEditing] = useState<CommitteeMember | 'new' | null>(null);
  return (
    <section aria-labelledby="committee-title" className="panel">
      <div className="screen-header">
        <h2 id="committee-title">{t('committee.title')}</h2>
        <button type="button" className="button" onClick={() => setEditing('new')}>
          {t('committee.add')}
        </button>
      </div>
      {members && members.length === 0 ? <p className="empty">{t('committee.empty')}</p> : null}
      {members && members.length > 0 ? (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('committee.name')}</th>
              <th scope="col">{t('committee.role')}</th>
              <th scope="col">{t('committee.organisation')}</th>
              <ActionsHeader />
            </tr>
          </thead>
          <tbody>
            {members.map((m) => (
              <tr key={m.id}>
                <td>{localised(m.name, language)}</td>
                <td>{localised(m.role, language)}</td>
                <td>{localised(m.organisation, language)}</td>
                <RowActions
                  name={localised(m.name, language)}
                  onEdit={() => setEditing(m)}
                  onRemove={() => void removeRecord(store, conferenceId, 'committeeMember', m.id)}
                />
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {editing ? (
        <CommitteeMemberDialog
          conferenceId={conferenceId}
          current={editing === 'new' ? undefined : editing}
          nextOrder={(members?.length ?? 0) + 1}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </section>
  );
}

function CommitteeMemberDialog({
  conferenceId,
  current,
  nextOrder,
  onClose,
}: {
  conferenceId: string;
  current?: CommitteeMember | undefined;
  nextOrder: number;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const store = useStore();
  const empty = { zh: '', ru: '', en: '' };
  const [fields, setFields] = useState<CommitteeMemberFields>(
    current
      ? { name: current.name, role: current.role, organisation: current.organisation, order: current.order }
      : { name: empty, role: empty, organisation: empty, order: nextOrder },
  );
  const { errors, run } = useCommand(onClose);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(() => saveCommitteeMemberAction(store, conferenceId, fields, current));
  };
  return (
    <Dialog title={current ? t('committee.edit') : t('committee.add')} onClose={onClose} wide>
      <form onSubmit={submit} noValidate>
        <TrilingualFields
          legend={t('committee.name')}
          field="name"
          value={fields.name}
          errors={errors}
          onChange={(name) => setFields({ ...fields, name })}
          autoFocus
        />
        <TrilingualFields
          legend={t('committee.role')}
          field="role"
          value={fields.role}
          errors={errors}
          onChange={(role) => setFields({ ...fields, role })}
        />
        <TrilingualFields
          legend={t('committee.organisation')}
          field="organisation"
          value={fields.organisation}
          errors={errors}
          onChange={(organisation) => setFields({ ...fields, organisation })}
        />
        <FormErrors errors={errors} shownFields={['name', 'role', 'organisation']} />
        <FormActions onCancel={onClose} />
      </form>
    </Dialog>
  );
}

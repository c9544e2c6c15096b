import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { assemblySittingId, sittingsOf, type Sitting } from '../../../shared/rules/checkin/sittings';
import { newId } from '../../../shared/core/domain/ids';
import type { CommandResult } from '../../../shared/core/domain/commands';
import { useStore } from '../../app/AppContext';
import { currentLanguage } from '../../app/i18n';
import { formatDate } from '../../app/format';
import { saveSittingsAction } from '../../db/checkInActions';
import { useConference } from '../../db/hooks';
import { Dialog } from '../../components/Dialog';
import { errorFor, FormActions, FormErrors, TextField } from '../../components/fields';
import { ActionsHeader, RowActions } from '../../components/RowActions';
import { useCommand } from '../../components/useCommand';
import { TrilingualFields } from '../../components/TrilingualFields';
import { sittingLabel } from '../../components/sittingLabel';

/** The parts of the event with their own attendance, and which of them the quorum, votes and minutes count. */
export function SittingsSection({ conferenceId }: { conferenceId: string }) {
  const { t } = useTranslation();
  const store = useStore();
  const language = currentLanguage();
  const conference = useConference(conferenceId);
  const [editing, setEditing] = useState<Sitting | 'new' | null>(null);
  const { errors, run } = useCommand(() => undefined);
  if (!conference) return null;
  const sittings = sittingsOf(conference);
  const assemblyId = assemblySittingId(conference);
  const write = (next: readonly Sitting[], assembly = assemblyId) =>
    saveSittingsAction(store, conferenceId, next, assembly);
  // From the list its errors show under the table; from the dialog, in the dialog.
  const save = (next: readonly Sitting[], assembly = assemblyId) => run(() => write(next, assembly));

  return (
    <section aria-labelledby="sittings-title" className="panel">
      <div className="screen-header">
        <h2 id="sittings-title">{t('sittings.title')}</h2>
        <button type="button" className="button" onClick={() => setEditing('new')}>
          {t('sittings.add')}
        </button>
      </div>
      <p className="hint">{t('sittings.hint')}</p>
      <table className="table" aria-label={t('sittings.title')}>
        <thead>
          <tr>
            <th scope="col">{t('sittings.name')}</th>
            <th scope="col">{t('sittings.date')}</th>
            <th scope="col">{t('sittings.assembly')}</th>
            <ActionsHeader />
          </tr>
        </thead>
        <tbody>
          {sittings.map((sitting) => {
            const label = sittingLabel(sitting, language, t);
            return (
              <tr key={sitting.id || 'main'}>
                <td>{label}</td>
                <td>{formatDate(sitting.date, language)}</td>
                <td>
                  <input
                    type="radio"
                    name="assembly-sitting"
                    aria-label={t('sittings.assemblyOf', { sitting: label })}
                    checked={sitting.id === assemblyId}
                    onChange={() => void save(sittings, sitting.id)}
                  />
                </td>
                <RowActions
                  name={label}
                  onEdit={() => setEditing(sitting)}
                  onRemove={
                    sitting.id
                      ? () =>
                          void save(
                            sittings.filter((s) => s.id !== sitting.id),
                            assemblyId === sitting.id ? '' : assemblyId,
                          )
                      : undefined
                  }
                />
              </tr>
            );
          })}
        </tbody>
      </table>
      <FormErrors errors={errors} shownFields={[]} />
      {editing ? (
        <SittingDialog
          current={editing === 'new' ? undefined : editing}
          onSave={(sitting) =>
            write(
              editing === 'new'
                ? [...sittings, sitting]
                : sittings.map((s) => (s.id === sitting.id ? sitting : s)),
            )
          }
          onClose={() => setEditing(null)}
        />
      ) : null}
    </section>
  );
}

function SittingDialog({
  current,
  onSave,
  onClose,
}: {
  current: Sitting | undefined;
  onSave: (sitting: Sitting) => Promise<CommandResult>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [sitting, setSitting] = useState<Sitting>(
    current ?? { id: newId(), name: { zh: '', ru: '', en: '' }, date: '' },
  );
  const { errors, run } = useCommand(onClose);
  // The command names the field in the list of sittings (sittings.2.name): the dialog shows it on its own field.
  const shown = errors.map((e) => ({ ...e, field: e.field.replace(/^sittings\.\d+\./, '') }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(() => onSave(sitting));
  };
  return (
    <Dialog title={current ? t('sittings.edit') : t('sittings.add')} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <TrilingualFields
          legend={t('sittings.name')}
          field="name"
          value={sitting.name}
          errors={shown}
          onChange={(name) => setSitting({ ...sitting, name })}
          autoFocus
        />
        <TextField
          label={t('sittings.date')}
          type="date"
          value={sitting.date}
          error={errorFor(shown, 'date')}
          onChange={(date) => setSitting({ ...sitting, date })}
        />
        <FormErrors errors={shown} shownFields={['name', 'date']} />
        <FormActions onCancel={onClose} />
      </form>
    </Dialog>
  );
}

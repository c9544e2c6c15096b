import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AGENDA_ITEM_TYPES,
  type AgendaItem,
  type AgendaItemFields,
} from '../../../shared/core/domain/entities';
import { useStore } from '../../app/AppContext';
import { currentLanguage } from '../../app/i18n';
import { formatLocalDateTime, localised } from '../../app/format';
import { removeRecord, saveAgendaItem } from '../../db/actions';
import { useAgendaItems } from '../../db/hooks';
import { Dialog } from '../../components/Dialog';
import { errorFor, FormActions, FormErrors, SelectField, TextField } from '../../components/fields';
import { ActionsHeader, RowActions } from '../../components/RowActions';
import { useCommand } from '../../components/useCommand';
import { TrilingualFields } from '../../components/TrilingualFields';

function byTimeThenOrder(a: AgendaItem, b: AgendaItem): number {
  return (a.startsAt || '\uffff').localeCompare(b.startsAt || '\uffff') || a.order - b.order;
}

export function AgendaSection({ conferenceId }: { conferenceId: string }) {
  const { t } = useTranslation();
  const store = useStore();
  const language = currentLanguage();
  const items = useAgendaItems(conferenceId);
  const [editing, setEditing] = useState<AgendaItem | 'new' | null>(null);
  const sorted = [...(items ?? [])].sort(byTimeThenOrder);

  return (
    <section aria-labelledby="agenda-title" className="panel">
      <div className="screen-header">
        <h2 id="agenda-title">{t('agenda.title')}</h2>
        <button type="button" className="button" onClick={() => setEditing('new')}>
          {t('agenda.add')}
        </button>
      </div>
      {items && items.length === 0 ? <p className="empty">{t('agenda.empty')}</p> : null}
      {sorted.length > 0 ? (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('agenda.time')}</th>
              <th scope="col">{t('agenda.type')}</th>
              <th scope="col">{t('agenda.itemTitle')}</th>
              <th scope="col">{t('agenda.speaker')}</th>
              <ActionsHeader />
            </tr>
          </thead>
          <tbody>
            {sorted.map((item) => (
              <tr key={item.id}>
                <td>{formatLocalDateTime(item.startsAt, language)}</td>
                <td>{t(`agendaTypes.${item.type}`)}</td>
                <td>{localised(item.title, language)}</td>
                <td>{item.speaker}</td>
                <RowActions
                  name={localised(item.title, language)}
                  onEdit={() => setEditing(item)}
                  onRemove={() => void removeRecord(store, conferenceId, 'agendaItem', item.id)}
                />
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {editing ? (
        <AgendaItemDialog
          conferenceId={conferenceId}
          current={editing === 'new' ? undefined : editing}
          nextOrder={(items?.length ?? 0) + 1}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </section>
  );
}

function AgendaItemDialog({
  conferenceId,
  current,
  nextOrder,
  onClose,
}: {
  conferenceId: string;
  current?: AgendaItem | undefined;
  nextOrder: number;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const store = useStore();
  const [fields, setFields] = useState<AgendaItemFields>(
    current
      ? {
          type: current.type,
          startsAt: current.startsAt,
          title: current.title,
          speaker: current.speaker,
          order: current.order,
        }
      : { type: 'speech', startsAt: '', title: { zh: '', ru: '', en: '' }, speaker: '', order: nextOrder },
  );
  const { errors, run } = useCommand(onClose);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(() => saveAgendaItem(store, conferenceId, fields, current));
  };
  return (
    <Dialog title={current ? t('agenda.edit') : t('agenda.add')} onClose={onClose} wide>
      <form onSubmit={submit} noValidate>
        <div className="field-row">
          <SelectField
            label={t('agenda.type')}
            value={fields.type}
            options={AGENDA_ITEM_TYPES.map((v) => ({ value: v, label: t(`agendaTypes.${v}`) }))}
            onChange={(type) => setFields({ ...fields, type })}
          />
          <TextField
            label={t('agenda.time')}
            type="datetime-local"
            value={fields.startsAt}
            error={errorFor(errors, 'startsAt')}
            onChange={(startsAt) => setFields({ ...fields, startsAt })}
          />
        </div>
        <TrilingualFields
          legend={t('agenda.itemTitle')}
          field="title"
          value={fields.title}
          errors={errors}
          onChange={(title) => setFields({ ...fields, title })}
          autoFocus
        />
        <TextField
          label={t('agenda.speaker')}
          value={fields.speaker}
          error={errorFor(errors, 'speaker')}
          onChange={(speaker) => setFields({ ...fields, speaker })}
        />
        <FormErrors errors={errors} shownFields={['type', 'startsAt', 'title', 'speaker']} />
        <FormActions onCancel={onClose} />
      </form>
    </Dialog>
  );
}

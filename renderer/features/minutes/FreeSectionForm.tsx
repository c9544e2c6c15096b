import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Trilingual } from '../../../shared/core/domain/entities';
import type { MinutesSection } from '../../../shared/documents/minutes/minutesSections';
import { useStore } from '../../app/AppContext';
import { addFreeSectionAction } from '../../db/minutesActions';
import { FormActions, FormErrors, SelectField, TextAreaField } from '../../components/fields';
import { useCommand } from '../../components/useCommand';
import { TrilingualFields } from '../../components/TrilingualFields';

const EMPTY: Trilingual = { zh: '', ru: '', en: '' };

/** A section of the secretary's own, placed after a section of the record. */
export function FreeSectionForm({
  conferenceId,
  sections,
}: {
  conferenceId: string;
  sections: readonly MinutesSection[];
}) {
  const { t } = useTranslation();
  const store = useStore();
  const recorded = sections.filter((s) => !s.freeId);
  const [after, setAfter] = useState(recorded[recorded.length - 2]?.key ?? 'opening');
  const [title, setTitle] = useState(EMPTY);
  const [text, setText] = useState(EMPTY);
  const { errors, run } = useCommand(() => {
    setTitle(EMPTY);
    setText(EMPTY);
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(() => addFreeSectionAction(store, conferenceId, { after, title, text }));
  };
  return (
    <form onSubmit={submit} noValidate className="panel" aria-label={t('minutes.addSection')}>
      <h2>{t('minutes.addSection')}</h2>
      <SelectField
        label={t('minutes.after')}
        value={after}
        onChange={setAfter}
        options={recorded.map((s) => ({ value: s.key, label: s.title }))}
      />
      <TrilingualFields
        legend={t('minutes.sectionTitle')}
        field="title"
        value={title}
        errors={errors}
        onChange={setTitle}
      />
      <TextAreaField
        label={t('fields.inChinese', { field: t('minutes.sectionText') })}
        value={text.zh}
        onChange={(zh) => setText({ ...text, zh })}
      />
      <TextAreaField
        label={t('fields.inRussian', { field: t('minutes.sectionText') })}
        value={text.ru}
        onChange={(ru) => setText({ ...text, ru })}
      />
      <TextAreaField
        label={t('fields.inEnglish', { field: t('minutes.sectionText') })}
        value={text.en}
        onChange={(en) => setText({ ...text, en })}
      />
      <FormErrors errors={errors} shownFields={['title']} />
      <FormActions submitLabel={t('minutes.addIt')} />
    </form>
  );
}

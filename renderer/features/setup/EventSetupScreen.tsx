import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConferenceFields } from '../../../shared/core/domain/entities';
import type { FieldError } from '../../../shared/core/domain/validation';
import { useStore } from '../../app/AppContext';
import { editEventSetup } from '../../db/actions';
import { useConference } from '../../db/hooks';
import { FormErrors } from '../../components/fields';
import { ConferenceFieldsEditor, CONFERENCE_FIELDS } from '../../components/ConferenceFieldsEditor';
import { OrganisersSection } from './OrganisersSection';
import { AgendaSection } from './AgendaSection';
import { CommitteeSection } from './CommitteeSection';
import { SittingsSection } from './SittingsSection';
import { HistoryButton } from '../../components/HistoryButton';

export function EventSetupScreen({ conferenceId }: { conferenceId: string }) {
  const { t } = useTranslation();
  const store = useStore();
  const conference = useConference(conferenceId);
  const [fields, setFields] = useState<ConferenceFields | null>(null);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    if (conference && !fields)
      setFields({
        name: conference.name,
        venue: conference.venue,
        startDate: conference.startDate,
        endDate: conference.endDate,
        quorum: conference.quorum ?? { kind: 'none' },
        chineseTranscription: conference.chineseTranscription ?? 'latin',
      });
  }, [conference, fields]);

  if (conference === undefined || !fields) return <p role="status">{t('common.loading')}</p>;

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const result = await editEventSetup(store, conferenceId, fields);
    setErrors(result.ok ? [] : result.errors);
    setSaved(result.ok);
  };

  return (
    <div className="setup">
      <section aria-labelledby="setup-title" className="panel">
        <div className="screen-header">
          <h1 id="setup-title">{t('setup.title')}</h1>
          <HistoryButton conferenceId={conferenceId} entityId={conferenceId} label={t('setup.title')} />
        </div>
        <form onSubmit={(e) => void save(e)} noValidate>
          <ConferenceFieldsEditor
            fields={fields}
            errors={errors}
            onChange={(next) => {
              setFields(next);
              setSaved(false);
            }}
          />
          <FormErrors errors={errors} shownFields={CONFERENCE_FIELDS} />
          <div className="form-actions">
            <button type="submit" className="button button--primary">
              {t('common.save')}
            </button>
            {saved ? (
              <span role="status" className="status">
                {t('common.saved')}
              </span>
            ) : null}
          </div>
        </form>
      </section>
      <OrganisersSection conferenceId={conferenceId} />
      <SittingsSection conferenceId={conferenceId} />
      <AgendaSection conferenceId={conferenceId} />
      <CommitteeSection conferenceId={conferenceId} />
    </div>
  );
}

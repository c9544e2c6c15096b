import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/AppContext';
import { restoreArchive, type RestoreOutcome } from '../../db/archiveActions';
import { RestoredDialog } from '../../components/RestoredDialog';
import { useConferences } from '../../db/hooks';
import { archiveProblemText } from '../../components/archiveProblem';
import { currentLanguage } from '../../app/i18n';
import { formatDate, localised } from '../../app/format';
import { navigate } from '../../app/router';
import { loadDemoEvent } from '../../db/actions';
import { NewEventDialog } from './NewEventDialog';
import { JoinEventDialog } from './JoinEventDialog';

const LARGE_TEST_ATTENDEES = 20_000;

export function EventsScreen() {
  const { t } = useTranslation();
  const { store, platform } = useServices();
  const [problem, setProblem] = useState('');
  const [restored, setRestored] = useState<Extract<RestoreOutcome, { ok: true }> | null>(null);
  const language = currentLanguage();
  const [creating, setCreating] = useState(false);
  const [joining, setJoining] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const conferences = useConferences();

  const loadDemo = async (extra: number) => {
    setBusy(extra ? t('events.loadingLarge') : t('events.loadingDemo'));
    try {
      const result = await loadDemoEvent(store, extra);
      if (result.ok)
        navigate({ screen: extra ? 'attendees' : 'organisations', conferenceId: result.entityId });
    } finally {
      setBusy(null);
    }
  };

  // An event from its archive: as it is on a spare laptop, as a copy beside it where the event exists.
  const restore = async () => {
    const file = await platform.openFile([{ name: 'Plenum archive', extensions: ['zip'] }]);
    if (!file) return;
    setBusy(t('archive.restoring'));
    try {
      const outcome = await restoreArchive(store, file.bytes);
      if (!outcome.ok)
        return setProblem(archiveProblemText(outcome.problem, (key, params) => t(key, params ?? {})));
      setProblem('');
      setRestored(outcome);
    } finally {
      setBusy(null);
    }
  };

  const sorted = [...(conferences ?? [])].sort((a, b) =>
    (b.startDate || b.createdAt).localeCompare(a.startDate || a.createdAt),
  );

  return (
    <section aria-labelledby="events-title">
      <div className="screen-header">
        <h1 id="events-title">{t('events.title')}</h1>
        <div className="actions">
          <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
            {t('events.new')}
          </button>
          <button type="button" className="button" disabled={busy !== null} onClick={() => void loadDemo(0)}>
            {t('events.loadDemo')}
          </button>
          <button
            type="button"
            className="button"
            disabled={busy !== null}
            onClick={() => void loadDemo(LARGE_TEST_ATTENDEES)}
          >
            {t('events.loadLarge', { count: LARGE_TEST_ATTENDEES })}
          </button>
          <button type="button" className="button" disabled={busy !== null} onClick={() => void restore()}>
            {t('archive.restore')}
          </button>
          <button type="button" className="button" onClick={() => setJoining(true)}>
            {t('venue.joinEvent')}
          </button>
        </div>
      </div>
      {busy ? (
        <p role="status" className="status">
          {busy}
        </p>
      ) : null}
      {problem ? (
        <p role="alert" className="form-errors">
          {problem}
        </p>
      ) : null}
      <RestoredDialog restored={restored} />
      {conferences && sorted.length === 0 ? <p className="empty">{t('events.empty')}</p> : null}
      {sorted.length > 0 ? (
        <ul className="event-list" aria-label={t('events.listLabel')}>
          {sorted.map((c) => (
            <li key={c.id} className="event-card">
              <a href={`#/events/${c.id}/setup`} className="event-card-link">
                <span className="event-card-name">{localised(c.name, language)}</span>
              </a>
              <span className="event-card-meta">
                {[formatDate(c.startDate, language), localised(c.venue, language)]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      <p className="hint">{t('events.largeHint', { count: LARGE_TEST_ATTENDEES })}</p>
      {creating ? <NewEventDialog onClose={() => setCreating(false)} /> : null}
      {joining ? <JoinEventDialog onClose={() => setJoining(false)} /> : null}
    </section>
  );
}

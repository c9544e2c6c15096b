import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { describeHistory, type HistoryEntry } from '../../../shared/documents/history/describeEvent';
import { historyLookups } from '../../../shared/documents/history/historyLookups';
import { spellWords, type Speaker } from '../../../shared/documents/history/spellWords';
import { useStore } from '../../app/AppContext';
import { formatDateTime } from '../../app/format';
import { currentLanguage, type Language } from '../../app/i18n';
import { useAllAttendees, useElections, useOrganisationsById, useRecordHistory } from '../../db/hooks';
import { deskName } from '../../db/openDatabase';
import { Dialog } from '../Dialog';
import { historySpeaker } from './historySpeaker';

/** The record's events in words, with the names they refer to; undefined until all is read. */
function useHistoryEntries(conferenceId: string, entityId: string, language: Language) {
  const store = useStore();
  const { t } = useTranslation();
  const events = useRecordHistory(conferenceId, entityId);
  const organisations = useOrganisationsById(conferenceId);
  const attendees = useAllAttendees(conferenceId);
  const elections = useElections(conferenceId);
  return useMemo(() => {
    if (!events || !organisations || !attendees || !elections) return undefined;
    const lookups = historyLookups(language, { organisations: organisations.values(), attendees, elections });
    // This laptop goes by the desk name set here, also in events written before it was set.
    const thisLaptop = deskName() || t('history.thisLaptop');
    return describeHistory(events, lookups, new Map([[store.deviceId, thisLaptop]]));
  }, [events, organisations, attendees, elections, language, store.deviceId, t]);
}

function HistoryItem({
  entry,
  speaker,
  language,
}: {
  entry: HistoryEntry;
  speaker: Speaker;
  language: Language;
}) {
  const { event, line, author } = entry;
  return (
    <li className="history-entry">
      <div className="history-head">
        <strong>{spellWords(line.sentence, speaker)}</strong>
        <time dateTime={event.at}>{formatDateTime(event.at, language)}</time>
        <span>{spellWords(author, speaker)}</span>
      </div>
      {line.details.length > 0 ? (
        <dl className="history-changes">
          {line.details.map((detail, index) => (
            <div key={index}>
              <dt>{spellWords(detail.label, speaker)}</dt>
              <dd>{spellWords(detail.value, speaker)}</dd>
            </div>
          ))}
        </dl>
      ) : null}
    </li>
  );
}

/** Every event of the log that changed one record, oldest first, each told as a sentence. */
export function HistoryDialog({
  conferenceId,
  entityId,
  label,
  onClose,
}: {
  conferenceId: string;
  entityId: string;
  label: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const entries = useHistoryEntries(conferenceId, entityId, language);
  const speaker = useMemo(() => historySpeaker(t, language), [t, language]);
  return (
    <Dialog title={t('history.title', { name: label })} onClose={onClose} wide>
      {entries ? (
        <ol className="history" aria-label={t('history.listLabel')}>
          {entries.map((entry) => (
            <HistoryItem key={entry.event.id} entry={entry} speaker={speaker} language={language} />
          ))}
        </ol>
      ) : (
        <p role="status">{t('common.loading')}</p>
      )}
    </Dialog>
  );
}

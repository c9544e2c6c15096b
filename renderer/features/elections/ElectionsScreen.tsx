import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useStore } from '../../app/AppContext';
import { currentLanguage } from '../../app/i18n';
import { localised } from '../../app/format';
import { ElectionDialog } from './ElectionDialog';
import { ElectionPanel } from './ElectionPanel';

/** The elections of the event: each round in the list, the chosen one at the tellers' table. */
export function ElectionsScreen({ conferenceId }: { conferenceId: string }) {
  const { t } = useTranslation();
  const store = useStore();
  const language = currentLanguage();
  const conference = useLiveQuery(() => store.db.conferences.get(conferenceId), [conferenceId]);
  const elections = useLiveQuery(() => store.db.elections.where('conferenceId').equals(conferenceId).sortBy('createdAt'), [conferenceId]);
  const [creating, setCreating] = useState(false);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selected = elections?.find((e) => e.id === selectedId) ?? elections?.[elections.length - 1];
  return (
    <div className="votes">
      <div className="screen-header">
        <h1>{t('elections.title')}</h1>
        <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
          {t('elections.new')}
        </button>
      </div>
      {elections && elections.length === 0 ? <p className="empty">{t('elections.empty')}</p> : null}
      <div className="desk-columns">
        <div className="desk-main">
          {selected && elections ? <ElectionPanel key={selected.id} election={selected} elections={elections} eventName={conference ? localised(conference.name, language) : ''} onSelect={setSelectedId} /> : null}
        </div>
        <div className="desk-side">
          {elections && elections.length ? (
            <ul className="vote-list" aria-label={t('elections.list')}>
              {elections.map((e) => (
                <li key={e.id}>
                  <button type="button" className="link-button" aria-current={e.id === selected?.id ? 'true' : undefined} onClick={() => setSelectedId(e.id)}>
                    {localised(e.title, language)}
                    {e.round > 1 ? ` · ${t('elections.roundN', { n: e.round })}` : ''}
                  </button>
                  <span className="hint">{t(`votes.status_${e.status}`)}</span>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      </div>
      {creating ? (
        <ElectionDialog
          conferenceId={conferenceId}
          elections={elections ?? []}
          onClose={(id) => {
            setCreating(false);
            if (id) setSelectedId(id);
          }}
        />
      ) : null}
    </div>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { resultOf } from '../../../shared/votes/voteCommands';
import { useStore } from '../../app/AppContext';
import { currentLanguage } from '../../app/i18n';
import { localised } from '../../app/format';
import { NewVoteDialog } from './NewVoteDialog';
import { VotePanel } from './VotePanel';

export function VotesScreen({ conferenceId }: { conferenceId: string }) {
  const { t } = useTranslation();
  const store = useStore();
  const language = currentLanguage();
  const conference = useLiveQuery(() => store.db.conferences.get(conferenceId), [conferenceId]);
  const votes = useLiveQuery(() => store.db.votes.where('conferenceId').equals(conferenceId).sortBy('createdAt'), [conferenceId]);
  const [creating, setCreating] = useState(false);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selected = votes?.find((v) => v.id === selectedId) ?? votes?.[votes.length - 1];
  return (
    <div className="votes">
      <div className="screen-header">
        <h1>{t('votes.title')}</h1>
        <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
          {t('votes.new')}
        </button>
      </div>
      {votes && votes.length === 0 ? <p className="empty">{t('votes.empty')}</p> : null}
      <div className="desk-columns">
        <div className="desk-main">{selected ? <VotePanel key={selected.id} vote={selected} eventName={conference ? localised(conference.name, language) : ''} /> : null}</div>
        <div className="desk-side">
          {votes && votes.length ? (
            <ul className="vote-list" aria-label={t('votes.list')}>
              {votes.map((v) => (
                <li key={v.id}>
                  <button type="button" className="link-button" aria-current={v.id === selected?.id ? 'true' : undefined} onClick={() => setSelectedId(v.id)}>
                    {localised(v.title, language)}
                  </button>
                  <span className="hint">
                    {t(`votes.status_${v.status}`)}
                    {v.status === 'sealed' ? ` · ${t(`votes.outcome_${resultOf(v).outcome}`)}` : ''}
                  </span>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      </div>
      {creating ? (
        <NewVoteDialog
          conferenceId={conferenceId}
          onClose={(id) => {
            setCreating(false);
            if (id) setSelectedId(id);
          }}
        />
      ) : null}
    </div>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { resultOf } from '../../../shared/rules/votes/voteCommands';
import { useConference, useVotes } from '../../db/hooks';
import { currentLanguage } from '../../app/i18n';
import { localised } from '../../app/format';
import { ListWithPanel } from '../../components/ListWithPanel';
import { NewVoteDialog } from './NewVoteDialog';
import { VotePanel } from './VotePanel';
import { ErrorBoundary } from '../../components/ErrorBoundary';

export function VotesScreen({ conferenceId }: { conferenceId: string }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const conference = useConference(conferenceId);
  const votes = useVotes(conferenceId);
  const [creating, setCreating] = useState(false);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selected = votes?.find((v) => v.id === selectedId) ?? votes?.[votes.length - 1];
  const items = votes?.map((v) => ({
    id: v.id,
    label: localised(v.title, language),
    hint:
      `${t(`votes.status_${v.status}`)}` +
      (v.status === 'sealed' ? ` · ${t(`votes.outcome_${resultOf(v).outcome}`)}` : ''),
  }));
  return (
    <ListWithPanel
      title={t('votes.title')}
      newLabel={t('votes.new')}
      onNew={() => setCreating(true)}
      empty={t('votes.empty')}
      listLabel={t('votes.list')}
      items={items}
      selectedId={selected?.id}
      onSelect={setSelectedId}
    >
      {selected ? (
        <ErrorBoundary resetKey={selected.id}>
          <VotePanel
            key={selected.id}
            vote={selected}
            eventName={conference ? localised(conference.name, language) : ''}
          />
        </ErrorBoundary>
      ) : null}
      {creating ? (
        <NewVoteDialog
          conferenceId={conferenceId}
          onClose={(id) => {
            setCreating(false);
            if (id) setSelectedId(id);
          }}
        />
      ) : null}
    </ListWithPanel>
  );
}

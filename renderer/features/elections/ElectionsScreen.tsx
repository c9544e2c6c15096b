import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useConference, useElections } from '../../db/hooks';
import { currentLanguage } from '../../app/i18n';
import { localised } from '../../app/format';
import { ListWithPanel } from '../../components/ListWithPanel';
import { ElectionDialog } from './ElectionDialog';
import { ElectionPanel } from './ElectionPanel';
import { ErrorBoundary } from '../../components/ErrorBoundary';

/** The elections of the event: each round in the list, the chosen one at the tellers' table. */
export function ElectionsScreen({ conferenceId }: { conferenceId: string }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const conference = useConference(conferenceId);
  const elections = useElections(conferenceId);
  const [creating, setCreating] = useState(false);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selected = elections?.find((e) => e.id === selectedId) ?? elections?.[elections.length - 1];
  const items = elections?.map((e) => ({
    id: e.id,
    label: `${localised(e.title, language)}${e.round > 1 ? ` · ${t('elections.roundN', { n: e.round })}` : ''}`,
    hint: t(`votes.status_${e.status}`),
  }));
  return (
    <ListWithPanel
      title={t('elections.title')}
      newLabel={t('elections.new')}
      onNew={() => setCreating(true)}
      empty={t('elections.empty')}
      listLabel={t('elections.list')}
      items={items}
      selectedId={selected?.id}
      onSelect={setSelectedId}
    >
      {selected && elections ? (
        <ErrorBoundary resetKey={selected.id}>
          <ElectionPanel
            key={selected.id}
            election={selected}
            elections={elections}
            eventName={conference ? localised(conference.name, language) : ''}
            onSelect={setSelectedId}
          />
        </ErrorBoundary>
      ) : null}
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
    </ListWithPanel>
  );
}

import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Vote } from '../../../shared/core/domain/entities';
import type { Choice } from '../../../shared/rules/counting/tally';
import { AttendeeSearchIndex } from '../../../shared/core/search/searchIndex';
import { nameOf, nameWithCode } from '../../app/names';
import { useStore } from '../../app/AppContext';
import { useAllAttendees, useAllOrganisations } from '../../db/hooks';
import { recordRollCallAction } from '../../db/voteActions';
import { FormErrors, TextField } from '../../components/fields';
import { useCommand } from '../../components/useCommand';

/** One entry per voter: found by name or badge code (a scan types the code), each voter once. */
export function RollCallForm({ vote }: { vote: Vote }) {
  const { t } = useTranslation();
  const store = useStore();
  const attendees = useAllAttendees(vote.conferenceId);
  const organisations = useAllOrganisations(vote.conferenceId);
  const [query, setQuery] = useState('');
  const { errors, run } = useCommand(() => setQuery(''));
  const index = useMemo(
    () => (attendees && organisations ? new AttendeeSearchIndex(attendees, organisations) : null),
    [attendees, organisations],
  );
  const voter =
    query && index ? (index.findByCode(query) ?? index.search(query, 1)[0]?.attendeeId) : undefined;
  const person = voter ? attendees?.find((a) => a.id === voter) : undefined;
  const weightOf = (id: string) => {
    if (vote.body !== 'assembly') return 1;
    const org = organisations?.find((o) => o.delegateId === id || o.substituteId === id);
    return org?.weight ?? 1;
  };
  const names = new Map((attendees ?? []).map((a) => [a.id, nameWithCode(a)]));
  const record = (choice: Choice) =>
    voter && void run(() => recordRollCallAction(store, vote, voter, choice, weightOf(voter)));
  return (
    <div className="roll-call">
      <TextField
        label={t('votes.voter')}
        type="search"
        value={query}
        onChange={setQuery}
        hint={person ? `${nameOf(person)} · ${person.code}` : t('votes.voterHint')}
      />
      <div className="form-actions">
        {(['yes', 'no', ...(vote.options === 'yesNoAbstain' ? (['abstain'] as const) : [])] as Choice[]).map(
          (choice) => (
            <button
              key={choice}
              type="button"
              className="button"
              disabled={!voter}
              onClick={() => record(choice)}
            >
              {t(`votes.choice_${choice}`)}
            </button>
          ),
        )}
      </div>
      <FormErrors errors={errors} shownFields={[]} />
      <ol className="roll-call-list" aria-label={t('votes.rollCallEntries')}>
        {vote.rollCall.map((entry) => (
          <li key={entry.voterId}>
            {names.get(entry.voterId) ?? entry.voterId}: {t(`votes.choice_${entry.choice}`)}
            {entry.weight !== 1 ? ` ×${entry.weight}` : ''}
          </li>
        ))}
      </ol>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { resultOf } from '../../../shared/rules/votes/voteCommands';
import { useVote } from '../../db/hooks';
import { AnnounceContent } from './AnnounceView';

/** The announce view as a whole window, for a second screen: it follows the vote as it is sealed. */
export function AnnounceScreen({ voteId }: { voteId: string }) {
  const { t } = useTranslation();
  const vote = useVote(voteId);
  if (!vote) return <p role="status">{t('common.loading')}</p>;
  const result = resultOf(vote);
  return (
    <main className={`announce announce--page announce--${result.outcome}`} aria-label={t('votes.announce')}>
      <AnnounceContent vote={vote} result={result} />
    </main>
  );
}

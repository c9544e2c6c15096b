import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Election } from '../../../shared/domain/entities';
import type { ElectionResult } from '../../../shared/elections/tallyElection';
import { electionResultOf } from '../../../shared/elections/electionResult';
import { useStore } from '../../app/AppContext';
import { fixedT } from '../votes/voteTexts';
import { AnnounceDialog } from '../results/AnnounceDialog';
import { candidateLabel, electionHeading, postExplanation } from '../../../shared/elections/electionTexts';

/** What the hall sees: per post, who is elected, in Chinese and Russian, and why. */
export function ElectionAnnounceContent({
  election,
  result,
}: {
  election: Election;
  result: ElectionResult;
}) {
  const { t } = useTranslation();
  const zh = fixedT('zh-CN');
  const ru = fixedT('ru');
  const seal = election.seals[election.seals.length - 1];
  return (
    <>
      {electionHeading(election, zh, ru).map((line) => (
        <p key={line} className="announce-title">
          {line}
        </p>
      ))}
      {election.posts.map((post, i) => {
        const r = result.posts[i]!;
        const elected = post.candidates.filter((c) => r.seats.elected.includes(c.id));
        return (
          <section key={post.id} className="announce-post">
            <p className="announce-outcome">
              <span lang="zh-CN">{post.title.zh || post.title.en}</span> ·{' '}
              <span lang="ru">{post.title.ru || post.title.en}</span>
            </p>
            <ol className="announce-elected">
              {elected.map((c) => (
                <li key={c.id}>
                  <span lang="zh-CN">{candidateLabel(c, 'zh-CN', zh)}</span> ·{' '}
                  <span lang="ru">{candidateLabel(c, 'ru', ru)}</span> —{' '}
                  {r.candidates.find((v) => v.id === c.id)?.yes}
                </li>
              ))}
            </ol>
            <p className="announce-explanation" lang="zh-CN">
              {postExplanation(post, r, election, result.outcome, 'zh-CN', zh).join(' ')}
            </p>
            <p className="announce-explanation" lang="ru">
              {postExplanation(post, r, election, result.outcome, 'ru', ru).join(' ')}
            </p>
          </section>
        );
      })}
      {seal ? (
        <p className="announce-fingerprint">{t('votes.fingerprintShort', { value: seal.fingerprint })}</p>
      ) : null}
    </>
  );
}

export function ElectionAnnounceDialog({
  election,
  result,
  onClose,
}: {
  election: Election;
  result: ElectionResult;
  onClose: () => void;
}) {
  return (
    <AnnounceDialog className="announce--adopted" onClose={onClose}>
      <ElectionAnnounceContent election={election} result={result} />
    </AnnounceDialog>
  );
}

/** The announce view as a window of its own, for a second screen: it follows the election as it is sealed. */
export function ElectionAnnounceScreen({ electionId }: { electionId: string }) {
  const { t } = useTranslation();
  const store = useStore();
  const data = useLiveQuery(async () => {
    const election = await store.db.elections.get(electionId);
    if (!election) return undefined;
    const [papers, issued] = await Promise.all([
      store.db.ballotEntries.where('electionId').equals(electionId).toArray(),
      store.db.ballotIssues.where('electionId').equals(electionId).count(),
    ]);
    return { election, result: electionResultOf(election, papers, issued) };
  }, [electionId]);
  if (!data) return <p role="status">{t('common.loading')}</p>;
  return (
    <main className="announce announce--page announce--adopted" aria-label={t('votes.announce')}>
      <ElectionAnnounceContent election={data.election} result={data.result} />
    </main>
  );
}

import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Election } from '../../../shared/core/domain/entities';
import type { ElectionResult } from '../../../shared/rules/elections/tallyElection';
import { electionResultOf } from '../../../shared/rules/elections/electionResult';
import { useElectionCount } from '../../db/hooks';
import { translatorFor as fixedT } from '../../../shared/locales';
import { inLanguage } from '../../../shared/core/domain/trilingual';
import { AnnounceDialog } from '../../components/results/AnnounceDialog';
import {
  candidateLabel,
  electionHeading,
  postExplanation,
} from '../../../shared/rules/elections/electionTexts';

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
              <span lang="zh-CN">{inLanguage(post.title, 'zh-CN')}</span> ·{' '}
              <span lang="ru">{inLanguage(post.title, 'ru')}</span>
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
  const count = useElectionCount(electionId);
  const data = useMemo(
    () =>
      count && {
        election: count.election,
        result: electionResultOf(count.election, count.papers, count.issued),
      },
    [count],
  );
  if (!data) return <p role="status">{t('common.loading')}</p>;
  return (
    <main className="announce announce--page announce--adopted" aria-label={t('votes.announce')}>
      <ElectionAnnounceContent election={data.election} result={data.result} />
    </main>
  );
}

import { useTranslation } from 'react-i18next';
import type { Vote } from '../../../shared/core/domain/entities';
import type { VoteResult } from '../../../shared/rules/counting/tally';
import { translatorFor } from '../../../shared/locales';
import { explanation } from '../../../shared/rules/votes/voteTexts';
import { AnnounceDialog } from '../../components/results/AnnounceDialog';

/** The result for the hall's projector: full screen, bilingual, large type. Escape closes it. */
export function AnnounceView({
  vote,
  result,
  onClose,
}: {
  vote: Vote;
  result: VoteResult;
  onClose: () => void;
}) {
  return (
    <AnnounceDialog className={`announce--${result.outcome}`} onClose={onClose}>
      <AnnounceContent vote={vote} result={result} />
    </AnnounceDialog>
  );
}

/** What the hall sees: the motion, the outcome, the figures and the explanation in Chinese and Russian. */
export function AnnounceContent({ vote, result }: { vote: Vote; result: VoteResult }) {
  const { t } = useTranslation();
  const zh = translatorFor('zh-CN');
  const ru = translatorFor('ru');
  const seal = vote.seals[vote.seals.length - 1];
  return (
    <>
      <p className="announce-title" lang="zh-CN">
        {vote.title.zh || vote.title.en}
      </p>
      <p className="announce-title" lang="ru">
        {vote.title.ru || vote.title.en}
      </p>
      <p className="announce-outcome">
        <span lang="zh-CN">{zh(`votes.outcome_${result.outcome}`)}</span> ·{' '}
        <span lang="ru">{ru(`votes.outcome_${result.outcome}`)}</span>
      </p>
      <dl className="announce-figures">
        {(
          [
            'yes',
            'no',
            ...(vote.options === 'yesNoAbstain' ? (['abstain'] as const) : []),
            ...(vote.procedure === 'ballot' ? (['invalid'] as const) : []),
          ] as const
        ).map((key) => (
          <div key={key}>
            <dt>
              {zh(`votes.count_${key}`)} / {ru(`votes.count_${key}`)}
            </dt>
            <dd>{result.counts[key as 'yes']}</dd>
          </div>
        ))}
      </dl>
      <p className="announce-explanation" lang="zh-CN">
        {explanation(vote, result, zh)}
      </p>
      <p className="announce-explanation" lang="ru">
        {explanation(vote, result, ru)}
      </p>
      {seal ? (
        <p className="announce-fingerprint">{t('votes.fingerprintShort', { value: seal.fingerprint })}</p>
      ) : null}
    </>
  );
}

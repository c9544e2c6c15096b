import { useTranslation } from 'react-i18next';
import type { Vote } from '../../../shared/core/domain/entities';
import type { VoteCounts } from '../../../shared/rules/counting/majority';
import type { FieldError } from '../../../shared/core/domain/validation';
import { tallyVote } from '../../../shared/rules/counting/tally';
import { voteInput } from '../../../shared/rules/votes/voteCommands';
import { currentLanguage } from '../../app/i18n';
import { formatNumber } from '../../app/format';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormErrors } from '../../components/fields';
import { useDraft } from '../../components/useDraft';
import { countKeys, countsText, draftKey, readCounts, type CountKey, type CountsText } from './CountsForm';

/** The figures of a count as a small table: the answers the vote has, papers for a ballot. */
export function VoteFigures({ vote, counts }: { vote: Vote; counts: VoteCounts }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const values: Record<string, number> = {
    ...counts,
    issued: vote.ballots.issued,
    returned: vote.ballots.returned,
  };
  const keys =
    vote.procedure === 'rollCall' ? countKeys({ ...vote, procedure: 'showOfHands' }) : countKeys(vote);
  return (
    <dl className="vote-figures" aria-label={t('votes.figures')}>
      {keys.map((key) => (
        <div key={key}>
          <dt>{t(`votes.count_${key}`)}</dt>
          <dd>{formatNumber(values[key] ?? 0, language)}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * Closing asks first: the figures that will be closed and every problem with them (nothing
 * returned while people are present, papers that do not add up, more hands than present). A field
 * that is not a whole number keeps the vote open until it is put right.
 */
export function CloseVoteDialog({
  vote,
  errors,
  onConfirm,
  onClose,
}: {
  vote: Vote;
  errors: readonly FieldError[];
  onConfirm: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [text] = useDraft<CountsText>(draftKey(vote), () => countsText(vote));
  const typed = vote.procedure === 'rollCall' ? null : readCounts(text, countKeys(vote));
  const unreadable = typed && 'errors' in typed ? typed.errors : [];
  const figures =
    typed && 'counts' in typed ? { ...vote, counts: typed.counts, ballots: typed.ballots } : vote;
  const result = tallyVote(voteInput(figures));
  return (
    <ConfirmDialog
      title={t('votes.closeTitle')}
      confirmLabel={t('votes.close')}
      onConfirm={onConfirm}
      onClose={onClose}
      disabled={unreadable.length > 0}
    >
      <p>
        {t('votes.closeWillRecord', {
          present: vote.opened?.present ?? 0,
          entitled: vote.opened?.entitled ?? 0,
        })}
      </p>
      <VoteFigures vote={figures} counts={result.counts} />
      {unreadable.length ? (
        <ul className="form-errors" aria-label={t('votes.closeProblems')}>
          {unreadable.map((e) => (
            <li key={e.field}>
              {t('votes.fieldNotACount', { field: t(`votes.count_${e.field as CountKey}`) })}
            </li>
          ))}
        </ul>
      ) : result.problems.length ? (
        <ul className="form-errors" aria-label={t('votes.closeProblems')}>
          {result.problems.map((p) => (
            <li key={p.code}>{t(`votes.problem_${p.code}`, p.params ?? {})}</li>
          ))}
        </ul>
      ) : (
        <p>{t('votes.closeNoProblems')}</p>
      )}
      <FormErrors errors={errors} shownFields={[]} />
    </ConfirmDialog>
  );
}

import { useTranslation } from 'react-i18next';
import type { BallotEntry as Paper, Election } from '../../../shared/core/domain/entities';
import { judgePaper } from '../../../shared/rules/elections/ballotMarks';
import { candidateLabel } from '../../../shared/rules/elections/electionTexts';
import { formatNumber, localised } from '../../app/format';
import { currentLanguage } from '../../app/i18n';
import { ConfirmDialog } from '../../components/ConfirmDialog';

export type VerdictText = (paper: Pick<Paper, 'marks' | 'spoilt'>) => string;

/** How a paper reads, post by post: valid with whom it marks, blank, or why it is invalid. */
export function useVerdictText(election: Election): VerdictText {
  const { t } = useTranslation();
  const language = currentLanguage();
  const name = (c: Election['posts'][number]['candidates'][number]) =>
    candidateLabel(c, language, (key, params) => t(key, params ?? {}));
  return (paper) =>
    election.posts
      .map((post) => {
        const verdict = judgePaper(post, paper.marks[post.id], paper.spoilt);
        if (verdict.status !== 'valid') {
          const why =
            verdict.status === 'blank'
              ? t('elections.verdictBlank')
              : t(`elections.verdict_${verdict.reason}`);
          return t('elections.paperVerdict', { post: localised(post.title, language), verdict: why });
        }
        const marked = post.candidates.filter((_, c) => verdict.marks[c] === '1').map(name);
        const detail = t('elections.verdictValid', { yes: marked.length });
        const markedText = marked.length
          ? t('elections.paperMarked', { names: marked.join(t('common.namesSeparator')) })
          : t('elections.paperMarkedNone');
        const reading = t('elections.paperVerdictMarks', { verdict: detail, marks: markedText });
        return t('elections.paperVerdict', { post: localised(post.title, language), verdict: reading });
      })
      .join(' · ');
}

/** The papers entered, the latest first, each with its correction and its removal. */
export function PaperList({
  papers,
  verdictText,
  onCorrect,
  onRemove,
}: {
  papers: readonly Paper[];
  verdictText: VerdictText;
  onCorrect: (paper: Paper) => void;
  onRemove: (paper: Paper) => void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const shown = [...papers].sort((a, b) => b.paper - a.paper || a.teller - b.teller);
  return (
    <ol className="paper-list" aria-label={t('elections.papersEntered')}>
      {shown.map((paper) => (
        <li key={paper.id}>
          <span>
            {t('elections.paperLine', { paper: paper.paper, teller: paper.teller })}{' '}
            {paper.weight !== 1 ? `×${formatNumber(paper.weight, language)} ` : ''}— {verdictText(paper)}
          </span>{' '}
          <button type="button" className="link-button" onClick={() => onCorrect(paper)}>
            {t('elections.correctPaper', { paper: paper.paper, teller: paper.teller })}
          </button>{' '}
          <button type="button" className="link-button" onClick={() => onRemove(paper)}>
            {t('elections.removePaper', { paper: paper.paper, teller: paper.teller })}
          </button>
        </li>
      ))}
    </ol>
  );
}

/** Removing an entered paper, once the teller has read what it held. */
export function RemovePaperDialog({
  paper,
  verdictText,
  onClose,
  onConfirm,
}: {
  paper: Paper;
  verdictText: VerdictText;
  onClose: () => void;
  onConfirm: (paper: Paper) => void;
}) {
  const { t } = useTranslation();
  return (
    <ConfirmDialog
      title={t('elections.removePaperTitle', { paper: paper.paper })}
      confirmLabel={t('elections.removePaperConfirm')}
      onClose={onClose}
      onConfirm={() => onConfirm(paper)}
    >
      <p>{t('elections.removePaperText', { paper: paper.paper, marks: verdictText(paper) })}</p>
    </ConfirmDialog>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BallotEntry as Paper, BallotIssue, Election } from '../../../shared/core/domain/entities';
import type { FieldError } from '../../../shared/core/domain/validation';
import type { ElectionResult } from '../../../shared/rules/elections/tallyElection';
import { useStore } from '../../app/AppContext';
import { closeElectionAction } from '../../db/electionActions';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormErrors } from '../../components/fields';
import type { useCommand } from '../../components/useCommand';
import { BallotEntry } from './BallotEntry';
import { IssueBallots } from './IssueBallots';
import { TotalsForm } from './TotalsForm';

type Tab = 'issue' | 'count';

/** The round while it is open: the counting tabs, and closing it once the papers are counted. */
export function CountingStage({
  election,
  issues,
  papers,
  weighted,
  result,
  closing,
  onClosing,
  command,
}: {
  election: Election;
  issues: readonly BallotIssue[];
  papers: Paper[];
  weighted: boolean;
  result: ElectionResult;
  closing: boolean;
  onClosing: (asking: boolean) => void;
  command: ReturnType<typeof useCommand>;
}) {
  const { t } = useTranslation();
  const store = useStore();
  return (
    <>
      <CountingTabs election={election} issues={issues} papers={papers} weighted={weighted} />
      <div className="form-actions">
        <button type="button" className="button button--primary" onClick={() => onClosing(true)}>
          {t('elections.close')}
        </button>
      </div>
      {closing ? (
        <CloseElectionDialog
          result={result}
          errors={command.errors}
          onClose={() => onClosing(false)}
          onConfirm={() => void command.run(() => closeElectionAction(store, election))}
        />
      ) : null}
    </>
  );
}

/** While the round is open: issuing ballots at the desk, and counting the papers, as two tabs. */
export function CountingTabs({
  election,
  issues,
  papers,
  weighted,
}: {
  election: Election;
  issues: readonly BallotIssue[];
  papers: Paper[];
  weighted: boolean;
}) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>('issue');
  return (
    <>
      <div role="tablist" aria-label={t('elections.stages')} className="tabs">
        {(['issue', 'count'] as const).map((key) => (
          <button
            key={key}
            type="button"
            role="tab"
            id={`tab-${key}`}
            aria-controls={`panel-${key}`}
            aria-selected={tab === key}
            className={`tab${tab === key ? ' tab--current' : ''}`}
            onClick={() => setTab(key)}
          >
            {t(`elections.tab_${key}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'issue' ? (
          <IssueBallots election={election} issues={issues} />
        ) : election.counting === 'ballots' ? (
          <BallotEntry election={election} papers={papers} weighted={weighted} />
        ) : (
          <TotalsForm election={election} />
        )}
      </div>
    </>
  );
}

/** Closing the round: what it will record, and what does not add up yet. */
export function CloseElectionDialog({
  result,
  errors,
  onClose,
  onConfirm,
}: {
  result: ElectionResult;
  errors: readonly FieldError[];
  onClose: () => void;
  onConfirm: () => void;
}) {
  const { t } = useTranslation();
  return (
    <ConfirmDialog
      title={t('elections.closeTitle')}
      confirmLabel={t('elections.close')}
      onClose={onClose}
      onConfirm={onConfirm}
    >
      <p>{t('elections.closeWillRecord', { returned: result.returned, issued: result.issued })}</p>
      {result.problems.length ? (
        <ul className="form-errors" aria-label={t('votes.closeProblems')}>
          {result.problems.map((p, i) => (
            <li key={`${p.code}${i}`}>{t(`elections.problem_${p.code}`, p.params ?? {})}</li>
          ))}
        </ul>
      ) : (
        <p>{t('elections.closeNoProblems')}</p>
      )}
      <FormErrors errors={errors} shownFields={[]} />
    </ConfirmDialog>
  );
}

import { useTranslation } from 'react-i18next';
import type { BallotEntry as Paper, Election } from '../../../shared/core/domain/entities';
import { electionFingerprintToBe } from '../../../shared/rules/elections/electionCommands';
import type { ElectionResult } from '../../../shared/rules/elections/tallyElection';
import { useStore } from '../../app/AppContext';
import { sealElectionAction } from '../../db/electionActions';
import { SealStage } from '../../components/results/ResultStages';
import type { useCommand } from '../../components/useCommand';
import { BallotEntry } from './BallotEntry';
import { TieDraw } from './TieDraw';
import { TotalsForm } from './TotalsForm';

export type PanelCommand = ReturnType<typeof useCommand>;

/** A closed round: its counts corrected if need be, its ties drawn, then sealed. */
export function ClosedStage({
  election,
  result,
  papers,
  issued,
  weighted,
  sealing,
  onSealing,
  command,
}: {
  election: Election;
  result: ElectionResult;
  papers: Paper[];
  issued: number;
  weighted: boolean;
  sealing: boolean;
  onSealing: (asking: boolean) => void;
  command: PanelCommand;
}) {
  const { t } = useTranslation();
  const store = useStore();
  return (
    <>
      <CorrectCounts election={election} papers={papers} weighted={weighted} />
      <PendingTieDraws election={election} result={result} />
      <SealStage
        step={{
          outcome: t(`elections.outcome_${result.outcome}`),
          hasProblems: result.problems.length > 0,
          initialNote: election.note,
          fingerprint: (note) => electionFingerprintToBe(election, note, papers, issued),
          onSeal: (note, tellers) =>
            void command.run(() => sealElectionAction(store, election, note, tellers)),
        }}
        asking={sealing}
        onAsk={() => onSealing(true)}
        onClose={() => onSealing(false)}
        errors={command.errors}
      />
    </>
  );
}

/** Correcting the counts before the seal: the papers as entered, or the totals. */
function CorrectCounts({
  election,
  papers,
  weighted,
}: {
  election: Election;
  papers: Paper[];
  weighted: boolean;
}) {
  const { t } = useTranslation();
  return (
    <details className="correct-counts">
      <summary>{t('votes.correctCounts')}</summary>
      {election.counting === 'ballots' ? (
        <BallotEntry election={election} papers={papers} weighted={weighted} />
      ) : (
        <TotalsForm election={election} />
      )}
    </details>
  );
}

/** A drawing of lots for each post whose tie is still to be drawn, once the round is decided. */
function PendingTieDraws({ election, result }: { election: Election; result: ElectionResult }) {
  if (result.outcome !== 'decided') return null;
  return (
    <>
      {election.posts.map((post, i) => {
        const tie = result.posts[i]!.seats.tie;
        return tie?.resolution === 'pending' ? (
          <TieDraw key={post.id} election={election} post={post} tie={tie} />
        ) : null;
      })}
    </>
  );
}

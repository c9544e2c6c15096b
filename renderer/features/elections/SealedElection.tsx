import type { BallotEntry as Paper, Election } from '../../../shared/core/domain/entities';
import type { ElectionResult } from '../../../shared/rules/elections/tallyElection';
import { useServices } from '../../app/AppContext';
import { routePath } from '../../app/router';
import { createNextRoundAction, reopenElectionAction } from '../../db/electionActions';
import { FormErrors } from '../../components/fields';
import { SealedStage } from '../../components/results/ResultStages';
import type { PanelCommand } from './ClosedStage';
import { NextRounds } from './NextRounds';
import { useResultSheet } from './useResultSheet';

/**
 * The seals of the round, and once sealed: its announcement (here or on a second screen), its result
 * sheet, the next rounds it calls for, and its reopening.
 */
export function SealedElection({
  election,
  result,
  eventName,
  parent,
  papers,
  command,
  nextRound,
  onAnnounce,
}: {
  election: Election;
  result: ElectionResult;
  eventName: string;
  parent: Election | undefined;
  papers: readonly Paper[];
  command: PanelCommand;
  nextRound: PanelCommand;
  onAnnounce: () => void;
}) {
  const { store, platform } = useServices();
  const saveSheet = useResultSheet({ election, result, eventName, parent, papers });
  return (
    <SealedStage
      record={election}
      sealed={election.status === 'sealed'}
      onAnnounce={onAnnounce}
      onSecondScreen={() =>
        void platform.openSecondWindow(
          routePath({
            screen: 'announceElection',
            conferenceId: election.conferenceId,
            electionId: election.id,
          }),
        )
      }
      onSheet={() => void saveSheet()}
      onReopen={(reason, name) => void command.run(() => reopenElectionAction(store, election, reason, name))}
    >
      {result.outcome === 'decided' ? (
        <NextRounds
          election={election}
          result={result}
          onCreate={(postId, kind) =>
            void nextRound.run(() => createNextRoundAction(store, election, postId, kind))
          }
        />
      ) : null}
      <FormErrors errors={nextRound.errors} shownFields={[]} />
    </SealedStage>
  );
}

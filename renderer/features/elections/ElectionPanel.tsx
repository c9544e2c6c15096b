import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Election } from '../../../shared/core/domain/entities';
import { electionResultOf } from '../../../shared/rules/elections/electionResult';
import { useServices } from '../../app/AppContext';
import { currentLanguage } from '../../app/i18n';
import { localised } from '../../app/format';
import { openElectionAction } from '../../db/electionActions';
import { useBallotEntries, useBallotIssues, useHasWeightedMembers } from '../../db/hooks';
import { useCommand } from '../../components/useCommand';
import { DraftActions, OpenedWith, ResultFooter, ResultHeader } from '../../components/results/ResultStages';
import { ElectionDialog } from './ElectionDialog';
import { ElectionResults } from './ElectionResults';
import { CountingStage } from './CountingStage';
import { BallotPrint } from './BallotPrint';
import { ElectionAnnounceDialog } from './ElectionAnnounce';
import { ElectionSummary } from './ElectionSummary';
import { ClosedStage, type PanelCommand } from './ClosedStage';
import { SealedElection } from './SealedElection';

/** The round as counted so far: its papers (the live ones count), ballots issued, result; null while read. */
function useElectionRound(election: Election, elections: readonly Election[]) {
  const papers = useBallotEntries(election.id);
  const issues = useBallotIssues(election.id);
  const weighted = useHasWeightedMembers(election.body === 'assembly' ? election.conferenceId : null);
  if (!papers || !issues) return null;
  const live = papers.filter((p) => !p.deletedAt);
  const result = electionResultOf(election, live, issues.length);
  const parent = elections.find((e) => e.id === election.parentElectionId);
  return { papers, issues, live, result, parent, weighted: weighted ?? false };
}

/** The round's heading: the election's title, and which round it is after the first. */
function useRoundTitle(election: Election) {
  const { t } = useTranslation();
  const roundSuffix = election.round > 1 ? ` · ${t('elections.roundN', { n: election.round })}` : '';
  return `${localised(election.title, currentLanguage())}${roundSuffix}`;
}

/** The panel's dialogs: the seal and the closing are asked afresh at every change of status. */
function usePanelDialogs(status: Election['status']) {
  const [sealing, setSealing] = useState(false);
  const [closing, setClosing] = useState(false);
  useEffect(() => {
    setSealing(false);
    setClosing(false);
  }, [status]);
  return { sealing, setSealing, closing, setClosing };
}

/**
 * One election round at the tellers' table: papers printed, ballots issued, papers counted, seats
 * filled, sealed, announced.
 */
export function ElectionPanel({
  election,
  elections,
  eventName,
  onSelect,
}: {
  election: Election;
  elections: readonly Election[];
  eventName: string;
  onSelect: (id: string) => void;
}) {
  const { t } = useTranslation();
  const round = useElectionRound(election, elections);
  const title = useRoundTitle(election);
  const command = useCommand(() => undefined);
  const { sealing, setSealing, closing, setClosing } = usePanelDialogs(election.status);
  const nextRound = useCommand(onSelect);
  const [editing, setEditing] = useState(false);
  const [announcing, setAnnouncing] = useState(false);
  if (!round) return <p role="status">{t('common.loading')}</p>;
  const { papers, issues, live, result, parent, weighted } = round;
  const counting = election.status === 'open' || election.status === 'counting';
  const stage = { election, result, papers: live, weighted, command };

  return (
    <section aria-labelledby="election-title" className="panel vote-panel">
      <ResultHeader id="election-title" title={title} status={election.status} />
      <ElectionSummary election={election} parent={parent} />
      <OpenedWith
        opened={election.opened}
        required={result.quorum.required}
        quorate={result.quorum.met}
        notQuorateWarning="elections.notQuorateWarning"
      />

      {election.status === 'draft' || counting ? (
        <BallotPrint
          election={election}
          eventName={eventName}
          defaultCopies={election.opened?.present ?? 1}
        />
      ) : null}

      <DraftStage
        election={election}
        elections={elections}
        editing={editing}
        onEditing={setEditing}
        command={command}
      />

      {counting ? (
        <CountingStage {...stage} issues={issues} closing={closing} onClosing={setClosing} />
      ) : null}

      {election.status !== 'draft' ? <ElectionResults election={election} result={result} /> : null}

      {election.status === 'closed' ? (
        <ClosedStage {...stage} issued={issues.length} sealing={sealing} onSealing={setSealing} />
      ) : null}

      <SealedElection
        election={election}
        result={result}
        eventName={eventName}
        parent={parent}
        papers={papers}
        command={command}
        nextRound={nextRound}
        onAnnounce={() => setAnnouncing(true)}
      />
      <ResultFooter
        errors={command.errors}
        dialogOpen={sealing || closing}
        conferenceId={election.conferenceId}
        entityId={election.id}
        label={title}
      />
      {announcing ? (
        <ElectionAnnounceDialog election={election} result={result} onClose={() => setAnnouncing(false)} />
      ) : null}
    </section>
  );
}

/** A draft round: opening it, or editing its setting (an open dialog stays until it is closed). */
function DraftStage({
  election,
  elections,
  editing,
  onEditing,
  command,
}: {
  election: Election;
  elections: readonly Election[];
  editing: boolean;
  onEditing: (editing: boolean) => void;
  command: PanelCommand;
}) {
  const { store } = useServices();
  return (
    <>
      {election.status === 'draft' ? (
        <DraftActions
          openLabel="elections.open"
          editLabel="elections.editSetting"
          onOpen={() => void command.run(() => openElectionAction(store, election))}
          onEdit={() => onEditing(true)}
        />
      ) : null}
      {editing ? (
        <ElectionDialog
          conferenceId={election.conferenceId}
          elections={elections}
          current={election}
          onClose={() => onEditing(false)}
        />
      ) : null}
    </>
  );
}

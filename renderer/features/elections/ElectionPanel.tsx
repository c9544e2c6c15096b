import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { methodOf } from '../../../shared/rules/elections/methods';
import type { Election } from '../../../shared/core/domain/entities';
import { electionResultOf } from '../../../shared/rules/elections/electionResult';
import { renderResultSheet } from '../../../shared/documents/render/resultSheet';
import { useServices } from '../../app/AppContext';
import { currentLanguage } from '../../app/i18n';
import { localised } from '../../app/format';
import { routePath } from '../../app/router';
import {
  closeElectionAction,
  createNextRoundAction,
  openElectionAction,
  reopenElectionAction,
  sealElectionAction,
} from '../../db/electionActions';
import { useBallotEntries, useBallotIssues, useHasWeightedMembers } from '../../db/hooks';
import { FormErrors } from '../../components/fields';
import { useCommand } from '../../components/useCommand';
import {
  DraftActions,
  OpenedWith,
  ResultFooter,
  ResultHeader,
  SealedStage,
  SealStage,
} from '../../components/results/ResultStages';
import { electionFingerprintToBe } from '../../../shared/rules/elections/electionCommands';
import { translatorFor, type Translate } from '../../../shared/locales';
import { loadFontBytes } from '../../components/fontUrls';
import { ElectionDialog } from './ElectionDialog';
import { ElectionResults } from './ElectionResults';
import { NextRounds } from './NextRounds';
import { CloseElectionDialog, CountingTabs } from './CountingStage';
import { BallotEntry } from './BallotEntry';
import { TotalsForm } from './TotalsForm';
import { TieDraw } from './TieDraw';
import { BallotPrint } from './BallotPrint';
import { ElectionAnnounceDialog } from './ElectionAnnounce';
import {
  electionSheetContent,
  instructionText,
  seatRuleText,
} from '../../../shared/rules/elections/electionTexts';

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
  const { store, platform } = useServices();
  const language = currentLanguage();
  const papers = useBallotEntries(election.id);
  const issues = useBallotIssues(election.id);
  const weighted = useHasWeightedMembers(election.body === 'assembly' ? election.conferenceId : null);
  const { errors, run } = useCommand(() => undefined);
  const [sealing, setSealing] = useState(false);
  const [closing, setClosing] = useState(false);
  useEffect(() => {
    setSealing(false);
    setClosing(false);
  }, [election.status]);
  const nextRound = useCommand(onSelect);
  const [editing, setEditing] = useState(false);
  const [announcing, setAnnouncing] = useState(false);
  const fixed: Translate = (key, params) => t(key, params ?? {});
  if (!papers || !issues) return <p role="status">{t('common.loading')}</p>;
  const live = papers.filter((p) => !p.deletedAt);
  const result = electionResultOf(election, live, issues.length);
  const roundSuffix = election.round > 1 ? ` · ${t('elections.roundN', { n: election.round })}` : '';
  const title = `${localised(election.title, language)}${roundSuffix}`;
  const parent = elections.find((e) => e.id === election.parentElectionId);
  const counting = election.status === 'open' || election.status === 'counting';

  const saveSheet = async () => {
    const parentTitle = parent
      ? `${parent.title.zh || parent.title.en} / ${parent.title.ru || parent.title.en} · ${parent.round}`
      : '';
    const pdf = await renderResultSheet(
      electionSheetContent(
        election,
        result,
        eventName,
        parentTitle,
        translatorFor('zh-CN'),
        translatorFor('ru'),
        papers,
      ),
      await loadFontBytes(),
    );
    const saved = await platform.saveFile(`${t('elections.sheetFile')}-${election.round}.pdf`, pdf, [
      { name: 'PDF', extensions: ['pdf'] },
    ]);
    if (saved) void platform.openInViewer(saved).catch(() => undefined);
  };

  return (
    <section aria-labelledby="election-title" className="panel vote-panel">
      <ResultHeader id="election-title" title={title} status={election.status} />
      <p className="hint">
        {t(`elections.body_${election.body}`)} · {t(`elections.counting_${election.counting}`)}
        {election.doubleEntry ? ` · ${t('elections.doubleEntry')}` : ''}
        {parent
          ? ` · ${t('elections.followsRoundOf', { title: localised(parent.title, language), n: parent.round })}`
          : ''}
      </p>
      <ul className="post-summary">
        {election.posts.map((post) => (
          <li key={post.id}>
            <strong>{localised(post.title, language)}</strong>:{' '}
            {t('elections.postSummary', {
              seats: post.seats,
              candidates: post.candidates.length,
              method: t(methodOf(post).texts.name),
              rule: seatRuleText(post, fixed),
              tie: t(`elections.tie_${post.tieRule}`),
            })}{' '}
            <span className="hint">{instructionText(post, fixed)}</span>
          </li>
        ))}
      </ul>
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

      {election.status === 'draft' ? (
        <DraftActions
          openLabel="elections.open"
          editLabel="elections.editSetting"
          onOpen={() => void run(() => openElectionAction(store, election))}
          onEdit={() => setEditing(true)}
        />
      ) : null}
      {editing ? (
        <ElectionDialog
          conferenceId={election.conferenceId}
          elections={elections}
          current={election}
          onClose={() => setEditing(false)}
        />
      ) : null}

      {counting ? (
        <>
          <CountingTabs election={election} issues={issues} papers={live} weighted={weighted ?? false} />
          <div className="form-actions">
            <button type="button" className="button button--primary" onClick={() => setClosing(true)}>
              {t('elections.close')}
            </button>
          </div>
          {closing ? (
            <CloseElectionDialog
              result={result}
              errors={errors}
              onClose={() => setClosing(false)}
              onConfirm={() => void run(() => closeElectionAction(store, election))}
            />
          ) : null}
        </>
      ) : null}

      {election.status !== 'draft' ? <ElectionResults election={election} result={result} /> : null}

      {election.status === 'closed' ? (
        <>
          <details className="correct-counts">
            <summary>{t('votes.correctCounts')}</summary>
            {election.counting === 'ballots' ? (
              <BallotEntry election={election} papers={live} weighted={weighted ?? false} />
            ) : (
              <TotalsForm election={election} />
            )}
          </details>
          {result.outcome === 'decided'
            ? election.posts.map((post, i) => {
                const tie = result.posts[i]!.seats.tie;
                return tie?.resolution === 'pending' ? (
                  <TieDraw key={post.id} election={election} post={post} tie={tie} />
                ) : null;
              })
            : null}
          <SealStage
            step={{
              outcome: t(`elections.outcome_${result.outcome}`),
              hasProblems: result.problems.length > 0,
              initialNote: election.note,
              fingerprint: (note) => electionFingerprintToBe(election, note, live, issues.length),
              onSeal: (note, tellers) => void run(() => sealElectionAction(store, election, note, tellers)),
            }}
            asking={sealing}
            onAsk={() => setSealing(true)}
            onClose={() => setSealing(false)}
            errors={errors}
          />
        </>
      ) : null}

      <SealedStage
        record={election}
        sealed={election.status === 'sealed'}
        onAnnounce={() => setAnnouncing(true)}
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
        onReopen={(reason, name) => void run(() => reopenElectionAction(store, election, reason, name))}
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
      <ResultFooter
        errors={errors}
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

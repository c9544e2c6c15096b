import type { Translate } from '../../../shared/locales';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { methodOf } from '../../../shared/rules/elections/methods';
import type { Election } from '../../../shared/core/domain/entities';
import { electionResultOf } from '../../../shared/rules/elections/electionResult';
import { renderResultSheet } from '../../../shared/documents/render/resultSheet';
import { useServices } from '../../app/AppContext';
import { currentLanguage } from '../../app/i18n';
import { formatDateTime, localised } from '../../app/format';
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
import { HistoryButton } from '../../components/HistoryButton';
import { ReopenForm, SealHistory } from '../../components/results/SealsAndReopening';
import { SealButton, SealDialog, SealedActions } from '../../components/results/ResultActions';
import { electionFingerprintToBe } from '../../../shared/rules/elections/electionCommands';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { translatorFor as fixedT } from '../../../shared/locales';
import { loadFontBytes } from '../../components/fontUrls';
import { ElectionDialog } from './ElectionDialog';
import { ElectionResults } from './ElectionResults';
import { IssueBallots } from './IssueBallots';
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

type Tab = 'issue' | 'count';

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
  const [tab, setTab] = useState<Tab>('issue');
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
      electionSheetContent(election, result, eventName, parentTitle, fixedT('zh-CN'), fixedT('ru'), papers),
      await loadFontBytes(),
    );
    const saved = await platform.saveFile(`${t('elections.sheetFile')}-${election.round}.pdf`, pdf, [
      { name: 'PDF', extensions: ['pdf'] },
    ]);
    if (saved) void platform.openInViewer(saved).catch(() => undefined);
  };

  return (
    <section aria-labelledby="election-title" className="panel vote-panel">
      <div className="screen-header">
        <h2 id="election-title">{title}</h2>
        <span className={`vote-status vote-status--${election.status}`}>
          {t(`votes.status_${election.status}`)}
        </span>
      </div>
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
      {election.opened ? (
        <p>
          {t('votes.openedWith', {
            entitled: election.opened.entitled,
            present: election.opened.present,
            required: result.quorum.required ?? '—',
            time: formatDateTime(election.opened.at, language),
          })}
        </p>
      ) : null}
      {election.opened && !result.quorum.met ? (
        <p className="form-errors" role="alert">
          {t('elections.notQuorateWarning')}
        </p>
      ) : null}

      {election.status === 'draft' || counting ? (
        <BallotPrint
          election={election}
          eventName={eventName}
          defaultCopies={election.opened?.present ?? 1}
        />
      ) : null}

      {election.status === 'draft' ? (
        <div className="form-actions">
          <button
            type="button"
            className="button button--primary"
            onClick={() => void run(() => openElectionAction(store, election))}
          >
            {t('elections.open')}
          </button>
          <button type="button" className="button" onClick={() => setEditing(true)}>
            {t('elections.editSetting')}
          </button>
        </div>
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
              <BallotEntry election={election} papers={live} weighted={weighted ?? false} />
            ) : (
              <TotalsForm election={election} />
            )}
          </div>
          <div className="form-actions">
            <button type="button" className="button button--primary" onClick={() => setClosing(true)}>
              {t('elections.close')}
            </button>
          </div>
          {closing ? (
            <ConfirmDialog
              title={t('elections.closeTitle')}
              confirmLabel={t('elections.close')}
              onClose={() => setClosing(false)}
              onConfirm={() => void run(() => closeElectionAction(store, election))}
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
          <SealButton onClick={() => setSealing(true)} />
          {sealing ? (
            <SealDialog
              outcome={t(`elections.outcome_${result.outcome}`)}
              hasProblems={result.problems.length > 0}
              initialNote={election.note}
              fingerprint={(note) => electionFingerprintToBe(election, note, live, issues.length)}
              errors={errors}
              onClose={() => setSealing(false)}
              onSeal={(note, tellers) => void run(() => sealElectionAction(store, election, note, tellers))}
            />
          ) : null}
        </>
      ) : null}

      <SealHistory record={election} />

      {election.status === 'sealed' ? (
        <>
          <SealedActions
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
          />
          {result.outcome === 'decided' ? (
            <div className="form-actions">
              {election.posts.map((post, i) => {
                const seats = result.posts[i]!.seats;
                const postTitle = localised(post.title, language);
                if (seats.tie?.resolution === 'runoff')
                  return (
                    <button
                      key={post.id}
                      type="button"
                      className="button"
                      onClick={() =>
                        void nextRound.run(() => createNextRoundAction(store, election, post.id, 'runoff'))
                      }
                    >
                      {t('elections.createRunoff', { post: postTitle })}
                    </button>
                  );
                if (seats.unfilled > 0)
                  return (
                    <button
                      key={post.id}
                      type="button"
                      className="button"
                      onClick={() =>
                        void nextRound.run(() => createNextRoundAction(store, election, post.id, 'further'))
                      }
                    >
                      {t('elections.createFurther', { post: postTitle, n: seats.unfilled })}
                    </button>
                  );
                return null;
              })}
            </div>
          ) : null}
          <FormErrors errors={nextRound.errors} shownFields={[]} />
          <ReopenForm
            onReopen={(reason, name) => void run(() => reopenElectionAction(store, election, reason, name))}
          />
        </>
      ) : null}
      {sealing || closing ? null : <FormErrors errors={errors} shownFields={[]} />}
      <div className="form-actions">
        <HistoryButton conferenceId={election.conferenceId} entityId={election.id} label={title} />
      </div>
      {announcing ? (
        <ElectionAnnounceDialog election={election} result={result} onClose={() => setAnnouncing(false)} />
      ) : null}
    </section>
  );
}

import type { Translate } from '../../../shared/locales';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Vote } from '../../../shared/core/domain/entities';
import { fingerprintToBe, resultOf } from '../../../shared/rules/votes/voteCommands';
import { renderResultSheet } from '../../../shared/documents/render/resultSheet';
import { useServices } from '../../app/AppContext';
import { currentLanguage } from '../../app/i18n';
import { localised } from '../../app/format';
import { closeVoteAction, openVoteAction, reopenVoteAction, sealVoteAction } from '../../db/voteActions';
import { useCommand } from '../../components/useCommand';
import { loadFontBytes } from '../../components/fontUrls';
import { CountsForm } from './CountsForm';
import { CloseVoteDialog, VoteFigures } from './CloseVoteDialog';
import { RollCallForm } from './RollCallForm';
import { AnnounceView } from './AnnounceView';
import { explanation, resultSheetContent, ruleText } from '../../../shared/rules/votes/voteTexts';
import {
  DraftActions,
  OpenedWith,
  ResultFooter,
  ResultHeader,
  SealedStage,
  SealStage,
} from '../../components/results/ResultStages';
import { routePath } from '../../app/router';
import { NewVoteDialog } from './NewVoteDialog';

/** One vote at the tellers' table: open it, enter the count, close, seal, announce, print, reopen. */
export function VotePanel({ vote, eventName }: { vote: Vote; eventName: string }) {
  const { t } = useTranslation();
  const { store, platform } = useServices();
  const language = currentLanguage();
  const { errors, run } = useCommand(() => undefined);
  const [announcing, setAnnouncing] = useState(false);
  const [editing, setEditing] = useState(false);
  const [asking, setAsking] = useState<'close' | 'seal' | null>(null);
  // A dialog belongs to the step it was opened for: closing or sealing ends it.
  useEffect(() => setAsking(null), [vote.status]);
  const result = resultOf(vote);
  const counted = result.counts.yes + result.counts.no + result.counts.abstain + result.counts.invalid > 0;
  // Before any count is entered there is no verdict to show, red or otherwise.
  const pending = !counted && (vote.status === 'open' || vote.status === 'counting');
  const fixed: Translate = (key, params) => t(key, params ?? {});
  const saveSheet = async () => {
    const pdf = await renderResultSheet(resultSheetContent(vote, result, eventName), await loadFontBytes());
    const saved = await platform.saveFile(
      `${t('votes.sheetFile')}-${new Date().toISOString().slice(0, 10)}.pdf`,
      pdf,
      [{ name: 'PDF', extensions: ['pdf'] }],
    );
    if (saved) void platform.openInViewer(saved).catch(() => undefined);
  };
  const title = localised(vote.title, language);

  return (
    <section aria-labelledby="vote-title" className="panel vote-panel">
      <ResultHeader id="vote-title" title={title} status={vote.status} />
      <p className="hint">
        {t(`votes.procedure_${vote.procedure}`)} · {t(`votes.body_${vote.body}`)} · {ruleText(vote, fixed)}
        {vote.documentName ? ` · ${vote.documentName}` : ''}
      </p>
      <OpenedWith
        opened={vote.opened}
        required={result.quorum.required}
        quorate={result.quorum.met}
        notQuorateWarning="votes.notQuorateWarning"
      />

      {vote.status === 'draft' ? (
        <DraftActions
          openLabel="votes.open"
          editLabel="votes.editSetting"
          onOpen={() => void run(() => openVoteAction(store, vote))}
          onEdit={() => setEditing(true)}
        />
      ) : null}
      {editing ? (
        <NewVoteDialog conferenceId={vote.conferenceId} current={vote} onClose={() => setEditing(false)} />
      ) : null}

      {vote.status === 'open' || vote.status === 'counting' ? (
        <>
          {vote.procedure === 'rollCall' ? (
            <RollCallForm key={vote.version} vote={vote} />
          ) : (
            <CountsForm vote={vote} />
          )}
          <div className="form-actions">
            <button type="button" className="button button--primary" onClick={() => setAsking('close')}>
              {t('votes.close')}
            </button>
          </div>
        </>
      ) : null}

      {vote.status === 'closed' && vote.procedure !== 'rollCall' ? (
        <details className="correct-counts">
          <summary>{t('votes.correctCounts')}</summary>
          <CountsForm vote={vote} />
        </details>
      ) : null}

      {pending ? (
        <div className="vote-result vote-result--pending" role="status">
          <p className="vote-result-line">{t('votes.noCountYet')}</p>
        </div>
      ) : null}
      {vote.status !== 'draft' && !pending ? (
        <div className={`vote-result vote-result--${result.outcome}`} role="status">
          <p className="vote-result-line">{t(`votes.outcome_${result.outcome}`)}</p>
          <p>{explanation(vote, result, fixed)}</p>
          <VoteFigures vote={vote} counts={result.counts} />
          {result.problems.length ? (
            <ul className="form-errors">
              {result.problems.map((p) => (
                <li key={p.code}>{t(`votes.problem_${p.code}`, p.params ?? {})}</li>
              ))}
            </ul>
          ) : null}
          {vote.note && result.problems.length ? (
            <p>
              <strong>{t('votes.noteLabel')}:</strong> {vote.note}
            </p>
          ) : null}
        </div>
      ) : null}

      {asking === 'close' && (vote.status === 'open' || vote.status === 'counting') ? (
        <CloseVoteDialog
          vote={vote}
          errors={errors}
          onClose={() => setAsking(null)}
          onConfirm={() => void run(() => closeVoteAction(store, vote))}
        />
      ) : null}
      {vote.status === 'closed' ? (
        <SealStage
          step={{
            outcome: `${t(`votes.outcome_${result.outcome}`)}. ${explanation(vote, result, fixed)}`,
            hasProblems: result.problems.length > 0,
            initialNote: vote.note,
            fingerprint: (note) => fingerprintToBe(vote, note),
            onSeal: (note, tellers) => void run(() => sealVoteAction(store, vote, note, tellers)),
          }}
          asking={asking === 'seal'}
          onAsk={() => setAsking('seal')}
          onClose={() => setAsking(null)}
          errors={errors}
        />
      ) : null}

      <SealedStage
        record={vote}
        sealed={vote.status === 'sealed'}
        onAnnounce={() => setAnnouncing(true)}
        onSecondScreen={() =>
          void platform.openSecondWindow(
            routePath({ screen: 'announce', conferenceId: vote.conferenceId, voteId: vote.id }),
          )
        }
        onSheet={() => void saveSheet()}
        onReopen={(reason, name) => void run(() => reopenVoteAction(store, vote, reason, name))}
      />
      <ResultFooter
        errors={errors}
        dialogOpen={asking !== null}
        conferenceId={vote.conferenceId}
        entityId={vote.id}
        label={title}
      />
      {announcing ? <AnnounceView vote={vote} result={result} onClose={() => setAnnouncing(false)} /> : null}
    </section>
  );
}

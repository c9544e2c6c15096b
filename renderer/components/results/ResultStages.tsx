import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MessageKey } from '../../../shared/locales';
import type { ElectorateSnapshot, VoteStatus } from '../../../shared/core/domain/entities';
import type { FieldError } from '../../../shared/core/domain/validation';
import { formatDateTime } from '../../app/format';
import { currentLanguage } from '../../app/i18n';
import { FormErrors } from '../fields';
import { HistoryButton } from '../HistoryButton';
import { SealButton, SealDialog, SealedActions } from './ResultActions';
import { ReopenForm, SealHistory, type SealsOf } from './SealsAndReopening';

/**
 * The stages every counted result goes through on the tellers' screen, a vote's or an election's:
 * its title and status, the hall at the opening, the buttons of a draft, the seal of a closed count,
 * the sealed result's actions and its reopening, and the record's history. The panels put their own
 * counting forms and results between these.
 */
export function ResultHeader({ id, title, status }: { id: string; title: string; status: VoteStatus }) {
  const { t } = useTranslation();
  return (
    <div className="screen-header">
      <h2 id={id}>{title}</h2>
      <span className={`vote-status vote-status--${status}`}>{t(`votes.status_${status}`)}</span>
    </div>
  );
}

export function OpenedWith({
  opened,
  required,
  quorate,
  notQuorateWarning,
}: {
  opened: ElectorateSnapshot | null;
  required: number | null;
  quorate: boolean;
  notQuorateWarning: MessageKey;
}) {
  const { t } = useTranslation();
  if (!opened) return null;
  const time = formatDateTime(opened.at, currentLanguage());
  return (
    <>
      <p>
        {t('votes.openedWith', {
          entitled: opened.entitled,
          present: opened.present,
          required: required ?? '—',
          time,
        })}
      </p>
      {quorate ? null : (
        <p className="form-errors" role="alert">
          {t(notQuorateWarning)}
        </p>
      )}
    </>
  );
}

export function DraftActions({
  openLabel,
  editLabel,
  onOpen,
  onEdit,
}: {
  openLabel: MessageKey;
  editLabel: MessageKey;
  onOpen: () => void;
  onEdit: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="form-actions">
      <button type="button" className="button button--primary" onClick={onOpen}>
        {t(openLabel)}
      </button>
      <button type="button" className="button" onClick={onEdit}>
        {t(editLabel)}
      </button>
    </div>
  );
}

export interface SealStep {
  /** The outcome in words, shown in the seal dialog. */
  outcome: string;
  hasProblems: boolean;
  initialNote: string;
  fingerprint: (note: string) => string;
  onSeal: (note: string, tellers: string[]) => void;
}

/** A closed count: the seal button, and its dialog while asked. */
export function SealStage({
  step,
  asking,
  onAsk,
  onClose,
  errors,
}: {
  step: SealStep;
  asking: boolean;
  onAsk: () => void;
  onClose: () => void;
  errors: readonly FieldError[];
}) {
  return (
    <>
      <SealButton onClick={onAsk} />
      {asking ? <SealDialog {...step} errors={errors} onClose={onClose} /> : null}
    </>
  );
}

/** The seals and reopenings so far; once sealed, announce, second screen, sheet, what comes next, reopen. */
export function SealedStage({
  record,
  sealed,
  onAnnounce,
  onSecondScreen,
  onSheet,
  onReopen,
  children,
}: {
  record: SealsOf;
  sealed: boolean;
  onAnnounce: () => void;
  onSecondScreen: () => void;
  onSheet: () => void;
  onReopen: (reason: string, name: string) => void;
  children?: ReactNode;
}) {
  return (
    <>
      <SealHistory record={record} />
      {sealed ? (
        <>
          <SealedActions onAnnounce={onAnnounce} onSecondScreen={onSecondScreen} onSheet={onSheet} />
          {children}
          <ReopenForm onReopen={onReopen} />
        </>
      ) : null}
    </>
  );
}

/** The refusals of the last step (unless a dialog shows them), and the record's history. */
export function ResultFooter({
  errors,
  dialogOpen,
  conferenceId,
  entityId,
  label,
}: {
  errors: readonly FieldError[];
  dialogOpen: boolean;
  conferenceId: string;
  entityId: string;
  label: string;
}) {
  return (
    <>
      {dialogOpen ? null : <FormErrors errors={errors} shownFields={[]} />}
      <div className="form-actions">
        <HistoryButton conferenceId={conferenceId} entityId={entityId} label={label} />
      </div>
    </>
  );
}

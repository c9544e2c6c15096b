import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { tellerNames } from '../../../shared/rules/votes/voteCommands';
import type { FieldError } from '../../../shared/core/domain/validation';
import { errorFor, FormErrors, TextAreaField, TextField } from '../fields';
import { ConfirmDialog } from '../ConfirmDialog';

/**
 * Sealing a closed result: the tellers type their names; a count with problems needs their note.
 * The dialog shows the outcome in words and the fingerprint that sealing will record.
 */
export function SealDialog({
  outcome,
  hasProblems,
  initialNote,
  fingerprint,
  errors,
  onSeal,
  onClose,
}: {
  outcome: string;
  hasProblems: boolean;
  initialNote: string;
  fingerprint: (note: string) => string;
  errors: readonly FieldError[];
  onSeal: (note: string, tellers: string[]) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [note, setNote] = useState(initialNote);
  const [tellers, setTellers] = useState('');
  return (
    <ConfirmDialog
      title={t('votes.sealTitle')}
      confirmLabel={t('votes.seal')}
      onConfirm={() => onSeal(note, tellerNames(tellers))}
      onClose={onClose}
    >
      <p className="seal-outcome">{outcome}</p>
      <TextField
        label={t('votes.tellers')}
        value={tellers}
        onChange={setTellers}
        hint={t('votes.tellersHint')}
        error={errorFor(errors, 'tellers')}
        autoFocus
      />
      {hasProblems ? (
        <TextAreaField
          label={t('votes.note')}
          value={note}
          onChange={setNote}
          error={errorFor(errors, 'note')}
        />
      ) : null}
      <p>
        {t('votes.fingerprintToBe')} <code className="fingerprint">{fingerprint(note)}</code>
      </p>
      <FormErrors errors={errors} shownFields={['tellers', 'note']} />
    </ConfirmDialog>
  );
}

/** The button that opens the seal dialog. */
export function SealButton({ onClick }: { onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="form-actions">
      <button type="button" className="button button--primary" onClick={onClick}>
        {t('votes.seal')}
      </button>
    </div>
  );
}

/** What a sealed result offers: the announce view here or on a second screen, and the result sheet. */
export function SealedActions({
  onAnnounce,
  onSecondScreen,
  onSheet,
}: {
  onAnnounce: () => void;
  onSecondScreen: () => void;
  onSheet: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="form-actions">
      <button type="button" className="button button--primary" onClick={onAnnounce}>
        {t('votes.announce')}
      </button>
      <button type="button" className="button" onClick={onSecondScreen}>
        {t('votes.announceSecondScreen')}
      </button>
      <button type="button" className="button" onClick={onSheet}>
        {t('votes.resultSheet')}
      </button>
    </div>
  );
}

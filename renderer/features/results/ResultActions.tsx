import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextAreaField } from '../../components/fields';

/** Sealing a closed result: a count with problems needs the tellers' note. */
export function SealForm({ hasProblems, initialNote, onSeal }: { hasProblems: boolean; initialNote: string; onSeal: (note: string) => void }) {
  const { t } = useTranslation();
  const [note, setNote] = useState(initialNote);
  return (
    <>
      {hasProblems ? <TextAreaField label={t('votes.note')} value={note} onChange={setNote} /> : null}
      <div className="form-actions">
        <button type="button" className="button button--primary" onClick={() => onSeal(note)}>
          {t('votes.seal')}
        </button>
      </div>
    </>
  );
}

/** What a sealed result offers: the announce view here or on a second screen, and the result sheet. */
export function SealedActions({ onAnnounce, onSecondScreen, onSheet }: { onAnnounce: () => void; onSecondScreen: () => void; onSheet: () => void }) {
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

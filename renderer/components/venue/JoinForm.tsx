import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { venueNetwork, type JoinProblem } from '../../db/venue/venueNetwork';
import { deskName } from '../../db/openDatabase';
import { TextField } from '../fields';

/**
 * Joins the venue host with a pairing code, scanned (a badge scanner types the QR code's text) or
 * pasted. `conferenceId`: the event this laptop brings to a new host.
 */
export function JoinForm({
  conferenceId,
  submitLabel,
  onJoined,
  autoFocus = true,
}: {
  autoFocus?: boolean;
  conferenceId?: string;
  submitLabel: string;
  onJoined: (conferenceId: string) => void;
}) {
  const { t } = useTranslation();
  const codeId = useId();
  const [code, setCode] = useState('');
  const [name, setName] = useState(deskName());
  const [problem, setProblem] = useState<JoinProblem | 'nameRequired' | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return setProblem('nameRequired');
    setBusy(true);
    try {
      const joined = await venueNetwork.join(code, name.trim(), conferenceId);
      if (!joined.ok) return setProblem(joined.problem);
      setProblem(null);
      if (!deskName()) localStorage.setItem('plenum.deskName', name.trim());
      onJoined(joined.conferenceId);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="join-form">
      <p className="hint">{t('venue.joinExplain')}</p>
      <label className="field field--wide" htmlFor={codeId}>
        <span className="field-label">{t('venue.code')}</span>
        <textarea
          id={codeId}
          value={code}
          rows={3}
          spellCheck={false}
          autoFocus={autoFocus}
          onChange={(e) => setCode(e.target.value)}
          onKeyDown={(e) => {
            // A scanner ends the code with Enter: that submits, as a click on the button would.
            if (e.key === 'Enter' && !e.shiftKey) {
              e.preventDefault();
              e.currentTarget.form?.requestSubmit();
            }
          }}
        />
      </label>
      <TextField label={t('venue.laptopName')} value={name} onChange={setName} required />
      {problem ? (
        <p role="alert" className="form-errors">
          {problem === 'nameRequired' ? t('venue.nameRequired') : t(`venue.problem_${problem}`)}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t('venue.joining') : submitLabel}
        </button>
      </div>
    </form>
  );
}

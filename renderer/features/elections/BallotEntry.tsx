import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { methodOf } from '../../../shared/rules/elections/methods';
import type { BallotEntry as Paper, Election } from '../../../shared/core/domain/entities';
import { localised } from '../../app/format';
import { currentLanguage } from '../../app/i18n';
import { CheckboxField, errorFor, FormErrors, SelectField, TextField } from '../../components/fields';
import { marksOf, useBallotForm, type BallotForm } from './useBallotForm';
import { PaperList, RemovePaperDialog, useVerdictText } from './PaperList';

/**
 * One paper at a time from the keyboard: marks per post, Enter records it and the totals follow.
 * A mistyped paper is corrected (an event of its own) or removed.
 */
export function BallotEntry({
  election,
  papers,
  weighted,
}: {
  election: Election;
  papers: readonly Paper[];
  weighted: boolean;
}) {
  const form = useBallotForm(election, weighted);
  const verdictText = useVerdictText(election);
  const [removing, setRemoving] = useState<Paper | null>(null);
  const nextPaper = Math.max(0, ...papers.filter((p) => p.teller === form.teller).map((p) => p.paper)) + 1;
  const preview = form.parsed.every((p) => p.parsed.ok)
    ? verdictText({ marks: marksOf(form.parsed), spoilt: form.spoilt })
    : '';

  return (
    <div className="ballot-entry">
      <PaperForm
        election={election}
        weighted={weighted}
        form={form}
        nextPaper={nextPaper}
        preview={preview}
      />
      <PaperList
        papers={papers}
        verdictText={verdictText}
        onCorrect={form.startCorrection}
        onRemove={setRemoving}
      />
      {removing ? (
        <RemovePaperDialog
          paper={removing}
          verdictText={verdictText}
          onClose={() => setRemoving(null)}
          onConfirm={(paper) => {
            setRemoving(null);
            form.remove(paper);
          }}
        />
      ) : null}
    </div>
  );
}

/** One paper: its number, teller and weight, the marks of each post, spoilt, and what it reads as. */
function PaperForm({
  election,
  weighted,
  form,
  nextPaper,
  preview,
}: {
  election: Election;
  weighted: boolean;
  form: BallotForm;
  nextPaper: number;
  preview: string;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { errors, editing, typed } = form;
  return (
    <form ref={form.formRef} onSubmit={form.submit} noValidate aria-label={t('elections.entryForm')}>
      <PaperFields election={election} weighted={weighted} form={form} nextPaper={nextPaper} />
      {election.posts.map((post, i) => (
        <MarksField
          key={post.id}
          first={i === 0}
          label={t('elections.marksFor', { post: localised(post.title, language) })}
          hint={t(methodOf(post).texts.entryHint, { n: post.candidates.length })}
          value={typed[post.id] ?? ''}
          error={errorFor(errors, `marks.${i}`)}
          onChange={(v) => form.setTyped({ ...typed, [post.id]: v })}
        />
      ))}
      <CheckboxField label={t('elections.spoilt')} checked={form.spoilt} onChange={form.setSpoilt} />
      <p className="field-hint" aria-live="polite">
        {preview}
      </p>
      <FormErrors
        errors={errors}
        shownFields={['paper', 'weight', ...election.posts.map((_, i) => `marks.${i}`)]}
      />
      <div className="form-actions">
        <button type="submit" className="button button--primary">
          {editing ? t('elections.saveCorrection') : t('elections.enterPaper')}
        </button>
        {editing ? (
          <button type="button" className="button" onClick={form.clear}>
            {t('common.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}

/** The paper's number (or which paper is being corrected), the teller typing it, and its weight. */
function PaperFields({
  election,
  weighted,
  form,
  nextPaper,
}: {
  election: Election;
  weighted: boolean;
  form: BallotForm;
  nextPaper: number;
}) {
  const { t } = useTranslation();
  const { errors, editing } = form;
  return (
    <div className="field-row">
      {editing ? (
        <p className="field-hint">
          {t('elections.correcting', { paper: editing.paper, teller: editing.teller })}
        </p>
      ) : (
        <TextField
          label={t('elections.paperNumber')}
          type="number"
          inputMode="numeric"
          value={form.paperNumber}
          hint={t('elections.paperNext', { n: nextPaper })}
          error={errorFor(errors, 'paper')}
          onChange={form.setPaperNumber}
        />
      )}
      {election.doubleEntry && !editing ? (
        <SelectField
          label={t('elections.teller')}
          value={String(form.teller)}
          onChange={(v) => form.setTeller(v === '2' ? 2 : 1)}
          options={[
            { value: '1', label: t('elections.tellerN', { n: 1 }) },
            { value: '2', label: t('elections.tellerN', { n: 2 }) },
          ]}
        />
      ) : null}
      {weighted ? (
        <TextField
          label={t('elections.paperWeight')}
          inputMode="decimal"
          value={form.weight}
          error={errorFor(errors, 'weight')}
          onChange={form.setWeight}
        />
      ) : null}
    </div>
  );
}

function MarksField({
  label,
  hint,
  value,
  error,
  onChange,
  first,
}: {
  label: string;
  hint: string;
  value: string;
  error: ReturnType<typeof errorFor>;
  onChange: (value: string) => void;
  first: boolean;
}) {
  return (
    <label className={`field field--wide${error ? ' field--invalid' : ''}`}>
      <span className="field-label">{label}</span>
      <input
        value={value}
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        data-first-marks={first ? '' : undefined}
        aria-invalid={error ? true : undefined}
        onChange={(e) => onChange(e.target.value)}
        autoFocus={first}
      />
      {error ? null : <span className="field-hint">{hint}</span>}
      {error ? <FieldErrorText error={error} /> : null}
    </label>
  );
}

function FieldErrorText({ error }: { error: NonNullable<ReturnType<typeof errorFor>> }) {
  const { t } = useTranslation();
  return (
    <span className="field-error" role="alert">
      {t(error.message, error.params ?? {})}
    </span>
  );
}

import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { methodOf } from '../../../shared/rules/elections/methods';
import type { BallotEntry as Paper, Election } from '../../../shared/core/domain/entities';
import { judgePaper, parseMarks, typedMarks } from '../../../shared/rules/elections/ballotMarks';
import { useStore } from '../../app/AppContext';
import { localised } from '../../app/format';
import { currentLanguage } from '../../app/i18n';
import { markTiming } from '../../app/timing';
import { correctBallotAction, enterBallotAction, removeBallotAction } from '../../db/electionActions';
import { CheckboxField, errorFor, FormErrors, SelectField, TextField } from '../../components/fields';
import { useCommand } from '../../components/useCommand';
import type { FieldError } from '../../../shared/core/domain/validation';
import { MAX_COUNT, parseWeight } from '../../../shared/rules/counting/numbers';
import { candidateLabel } from '../../../shared/rules/elections/electionTexts';
import { useDraft } from '../../components/useDraft';
import { ConfirmDialog } from '../../components/ConfirmDialog';

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
  const { t } = useTranslation();
  const store = useStore();
  const language = currentLanguage();
  const [teller, setTeller] = useState<1 | 2>(1);
  // What is typed for a new paper is kept on this computer as typed: leaving or a reload keeps it.
  // A correction is not: after a reload its marks must never come back as a new paper.
  const [draft, setDraft] = useDraft<Record<string, string>>(`plenum.paperDraft.${election.id}`, () => ({}));
  const [correction, setCorrection] = useState<Record<string, string>>({});
  const [removing, setRemoving] = useState<Paper | null>(null);
  const [spoilt, setSpoilt] = useState(false);
  const [weight, setWeight] = useState('1');
  const [editing, setEditing] = useState<Paper | null>(null);
  const typed = editing ? correction : draft;
  const setTyped = (next: Record<string, string>) => (editing ? setCorrection(next) : setDraft(next));
  const form = useRef<HTMLFormElement>(null);
  const nextPaper = Math.max(0, ...papers.filter((p) => p.teller === teller).map((p) => p.paper)) + 1;
  const [paperNumber, setPaperNumber] = useState('');

  const focusMarks = () => form.current?.querySelector<HTMLInputElement>('input[data-first-marks]')?.focus();
  const clear = () => {
    setDraft({});
    setCorrection({});
    setSpoilt(false);
    setWeight('1');
    setEditing(null);
    setPaperNumber('');
    focusMarks();
  };
  const { errors, run } = useCommand(() => undefined);

  const parsed = election.posts.map((post) => ({ post, parsed: parseMarks(post, typed[post.id] ?? '') }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    markTiming('ballot:start');
    const problems: FieldError[] = parsed.flatMap(({ post, parsed: p }, i) =>
      p.ok
        ? []
        : [
            {
              field: `marks.${i}`,
              message: p.error.message,
              params: { ...p.error.params, post: localised(post.title, language) },
            },
          ],
    );
    const paper = paperNumber ? Number(paperNumber) : null;
    if (paper !== null && (!Number.isInteger(paper) || paper < 1 || paper > MAX_COUNT))
      problems.push({ field: 'paper', message: 'elections.paperNumberInvalid' });
    const readWeight = weighted ? parseWeight(weight) : null;
    if (readWeight && !readWeight.ok) problems.push({ field: 'weight', message: readWeight.message });
    if (problems.length) return void run(async () => ({ ok: false, errors: problems }));
    const marks = Object.fromEntries(parsed.map(({ post, parsed: p }) => [post.id, p.ok ? p.marks : '']));
    const paperWeight = readWeight?.ok ? readWeight.value : 1;
    // The form is free for the next paper at once; if the paper cannot be saved, what was typed comes back.
    const before = { typed, spoilt, weight, paperNumber, editing };
    clear();
    void run(async () => {
      const result = editing
        ? await correctBallotAction(store, election, editing, { marks, spoilt, weight: paperWeight })
        : await enterBallotAction(store, election, { paper, teller, marks, spoilt, weight: paperWeight });
      if (!result.ok) {
        if (before.editing) setCorrection(before.typed);
        else setDraft(before.typed);
        setSpoilt(before.spoilt);
        setWeight(before.weight);
        setPaperNumber(before.paperNumber);
        setEditing(before.editing);
      }
      return result;
    });
  };
  const startCorrection = (paper: Paper) => {
    setEditing(paper);
    setTeller(paper.teller);
    setSpoilt(paper.spoilt);
    setWeight(String(paper.weight));
    setCorrection(
      Object.fromEntries(
        election.posts.map((post) => [post.id, typedMarks(post.method, paper.marks[post.id] ?? '')]),
      ),
    );
  };
  const name = (c: Election['posts'][number]['candidates'][number]) =>
    candidateLabel(c, language, (key, params) => t(key, params ?? {}));
  const verdictText = (paper: Pick<Paper, 'marks' | 'spoilt'>) =>
    election.posts
      .map((post) => {
        const verdict = judgePaper(post, paper.marks[post.id], paper.spoilt);
        if (verdict.status !== 'valid') {
          const why =
            verdict.status === 'blank'
              ? t('elections.verdictBlank')
              : t(`elections.verdict_${verdict.reason}`);
          return `${localised(post.title, language)}: ${why}`;
        }
        const marked = post.candidates.filter((_, c) => verdict.marks[c] === '1').map(name);
        const detail = t('elections.verdictValid', { yes: marked.length });
        const markedText = marked.length
          ? t('elections.paperMarked', { names: marked.join(', ') })
          : t('elections.paperMarkedNone');
        return `${localised(post.title, language)}: ${detail} (${markedText})`;
      })
      .join(' · ');
  const preview = parsed.every((p) => p.parsed.ok)
    ? verdictText({
        marks: Object.fromEntries(parsed.map(({ post, parsed: p }) => [post.id, p.ok ? p.marks : ''])),
        spoilt,
      })
    : '';
  const shown = [...papers].sort((a, b) => b.paper - a.paper || a.teller - b.teller);

  return (
    <div className="ballot-entry">
      <form ref={form} onSubmit={submit} noValidate aria-label={t('elections.entryForm')}>
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
              value={paperNumber}
              hint={t('elections.paperNext', { n: nextPaper })}
              error={errorFor(errors, 'paper')}
              onChange={setPaperNumber}
            />
          )}
          {election.doubleEntry && !editing ? (
            <SelectField
              label={t('elections.teller')}
              value={String(teller)}
              onChange={(v) => setTeller(v === '2' ? 2 : 1)}
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
              value={weight}
              error={errorFor(errors, 'weight')}
              onChange={setWeight}
            />
          ) : null}
        </div>
        {election.posts.map((post, i) => (
          <MarksField
            key={post.id}
            first={i === 0}
            label={t('elections.marksFor', { post: localised(post.title, language) })}
            hint={t(methodOf(post).texts.entryHint, { n: post.candidates.length })}
            value={typed[post.id] ?? ''}
            error={errorFor(errors, `marks.${i}`)}
            onChange={(v) => setTyped({ ...typed, [post.id]: v })}
          />
        ))}
        <CheckboxField label={t('elections.spoilt')} checked={spoilt} onChange={setSpoilt} />
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
            <button type="button" className="button" onClick={clear}>
              {t('common.cancel')}
            </button>
          ) : null}
        </div>
      </form>
      <ol className="paper-list" aria-label={t('elections.papersEntered')}>
        {shown.map((paper) => (
          <li key={paper.id}>
            <span>
              {t('elections.paperLine', { paper: paper.paper, teller: paper.teller })}{' '}
              {paper.weight !== 1 ? `×${paper.weight} ` : ''}— {verdictText(paper)}
            </span>{' '}
            <button type="button" className="link-button" onClick={() => startCorrection(paper)}>
              {t('elections.correctPaper', { paper: paper.paper, teller: paper.teller })}
            </button>{' '}
            <button type="button" className="link-button" onClick={() => setRemoving(paper)}>
              {t('elections.removePaper', { paper: paper.paper, teller: paper.teller })}
            </button>
          </li>
        ))}
      </ol>
      {removing ? (
        <ConfirmDialog
          title={t('elections.removePaperTitle', { paper: removing.paper })}
          confirmLabel={t('elections.removePaperConfirm')}
          onClose={() => setRemoving(null)}
          onConfirm={() => {
            const paper = removing;
            setRemoving(null);
            void run(() => removeBallotAction(store, election, paper));
          }}
        >
          <p>{t('elections.removePaperText', { paper: removing.paper, marks: verdictText(removing) })}</p>
        </ConfirmDialog>
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

import { useTranslation } from 'react-i18next';
import type { Vote, VoteFields } from '../../../shared/core/domain/entities';
import type { VoteCounts } from '../../../shared/rules/counting/majority';
import { parseCount } from '../../../shared/rules/counting/numbers';
import type { FieldError } from '../../../shared/core/domain/validation';
import { useStore } from '../../app/AppContext';
import { FormErrors, TextField } from '../../components/fields';
import { useCommand } from '../../components/useCommand';
import { useRecordDraft } from '../../components/useRecordDraft';
import { recordCountsAction } from '../../db/voteActions';

export type CountKey = 'issued' | 'returned' | 'yes' | 'no' | 'abstain' | 'invalid';
export type CountsText = Record<CountKey, string>;

/** The fields a vote's count has: papers for a ballot, abstentions where they are an answer, no invalid hands. */
export function countKeys(vote: Pick<Vote, 'procedure' | 'options'>): CountKey[] {
  const answers: CountKey[] = [
    'yes',
    'no',
    ...(vote.options === 'yesNoAbstain' ? (['abstain'] as const) : []),
  ];
  return vote.procedure === 'ballot' ? ['issued', 'returned', ...answers, 'invalid'] : answers;
}

export function countsText(vote: Pick<Vote, 'counts' | 'ballots'>): CountsText {
  const { counts, ballots } = vote;
  return {
    issued: String(ballots.issued),
    returned: String(ballots.returned),
    yes: String(counts.yes),
    no: String(counts.no),
    abstain: String(counts.abstain),
    invalid: String(counts.invalid),
  };
}

/** The typed text read as figures, or the fields that are not whole numbers from 0 to 10⁹. */
export function readCounts(
  text: CountsText,
  keys: readonly CountKey[],
): { counts: VoteCounts; ballots: VoteFields['ballots'] } | { errors: FieldError[] } {
  const values: Record<CountKey, number> = { issued: 0, returned: 0, yes: 0, no: 0, abstain: 0, invalid: 0 };
  const errors: FieldError[] = [];
  for (const key of keys) {
    const parsed = parseCount(text[key]);
    if (parsed.ok) values[key] = parsed.value;
    else errors.push({ field: key, message: parsed.message, params: { field: key } });
  }
  if (errors.length) return { errors };
  return {
    counts: { yes: values.yes, no: values.no, abstain: values.abstain, invalid: values.invalid },
    ballots: { issued: values.issued, returned: values.returned },
  };
}

export const draftKey = (vote: Pick<Vote, 'id'>) => `plenum.countsDraft.${vote.id}`;

/**
 * Counts of a show of hands or a paper ballot, as the tellers read them out. Every change is kept
 * at once — on this computer as typed, and in the log as soon as every field is a whole number —
 * so leaving the screen, a reload or closing the vote loses nothing. After the close, a change is
 * a correction (kept in the log and on the sheet).
 */
export function CountsForm({ vote }: { vote: Vote }) {
  const { t } = useTranslation();
  const store = useStore();
  const keys = countKeys(vote);
  const recordJson = JSON.stringify([vote.counts, vote.ballots]);
  const asJson = (typed: CountsText) => {
    const figures = readCounts(typed, keys);
    return 'counts' in figures ? JSON.stringify([figures.counts, figures.ballots]) : null;
  };
  const { text, setText, sending } = useRecordDraft<CountsText>(
    draftKey(vote),
    () => countsText(vote),
    recordJson,
    asJson,
  );
  const { errors: saveErrors, run } = useCommand(() => undefined);
  const read = readCounts(text, keys);
  const fieldErrors = 'errors' in read ? read.errors : [];
  const saved = asJson(text) === recordJson;
  // Before the close every change is the count; after it, a change is a correction on the sheet,
  // so it is saved when the field is left (Tab, a click elsewhere), not at each keystroke.
  const correcting = vote.status === 'closed';
  const save = (typed: CountsText) => {
    const figures = readCounts(typed, keys);
    if (!('counts' in figures) || asJson(typed) === recordJson) return;
    sending(JSON.stringify([figures.counts, figures.ballots]));
    void run(() => recordCountsAction(store, vote, figures.counts, figures.ballots));
  };
  const change = (key: CountKey, value: string) => {
    const next = { ...text, [key]: value };
    setText(next);
    if (!correcting) save(next);
  };
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        save(text);
      }}
      noValidate
      aria-label={vote.status === 'closed' ? t('votes.correctForm') : t('votes.countsForm')}
    >
      <div className="field-row">
        {keys.map((key) => (
          <TextField
            key={key}
            label={t(`votes.count_${key}`)}
            inputMode="numeric"
            value={text[key]}
            onChange={(value) => change(key, value)}
            onBlur={correcting ? () => save(text) : undefined}
            error={fieldErrors.find((e) => e.field === key)}
          />
        ))}
      </div>
      <p role="status" className="status">
        {fieldErrors.length
          ? t('votes.countsNotSaved')
          : saved
            ? t('votes.countsSaved')
            : correcting
              ? t('votes.correctionPending')
              : t('votes.countsSaving')}
      </p>
      <FormErrors errors={saveErrors} shownFields={[]} />
    </form>
  );
}

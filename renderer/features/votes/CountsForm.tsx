import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Vote } from '../../../shared/domain/entities';
import { useStore } from '../../app/AppContext';
import { FormActions, FormErrors, TextField } from '../../components/fields';
import { useCommand } from '../../components/useCommand';
import { recordCountsAction } from '../../db/voteActions';

/** Counts of a show of hands or a paper ballot, as the tellers read them out. */
export function CountsForm({ vote }: { vote: Vote }) {
  const { t } = useTranslation();
  const store = useStore();
  const [values, setValues] = useState(() => ({ ...vote.counts, ...vote.ballots }));
  const { errors, run } = useCommand(() => undefined);
  const field = (key: keyof typeof values) => (
    <TextField key={key} label={t(`votes.count_${key}`)} type="number" inputMode="numeric" value={String(values[key])} onChange={(v) => setValues((s) => ({ ...s, [key]: v === '' ? 0 : Number(v) }))} />
  );
  const keys: (keyof typeof values)[] =
    vote.procedure === 'ballot' ? ['issued', 'returned', 'yes', 'no', ...(vote.options === 'yesNoAbstain' ? (['abstain'] as const) : []), 'invalid'] : ['yes', 'no', ...(vote.options === 'yesNoAbstain' ? (['abstain'] as const) : [])];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(() => recordCountsAction(store, vote, { yes: values.yes, no: values.no, abstain: values.abstain, invalid: values.invalid }, { issued: values.issued, returned: values.returned }));
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('votes.countsForm')}>
      <div className="field-row">{keys.map(field)}</div>
      <FormErrors errors={errors} shownFields={[]} />
      <FormActions submitLabel={t('votes.saveCounts')} />
    </form>
  );
}

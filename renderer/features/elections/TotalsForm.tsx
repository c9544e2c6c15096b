import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { boxKey, markKinds } from '../../../shared/elections/ballotMarks';
import { CandidateTableHead } from './CandidateTableHead';
import type { Election } from '../../../shared/domain/entities';
import type { ElectionTotals } from '../../../shared/elections/electionTypes';
import { useStore } from '../../app/AppContext';
import { localised } from '../../app/format';
import { currentLanguage } from '../../app/i18n';
import { recordTotalsAction } from '../../db/electionActions';
import { FormActions, FormErrors, TextField } from '../../components/fields';
import { useCommand } from '../../components/useCommand';
import { candidateLabel } from '../../../shared/elections/electionTexts';

function initialTotals(election: Election): ElectionTotals {
  const posts = Object.fromEntries(
    election.posts.map((post) => [post.id, election.totals?.posts[post.id] ?? { blank: 0, invalid: 0, candidates: post.candidates.map(() => ({ yes: 0, no: 0, abstain: 0 })) }]),
  );
  return { returned: election.totals?.returned ?? 0, posts };
}

/** Counting by totals: papers returned, then per post the blank and invalid papers and each candidate's marks. */
export function TotalsForm({ election }: { election: Election }) {
  const { t } = useTranslation();
  const store = useStore();
  const language = currentLanguage();
  const [totals, setTotals] = useState(() => initialTotals(election));
  const { errors, run } = useCommand(() => undefined);
  const n = (v: string) => (v === '' ? 0 : Number(v));
  const setPost = (postId: string, patch: Partial<ElectionTotals['posts'][string]>) => setTotals((all) => ({ ...all, posts: { ...all.posts, [postId]: { ...all.posts[postId]!, ...patch } } }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(() => recordTotalsAction(store, election, totals));
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('elections.totalsForm')}>
      <TextField label={t('elections.returned')} type="number" inputMode="numeric" value={String(totals.returned)} onChange={(v) => setTotals((all) => ({ ...all, returned: n(v) }))} />
      {election.posts.map((post) => {
        const entered = totals.posts[post.id]!;
        const title = localised(post.title, language);
        const kinds = markKinds(post.method);
        return (
          <fieldset key={post.id} className="field-group">
            <legend>{title}</legend>
            <div className="field-row">
              <TextField label={t('elections.blankFor', { post: title })} type="number" inputMode="numeric" value={String(entered.blank)} onChange={(v) => setPost(post.id, { blank: n(v) })} />
              <TextField label={t('elections.invalidFor', { post: title })} type="number" inputMode="numeric" value={String(entered.invalid)} onChange={(v) => setPost(post.id, { invalid: n(v) })} />
            </div>
            <table className="table totals-table">
              <CandidateTableHead method={post.method} withResult={false} />
              <tbody>
                {post.candidates.map((c, i) => (
                  <tr key={c.id}>
                    <td>{i + 1}</td>
                    <td>{candidateLabel(c, language, (key, params) => t(key, params ?? {}))}</td>
                    {kinds.map((k) => (
                      <td key={k}>
                        <input
                          type="number"
                          inputMode="numeric"
                          min={0}
                          aria-label={t('elections.totalFor', { kind: t(boxKey(post.method, k)), n: i + 1, post: title })}
                          value={String(entered.candidates[i]![k])}
                          onChange={(e) => setPost(post.id, { candidates: entered.candidates.map((v, j) => (j === i ? { ...v, [k]: n(e.target.value) } : v)) })}
                        />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </fieldset>
        );
      })}
      <FormErrors errors={errors} shownFields={[]} />
      <FormActions submitLabel={t('elections.saveTotals')} />
    </form>
  );
}

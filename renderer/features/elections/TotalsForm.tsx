import { useTranslation } from 'react-i18next';
import { methodOf, type MarkKind } from '../../../shared/rules/elections/methods';
import { CandidateTableHead } from './CandidateTableHead';
import type { Election } from '../../../shared/core/domain/entities';
import type { ElectionTotals } from '../../../shared/rules/elections/electionTypes';
import { parseCount } from '../../../shared/rules/counting/numbers';
import { useStore } from '../../app/AppContext';
import { localised } from '../../app/format';
import { currentLanguage } from '../../app/i18n';
import { recordTotalsAction } from '../../db/electionActions';
import { FormErrors, TextField } from '../../components/fields';
import { useCommand } from '../../components/useCommand';
import { useRecordDraft } from '../../components/useRecordDraft';
import { candidateLabel } from '../../../shared/rules/elections/electionTexts';

/** The totals as typed: text, so that what a teller typed stays as typed until it is a whole number. */
interface TotalsText {
  returned: string;
  posts: Record<string, { blank: string; invalid: string; candidates: Record<MarkKind, string>[] }>;
}

function initialText(election: Election): TotalsText {
  const posts = Object.fromEntries(
    election.posts.map((post) => {
      const saved = election.totals?.posts[post.id];
      const candidates = post.candidates.map((_, i) => {
        const c = saved?.candidates[i] ?? { yes: 0, no: 0, abstain: 0 };
        return { yes: String(c.yes), no: String(c.no), abstain: String(c.abstain) };
      });
      return [
        post.id,
        { blank: String(saved?.blank ?? 0), invalid: String(saved?.invalid ?? 0), candidates },
      ];
    }),
  );
  return { returned: String(election.totals?.returned ?? 0), posts };
}

/** The typed totals as figures, or null while a field is not a whole number from 0 to 10⁹. */
function readTotals(text: TotalsText): ElectionTotals | null {
  const value = (typed: string) => {
    const parsed = parseCount(typed);
    return parsed.ok ? parsed.value : null;
  };
  const returned = value(text.returned);
  if (returned === null) return null;
  const posts: ElectionTotals['posts'] = {};
  for (const [id, post] of Object.entries(text.posts)) {
    const blank = value(post.blank);
    const invalid = value(post.invalid);
    const candidates = post.candidates.map((c) => ({
      yes: value(c.yes),
      no: value(c.no),
      abstain: value(c.abstain),
    }));
    if (
      blank === null ||
      invalid === null ||
      candidates.some((c) => c.yes === null || c.no === null || c.abstain === null)
    )
      return null;
    posts[id] = { blank, invalid, candidates: candidates as { yes: number; no: number; abstain: number }[] };
  }
  return { returned, posts };
}

/**
 * Counting by totals: papers returned, then per post the blank and invalid papers and each
 * candidate's marks. Kept as typed on every change; saved to the log whenever every figure is a
 * whole number from 0 to 10⁹ — anything else (1e21, −1, 2.5) is refused at its field.
 */
export function TotalsForm({ election }: { election: Election }) {
  const { t } = useTranslation();
  const store = useStore();
  const language = currentLanguage();
  const recordJson = JSON.stringify(election.totals);
  const asJson = (typed: TotalsText) => {
    const totals = readTotals(typed);
    return totals ? JSON.stringify(totals) : null;
  };
  const { text, setText, sending } = useRecordDraft<TotalsText>(
    `plenum.totalsDraft.${election.id}`,
    () => initialText(election),
    recordJson,
    asJson,
  );
  const { errors, run } = useCommand(() => undefined);
  const complete = readTotals(text);
  // After the close a change is a correction on the sheet: saved when the field is left.
  const correcting = election.status === 'closed';
  const save = (typed: TotalsText) => {
    const totals = readTotals(typed);
    if (!totals || JSON.stringify(totals) === recordJson) return;
    sending(JSON.stringify(totals));
    void run(() => recordTotalsAction(store, election, totals));
  };
  const change = (next: TotalsText) => {
    setText(next);
    if (!correcting) save(next);
  };
  const leave = correcting ? () => save(text) : undefined;
  const refusal = (typed: string) => {
    const parsed = parseCount(typed);
    return parsed.ok ? undefined : { field: '', message: parsed.message };
  };
  const setPost = (postId: string, patch: Partial<TotalsText['posts'][string]>) =>
    change({ ...text, posts: { ...text.posts, [postId]: { ...text.posts[postId]!, ...patch } } });
  return (
    <form onSubmit={(e) => e.preventDefault()} noValidate aria-label={t('elections.totalsForm')}>
      <TextField
        label={t('elections.returned')}
        inputMode="numeric"
        value={text.returned}
        error={refusal(text.returned)}
        onChange={(returned) => change({ ...text, returned })}
        onBlur={leave}
      />
      {election.posts.map((post) => {
        const entered = text.posts[post.id]!;
        const title = localised(post.title, language);
        const method = methodOf(post);
        return (
          <fieldset key={post.id} className="field-group">
            <legend>{title}</legend>
            <div className="field-row">
              <TextField
                label={t('elections.blankFor', { post: title })}
                inputMode="numeric"
                value={entered.blank}
                error={refusal(entered.blank)}
                onChange={(blank) => setPost(post.id, { blank })}
                onBlur={leave}
              />
              <TextField
                label={t('elections.invalidFor', { post: title })}
                inputMode="numeric"
                value={entered.invalid}
                error={refusal(entered.invalid)}
                onChange={(invalid) => setPost(post.id, { invalid })}
                onBlur={leave}
              />
            </div>
            <table className="table totals-table">
              <CandidateTableHead method={post.method} withResult={false} />
              <tbody>
                {post.candidates.map((c, i) => (
                  <tr key={c.id}>
                    <td>{i + 1}</td>
                    <td>{candidateLabel(c, language, (key, params) => t(key, params ?? {}))}</td>
                    {method.figures.map((k) => {
                      const typed = entered.candidates[i]![k];
                      const refused = refusal(typed);
                      return (
                        <td key={k}>
                          <input
                            inputMode="numeric"
                            aria-label={t('elections.totalFor', {
                              kind: t(method.figureKey(k)),
                              n: i + 1,
                              post: title,
                            })}
                            aria-invalid={refused ? true : undefined}
                            value={typed}
                            onBlur={leave}
                            onChange={(e) =>
                              setPost(post.id, {
                                candidates: entered.candidates.map((v, j) =>
                                  j === i ? { ...v, [k]: e.target.value } : v,
                                ),
                              })
                            }
                          />
                          {refused ? <span className="field-error">{t(refused.message)}</span> : null}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </fieldset>
        );
      })}
      <p role="status" className="status">
        {complete === null
          ? t('votes.countsNotSaved')
          : JSON.stringify(complete) === recordJson
            ? t('votes.countsSaved')
            : correcting
              ? t('votes.correctionPending')
              : election.totals === null
                ? ''
                : t('votes.countsSaving')}
      </p>
      <FormErrors errors={errors} shownFields={[]} />
    </form>
  );
}

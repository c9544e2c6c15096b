import type { Translate } from '../../../shared/locales';
import { useTranslation } from 'react-i18next';
import { markKinds } from '../../../shared/elections/ballotMarks';
import { CandidateTableHead } from './CandidateTableHead';
import type { Election } from '../../../shared/domain/entities';
import type { ElectionResult } from '../../../shared/elections/tallyElection';
import { localised } from '../../app/format';
import { currentLanguage } from '../../app/i18n';
import { useMarkWhenPainted } from '../../app/timing';
import { candidateLabel, candidateStatus, postExplanation } from '../../../shared/elections/electionTexts';

/** The running totals while counting, and the result once closed: votes per candidate, who is elected, why. */
export function ElectionResults({ election, result }: { election: Election; result: ElectionResult }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const fixed: Translate = (key, params) => t(key, params ?? {});
  // The benchmark measures from Enter on a paper to the first frame showing it in the totals.
  useMarkWhenPainted(`ballot:totals-${result.returned}`, true);
  return (
    <div
      className={`vote-result election-result election-result--${result.outcome}`}
      role="region"
      aria-label={t('elections.results')}
    >
      <p className="vote-result-line" role="status">
        {t(`elections.outcome_${result.outcome}`)} ·{' '}
        {t('elections.papersReturned', { returned: result.returned, issued: result.issued })}
      </p>
      {result.problems.length ? (
        <ul className="form-errors" aria-label={t('elections.problems')}>
          {result.problems.map((p, i) => (
            <li key={`${p.code}-${i}`}>{t(`elections.problem_${p.code}`, p.params ?? {})}</li>
          ))}
        </ul>
      ) : null}
      {election.posts.map((post, i) => {
        const r = result.posts[i]!;
        const title = localised(post.title, language);
        const kinds = markKinds(post.method);
        return (
          <section key={post.id} aria-label={title} className="post-result">
            <h3>{title}</h3>
            <p className="hint">
              {t('elections.papersLine', {
                valid: r.valid,
                blank: r.blank,
                invalid: r.invalid,
                over: r.overMarked,
              })}
            </p>
            <table className="table">
              <caption className="visually-hidden">{t('elections.votesFor', { post: title })}</caption>
              <CandidateTableHead method={post.method} withResult={true} />
              <tbody>
                {post.candidates.map((c, j) => {
                  const status = result.outcome === 'decided' ? candidateStatus(r, c.id) : 'notElected';
                  return (
                    <tr key={c.id} className={`candidate--${status}`}>
                      <td>{j + 1}</td>
                      <td>{candidateLabel(c, language, fixed)}</td>
                      {kinds.map((k) => (
                        <td key={k} className="number">
                          {r.candidates[j]![k]}
                        </td>
                      ))}
                      <td>{status === 'notElected' ? '' : t(`elections.status_${status}`)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            {election.status !== 'open' && election.status !== 'counting'
              ? postExplanation(post, r, election, result.outcome, language, fixed).map((line) => (
                  <p key={line} className="post-explanation">
                    {line}
                  </p>
                ))
              : null}
          </section>
        );
      })}
    </div>
  );
}

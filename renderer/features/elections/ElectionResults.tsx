import type { Translate } from '../../../shared/locales';
import { useTranslation } from 'react-i18next';
import { resultTables } from '../../../shared/rules/elections/resultTable';
import { CandidateTableHead } from './CandidateTableHead';
import type { Election } from '../../../shared/core/domain/entities';
import type { ElectionResult } from '../../../shared/rules/elections/tallyElection';
import { localised } from '../../app/format';
import { currentLanguage } from '../../app/i18n';
import { useMarkWhenPainted } from '../../app/timing';
import { candidateLabel, postExplanation } from '../../../shared/rules/elections/electionTexts';

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
      {resultTables(election.posts, result).map(({ post, result: r, rows }) => {
        const title = localised(post.title, language);
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
                {rows.map((row) => (
                  <tr key={row.candidate.id} className={`candidate--${row.status}`}>
                    <td>{row.number}</td>
                    <td>{candidateLabel(row.candidate, language, fixed)}</td>
                    {row.figures.map((figure, k) => (
                      <td key={k} className="number">
                        {figure}
                      </td>
                    ))}
                    <td>{row.status === 'notElected' ? '' : t(`elections.status_${row.status}`)}</td>
                  </tr>
                ))}
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

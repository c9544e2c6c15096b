import { useTranslation } from 'react-i18next';
import { methodOf, type BallotMethodId } from '../../../shared/rules/elections/methods';

/**
 * The header of a table of candidates: number, candidate, one column per box of the post's method,
 * and the result if asked.
 */
export function CandidateTableHead({ method, withResult }: { method: BallotMethodId; withResult: boolean }) {
  const { t } = useTranslation();
  const ballot = methodOf({ method });
  return (
    <thead>
      <tr>
        <th scope="col">№</th>
        <th scope="col">{t('elections.candidate')}</th>
        {ballot.figures.map((figure) => (
          <th key={figure} scope="col" className="number">
            {t(ballot.figureKey(figure))}
          </th>
        ))}
        {withResult ? <th scope="col">{t('elections.status')}</th> : null}
      </tr>
    </thead>
  );
}

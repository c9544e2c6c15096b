import { useTranslation } from 'react-i18next';
import { boxKey, markKinds } from '../../../shared/elections/ballotMarks';
import type { BallotMethod } from '../../../shared/elections/electionTypes';

/** The header of a table of candidates: number, candidate, one column per box of the post's method, and the result if asked. */
export function CandidateTableHead({ method, withResult }: { method: BallotMethod; withResult: boolean }) {
  const { t } = useTranslation();
  return (
    <thead>
      <tr>
        <th scope="col">№</th>
        <th scope="col">{t('elections.candidate')}</th>
        {markKinds(method).map((k) => (
          <th key={k} scope="col">
            {t(boxKey(method, k))}
          </th>
        ))}
        {withResult ? <th scope="col">{t('elections.status')}</th> : null}
      </tr>
    </thead>
  );
}

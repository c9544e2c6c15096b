import { useTranslation } from 'react-i18next';
import type { Election } from '../../../shared/core/domain/entities';
import type { Translate } from '../../../shared/locales';
import { instructionText, seatRuleText } from '../../../shared/rules/elections/electionTexts';
import { methodOf } from '../../../shared/rules/elections/methods';
import { localised } from '../../app/format';
import { currentLanguage } from '../../app/i18n';

/** The round's setting in a line (who elects, how it is counted, which round it follows), then its posts. */
export function ElectionSummary({ election, parent }: { election: Election; parent: Election | undefined }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <>
      <p className="hint">
        {t(`elections.body_${election.body}`)} · {t(`elections.counting_${election.counting}`)}
        {election.doubleEntry ? ` · ${t('elections.doubleEntry')}` : ''}
        {parent
          ? ` · ${t('elections.followsRoundOf', { title: localised(parent.title, language), n: parent.round })}`
          : ''}
      </p>
      <PostSummary election={election} />
    </>
  );
}

/** Each post: its seats, candidates, method, the rule that fills a seat and breaks a tie, and how to mark. */
function PostSummary({ election }: { election: Election }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const fixed: Translate = (key, params) => t(key, params ?? {});
  return (
    <ul className="post-summary">
      {election.posts.map((post) => (
        <li key={post.id}>
          <strong>{localised(post.title, language)}</strong>:{' '}
          {t('elections.postSummary', {
            seats: post.seats,
            candidates: post.candidates.length,
            method: t(methodOf(post).texts.name, { k: post.maxMarks }),
            rule: seatRuleText(post, fixed),
            tie: t(`elections.tie_${post.tieRule}`),
          })}{' '}
          <span className="hint">{instructionText(post, fixed)}</span>
        </li>
      ))}
    </ul>
  );
}

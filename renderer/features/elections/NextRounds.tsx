import { useTranslation } from 'react-i18next';
import type { Election } from '../../../shared/core/domain/entities';
import type { ElectionResult } from '../../../shared/rules/elections/tallyElection';
import { localised } from '../../app/format';
import { currentLanguage } from '../../app/i18n';

/** After the seal: a runoff for a post whose tie goes to one, a further round for seats left unfilled. */
export function NextRounds({
  election,
  result,
  onCreate,
}: {
  election: Election;
  result: ElectionResult;
  onCreate: (postId: string, kind: 'runoff' | 'further') => void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <div className="form-actions">
      {election.posts.map((post, i) => {
        const seats = result.posts[i]!.seats;
        const postTitle = localised(post.title, language);
        if (seats.tie?.resolution === 'runoff')
          return (
            <button
              key={post.id}
              type="button"
              className="button"
              onClick={() => onCreate(post.id, 'runoff')}
            >
              {t('elections.createRunoff', { post: postTitle })}
            </button>
          );
        if (seats.unfilled > 0)
          return (
            <button
              key={post.id}
              type="button"
              className="button"
              onClick={() => onCreate(post.id, 'further')}
            >
              {t('elections.createFurther', { post: postTitle, n: seats.unfilled })}
            </button>
          );
        return null;
      })}
    </div>
  );
}

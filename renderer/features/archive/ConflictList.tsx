import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../app/AppContext';
import { currentLanguage } from '../../app/i18n';
import { formatDateTime, localised } from '../../app/format';
import { resolveConflictAction } from '../../db/archiveActions';
import { useAllAttendees, useConflicts, useVotesAndElections } from '../../db/hooks';
import { nameWithCode } from '../../app/names';
import { FormErrors } from '../../components/fields';
import { useCommand } from '../../components/useCommand';

/** What two laptops recorded apart for the same thing: each shown with its choices until the tellers decide. */
export function ConflictList({ conferenceId }: { conferenceId: string }) {
  const { t } = useTranslation();
  const store = useStore();
  const language = currentLanguage();
  const conflicts = useConflicts(conferenceId);
  const votesAndElections = useVotesAndElections(conferenceId);
  const records = useMemo(
    () =>
      votesAndElections
        ? new Map(
            [...votesAndElections.votes, ...votesAndElections.elections].map((r) => [
              r.id,
              localised(r.title, language),
            ]),
          )
        : undefined,
    [votesAndElections, language],
  );
  const attendees = useAllAttendees(conferenceId);
  const people = useMemo(
    () => (attendees ? new Map(attendees.map((a) => [a.id, nameWithCode(a)])) : undefined),
    [attendees],
  );
  const { errors, run } = useCommand(() => undefined);
  if (!conflicts || conflicts.length === 0) return null;
  // Times in the reader's format, voters by name and badge code.
  const param = (params: Record<string, string | number>) => ({
    ...params,
    ...(typeof params.at === 'string' && params.at ? { at: formatDateTime(params.at, language) } : {}),
    ...(typeof params.voter === 'string' ? { voter: people?.get(params.voter) ?? params.voter } : {}),
  });
  return (
    <section aria-labelledby="conflicts-title" className="panel">
      <h2 id="conflicts-title">{t('archive.conflicts')}</h2>
      <p className="hint">{t('archive.conflictsHint')}</p>
      <ol className="conflict-list" aria-label={t('archive.conflicts')}>
        {conflicts.map((conflict) => (
          <li
            key={conflict.id}
            className={conflict.resolvedWith === null ? 'conflict conflict--open' : 'conflict'}
          >
            <p>
              <strong>{records?.get(conflict.recordId) ?? ''}</strong> —{' '}
              {t(conflict.subject.key, param(conflict.subject.params))}
            </p>
            {conflict.resolvedWith === null ? (
              <div className="form-actions">
                {conflict.choices.map((choice, i) => (
                  <button
                    key={i}
                    type="button"
                    className="button"
                    onClick={() => void run(() => resolveConflictAction(store, conflict, i))}
                  >
                    {t(choice.key, param(choice.params))}
                  </button>
                ))}
              </div>
            ) : (
              <p className="hint">
                {t('archive.resolvedWith', {
                  choice: t(
                    conflict.choices[conflict.resolvedWith]!.key,
                    param(conflict.choices[conflict.resolvedWith]!.params),
                  ),
                })}
              </p>
            )}
          </li>
        ))}
      </ol>
      <FormErrors errors={errors} shownFields={[]} />
    </section>
  );
}

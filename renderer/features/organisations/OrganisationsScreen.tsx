import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ORGANISATION_CATEGORIES,
  ORGANISATION_STATUSES,
  type Organisation,
  type OrganisationCategory,
  type OrganisationStatus,
} from '../../../shared/core/domain/entities';
import { nameOf } from '../../app/names';
import { useLiveAttendees, useLiveOrganisations } from '../../db/hooks';
import { currentLanguage } from '../../app/i18n';
import { formatNumber, localised } from '../../app/format';
import { SelectField, TextField } from '../../components/fields';
import { OrganisationDialog } from './OrganisationDialog';
import { matchesOrganisation } from '../../components/organisationFilter';

type CategoryFilter = OrganisationCategory | 'all';
type StatusFilter = OrganisationStatus | 'all';

export function OrganisationsScreen({ conferenceId }: { conferenceId: string }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const organisations = useLiveOrganisations(conferenceId);
  const attendees = useLiveAttendees(conferenceId);
  const delegates = useMemo(
    () => (attendees ? new Map(attendees.map((a) => [a.id, nameOf(a)])) : undefined),
    [attendees],
  );
  const [query, setQuery] = useState('');
  const [category, setCategory] = useState<CategoryFilter>('all');
  const [status, setStatus] = useState<StatusFilter>('all');
  const [editing, setEditing] = useState<Organisation | 'new' | null>(null);
  const deferredQuery = useDeferredValue(query);

  const shown = useMemo(
    () =>
      (organisations ?? []).filter(
        (o) =>
          (category === 'all' || o.category === category) &&
          (status === 'all' || o.status === status) &&
          matchesOrganisation(o, deferredQuery),
      ),
    [organisations, category, status, deferredQuery],
  );
  const members = (organisations ?? []).filter((o) => o.status === 'member');
  const memberCounts = ORGANISATION_CATEGORIES.map(
    (c) => [c, members.filter((o) => o.category === c).length] as const,
  ).filter(([, n]) => n > 0);

  return (
    <section aria-labelledby="organisations-title">
      <div className="screen-header">
        <h1 id="organisations-title">{t('organisations.title')}</h1>
        <button type="button" className="button button--primary" onClick={() => setEditing('new')}>
          {t('organisations.add')}
        </button>
      </div>
      <dl className="summary" aria-label={t('organisations.summary')}>
        <div>
          <dt>{t('organisations.members')}</dt>
          <dd>{formatNumber(members.length, language)}</dd>
        </div>
        {memberCounts.map(([c, n]) => (
          <div key={c}>
            <dt>{t(`organisationCategories.${c}`)}</dt>
            <dd>{formatNumber(n, language)}</dd>
          </div>
        ))}
        <div>
          <dt>{t('organisations.all')}</dt>
          <dd>{formatNumber(organisations?.length ?? 0, language)}</dd>
        </div>
      </dl>
      <div className="filters">
        <TextField label={t('organisations.search')} type="search" value={query} onChange={setQuery} />
        <SelectField<CategoryFilter>
          label={t('organisations.category')}
          value={category}
          onChange={setCategory}
          options={[
            { value: 'all', label: t('common.all') },
            ...ORGANISATION_CATEGORIES.map((c) => ({ value: c, label: t(`organisationCategories.${c}`) })),
          ]}
        />
        <SelectField<StatusFilter>
          label={t('organisations.status')}
          value={status}
          onChange={setStatus}
          options={[
            { value: 'all', label: t('common.all') },
            ...ORGANISATION_STATUSES.map((s) => ({ value: s, label: t(`organisationStatuses.${s}`) })),
          ]}
        />
      </div>
      <p role="status" className="status">
        {t('organisations.shown', {
          n: formatNumber(shown.length, language),
          total: formatNumber(organisations?.length ?? 0, language),
        })}
      </p>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('organisations.code')}</th>
            <th scope="col">{t('organisations.name')}</th>
            <th scope="col">{t('organisations.category')}</th>
            <th scope="col">{t('organisations.region')}</th>
            <th scope="col">{t('organisations.status')}</th>
            <th scope="col">{t('organisations.weight')}</th>
            <th scope="col">{t('organisations.delegate')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((o) => (
            <tr key={o.id}>
              <td>{o.code}</td>
              <td>
                <button type="button" className="link-button" onClick={() => setEditing(o)}>
                  {localised(o.name, language)}
                </button>
              </td>
              <td>{t(`organisationCategories.${o.category}`)}</td>
              <td>{o.region}</td>
              <td>{t(`organisationStatuses.${o.status}`)}</td>
              <td>{o.votingRight ? formatNumber(o.weight, language) : t('organisations.noVote')}</td>
              <td>{(o.delegateId && delegates?.get(o.delegateId)) || ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {editing ? (
        <OrganisationDialog
          conferenceId={conferenceId}
          current={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </section>
  );
}

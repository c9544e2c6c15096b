import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ORGANISATION_CATEGORIES,
  type Attendance,
  type Attendee,
  type Organisation,
  type OrganisationCategory,
} from '../../../shared/core/domain/entities';
import { missingMembers } from '../../../shared/rules/checkin/presence';
import { nameOf } from '../../app/names';
import { currentLanguage } from '../../app/i18n';
import { formatNumber, localised } from '../../app/format';
import { SelectField } from '../../components/fields';

function contact(person: Attendee | undefined): string {
  return person ? [nameOf(person), person.phone].filter(Boolean).join(' · ') : '';
}

/** The member organisations whose vote is not in the hall yet, with the numbers to call. */
export function MissingMembers({
  attendees,
  organisations,
  attendance,
}: {
  attendees: readonly Attendee[];
  organisations: readonly Organisation[];
  attendance: readonly Attendance[];
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [category, setCategory] = useState<OrganisationCategory | ''>('');
  const [region, setRegion] = useState('');
  const missing = useMemo(
    () => missingMembers(attendees, organisations, attendance),
    [attendees, organisations, attendance],
  );
  const regions = useMemo(
    () =>
      [...new Set(missing.map((m) => m.organisation.region).filter(Boolean))].sort((a, b) =>
        a.localeCompare(b, language),
      ),
    [missing, language],
  );
  const shown = missing.filter(
    (m) =>
      (!category || m.organisation.category === category) && (!region || m.organisation.region === region),
  );
  return (
    <section aria-labelledby="missing-title" className="panel missing-members">
      <h2 id="missing-title">
        {t('checkin.missingTitle', { count: missing.length, n: formatNumber(missing.length, language) })}
      </h2>
      <div className="field-row">
        <SelectField<OrganisationCategory | ''>
          label={t('checkin.missingCategory')}
          value={category}
          onChange={setCategory}
          options={[
            { value: '', label: t('common.all') },
            ...ORGANISATION_CATEGORIES.map((c) => ({ value: c, label: t(`organisationCategories.${c}`) })),
          ]}
        />
        <SelectField
          label={t('checkin.missingRegion')}
          value={region}
          onChange={setRegion}
          options={[{ value: '', label: t('common.all') }, ...regions.map((r) => ({ value: r, label: r }))]}
        />
      </div>
      {shown.length === 0 ? (
        <p className="empty">
          {missing.length === 0 ? t('checkin.missingNone') : t('checkin.missingNoneFiltered')}
        </p>
      ) : (
        <div className="missing-scroll">
          <table className="table missing-table" aria-label={t('checkin.missingTable')}>
            <thead>
              <tr>
                <th scope="col">{t('organisations.code')}</th>
                <th scope="col">{t('checkin.missingOrganisation')}</th>
                <th scope="col">{t('checkin.missingDelegate')}</th>
                <th scope="col">{t('checkin.missingContact')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map(({ organisation, delegate, substitute }) => (
                <tr key={organisation.id}>
                  <td className="mono">{organisation.code}</td>
                  <td>
                    {localised(organisation.name, language)}
                    <div className="hint">
                      {[t(`organisationCategories.${organisation.category}`), organisation.region]
                        .filter(Boolean)
                        .join(' · ')}
                    </div>
                  </td>
                  <td>
                    {delegate ? contact(delegate) : t('checkin.missingNoDelegate')}
                    {substitute ? (
                      <div className="hint">
                        {t('checkin.missingSubstitute', { who: contact(substitute) })}
                      </div>
                    ) : null}
                  </td>
                  <td>
                    {[organisation.contactName, organisation.contactPhone].filter(Boolean).join(' · ') || '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

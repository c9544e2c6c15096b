import { useTranslation } from 'react-i18next';
import type { UnknownOrganisation } from '../../../shared/codecs/import/attendeeImport';
import type { OrganisationAction } from '../../../shared/codecs/import/planImport';
import type { ImportSession } from './useImportSession';

/** More than this many are summarised: a list naming thousands of new organisations is decided as a whole. */
const SHOWN = 200;

function actionValue(action: OrganisationAction | undefined): string {
  if (!action || action.action === 'create') return 'create';
  return action.action === 'none' ? 'none' : `map:${action.organisationId}`;
}

function parseAction(value: string): OrganisationAction {
  if (value.startsWith('map:')) return { action: 'map', organisationId: value.slice(4) };
  return value === 'none' ? { action: 'none' } : { action: 'create' };
}

/** Organisations the list names that the register does not have: create each, map it, or leave it out. */
export function UnknownOrganisations({
  session,
  unknown,
  organisations,
}: {
  session: ImportSession;
  unknown: readonly UnknownOrganisation[];
  organisations: { id: string; label: string }[];
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="unknown-orgs-title" className="unknown-orgs">
      <h3 id="unknown-orgs-title">{t('import.unknownOrganisationsTitle', { n: unknown.length })}</h3>
      <div className="scroll-box">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('import.organisationInList')}</th>
              <th scope="col">{t('import.rows')}</th>
              <th scope="col">{t('import.whatToDo')}</th>
            </tr>
          </thead>
          <tbody>
            {unknown.slice(0, SHOWN).map((u) => (
              <tr key={u.key}>
                <td>{u.name}</td>
                <td>
                  {u.sheetRows.length > 6
                    ? `${u.sheetRows.slice(0, 6).join(', ')} … (${u.sheetRows.length})`
                    : u.sheetRows.join(', ')}
                </td>
                <td>
                  <select
                    aria-label={t('import.actionFor', { name: u.name })}
                    value={actionValue(session.organisationActions.get(u.key))}
                    onChange={(e) => session.chooseOrganisationAction(u.key, parseAction(e.target.value))}
                  >
                    <option value="create">{t('import.createOrganisation')}</option>
                    <option value="none">{t('import.noOrganisation')}</option>
                    {organisations.map((o) => (
                      <option key={o.id} value={`map:${o.id}`}>
                        {t('import.mapTo', { name: o.label })}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {unknown.length > SHOWN ? (
        <p className="hint">{t('import.moreUnknown', { n: unknown.length - SHOWN })}</p>
      ) : null}
    </section>
  );
}

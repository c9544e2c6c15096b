import { useTranslation } from 'react-i18next';
import {
  ATTENDEE_CATEGORIES,
  ORGANISATION_CATEGORIES,
  ORGANISATION_STATUSES,
} from '../../../shared/core/domain/entities';
import {
  ATTENDEE_IMPORT_FIELDS,
  ORGANISATION_IMPORT_FIELDS,
  type ImportField,
  type ImportTarget,
} from '../../../shared/codecs/import/headers';
import { columnLetter } from '../../../shared/codecs/import/importRows';
import { SelectField, TextField } from '../../components/fields';
import type { ImportSession } from './useImportSession';

const EXAMPLES = 3;

export function MappingPanel({ session, target }: { session: ImportSession; target: ImportTarget }) {
  const { t } = useTranslation();
  const { file, sheet, settings } = session;
  if (!file || !sheet || !settings) return null;
  const headers = sheet.rows[settings.headerRowIndex] ?? [];
  const width = Math.max(
    headers.length,
    ...sheet.rows
      .slice(settings.headerRowIndex + 1, settings.headerRowIndex + 1 + EXAMPLES)
      .map((r) => r.length),
  );
  const fields: readonly ImportField[] =
    target === 'attendees' ? ATTENDEE_IMPORT_FIELDS : ORGANISATION_IMPORT_FIELDS;
  const fieldOptions = [
    { value: '', label: t('import.ignoreColumn') },
    ...fields.map((f) => ({ value: f, label: t(`importFields.${f}`) })),
  ];
  const fromList = { value: '', label: t('import.fromTheList') };

  return (
    <section aria-labelledby="mapping-title" className="mapping">
      <h3 id="mapping-title">{t('import.mappingTitle')}</h3>
      <div className="field-row">
        <SelectField
          label={t('import.sheet')}
          value={String(session.sheetIndex)}
          onChange={(v) => session.chooseSheet(Number(v))}
          options={file.sheets.map((s, i) => ({
            value: String(i),
            label: s.hidden ? t('import.hiddenSheet', { name: s.name }) : s.name,
          }))}
        />
        <TextField
          label={t('import.headerRow')}
          type="number"
          inputMode="numeric"
          value={String(settings.headerRowIndex + 1)}
          onChange={(v) =>
            Number(v) >= 1 && Number(v) <= sheet.rows.length && session.setHeaderRow(Number(v) - 1)
          }
        />
        {file.encoding ? (
          <p className="hint">
            {t('import.encoding', {
              encoding: file.encoding,
              delimiter: file.delimiter === '\t' ? 'Tab' : file.delimiter,
            })}
          </p>
        ) : null}
      </div>
      {session.usedRememberedMapping ? <p className="hint">{t('import.rememberedMapping')}</p> : null}
      <table className="table mapping-table">
        <thead>
          <tr>
            <th scope="col">{t('import.column')}</th>
            <th scope="col">{t('import.header')}</th>
            <th scope="col">{t('import.examples')}</th>
            <th scope="col">{t('import.field')}</th>
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: width }, (_, column) => {
            const label = `${columnLetter(column)}${headers[column] ? ` «${headers[column]}»` : ''}`;
            return (
              <tr key={column}>
                <td>{columnLetter(column)}</td>
                <td>{headers[column]}</td>
                <td className="examples">
                  {sheet.rows
                    .slice(settings.headerRowIndex + 1, settings.headerRowIndex + 1 + EXAMPLES)
                    .map((r) => r[column] ?? '')
                    .filter(Boolean)
                    .join(' · ')}
                </td>
                <td>
                  <select
                    aria-label={t('import.fieldFor', { column: label })}
                    value={settings.mapping[column] ?? ''}
                    onChange={(e) =>
                      session.setMapping(column, (e.target.value || null) as ImportField | null)
                    }
                  >
                    {fieldOptions.map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="field-row">
        {target === 'attendees' ? (
          <SelectField
            label={t('import.constantCategory')}
            value={settings.constants.category ?? ''}
            onChange={(v) => session.setConstant('category', v)}
            options={[
              fromList,
              ...ATTENDEE_CATEGORIES.map((c) => ({
                value: t(`attendeeCategories.${c}`),
                label: t(`attendeeCategories.${c}`),
              })),
            ]}
          />
        ) : (
          <>
            <SelectField
              label={t('import.constantOrganisationCategory')}
              value={settings.constants.category ?? ''}
              onChange={(v) => session.setConstant('category', v)}
              options={[
                fromList,
                ...ORGANISATION_CATEGORIES.map((c) => ({
                  value: t(`organisationCategories.${c}`),
                  label: t(`organisationCategories.${c}`),
                })),
              ]}
            />
            <SelectField
              label={t('import.constantStatus')}
              value={settings.constants.status ?? ''}
              onChange={(v) => session.setConstant('status', v)}
              options={[
                fromList,
                ...ORGANISATION_STATUSES.map((s) => ({
                  value: t(`organisationStatuses.${s}`),
                  label: t(`organisationStatuses.${s}`),
                })),
              ]}
            />
          </>
        )}
      </div>
    </section>
  );
}

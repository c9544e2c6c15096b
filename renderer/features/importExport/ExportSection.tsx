import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  attendeeTable,
  attendanceTable,
  checkInLogTable,
  organisationTable,
  type ExportLabels,
} from '../../../shared/codecs/export/listExports';
import { writeCsv, writeWorkbook, type Table } from '../../../shared/codecs/export/spreadsheet';
import { useServices } from '../../app/AppContext';
import {
  readAssemblyPresentIds,
  readLiveAttendees,
  readLiveOrganisations,
  readLoggedEvents,
  readResultsRecord,
} from '../../db/reads';
import { currentLanguage } from '../../app/i18n';
import { formatDateTime, localised } from '../../app/format';
import { markTiming } from '../../app/timing';
import { resultsTables } from '../../../shared/codecs/export/resultsWorkbook';

type ExportKind = 'attendees' | 'organisations' | 'attendance' | 'checkInLog';

const XLSX = [{ name: 'Excel', extensions: ['xlsx'] }];
const CSV = [{ name: 'CSV', extensions: ['csv'] }];

/** Lists out as real spreadsheets (or UTF-8 CSV), headers in the UI language. */
export function ExportSection({ conferenceId }: { conferenceId: string }) {
  const { t } = useTranslation();
  const { store, platform } = useServices();
  const language = currentLanguage();
  const [status, setStatus] = useState('');

  const build = async (kind: ExportKind): Promise<Table> => {
    const organisations = await readLiveOrganisations(store, conferenceId);
    const attendees = await readLiveAttendees(store, conferenceId);
    const labels: ExportLabels = {
      t: (key) => t(key),
      language,
      localName: (o) => localised(o.name, language),
    };
    if (kind === 'attendees') return attendeeTable(attendees, organisations, labels);
    if (kind === 'organisations') return organisationTable(organisations, attendees, labels);
    const present = await readAssemblyPresentIds(store, conferenceId);
    if (kind === 'attendance')
      return attendanceTable(organisations, attendees, labels, (id) => present.has(id));
    return checkInLogTable(
      await readLoggedEvents(store, conferenceId),
      attendees,
      organisations,
      labels,
      (iso) => formatDateTime(iso, language),
    );
  };

  const save = async (kind: ExportKind, format: 'xlsx' | 'csv') => {
    markTiming('export:start');
    setStatus(t('exports.preparing'));
    const table = await build(kind);
    const bytes = format === 'xlsx' ? await writeWorkbook([table]) : writeCsv(table);
    const date = new Date().toISOString().slice(0, 10);
    markTiming('export:file-ready');
    const saved = await platform.saveFile(
      `${t(`exports.file_${kind}`)}-${date}.${format}`,
      bytes,
      format === 'xlsx' ? XLSX : CSV,
    );
    setStatus(saved ? t('exports.saved', { name: saved }) : '');
  };

  // Every vote and election round on a sheet of its own, and the ballot issuance log.
  const saveResults = async () => {
    setStatus(t('exports.preparing'));
    const tables = resultsTables(
      await readResultsRecord(store, conferenceId),
      (key, params) => t(key, params ?? {}),
      language,
      (iso) => formatDateTime(iso, language),
    );
    const bytes = await writeWorkbook(tables);
    const saved = await platform.saveFile(
      `${t('exports.file_results')}-${new Date().toISOString().slice(0, 10)}.xlsx`,
      bytes,
      XLSX,
    );
    setStatus(saved ? t('exports.saved', { name: saved }) : '');
  };

  const kinds: ExportKind[] = ['attendees', 'organisations', 'attendance', 'checkInLog'];
  return (
    <section aria-labelledby="export-title" className="panel">
      <h2 id="export-title">{t('exports.title')}</h2>
      <table className="table">
        <tbody>
          {kinds.map((kind) => (
            <tr key={kind}>
              <th scope="row">{t(`exports.kind_${kind}`)}</th>
              <td className="row-actions">
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => void save(kind, 'xlsx')}
                  aria-label={t('exports.asExcel', { what: t(`exports.kind_${kind}`) })}
                >
                  {t('exports.excel')}
                </button>
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => void save(kind, 'csv')}
                  aria-label={t('exports.asCsv', { what: t(`exports.kind_${kind}`) })}
                >
                  {t('exports.csv')}
                </button>
              </td>
            </tr>
          ))}
          <tr>
            <th scope="row">{t('exports.kind_results')}</th>
            <td className="row-actions">
              <button type="button" className="button button--small" onClick={() => void saveResults()}>
                {t('exports.resultsExcel')}
              </button>
            </td>
          </tr>
        </tbody>
      </table>
      <p className="hint">{t('exports.hint')}</p>
      {status ? (
        <p role="status" className="status">
          {status}
        </p>
      ) : null}
    </section>
  );
}

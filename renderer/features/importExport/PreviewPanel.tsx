import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { ImportTarget } from '../../../shared/codecs/import/headers';
import type { RowProblem } from '../../../shared/codecs/import/importRows';
import { useLiveOrganisations } from '../../db/hooks';
import { currentLanguage } from '../../app/i18n';
import { formatNumber, localised } from '../../app/format';
import { useMarkWhenPainted } from '../../app/timing';
import type { ImportSession } from './useImportSession';
import { UnknownOrganisations } from './UnknownOrganisations';

interface ProblemRow {
  rowIndex: number;
  sheetRow: number;
  problems: RowProblem[];
  blocked: boolean;
  included: boolean;
}

const ITEM_HEIGHT = 30;

export function PreviewPanel({
  session,
  target,
  conferenceId,
}: {
  session: ImportSession;
  target: ImportTarget;
  conferenceId: string;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { preview, included, settings, sheet } = session;
  const organisations = useLiveOrganisations(conferenceId);
  const problemRows = useMemo(
    (): ProblemRow[] =>
      (preview?.data.rows ?? [])
        .filter((r) => r.problems.length > 0)
        .map((r) => ({
          rowIndex: r.rowIndex,
          sheetRow: r.sheetRow,
          problems: r.problems,
          blocked: r.blocked,
          included: included.has(r.rowIndex),
        })),
    [preview, included],
  );
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: problemRows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => ITEM_HEIGHT * (problemRows[i]!.problems.length + 1) + 12,
    overscan: 6,
  });
  useMarkWhenPainted('import:preview-shown', preview !== null);
  if (!preview || !settings || !sheet) return <p role="status">{t('common.loading')}</p>;
  const rows = preview.data.rows;
  const committing = session.state.step === 'committing';

  return (
    <section aria-labelledby="preview-title" className="preview">
      <h3 id="preview-title">{t('import.previewTitle')}</h3>
      <p role="status" className="preview-summary">
        {t('import.summary', {
          rows: formatNumber(rows.length, language),
          included: formatNumber(included.size, language),
          problems: formatNumber(problemRows.length, language),
          skipped: formatNumber(rows.length - included.size, language),
        })}
      </p>
      {problemRows.length > 0 ? (
        <div ref={scrollRef} className="problem-list" role="list" aria-label={t('import.problemsLabel')}>
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const row = problemRows[item.index]!;
              return (
                <div
                  key={row.rowIndex}
                  role="listitem"
                  className="problem-row"
                  style={{
                    position: 'absolute',
                    top: 0,
                    left: 0,
                    right: 0,
                    transform: `translateY(${item.start}px)`,
                  }}
                  ref={virtualizer.measureElement}
                  data-index={item.index}
                >
                  <div className="problem-row-head">
                    <strong>{t('import.rowNumber', { row: row.sheetRow })}</strong>
                    <label>
                      <input
                        type="checkbox"
                        checked={row.included}
                        disabled={row.blocked || committing}
                        onChange={(e) => session.chooseRow(row.rowIndex, e.target.checked)}
                      />
                      {t('import.includeRow', { row: row.sheetRow })}
                    </label>
                  </div>
                  {row.problems.map((p, i) => {
                    const column = p.columnIndex;
                    return (
                      <div key={i} className={`problem problem--${p.severity}`}>
                        <span className="problem-where">{p.column || t('import.wholeRow')}</span>
                        <span>{t(p.message, { ...p.params })}</span>
                        {column >= 0 ? (
                          <input
                            aria-label={t('import.fixValue', { row: row.sheetRow, column: p.column })}
                            defaultValue={
                              settings.overrides[`${row.rowIndex}:${column}`] ??
                              sheet.rows[row.rowIndex]?.[column] ??
                              ''
                            }
                            onBlur={(e) => session.setOverride(row.rowIndex, column, e.target.value.trim())}
                            onKeyDown={(e) =>
                              e.key === 'Enter' &&
                              session.setOverride(row.rowIndex, column, e.currentTarget.value.trim())
                            }
                          />
                        ) : p.field === 'name' && p.severity === 'error' ? (
                          <NameFix session={session} rowIndex={row.rowIndex} sheetRow={row.sheetRow} />
                        ) : null}
                      </div>
                    );
                  })}
                </div>
              );
            })}
          </div>
        </div>
      ) : null}
      {preview.target === 'attendees' && preview.data.unknownOrganisations.length > 0 ? (
        <UnknownOrganisations
          session={session}
          unknown={preview.data.unknownOrganisations}
          organisations={(organisations ?? []).map((o) => ({
            id: o.id,
            label: `${o.code} · ${localised(o.name, language)}`,
          }))}
        />
      ) : null}
      {session.commitErrors.length > 0 ? (
        <div className="form-errors" role="alert">
          {session.commitErrors.map((e, i) => (
            <p key={i}>
              {e.sheetRow ? `${t('import.rowNumber', { row: e.sheetRow })}: ` : ''}
              {t(e.message, { ...e.params })}
            </p>
          ))}
        </div>
      ) : null}
      <div className="form-actions">
        <button
          type="button"
          className="button button--primary"
          disabled={included.size === 0 || committing}
          onClick={() => void session.commit()}
        >
          {t(target === 'attendees' ? 'import.commitAttendees' : 'import.commitOrganisations', {
            n: formatNumber(included.size, language),
          })}
        </button>
        <button type="button" className="button" disabled={committing} onClick={session.reset}>
          {t('import.discard')}
        </button>
        {committing ? (
          <span role="status" className="status">
            {t('import.saving')}
          </span>
        ) : null}
      </div>
    </section>
  );
}

/** A row without a name is fixed by typing the name into the column that holds names. */
function NameFix({
  session,
  rowIndex,
  sheetRow,
}: {
  session: ImportSession;
  rowIndex: number;
  sheetRow: number;
}) {
  const { t } = useTranslation();
  const nameColumn =
    session.settings?.mapping.findIndex(
      (f) =>
        f === 'fullName' ||
        f === 'familyNameZh' ||
        f === 'fullNameCyr' ||
        f === 'familyNameCyr' ||
        f === 'fullNameLatin',
    ) ?? -1;
  if (nameColumn < 0) return null;
  return (
    <input
      aria-label={t('import.fixName', { row: sheetRow })}
      defaultValue=""
      onBlur={(e) =>
        e.target.value.trim() && session.setOverride(rowIndex, nameColumn, e.target.value.trim())
      }
      onKeyDown={(e) =>
        e.key === 'Enter' &&
        e.currentTarget.value.trim() &&
        session.setOverride(rowIndex, nameColumn, e.currentTarget.value.trim())
      }
    />
  );
}

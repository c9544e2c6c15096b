import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MinutesSection } from '../../../shared/documents/minutes/minutesSections';
import { TRILINGUAL_KEY } from '../../../shared/documents/minutes/minutesRecord';
import { useStore } from '../../app/AppContext';
import { LANGUAGE_NAMES } from '../../app/i18n';
import { removeFreeSectionAction, saveMinutesParagraphAction } from '../../db/minutesActions';
import { errorFor, FormErrors } from '../../components/fields';
import { useCommand } from '../../components/useCommand';

/** One section of the minutes: its paragraph in each language, editable, and its tables as recorded. */
export function MinutesSectionView({
  conferenceId,
  section,
}: {
  conferenceId: string;
  section: MinutesSection;
}) {
  const { t } = useTranslation();
  const store = useStore();
  const [texts, setTexts] = useState(() => section.paragraphs.map((p) => p.text));
  // When the record (or a save) changes the section's text, the fields show it.
  const incoming = section.paragraphs.map((p) => p.text).join('\u0000');
  useEffect(() => setTexts(incoming.split('\u0000')), [incoming]);
  const [saved, setSaved] = useState(false);
  const { errors, run } = useCommand(() => setSaved(true));
  const dirty = texts.some((text, i) => text !== section.paragraphs[i]!.text);
  const save = (values: string[]) => {
    setSaved(false);
    const byLanguage = (pick: (i: number) => string) =>
      Object.fromEntries(section.paragraphs.map((p, i) => [TRILINGUAL_KEY[p.language], pick(i)]));
    void run(() =>
      saveMinutesParagraphAction(
        store,
        conferenceId,
        section.key,
        byLanguage((i) => values[i]!),
        byLanguage((i) => section.paragraphs[i]!.prefilled),
      ),
    );
  };
  const headingId = `minutes-${section.key.replace(/[^a-zA-Z0-9]/g, '-')}`;
  return (
    <section className="minutes-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{section.title}</h2>
      {section.paragraphs.map((paragraph, i) => {
        const label = t('minutes.textOf', {
          section: section.title,
          language: LANGUAGE_NAMES[paragraph.language],
        });
        const error = errorFor(errors, `text.${TRILINGUAL_KEY[paragraph.language]}`);
        return (
          <label key={paragraph.language} className={`field field--wide${error ? ' field--invalid' : ''}`}>
            <span className="field-label">
              {label}
              {paragraph.edited ? <span className="badge-note"> · {t('minutes.edited')}</span> : null}
            </span>
            <textarea
              lang={paragraph.language}
              rows={Math.min(8, Math.max(2, Math.ceil(texts[i]!.length / 90)))}
              value={texts[i]}
              onChange={(e) => setTexts((all) => all.map((v, j) => (j === i ? e.target.value : v)))}
            />
            {error ? (
              <span className="field-error" role="alert">
                {t(error.message, error.params ?? {})}
              </span>
            ) : null}
          </label>
        );
      })}
      <div className="form-actions">
        <button type="button" className="button" disabled={!dirty} onClick={() => save(texts)}>
          {t('minutes.saveText', { section: section.title })}
        </button>
        {section.paragraphs.some((p) => p.edited) ? (
          <button
            type="button"
            className="button"
            onClick={() => {
              const prefilled = section.paragraphs.map((p) => p.prefilled);
              setTexts(prefilled);
              save(prefilled);
            }}
          >
            {t('minutes.restore', { section: section.title })}
          </button>
        ) : null}
        {section.freeId ? (
          <button
            type="button"
            className="button"
            onClick={() => void run(() => removeFreeSectionAction(store, conferenceId, section.freeId!))}
          >
            {t('minutes.removeSection', { section: section.title })}
          </button>
        ) : null}
        {saved && !dirty ? (
          <span role="status" className="status">
            {t('minutes.savedText')}
          </span>
        ) : null}
      </div>
      <FormErrors errors={errors} shownFields={['text']} />
      {section.tables.map((table, i) => (
        <table key={i} className="table minutes-table">
          {table.title ? <caption>{table.title}</caption> : null}
          <thead>
            <tr>
              {table.columns.map((c, j) => (
                <th key={j} scope="col" style={{ width: `${c.width * 100}%` }}>
                  {c.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, j) => (
                  <td key={j} className={table.columns[j]!.align === 'right' ? 'number' : undefined}>
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </section>
  );
}

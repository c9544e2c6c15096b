import { translatorFor, type MessageKey } from '../../../shared/locales';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MINUTES_MODES, type MinutesMode } from '../../../shared/documents/minutes/minutesTypes';
import { minutesDocument } from '../../../shared/documents/minutes/minutesDocument';
import { renderMinutesPdf } from '../../../shared/documents/render/minutesPdf';
import { renderMinutesDocx } from '../../../shared/documents/render/minutesDocx';
import { useServices } from '../../app/AppContext';
import { markTiming } from '../../app/timing';
import { useMinutesRecord } from '../../db/hooks';
import { SelectField } from '../../components/fields';
import { loadFontBytes } from '../../components/fontUrls';
import { MinutesSectionView } from './MinutesSectionView';
import { FreeSectionForm } from './FreeSectionForm';

const MODE_KEYS: Record<MinutesMode, MessageKey> = {
  'zh+ru': 'minutes.mode_parallel',
  'zh-CN': 'minutes.mode_zh',
  ru: 'minutes.mode_ru',
  en: 'minutes.mode_en',
};

/**
 * The minutes, written from the record: every paragraph editable, exported as PDF to sign and .docx
 * to finish in a word processor.
 */
export function MinutesScreen({ conferenceId }: { conferenceId: string }) {
  const { t } = useTranslation();
  const { platform } = useServices();
  const record = useMinutesRecord(conferenceId);
  const [mode, setMode] = useState<MinutesMode>('zh+ru');
  const [status, setStatus] = useState('');
  const translators = useMemo(
    () => ({ 'zh-CN': translatorFor('zh-CN'), ru: translatorFor('ru'), en: translatorFor('en') }),
    [],
  );
  const minutes = useMemo(
    () => (record ? minutesDocument(record, mode, translators) : null),
    [record, mode, translators],
  );
  if (!record || !minutes) return <p role="status">{t('common.loading')}</p>;

  const save = async (format: 'pdf' | 'docx') => {
    setStatus(t('minutes.preparing'));
    markTiming('minutes:start');
    const bytes =
      format === 'pdf'
        ? await renderMinutesPdf(minutes, await loadFontBytes())
        : await renderMinutesDocx(minutes);
    markTiming(`minutes:${format}-ready`);
    const name = `${t('minutes.fileName')}-${new Date().toISOString().slice(0, 10)}.${format}`;
    const saved = await platform.saveFile(name, bytes, [
      format === 'pdf' ? { name: 'PDF', extensions: ['pdf'] } : { name: 'Word', extensions: ['docx'] },
    ]);
    setStatus(saved ? t('minutes.exported', { name: saved }) : '');
  };

  return (
    <div className="minutes">
      <div className="screen-header">
        <h1>{t('minutes.title')}</h1>
        <div className="form-actions">
          <button type="button" className="button button--primary" onClick={() => void save('pdf')}>
            {t('minutes.exportPdf')}
          </button>
          <button type="button" className="button" onClick={() => void save('docx')}>
            {t('minutes.exportDocx')}
          </button>
        </div>
      </div>
      <p className="hint">{t('minutes.intro')}</p>
      <div className="field-row">
        <SelectField
          label={t('minutes.mode')}
          value={mode}
          onChange={setMode}
          options={MINUTES_MODES.map((m) => ({ value: m, label: t(MODE_KEYS[m]) }))}
        />
        <span role="status" className="status">
          {status}
        </span>
      </div>
      <article className="panel minutes-preview" aria-label={minutes.title.join(' / ')}>
        {minutes.title.map((line) => (
          <p key={line} className="minutes-title">
            {line}
          </p>
        ))}
        {minutes.sections.map((section) => (
          <MinutesSectionView key={`${mode}-${section.key}`} conferenceId={conferenceId} section={section} />
        ))}
      </article>
      <FreeSectionForm conferenceId={conferenceId} sections={minutes.sections} />
    </div>
  );
}

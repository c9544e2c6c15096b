import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportTarget } from '../../../shared/codecs/import/headers';
import { ImportSection } from './ImportSection';
import { ExportSection } from './ExportSection';
import { ImportHistory } from './ImportHistory';

export function ImportExportScreen({ conferenceId }: { conferenceId: string }) {
  const { t } = useTranslation();
  const [target, setTarget] = useState<ImportTarget>('attendees');
  return (
    <div className="setup">
      <h1>{t('import.screenTitle')}</h1>
      <section aria-labelledby="import-title" className="panel">
        <h2 id="import-title">{t('import.title')}</h2>
        <fieldset className="choice-group">
          <legend>{t('import.targetLegend')}</legend>
          {(['attendees', 'organisations'] as const).map((value) => (
            <label key={value}>
              <input
                type="radio"
                name="import-target"
                value={value}
                checked={target === value}
                onChange={() => setTarget(value)}
              />
              {t(`import.target_${value}`)}
            </label>
          ))}
        </fieldset>
        <ImportSection key={target} conferenceId={conferenceId} target={target} />
      </section>
      <ImportHistory conferenceId={conferenceId} />
      <ExportSection conferenceId={conferenceId} />
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import type { Attendee, BadgePrint } from '../../../shared/core/domain/entities';
import { nameOf } from '../../app/names';
import { currentLanguage } from '../../app/i18n';
import { formatDateTime } from '../../app/format';
import type { MissingGlyphs } from './useMissingGlyphs';

/** What to know before printing: the one badge was printed before; some names have characters the fonts lack. */
export function PrintWarnings({
  previewed,
  reprint,
  missing,
}: {
  previewed: Attendee | undefined;
  reprint: BadgePrint | undefined;
  missing: MissingGlyphs[];
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <>
      {reprint ? (
        <p className="form-errors" role="alert">
          {t('badges.reprintWarning', {
            name: nameOf(previewed!),
            count: reprint.count,
            time: formatDateTime(reprint.lastPrintedAt, language),
          })}
        </p>
      ) : null}
      {missing.length ? (
        <div className="form-errors" role="alert">
          <p>{t('badges.missingGlyphs', { n: missing.length })}</p>
          <ul>
            {missing.slice(0, 20).map(({ attendee, chars }) => (
              <li key={attendee.id}>
                {attendee.code} {nameOf(attendee)}: {chars.join(' ')}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </>
  );
}

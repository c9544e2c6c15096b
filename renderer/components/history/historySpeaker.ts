import type { TFunction } from 'i18next';
import type { Translate } from '../../../shared/locales';
import type { TimeStyle } from '../../../shared/documents/history/historyWords';
import type { Speaker } from '../../../shared/documents/history/spellWords';
import { formatDate, formatDateTime, formatLocalDateTime } from '../../app/format';
import type { Language } from '../../app/i18n';

/** A time of the log in the reader's language; a value no clock can read is shown as it is. */
export function historyTime(value: string, style: TimeStyle, language: Language): string {
  const when = new Date(style === 'date' ? `${value}T00:00:00` : value);
  if (Number.isNaN(when.getTime())) return value;
  if (style === 'date') return formatDate(value, language);
  if (style === 'minute') return formatLocalDateTime(value, language);
  if (style === 'clock')
    return new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit' }).format(when);
  return formatDateTime(value, language);
}

/** How the history dialog says its words: the screen's strings and its way of writing times. */
export function historySpeaker(t: TFunction, language: Language): Speaker {
  const translate: Translate = (key, params) => t(key, params ?? {});
  return { translate, time: (value, style) => historyTime(value, style, language) };
}

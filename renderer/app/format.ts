import type { Trilingual } from '../../shared/core/domain/entities';
import { inLanguage } from '../../shared/core/domain/trilingual';
import type { Language } from './i18n';

/** A trilingual text in the UI language, else the first language it has. */
export function localised(text: Trilingual, language: Language): string {
  return inLanguage(text, language);
}

export function formatDate(isoDate: string, language: Language): string {
  if (!isoDate) return '';
  const date = new Date(`${isoDate}T00:00:00`);
  return new Intl.DateTimeFormat(language, { year: 'numeric', month: 'long', day: 'numeric' }).format(date);
}

export function formatDateTime(iso: string, language: Language): string {
  if (!iso) return '';
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'medium' }).format(
    new Date(iso),
  );
}

export function formatLocalDateTime(local: string, language: Language): string {
  if (!local) return '';
  return new Intl.DateTimeFormat(language, {
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(local));
}

// Making a formatter costs far more than using one: the desk formats figures on every check-in.
const numberFormats = new Map<Language, Intl.NumberFormat>();

export function formatNumber(value: number, language: Language): string {
  let format = numberFormats.get(language);
  if (!format) numberFormats.set(language, (format = new Intl.NumberFormat(language)));
  return format.format(value);
}

/** A time of day as the desks say it (10:02). */
export function formatTime(iso: string, language: Language): string {
  if (!iso) return '';
  return new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}

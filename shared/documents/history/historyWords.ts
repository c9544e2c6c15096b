import type { Trilingual } from '../../core/domain/entities';
import { MESSAGES, type Language, type MessageKey } from '../../locales';

/**
 * What a history line says, before it is said in a language: the screens, the tests and any later
 * output translate the same structure. A phrase is a string of the UI with its parameters, which
 * may themselves be words; a text is shown as typed (a name, a phone number); a time is formatted
 * in the reader's language; a list is joined as the language joins one.
 */
export type Words = Phrase | { text: string } | { time: string; style: TimeStyle } | { list: Words[] };

export type Param = string | number | Words;

export interface Phrase {
  key: MessageKey;
  params?: Record<string, Param>;
}

/** `clock` for a time of day, `date` for `YYYY-MM-DD`, `minute` for a local `YYYY-MM-DDTHH:mm`. */
export type TimeStyle = 'dateTime' | 'clock' | 'date' | 'minute';

/** One changed field: its label and its value as the screens show it. */
export interface HistoryDetail {
  label: Phrase;
  value: Words;
}

/** One event of a record's history, in words. */
export interface HistoryLine {
  sentence: Phrase;
  details: HistoryDetail[];
}

/** What the describer looks up outside the record: names as the screens show them. */
export interface HistoryLookups {
  language: Language;
  organisationName(id: string): string | undefined;
  attendeeName(id: string): string | undefined;
  electionTitle(id: string): string | undefined;
}

export function say(key: MessageKey, params?: Record<string, Param>): Phrase {
  return params ? { key, params } : { key };
}

export const text = (value: string): Words => ({ text: value });

export const time = (iso: string, style: TimeStyle = 'dateTime'): Words => ({ time: iso, style });

export const list = (items: Words[]): Words => ({ list: items });

export const isTrilingual = (value: unknown): value is Trilingual =>
  typeof value === 'object' && value !== null && 'zh' in value && 'ru' in value && 'en' in value;

export const yesNo = (value: boolean): Words => say(value ? 'common.yes' : 'common.no');

/** Whether the strings have a key (a plain one, or the plural forms of a counted one). */
export function hasMessage(key: string): key is MessageKey {
  const dot = key.indexOf('.');
  const table: Record<string, string> | undefined = MESSAGES.en[key.slice(0, dot)];
  const name = key.slice(dot + 1);
  return dot > 0 && table !== undefined && (name in table || `${name}_other` in table);
}

/**
 * The label of a code (`genders.male` for `male`). A code the strings do not name (written by a
 * later version of the app) is shown as it is rather than as a key.
 */
export function codeLabel(key: string, code: string): Words {
  return hasMessage(key) ? say(key) : text(code);
}

/**
 * A desk or laptop as people know it: the name it goes by, else — for a laptop known only by its
 * device id — "laptop ·a18c" (the id's end, enough to tell two apart), else the name as written.
 */
export function deviceWords(name: string, deviceNames: ReadonlyMap<string, string>): Words {
  const known = deviceNames.get(name);
  if (known) return text(known);
  return /^dev-[a-z0-9]+$/.test(name) ? say('history.laptop', { id: name.slice(-4) }) : text(name);
}

import type { Translate } from '../../locales';
import type { TimeStyle, Words } from './historyWords';

/** How words are said in one language: its strings, and its way of writing a time. */
export interface Speaker {
  translate: Translate;
  time(iso: string, style: TimeStyle): string;
}

/** Words as one string: parameters said first, then the phrase around them. */
export function spellWords(words: Words, speaker: Speaker): string {
  if ('text' in words) return words.text;
  if ('time' in words) return speaker.time(words.time, words.style);
  if ('list' in words)
    return words.list
      .map((item) => spellWords(item, speaker))
      .join(speaker.translate('history.listSeparator'));
  const params = Object.fromEntries(
    Object.entries(words.params ?? {}).map(([name, value]) => [
      name,
      typeof value === 'object' ? spellWords(value, speaker) : value,
    ]),
  );
  return speaker.translate(words.key, params);
}

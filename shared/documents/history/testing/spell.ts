import { translatorFor, type Language } from '../../../locales';
import type { HistoryLine } from '../describeEvent';
import type { Words } from '../historyWords';
import { spellWords } from '../spellWords';

/** A history line said in a language, its sentence then each detail, times in a fixed format. */
export function spell(line: HistoryLine, language: Language): string[] {
  const format = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
  const speaker = { translate: translatorFor(language), time: (iso: string) => format.format(new Date(iso)) };
  const say = (words: Words) => spellWords(words, speaker);
  return [say(line.sentence), ...line.details.map((d) => `${say(d.label)}: ${say(d.value)}`)];
}

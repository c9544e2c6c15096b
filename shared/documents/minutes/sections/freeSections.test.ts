import { describe, expect, it } from 'vitest';
import type { Minutes } from '../../../core/domain/entities';
import { translatorFor } from '../../../locales';
import type { MinutesRecord } from '../minutesRecord';
import type { FreeSection } from '../minutesTypes';
import { withFreeSections } from './freeSections';
import { sectionContext } from './sectionContext';

const t = { 'zh-CN': translatorFor('zh-CN'), ru: translatorFor('ru'), en: translatorFor('en') };
const free = (id: string, after: string, en = id, ru = ''): FreeSection => ({
  id,
  after,
  title: { zh: '', ru, en },
  text: { zh: '', ru, en: `text of ${en}` },
});
const contextWith = (freeSections: FreeSection[] | null, languages: ('en' | 'ru')[] = ['en']) =>
  sectionContext(
    {
      minutes: freeSections ? ({ paragraphs: {}, freeSections } as unknown as Minutes) : undefined,
    } as MinutesRecord,
    languages,
    t,
  );
const keysOf = (freeSections: FreeSection[] | null) => {
  const context = contextWith(freeSections);
  const fixed = ['opening', 'agenda', 'closing'].map((key) =>
    context.section(key, 'minutes.section_agenda', () => key),
  );
  return withFreeSections(context, fixed).map((s) => s.key);
};

describe('the secretary’s own sections', () => {
  it('come right after the section they were added to follow', () => {
    expect(keysOf([free('a', 'agenda')])).toEqual(['opening', 'agenda', 'free:a', 'closing']);
    expect(keysOf([free('a', 'opening')])).toEqual(['opening', 'free:a', 'agenda', 'closing']);
  });

  it('come after those added at the same place before them, in the order they were added', () => {
    expect(keysOf([free('a', 'agenda'), free('b', 'agenda'), free('c', 'opening')])).toEqual([
      'opening',
      'free:c',
      'agenda',
      'free:a',
      'free:b',
      'closing',
    ]);
  });

  it('go to the end when the section they followed is gone', () => {
    expect(keysOf([free('a', 'vote:deleted'), free('b', 'opening')])).toEqual([
      'opening',
      'free:b',
      'agenda',
      'closing',
      'free:a',
    ]);
  });

  it('leave the record’s sections as they are when there are none', () => {
    expect(keysOf(null)).toEqual(['opening', 'agenda', 'closing']);
    expect(keysOf([])).toEqual(['opening', 'agenda', 'closing']);
  });

  it('carry their title, their text in each language and their id, and no table', () => {
    const context = contextWith([free('a', 'agenda', 'Photo', 'Фото')], ['ru', 'en']);
    const [added] = withFreeSections(context, []);
    expect(added).toEqual({
      key: 'free:a',
      title: 'Фото / Photo',
      paragraphs: [
        { language: 'ru', text: 'Фото', prefilled: 'Фото', edited: false },
        { language: 'en', text: 'text of Photo', prefilled: 'text of Photo', edited: false },
      ],
      tables: [],
      freeId: 'a',
    });
  });
});

import { describe, expect, it } from 'vitest';
import type { Minutes } from '../../../core/domain/entities';
import { translatorFor } from '../../../locales';
import type { MinutesRecord } from '../minutesRecord';
import { sectionContext } from './sectionContext';

const t = { 'zh-CN': translatorFor('zh-CN'), ru: translatorFor('ru'), en: translatorFor('en') };
const minutes = (paragraphs: Minutes['paragraphs']): Minutes => ({
  id: 'm',
  conferenceId: 'c',
  version: '',
  createdAt: '',
  updatedAt: '',
  deletedAt: null,
  paragraphs,
  freeSections: [],
});
const record = (m?: Minutes) => ({ minutes: m }) as MinutesRecord;

describe('the helpers every section is worded with', () => {
  it('join a fixed text’s wordings with " / " for titles and one under the other for cells', () => {
    const context = sectionContext(record(), ['zh-CN', 'ru'], t);
    expect(context.label('minutes.section_closing')).toBe('闭幕 / Закрытие');
    expect(context.cellLabel('minutes.section_closing')).toBe('闭幕\nЗакрытие');
    expect(context.label('elections.roundN', { n: 2 })).toBe('第 2 轮 / тур 2');
  });

  it('give one wording in a single language, and each different wording once', () => {
    expect(sectionContext(record(), ['en'], t).label('minutes.section_closing')).toBe('Closing');
    const both = sectionContext(record(), ['zh-CN', 'ru'], t);
    expect(both.name({ zh: '王建国', ru: 'Ван Цзяньго', en: 'Wang Jianguo' })).toBe('王建国\nВан Цзяньго');
    // No Chinese name: the Chinese reader gets the Russian one, and it is written once.
    expect(both.name({ zh: '', ru: 'Смирнова Ирина', en: '' })).toBe('Смирнова Ирина');
  });

  it('find the secretary’s own paragraph by section and language', () => {
    const context = sectionContext(record(minutes({ closing: { zh: '大会闭幕。' } })), ['zh-CN', 'ru'], t);
    expect(context.own('closing', 'zh-CN')).toBe('大会闭幕。');
    expect(context.own('closing', 'ru')).toBeUndefined();
    expect(context.own('opening', 'zh-CN')).toBeUndefined();
    expect(sectionContext(record(), ['zh-CN'], t).own('closing', 'zh-CN')).toBeUndefined();
  });
});

describe('a section', () => {
  const context = sectionContext(
    record(minutes({ closing: { zh: '大会闭幕。', ru: 'prefilled ru' } })),
    ['zh-CN', 'ru'],
    t,
  );

  it('has a paragraph per language: the secretary’s where written, else the prefilled one', () => {
    const section = context.section('closing', 'minutes.section_closing', (l) => `prefilled ${l}`);
    expect(section).toEqual({
      key: 'closing',
      title: '闭幕 / Закрытие',
      paragraphs: [
        { language: 'zh-CN', text: '大会闭幕。', prefilled: 'prefilled zh-CN', edited: true },
        // The secretary's text is the prefilled one: not an edit.
        { language: 'ru', text: 'prefilled ru', prefilled: 'prefilled ru', edited: false },
      ],
      tables: [],
      freeId: null,
    });
  });

  it('takes a title in three languages, each different one once', () => {
    const photo = context.section('free:1', { zh: '合影', ru: 'Фото', en: 'Photo' }, () => '', [], '1');
    expect(photo.title).toBe('合影 / Фото');
    expect(photo.freeId).toBe('1');
    const latin = context.section('free:2', { zh: '', ru: '', en: 'Photo' }, () => '');
    expect(latin.title).toBe('Photo');
  });

  it('keeps the tables it is given', () => {
    const table = { columns: [{ header: 'A', width: 1 }], rows: [['1']] };
    expect(context.section('x', 'minutes.section_agenda', () => '', [table]).tables).toEqual([table]);
  });
});

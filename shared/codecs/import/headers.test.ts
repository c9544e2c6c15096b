import { describe, expect, it } from 'vitest';
import { detectHeaderRow, fieldForHeader, headerSignature, normaliseHeader, suggestMapping } from './headers';

describe('header names', () => {
  it('are folded: width, case, numbering of questionnaires, (必填), spaces', () => {
    expect(normaliseHeader('1、姓名')).toBe('姓名');
    expect(normaliseHeader('２．工作单位（必填）')).toBe('工作单位');
    expect(normaliseHeader(' E-Mail ')).toBe('e-mail');
    expect(normaliseHeader('(3) Фамилия')).toBe('фамилия');
  });

  it('map to fields in Chinese, Russian and English', () => {
    const cases: [string, string][] = [
      ['姓名', 'fullName'],
      ['1、您的姓名', 'fullName'],
      ['ФИО', 'fullNameCyr'],
      ['Фамилия', 'familyNameCyr'],
      ['Имя', 'givenNameCyr'],
      ['Отчество', 'patronymicCyr'],
      ['Name', 'fullName'],
      ['单位', 'organisation'],
      ['工作单位', 'organisation'],
      ['Организация', 'organisation'],
      ['Organisation', 'organisation'],
      ['职务', 'position'],
      ['Должность', 'position'],
      ['手机', 'phone'],
      ['Телефон', 'phone'],
      ['邮箱', 'email'],
      ['E-mail', 'email'],
      ['性别', 'gender'],
      ['Пол', 'gender'],
      ['类别', 'category'],
      ['表决代表', 'votingDelegate'],
      ['备注', 'notes'],
    ];
    for (const [header, field] of cases) expect(fieldForHeader(header, 'attendees'), header).toBe(field);
    expect(fieldForHeader('单位名称', 'organisations')).toBe('nameZh');
    expect(fieldForHeader('Наименование', 'organisations')).toBe('nameRu');
    expect(fieldForHeader('表决权', 'organisations')).toBe('votingRight');
    expect(fieldForHeader('序号', 'attendees')).toBeNull();
    expect(fieldForHeader('Organisation code', 'attendees')).toBeNull();
  });

  it('never take one field twice', () => {
    expect(suggestMapping(['姓名', '手机', '联系电话'], 'attendees')).toEqual(['fullName', 'phone', null]);
  });

  it('are remembered by a signature that ignores width and spacing', () => {
    expect(headerSignature(['姓名', 'ＦＩＯ'], 'attendees')).toBe(
      headerSignature([' 姓名', 'FIO'], 'attendees'),
    );
    expect(headerSignature(['姓名'], 'attendees')).not.toBe(headerSignature(['姓名'], 'organisations'));
  });
});

describe('the header row', () => {
  it('is found below title rows', () => {
    const rows = [
      [
        '2026年中俄职业教育联盟成立大会参会人员名单',
        '2026年中俄职业教育联盟成立大会参会人员名单',
        '2026年中俄职业教育联盟成立大会参会人员名单',
      ],
      ['填报单位：哈尔滨职业技术学院'],
      [],
      ['序号', '姓名', '单位', '手机'],
      ['1', '刘申', '哈职院', '15759280085'],
    ];
    expect(detectHeaderRow(rows, 'attendees')).toEqual({ rowIndex: 3, confident: true });
  });

  it('is the second row of a two-row header whose first row is merged group titles', () => {
    const rows = [
      ['基本信息', '基本信息', '联系方式', '联系方式'],
      ['姓名', '单位', '手机', '邮箱'],
    ];
    expect(detectHeaderRow(rows, 'attendees').rowIndex).toBe(1);
  });

  it('falls back to the first filled row when no header is recognised', () => {
    expect(detectHeaderRow([[], ['foo', 'bar'], ['1', '2']], 'attendees')).toEqual({
      rowIndex: 1,
      confident: false,
    });
  });
});

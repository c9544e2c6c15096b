import { describe, expect, it } from 'vitest';
import { ATTENDEE_IMPORT_FIELDS, ORGANISATION_IMPORT_FIELDS, fieldForHeader } from '../import/headers';
import { EXPORT_COLUMNS, columnHeader, exportOnlyHeaders, exportedHeaderAliases } from './columnNames';

describe('export column headers', () => {
  it('are given in the language asked', () => {
    expect(columnHeader('code', 'zh-CN')).toBe('编号');
    expect(columnHeader('code', 'ru')).toBe('Код');
    expect(columnHeader('weight', 'en')).toBe('Vote weight');
    expect(columnHeader('organisationCode', 'ru')).toBe('Код организации');
  });

  it('give the importer every language of each column that fills a field, and only those', () => {
    const attendees = exportedHeaderAliases('attendees');
    expect(attendees).toContainEqual(['fullName', '中文姓名']);
    expect(attendees).toContainEqual(['fullName', 'Имя по-китайски']);
    expect(attendees).toContainEqual(['fullName', 'Name in Chinese']);
    expect(attendees).toContainEqual(['code', 'Код']);
    expect(attendees.some(([, header]) => header === 'Organisation code')).toBe(false);
    expect(attendees.some(([field]) => field === 'nameZh')).toBe(false);
    const withField = Object.values(EXPORT_COLUMNS).filter((c) => 'attendeeField' in c).length;
    expect(attendees).toHaveLength(3 * withField);
    expect(new Set(attendees.map(([field]) => field)).size).toBe(withField);

    const organisations = exportedHeaderAliases('organisations');
    expect(organisations).toContainEqual(['nameRu', 'Наименование']);
    expect(organisations).toContainEqual(['weight', '票数权重']);
    expect(organisations.some(([field]) => field === 'fullName')).toBe(false);
  });

  it('name only import fields of the target', () => {
    for (const [field] of exportedHeaderAliases('attendees'))
      expect(ATTENDEE_IMPORT_FIELDS as readonly string[]).toContain(field);
    for (const [field] of exportedHeaderAliases('organisations'))
      expect(ORGANISATION_IMPORT_FIELDS as readonly string[]).toContain(field);
  });

  it('list the headers that fill no field of an import, in every language', () => {
    const attendeeOnly = exportOnlyHeaders('attendees');
    for (const header of ['单位编号', 'Код организации', 'Organisation code', 'Registered', 'Desk'])
      expect(attendeeOnly).toContain(header);
    expect(attendeeOnly).not.toContain('Code');
    expect(attendeeOnly).not.toContain('Name in Chinese');
    const organisationOnly = exportOnlyHeaders('organisations');
    for (const header of ['表决代表姓名', 'Делегат', 'Delegate', 'Name in Chinese'])
      expect(organisationOnly).toContain(header);
    expect(organisationOnly).not.toContain('Vote weight');
  });

  it('read back as the field they were written from', () => {
    for (const target of ['attendees', 'organisations'] as const)
      for (const [field, header] of exportedHeaderAliases(target))
        expect(fieldForHeader(header, target), `${target}: ${header}`).toBe(field);
  });
});

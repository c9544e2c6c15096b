import { describe, expect, it } from 'vitest';
import { BLANK_ORGANISATION } from '../../core/domain/blanks';
import type { Organisation } from '../../core/domain/entities';
import { OrganisationIndex, organisationKey } from './organisationMatching';

const org = (id: string, code: string, zh: string, ru: string, en: string, deletedAt: string | null = null) =>
  ({
    ...BLANK_ORGANISATION,
    id,
    code,
    name: { zh, ru, en },
    conferenceId: 'c',
    version: '',
    createdAt: '',
    updatedAt: '',
    deletedAt,
  }) as Organisation;

describe('the matching key of an organisation name', () => {
  it('ignores width, case, spaces, brackets, quotes, dots and dashes', () => {
    expect(organisationKey('哈尔滨职业技术学院（主校区）')).toBe('哈尔滨职业技术学院主校区');
    expect(organisationKey('ФГБОУ ВО «Тихоокеанский гос. университет»')).toBe(
      'фгбоувотихоокеанскийгосуниверситет',
    );
    expect(organisationKey('Ｐａｃｉｆｉｃ  National-University')).toBe('pacificnationaluniversity');
    expect(organisationKey('Harbin “Vocational” College, Ltd.')).toBe('harbinvocationalcollegeltd');
  });

  it('makes ё and е the same, and keeps other letters apart', () => {
    expect(organisationKey('Объединённый институт')).toBe(organisationKey('Объединенный институт'));
    expect(organisationKey('Институт А')).not.toBe(organisationKey('Институт Б'));
  });
});

describe('the organisation index', () => {
  const harbin = org('o1', 'M001', '哈尔滨职业技术学院', 'Харбинский колледж', 'Harbin College');
  const pacific = org('o2', 'M002', '太平洋国立大学', 'Тихоокеанский университет', '');
  const gone = org('o3', 'M003', '已删除单位', '', 'Deleted Org', '2026-01-01T00:00:00.000Z');

  it('finds an organisation by any of its three names or its code, however typed', () => {
    const index = new OrganisationIndex([harbin, pacific]);
    expect(index.find('哈尔滨职业技术学院')?.id).toBe('o1');
    expect(index.find('харбинский  КОЛЛЕДЖ')?.id).toBe('o1');
    expect(index.find('Harbin college.')?.id).toBe('o1');
    expect(index.find('m002')?.id).toBe('o2');
    expect(index.find('Тихоокеанский университет')?.id).toBe('o2');
  });

  it('finds nothing for an unknown name, an empty one, or a deleted organisation', () => {
    const index = new OrganisationIndex([harbin, pacific, gone]);
    expect(index.find('Moscow Institute')).toBeUndefined();
    // Pacific has no English name: an empty cell must not match it.
    expect(index.find('')).toBeUndefined();
    expect(index.find(' « » ')).toBeUndefined();
    expect(index.find('Deleted Org')).toBeUndefined();
    expect(index.find('M003')).toBeUndefined();
  });

  it('keeps the first organisation when two share a name', () => {
    const twin = org('o4', 'M004', '哈尔滨职业技术学院', '', '');
    expect(new OrganisationIndex([harbin, twin]).find('哈尔滨职业技术学院')?.id).toBe('o1');
    expect(new OrganisationIndex([twin, harbin]).find('哈尔滨职业技术学院')?.id).toBe('o4');
  });
});

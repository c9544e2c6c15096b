import { describe, expect, it } from 'vitest';
import { planOrganisationImport, previewOrganisationImport } from './organisationImport';
import { suggestMapping } from './headers';
import { BLANK_ORGANISATION } from '../../core/domain/blanks';
import type { Organisation } from '../../core/domain/entities';

const header = [
  '编号',
  '单位名称',
  'Наименование',
  'Name',
  '类别',
  '省份/地区',
  '国家',
  '表决权',
  '联系人',
  '电话',
];
const existing: Organisation = {
  ...BLANK_ORGANISATION,
  id: 'o1',
  code: 'M001',
  name: { zh: '旧名称', ru: '', en: '' },
  delegateId: 'a1',
  conferenceId: 'c',
  version: '',
  createdAt: '',
  updatedAt: '',
  deletedAt: null,
};

function preview(rows: string[][], register: Organisation[] = []) {
  return previewOrganisationImport(
    { name: 'S', hidden: false, rows: [header, ...rows] },
    { headerRowIndex: 0, mapping: suggestMapping(header, 'organisations'), constants: {}, overrides: {} },
    register,
  );
}

describe('organisation import', () => {
  it('reads the register columns: names, category, region, voting right, contact', () => {
    const result = preview([
      [
        'M005',
        '符拉迪沃斯托克国立大学',
        'Владивостокский государственный университет',
        'Vladivostok State University',
        '俄方院校',
        '滨海边疆区',
        '俄罗斯',
        '是',
        '',
        '+7 914 870-20-25',
      ],
    ]);
    expect(result.rows[0]!.fields).toEqual({
      ...BLANK_ORGANISATION,
      code: 'M005',
      name: {
        zh: '符拉迪沃斯托克国立大学',
        ru: 'Владивостокский государственный университет',
        en: 'Vladivostok State University',
      },
      category: 'russianInstitution',
      region: '滨海边疆区',
      country: '俄罗斯',
      votingRight: true,
      weight: 1,
      contactPhone: '+7 914 870-20-25',
    });
    expect(result.rows[0]!.problems).toEqual([]);
  });

  it('refuses a code twice in the file and a row without a name; warns of an unknown category', () => {
    const result = preview([
      ['M1', '甲学院', '', '', '高职院校', '', '', '是', '', ''],
      ['m1', '乙学院', '', '', '幼儿园', '', '', '否', '', ''],
      ['M3', '', '', '', '', '', '', '', '', ''],
    ]);
    expect(
      result.rows.map((r) => r.problems.map((p) => [p.sheetRow, p.column, p.message, p.severity])),
    ).toEqual([
      [],
      [
        [3, 'A «编号»', 'import.organisationCodeTwice', 'error'],
        [3, 'E «类别»', 'import.unknownCategory', 'warning'],
      ],
      [[4, 'B «单位名称»', 'import.noOrganisationName', 'error']],
    ]);
    expect(result.rows.map((r) => r.fields.votingRight)).toEqual([true, false, true]);
  });

  it('updates an organisation whose code is registered, keeping its delegate, and records what it had before', () => {
    const result = preview(
      [['M001', '新名称', '', '', '高职院校', '黑龙江', '中国', '是', '', '']],
      [existing],
    );
    expect(result.rows[0]!.existingId).toBe('o1');
    expect(result.rows[0]!.fields.delegateId).toBe('a1');
    const plan = planOrganisationImport(result, new Set([1]), {
      conferenceId: 'c',
      fileName: 'm.xlsx',
      organisations: [existing],
      attendees: [{ id: 'a1', organisationId: 'o1', deletedAt: null }],
    });
    if (!plan.ok) throw new Error('plan failed');
    expect(plan.events[0]).toMatchObject({
      entityId: 'o1',
      payload: {
        op: 'updated',
        patch: { name: { zh: '新名称', ru: '', en: '' }, region: '黑龙江', country: '中国' },
      },
    });
    expect(plan.events[1]!.payload).toMatchObject({
      kind: 'importBatch',
      fields: {
        changedOrganisations: [{ id: 'o1', before: { name: existing.name, region: '', country: '' } }],
      },
    });
    expect(plan.summary).toMatchObject({ organisationsCreated: 0, organisationsUpdated: 1 });
  });

  it('gives codes to rows without one', () => {
    const noCode = previewOrganisationImport(
      { name: 'S', hidden: false, rows: [['单位名称'], ['甲学院'], ['乙学院']] },
      { headerRowIndex: 0, mapping: ['nameZh'], constants: {}, overrides: {} },
      [existing],
    );
    expect(noCode.rows.map((r) => r.fields.code)).toEqual(['M002', 'M003']);
  });
});

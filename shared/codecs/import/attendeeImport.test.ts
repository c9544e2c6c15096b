import { describe, expect, it } from 'vitest';
import { previewAttendeeImport } from './attendeeImport';
import { suggestMapping } from './headers';
import { planAttendeeImport, planUndoImport } from './planImport';
import { splitChineseName, splitCyrillicName, splitLatinName } from './nameParts';
import type { Sheet } from './sheet';
import type { Attendee, ImportBatchFields, Organisation } from '../../core/domain/entities';
import { BLANK_ATTENDEE, BLANK_ORGANISATION } from '../../core/domain/blanks';

const org = (id: string, code: string, zh: string, ru = ''): Organisation => ({
  ...BLANK_ORGANISATION,
  id,
  code,
  name: { zh, ru, en: '' },
  conferenceId: 'c',
  version: '',
  createdAt: '',
  updatedAt: '',
  deletedAt: null,
});
const register = [
  org('o1', 'M001', '哈尔滨职业技术学院'),
  org('o2', 'M002', '太平洋国立大学', 'Тихоокеанский государственный университет'),
];

function sheetOf(rows: string[][]): Sheet {
  return { name: 'S', hidden: false, rows };
}

function preview(
  rows: string[][],
  attendees: Attendee[] = [],
  overrides: Record<string, string> = {},
  constants = {},
) {
  const sheet = sheetOf(rows);
  return previewAttendeeImport(
    sheet,
    { headerRowIndex: 0, mapping: suggestMapping(rows[0]!, 'attendees'), constants, overrides },
    { organisations: register, attendees },
  );
}

describe('splitting names', () => {
  it('splits Chinese names at the family name, double family names whole, transcriptions at the dot', () => {
    expect(splitChineseName('赵永生')).toEqual({ family: '赵', given: '永生' });
    expect(splitChineseName('欧阳珺')).toEqual({ family: '欧阳', given: '珺' });
    expect(splitChineseName('司马 堃')).toEqual({ family: '司马', given: '堃' });
    expect(splitChineseName('科瓦列夫斯基·安德烈')).toEqual({ family: '科瓦列夫斯基', given: '安德烈' });
  });

  it('splits Russian names as Фамилия Имя Отчество and Latin names by their usual orders', () => {
    expect(splitCyrillicName('Петров Николай Николаевич')).toEqual({
      family: 'Петров',
      given: 'Николай',
      patronymic: 'Николаевич',
    });
    expect(splitLatinName('Andrei Kovalevsky')).toEqual({ family: 'Kovalevsky', given: 'Andrei' });
    expect(splitLatinName('KOVALEVSKY Andrei')).toEqual({ family: 'KOVALEVSKY', given: 'Andrei' });
    expect(splitLatinName('Kovalevsky, Andrei')).toEqual({ family: 'Kovalevsky', given: 'Andrei' });
  });
});

describe('attendee import preview', () => {
  const header = ['序号', '姓名', 'ФИО', '性别', '单位', '职务', '类别', '表决代表', '手机'];

  it('reads names in every script, organisation, category and voting delegate', () => {
    const result = preview([
      header,
      [
        '1',
        '科瓦列夫斯基·安德烈',
        'Ковалевский Андрей',
        '男',
        '太平洋国立大学',
        '副校长',
        '代表',
        '是',
        '18079845666',
      ],
    ]);
    expect(result.rows).toHaveLength(1);
    const row = result.rows[0]!;
    expect(row.fields).toMatchObject({
      familyNameZh: '科瓦列夫斯基',
      givenNameZh: '安德烈',
      familyNameCyr: 'Ковалевский',
      givenNameCyr: 'Андрей',
      gender: 'male',
      category: 'delegate',
      phone: '18079845666',
      position: '副校长',
    });
    expect(row).toMatchObject({
      organisationId: 'o2',
      votingDelegate: true,
      problems: [],
      includeByDefault: true,
      sheetRow: 2,
    });
  });

  it('combines split name columns', () => {
    const result = preview([
      ['Фамилия', 'Имя', 'Отчество', 'Организация'],
      ['Петров', 'Николай', 'Николаевич', 'Тихоокеанский  государственный университет'],
    ]);
    expect(result.rows[0]!.fields).toMatchObject({
      familyNameCyr: 'Петров',
      givenNameCyr: 'Николай',
      patronymicCyr: 'Николаевич',
    });
    expect(result.rows[0]!.organisationId).toBe('o2');
  });

  it('matches organisations across full-width letters, spaces and brackets', () => {
    const result = preview([
      ['姓名', '单位'],
      ['刘申', ' 哈尔滨 职业技术学院 '],
      ['王伟', '哈尔滨职业技术学院（）'],
    ]);
    expect(result.rows.map((r) => r.organisationId)).toEqual(['o1', 'o1']);
  });

  it('lists every problem by row and column, and blocks only a row without a name', () => {
    const result = preview([
      ['姓名', '单位', '手机', '邮箱', '类别'],
      ['刘申', '哈尔滨职业技术学院', '1575928OO85', 'liu@', '贵宾犬'],
      ['', '哈尔滨职业技术学院', '15759280085', '', ''],
      ['王伟', '不存在的单位', '', '', ''],
    ]);
    const problems = result.rows.flatMap((r) =>
      r.problems.map((p) => [p.sheetRow, p.column, p.message, p.severity]),
    );
    expect(problems).toEqual([
      [2, 'C «手机»', 'import.badPhone', 'warning'],
      [2, 'D «邮箱»', 'import.badEmail', 'warning'],
      [2, 'E «类别»', 'import.unknownCategory', 'warning'],
      [3, '', 'import.noName', 'error'],
      [4, 'B «单位»', 'import.unknownOrganisation', 'warning'],
    ]);
    expect(result.rows.map((r) => r.blocked)).toEqual([false, true, false]);
    expect(result.unknownOrganisations).toEqual([
      { key: '不存在的单位', name: '不存在的单位', sheetRows: [4], hasVotingDelegate: false },
    ]);
  });

  it('skips blank and totals rows', () => {
    const result = preview([
      ['姓名', '单位'],
      ['刘申', '哈尔滨职业技术学院'],
      ['', ''],
      ['合计', '1人'],
    ]);
    expect(result.rows).toHaveLength(1);
    expect(result.skipped).toEqual([{ sheetRow: 4, reason: 'totals' }]);
  });

  it('finds duplicates within the file and against people already registered, and leaves them out by default', () => {
    const registered: Attendee = {
      ...BLANK_ATTENDEE,
      familyNameZh: '赵',
      givenNameZh: '永生',
      organisationId: 'o1',
      code: 'A00003',
      id: 'a3',
      conferenceId: 'c',
      version: '',
      createdAt: '',
      updatedAt: '',
      deletedAt: null,
    };
    const result = preview(
      [
        ['姓名', '单位'],
        ['刘申', '哈尔滨职业技术学院'],
        ['刘 申', '哈尔滨职业技术学院'],
        ['赵永生', '哈尔滨职业技术学院'],
      ],
      [registered],
    );
    expect(result.rows.map((r) => [r.includeByDefault, r.problems.map((p) => p.message)])).toEqual([
      [true, []],
      [false, ['import.duplicateInFile']],
      [false, ['import.duplicateRegistered']],
    ]);
    expect(result.rows[1]!.problems[0]!.params).toEqual({ row: 2 });
    expect(result.rows[2]!.problems[0]!.params).toEqual({ code: 'A00003' });
  });

  it('takes corrections typed in the preview and constants for every row', () => {
    const rows = [
      ['姓名', '单位', '类别'],
      ['', '哈尔滨职业技术学院', ''],
    ];
    const fixed = preview(rows, [], { '1:0': '孙伟' }, { category: '嘉宾' });
    expect(fixed.rows[0]!.fields).toMatchObject({ familyNameZh: '孙', givenNameZh: '伟', category: 'guest' });
    expect(fixed.rows[0]!.blocked).toBe(false);
  });

  it('keeps only the first voting delegate of an organisation', () => {
    const result = preview([
      ['姓名', '单位', '表决代表'],
      ['刘申', '哈尔滨职业技术学院', '是'],
      ['赵永生', '哈尔滨职业技术学院', '是'],
    ]);
    expect(result.rows.map((r) => r.votingDelegate)).toEqual([true, false]);
    expect(result.rows[1]!.problems.map((p) => p.message)).toEqual(['import.secondDelegate']);
  });
});

describe('attendee import plan', () => {
  const rows = [
    ['姓名', '单位', '表决代表', '手机'],
    ['刘申', '哈尔滨职业技术学院', '是', '15759280085'],
    ['王伟', '黑龙江省教育厅', '否', ''],
    ['李娜', '黑龙江省教育厅', '否', ''],
    ['赵永生', '哈尔滨职业技术学院', '否', 'bad phone!'],
  ];

  it('creates unknown organisations once, the attendees with codes, the delegate link and an undoable batch', () => {
    const p = preview(rows);
    const plan = planAttendeeImport(
      p,
      { included: new Set(p.rows.map((r) => r.rowIndex)), organisations: new Map() },
      { conferenceId: 'c', fileName: 'list.xlsx', organisations: register, lastAttendeeCode: 'A00007' },
    );
    if (!plan.ok) throw new Error('plan failed');
    const types = plan.events.map((e) => `${e.payload.kind}.${e.payload.op}`);
    expect(types).toEqual([
      'attendee.created',
      'organisation.created',
      'attendee.created',
      'attendee.created',
      'attendee.created',
      'organisation.updated',
      'importBatch.created',
    ]);
    const created = plan.events
      .filter((e) => e.payload.kind === 'attendee' && e.payload.op === 'created')
      .map((e) => (e.payload as { fields: { code: string; phone: string } }).fields);
    expect(created.map((f) => f.code)).toEqual(['A00008', 'A00009', 'A00010', 'A00011']);
    expect(created[3]!.phone).toBe('');
    const newOrg = plan.events[1]!.payload as {
      fields: { code: string; name: { zh: string }; status: string };
    };
    expect(newOrg.fields).toMatchObject({ code: 'N001', name: { zh: '黑龙江省教育厅' }, status: 'other' });
    expect(plan.events[5]).toMatchObject({
      entityId: 'o1',
      payload: { patch: { delegateId: plan.events[0]!.entityId } },
    });
    expect(plan.summary).toEqual({
      attendees: 4,
      organisationsCreated: 1,
      organisationsUpdated: 0,
      delegatesLinked: 1,
    });
  });

  it('maps an unknown organisation to one of the register, or imports without one, as chosen', () => {
    const p = preview(rows);
    const mapped = planAttendeeImport(
      p,
      {
        included: new Set([2]),
        organisations: new Map([['黑龙江省教育厅', { action: 'map', organisationId: 'o2' }]]),
      },
      { conferenceId: 'c', fileName: 'x', organisations: register, lastAttendeeCode: undefined },
    );
    expect(mapped.ok && mapped.events[0]!.payload).toMatchObject({ fields: { organisationId: 'o2' } });
    const none = planAttendeeImport(
      p,
      { included: new Set([2]), organisations: new Map([['黑龙江省教育厅', { action: 'none' }]]) },
      { conferenceId: 'c', fileName: 'x', organisations: register, lastAttendeeCode: undefined },
    );
    expect(none.ok && none.events.map((e) => e.payload.kind)).toEqual(['attendee', 'importBatch']);
  });

  it('is undone by removing what it created and restoring what it changed', () => {
    const batch: ImportBatchFields & { id: string; conferenceId: string } = {
      id: 'b1',
      conferenceId: 'c',
      fileName: 'x',
      target: 'attendees',
      rowsImported: 2,
      createdOrganisationIds: ['n1'],
      createdAttendeeIds: ['a1', 'a2'],
      changedOrganisations: [{ id: 'o1', before: { delegateId: null } }],
      undone: false,
    };
    expect(planUndoImport(batch).map((e) => [e.entityId, e.payload.op])).toEqual([
      ['a1', 'deleted'],
      ['a2', 'deleted'],
      ['o1', 'updated'],
      ['n1', 'deleted'],
      ['b1', 'updated'],
    ]);
    expect(planUndoImport({ ...batch, undone: true })).toEqual([]);
  });
});

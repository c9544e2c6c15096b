import { exportedHeaderAliases, exportOnlyHeaders } from '../export/columnNames';

/** Import targets: the fields a column of a list can fill. */
export const ATTENDEE_IMPORT_FIELDS = [
  'fullName',
  'familyNameZh',
  'givenNameZh',
  'fullNameCyr',
  'familyNameCyr',
  'givenNameCyr',
  'patronymicCyr',
  'fullNameLatin',
  'familyNameLatin',
  'givenNameLatin',
  'organisation',
  'position',
  'category',
  'votingDelegate',
  'gender',
  'phone',
  'email',
  'code',
  'notes',
] as const;
export type AttendeeImportField = (typeof ATTENDEE_IMPORT_FIELDS)[number];

export const ORGANISATION_IMPORT_FIELDS = [
  'code',
  'nameZh',
  'nameRu',
  'nameEn',
  'category',
  'region',
  'country',
  'status',
  'votingRight',
  'weight',
  'contactName',
  'contactPhone',
  'contactEmail',
] as const;
export type OrganisationImportField = (typeof ORGANISATION_IMPORT_FIELDS)[number];

export type ImportTarget = 'attendees' | 'organisations';
export type ImportField = AttendeeImportField | OrganisationImportField;

/** Header names people use, in Chinese, Russian and English (normalised: see normaliseHeader). */
const ATTENDEE_ALIASES: Record<AttendeeImportField, string[]> = {
  fullName: [
    '姓名',
    '名字',
    '参会人',
    '参会人员',
    '代表姓名',
    'name',
    'fullname',
    'participant',
    'attendee',
    '中文姓名',
  ],
  familyNameZh: ['姓', '姓氏'],
  givenNameZh: ['名'],
  fullNameCyr: ['фио', 'ф.и.о.', 'имя(рус)', 'фиоучастника', 'фамилияимяотчество', '俄文姓名'],
  familyNameCyr: ['фамилия'],
  givenNameCyr: ['имя'],
  patronymicCyr: ['отчество'],
  fullNameLatin: [
    'englishname',
    'nameinlatin',
    'латиницей',
    'имялатиницей',
    '英文名',
    '英文姓名',
    '拼音',
    '拼音姓名',
    'passportname',
  ],
  familyNameLatin: ['surname', 'lastname', 'familyname'],
  givenNameLatin: ['firstname', 'givenname', 'forename'],
  organisation: [
    '单位',
    '工作单位',
    '所在单位',
    '单位名称',
    '院校',
    '学校',
    '机构',
    '组织',
    'организация',
    'учреждение',
    'место работы',
    'вуз',
    'organisation',
    'organization',
    'institution',
    'company',
    'affiliation',
  ],
  position: ['职务', '职位', '职称', '职务/职称', 'должность', 'position', 'title', 'jobtitle', 'role'],
  category: [
    '类别',
    '类型',
    '身份',
    '参会类别',
    '参会身份',
    'категория',
    'статус участника',
    'category',
    'type',
    'participanttype',
  ],
  votingDelegate: [
    '表决代表',
    '是否表决代表',
    '投票代表',
    '有表决权',
    'делегат с правом голоса',
    'правоголоса',
    'votingdelegate',
    'voting',
    'delegate(voting)',
  ],
  gender: ['性别', 'пол', 'gender', 'sex'],
  phone: [
    '手机',
    '手机号',
    '手机号码',
    '电话',
    '联系电话',
    '联系方式',
    'телефон',
    'мобильный',
    'моб.телефон',
    'phone',
    'mobile',
    'tel',
    'telephone',
    'cellphone',
  ],
  email: [
    '邮箱',
    '电子邮箱',
    '电子邮件',
    'email',
    'e-mail',
    'mail',
    'эл.почта',
    'электронная почта',
    'почта',
  ],
  code: [
    '编号',
    '参会编号',
    '代表编号',
    '证件编号',
    'код',
    'номер участника',
    'code',
    'id',
    'badge',
    'badgeno',
    'registrationno',
  ],
  notes: ['备注', '说明', 'примечание', 'примечания', 'комментарий', 'notes', 'note', 'comment', 'remarks'],
};

const ORGANISATION_ALIASES: Record<OrganisationImportField, string[]> = {
  code: ['编号', '单位编号', '会员编号', 'код', 'code', 'id', 'memberno'],
  nameZh: ['单位名称', '单位', '名称', '中文名称', '单位全称', '院校名称'],
  nameRu: ['наименование', 'название', 'организация', 'наименование организации', '俄文名称'],
  nameEn: ['name', 'englishname', 'organisation', 'organization', '英文名称'],
  category: ['类别', '类型', '单位类别', '单位类型', 'категория', 'тип', 'category', 'type'],
  region: [
    '省份/地区',
    '省份',
    '地区',
    '省份地区',
    '所在地',
    'регион',
    'область',
    'край',
    'province',
    'region',
  ],
  country: ['国家', '国别', 'страна', 'country'],
  status: ['状态', '会员状态', 'статус', 'status', 'membership'],
  votingRight: ['表决权', '是否有表决权', 'правоголоса', 'votingright', 'vote', 'voting'],
  weight: ['票数', '权重', '表决权重', 'вес', 'весголоса', 'weight', 'votes'],
  contactName: ['联系人', '联络人', 'контактное лицо', 'контакт', 'contact', 'contactperson'],
  contactPhone: ['电话', '联系电话', '手机', 'телефон', 'phone', 'tel', 'telephone'],
  contactEmail: ['邮箱', '电子邮箱', 'email', 'e-mail', 'эл.почта', 'почта'],
};

/** Header text folded for comparison: width, case, spaces, questionnaire numbering, "(必填)", "*", colons. */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/^\s*\d+\s*[、.:)]\s*/, '')
    .replace(/^\s*\(\d+\)\s*/, '')
    .replace(/\((必填|选填|required|optional|обязательно)\)/g, '')
    .replace(/[\s*:_]/g, '')
    .replace(/ё/g, 'е');
}

const aliasCache = new Map<ImportTarget, { aliases: [ImportField, string[]][]; ignored: Set<string> }>();

/** The aliases of each field, with the headers Plenum's own exports write (so an export reads back). */
function aliasesFor(target: ImportTarget): { aliases: [ImportField, string[]][]; ignored: Set<string> } {
  const cached = aliasCache.get(target);
  if (cached) return cached;
  const table: Record<string, string[]> = {
    ...(target === 'attendees' ? ATTENDEE_ALIASES : ORGANISATION_ALIASES),
  };
  for (const [field, header] of exportedHeaderAliases(target))
    table[field] = [...(table[field] ?? []), header];
  const aliases = (Object.entries(table) as [ImportField, string[]][]).map(
    ([field, names]): [ImportField, string[]] => [field, names.map(normaliseHeader)],
  );
  const known = new Set(aliases.flatMap(([, names]) => names));
  const built = {
    aliases,
    ignored: new Set(
      exportOnlyHeaders(target)
        .map(normaliseHeader)
        .filter((h) => !known.has(h)),
    ),
  };
  aliasCache.set(target, built);
  return built;
}

/** The field a header names: an exact alias first, then the longest alias the header contains. */
export function fieldForHeader(header: string, target: ImportTarget): ImportField | null {
  const h = normaliseHeader(header);
  if (!h) return null;
  const { aliases, ignored } = aliasesFor(target);
  if (ignored.has(h)) return null;
  for (const [field, names] of aliases) if (names.includes(h)) return field;
  let best: { field: ImportField; length: number } | null = null;
  for (const [field, names] of aliases) {
    for (const name of names) {
      // Single-character aliases (姓, 名) only match exactly: 姓名 must not count as 名.
      if ([...name].length >= 2 && h.includes(name) && (!best || name.length > best.length))
        best = { field, length: name.length };
    }
  }
  return best?.field ?? null;
}

export interface HeaderGuess {
  rowIndex: number;
  /** False when no row named two known fields: the first filled row was taken. */
  confident: boolean;
}

/** The header row: among the first rows, the one that names most known fields (title rows name none). */
export function detectHeaderRow(rows: readonly string[][], target: ImportTarget): HeaderGuess {
  let best = { rowIndex: -1, score: 0 };
  rows.slice(0, 30).forEach((row, rowIndex) => {
    const fields = new Set(row.map((cell) => fieldForHeader(cell, target)).filter(Boolean));
    if (fields.size > best.score) best = { rowIndex, score: fields.size };
  });
  if (best.score >= 2) return { rowIndex: best.rowIndex, confident: true };
  const firstFilled = rows.findIndex((row) => row.filter((c) => c !== '').length >= 2);
  return { rowIndex: Math.max(firstFilled, 0), confident: false };
}

export type ColumnMapping = (ImportField | null)[];

/** A field for each column, each field at most once; 姓名 with a separate ФИО column is the Chinese name. */
export function suggestMapping(headers: readonly string[], target: ImportTarget): ColumnMapping {
  const taken = new Set<ImportField>();
  return headers.map((header) => {
    const field = fieldForHeader(header, target);
    if (!field || taken.has(field)) return null;
    taken.add(field);
    return field;
  });
}

/** The key under which a mapping is remembered: the same headers give the same key. */
export function headerSignature(headers: readonly string[], target: ImportTarget): string {
  return `${target}:${headers.map(normaliseHeader).join('|')}`;
}

import type { AttendeeImportField, OrganisationImportField } from '../import/headers';

import { LANGUAGES, type Language } from '../../locales/languages';

export type ExportLanguage = Language;

interface ColumnName {
  'zh-CN': string;
  ru: string;
  en: string;
  /** The field this column fills when the exported file is imported again. */
  attendeeField?: AttendeeImportField;
  organisationField?: OrganisationImportField;
}

/** The headers of exported lists, in each UI language; the importer knows them all, so an export can be read back. */
export const EXPORT_COLUMNS = {
  code: { 'zh-CN': '编号', ru: 'Код', en: 'Code', attendeeField: 'code', organisationField: 'code' },
  nameZh: { 'zh-CN': '中文姓名', ru: 'Имя по-китайски', en: 'Name in Chinese', attendeeField: 'fullName' },
  familyNameZh: {
    'zh-CN': '姓（中文）',
    ru: 'Фамилия (кит.)',
    en: 'Family name (Chinese)',
    attendeeField: 'familyNameZh',
  },
  givenNameZh: {
    'zh-CN': '名（中文）',
    ru: 'Имя (кит.)',
    en: 'Given name (Chinese)',
    attendeeField: 'givenNameZh',
  },
  nameCyr: { 'zh-CN': '俄文姓名', ru: 'ФИО', en: 'Name in Cyrillic', attendeeField: 'fullNameCyr' },
  familyNameLatin: {
    'zh-CN': '姓（拉丁字母）',
    ru: 'Фамилия (лат.)',
    en: 'Family name (Latin)',
    attendeeField: 'familyNameLatin',
  },
  givenNameLatin: {
    'zh-CN': '名（拉丁字母）',
    ru: 'Имя (лат.)',
    en: 'Given name (Latin)',
    attendeeField: 'givenNameLatin',
  },
  organisation: { 'zh-CN': '单位', ru: 'Организация', en: 'Organisation', attendeeField: 'organisation' },
  organisationCode: { 'zh-CN': '单位编号', ru: 'Код организации', en: 'Organisation code' },
  position: { 'zh-CN': '职务', ru: 'Должность', en: 'Position', attendeeField: 'position' },
  category: { 'zh-CN': '类别', ru: 'Категория', en: 'Category', attendeeField: 'category' },
  votingDelegate: {
    'zh-CN': '表决代表',
    ru: 'Делегат с правом голоса',
    en: 'Voting delegate',
    attendeeField: 'votingDelegate',
  },
  substitute: { 'zh-CN': '候补代表', ru: 'Заместитель делегата', en: 'Substitute delegate' },
  gender: { 'zh-CN': '性别', ru: 'Пол', en: 'Gender', attendeeField: 'gender' },
  phone: { 'zh-CN': '手机', ru: 'Телефон', en: 'Phone', attendeeField: 'phone' },
  email: { 'zh-CN': '邮箱', ru: 'Эл. почта', en: 'E-mail', attendeeField: 'email' },
  notes: { 'zh-CN': '备注', ru: 'Примечания', en: 'Notes', attendeeField: 'notes' },
  orgNameZh: {
    'zh-CN': '单位名称',
    ru: 'Название (кит.)',
    en: 'Name (Chinese)',
    organisationField: 'nameZh',
  },
  orgNameRu: { 'zh-CN': '俄文名称', ru: 'Наименование', en: 'Name (Russian)', organisationField: 'nameRu' },
  orgNameEn: {
    'zh-CN': '英文名称',
    ru: 'Название (англ.)',
    en: 'Name (English)',
    organisationField: 'nameEn',
  },
  orgCategory: {
    'zh-CN': '单位类别',
    ru: 'Категория организации',
    en: 'Organisation category',
    organisationField: 'category',
  },
  region: { 'zh-CN': '省份/地区', ru: 'Регион', en: 'Province / region', organisationField: 'region' },
  country: { 'zh-CN': '国家', ru: 'Страна', en: 'Country', organisationField: 'country' },
  status: { 'zh-CN': '状态', ru: 'Статус', en: 'Status', organisationField: 'status' },
  votingRight: {
    'zh-CN': '表决权',
    ru: 'Право голоса',
    en: 'Voting right',
    organisationField: 'votingRight',
  },
  weight: { 'zh-CN': '票数权重', ru: 'Вес голоса', en: 'Vote weight', organisationField: 'weight' },
  delegate: { 'zh-CN': '表决代表姓名', ru: 'Делегат', en: 'Delegate' },
  substituteName: { 'zh-CN': '候补代表姓名', ru: 'Заместитель', en: 'Substitute' },
  contactName: {
    'zh-CN': '联系人',
    ru: 'Контактное лицо',
    en: 'Contact person',
    organisationField: 'contactName',
  },
  contactPhone: {
    'zh-CN': '联系电话',
    ru: 'Телефон для связи',
    en: 'Contact phone',
    organisationField: 'contactPhone',
  },
  contactEmail: {
    'zh-CN': '联系邮箱',
    ru: 'Эл. почта для связи',
    en: 'Contact e-mail',
    organisationField: 'contactEmail',
  },
  registered: { 'zh-CN': '报名人数', ru: 'Зарегистрировано', en: 'Registered' },
  delegateRegistered: { 'zh-CN': '表决代表已报名', ru: 'Делегат зарегистрирован', en: 'Delegate registered' },
  present: { 'zh-CN': '到会人数', ru: 'Присутствует', en: 'Present' },
  represented: { 'zh-CN': '是否到会', ru: 'Представлена', en: 'Represented' },
  delegatePresent: { 'zh-CN': '表决代表到会', ru: 'Делегат присутствует', en: 'Delegate present' },
  substitutePresent: { 'zh-CN': '候补代表到会', ru: 'Заместитель присутствует', en: 'Substitute present' },
  time: { 'zh-CN': '时间', ru: 'Время', en: 'Time' },
  name: { 'zh-CN': '姓名', ru: 'Имя', en: 'Name' },
  action: { 'zh-CN': '操作', ru: 'Действие', en: 'Action' },
  desk: { 'zh-CN': '签到台', ru: 'Стойка', en: 'Desk' },
  method: { 'zh-CN': '方式', ru: 'Способ', en: 'How' },
  device: { 'zh-CN': '设备', ru: 'Устройство', en: 'Device' },
} satisfies Record<string, ColumnName>;

export type ExportColumnId = keyof typeof EXPORT_COLUMNS;

export function columnHeader(id: ExportColumnId, language: ExportLanguage): string {
  return EXPORT_COLUMNS[id][language];
}

/** Every language's header of the exported columns that fill a field, for the importer's aliases. */
export function exportedHeaderAliases(target: 'attendees' | 'organisations'): [string, string][] {
  const pairs: [string, string][] = [];
  for (const column of Object.values(EXPORT_COLUMNS) as ColumnName[]) {
    const field = target === 'attendees' ? column.attendeeField : column.organisationField;
    if (field) for (const language of LANGUAGES) pairs.push([field, column[language]]);
  }
  return pairs;
}

/** Exported headers that fill no field of this import (e.g. "Organisation code" in an attendee list). */
export function exportOnlyHeaders(target: 'attendees' | 'organisations'): string[] {
  return (Object.values(EXPORT_COLUMNS) as ColumnName[])
    .filter((column) => !(target === 'attendees' ? column.attendeeField : column.organisationField))
    .flatMap((column) => [column['zh-CN'], column.ru, column.en]);
}

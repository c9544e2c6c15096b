import type {
  AttendeeCategory,
  Gender,
  OrganisationCategory,
  OrganisationStatus,
} from '../../core/domain/entities';

function fold(value: string): string {
  return value.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ').replace(/ё/g, 'е');
}

function lookup<T>(table: Record<string, T>, value: string): T | undefined {
  return table[fold(value)];
}

const YES = ['是', '有', '√', '✓', '✔', 'y', 'yes', 'true', '1', 'да', 'x', '●'];
const NO = ['否', '无', '没有', '×', 'n', 'no', 'false', '0', 'нет', '-', '—'];

/** 是/否, да/нет, yes/no, ✓ … → true/false; undefined when the cell says something else. */
export function parseYesNo(value: string): boolean | undefined {
  const v = fold(value);
  if (!v) return undefined;
  if (YES.includes(v)) return true;
  if (NO.includes(v)) return false;
  return undefined;
}

const ATTENDEE_CATEGORY_NAMES: Record<string, AttendeeCategory> = Object.fromEntries(
  (
    [
      ['delegate', ['代表', '会员代表', '正式代表', '参会代表', 'делегат', 'delegate', 'member', 'участник']],
      ['guest', ['嘉宾', '来宾', '特邀嘉宾', 'гость', 'guest', 'vip']],
      ['speaker', ['发言人', '演讲嘉宾', '报告人', '主讲', 'докладчик', 'спикер', 'speaker']],
      ['staff', ['工作人员', '会务', '会务组', 'персонал', 'организатор', 'staff', 'organiser', 'organizer']],
      ['press', ['媒体', '记者', 'пресса', 'сми', 'журналист', 'press', 'media', 'journalist']],
      ['interpreter', ['翻译', '译员', 'переводчик', 'interpreter', 'translator']],
      ['observer', ['列席', '观察员', '列席代表', 'наблюдатель', 'observer']],
    ] as [AttendeeCategory, string[]][]
  ).flatMap(([category, names]) => names.map((n) => [fold(n), category])),
);

export function parseAttendeeCategory(value: string): AttendeeCategory | undefined {
  return lookup(ATTENDEE_CATEGORY_NAMES, value);
}

const ORGANISATION_CATEGORY_NAMES: Record<string, OrganisationCategory> = Object.fromEntries(
  (
    [
      [
        'russianInstitution',
        ['俄方院校', '俄罗斯院校', 'российское учебное заведение', 'russian institution'],
      ],
      [
        'undergraduateUniversity',
        ['本科院校', '本科高校', '大学', 'университет', 'undergraduate university', 'university'],
      ],
      [
        'higherVocationalCollege',
        [
          '高职院校',
          '高职',
          '高等职业院校',
          'высший профессиональный колледж',
          'колледж',
          'higher vocational college',
        ],
      ],
      [
        'secondaryVocationalSchool',
        [
          '中职院校',
          '中职',
          '中等职业学校',
          'среднее профессиональное училище',
          'училище',
          'техникум',
          'secondary vocational school',
        ],
      ],
      [
        'enterpriseOrResearch',
        [
          '企业及研究机构',
          '企业',
          '研究机构',
          '科研院所',
          'предприятие',
          'предприятие или научная организация',
          'enterprise',
          'enterprise or research body',
          'company',
        ],
      ],
      ['overseasInstitution', ['境外机构', '国外机构', 'зарубежная организация', 'overseas institution']],
      ['publicBody', ['政府部门', '政府', '主管部门', 'государственный орган', 'public body', 'government']],
      ['media', ['媒体', 'сми', 'media']],
      ['other', ['其他', 'другое', 'other']],
    ] as [OrganisationCategory, string[]][]
  ).flatMap(([category, names]) => names.map((n) => [fold(n), category])),
);

export function parseOrganisationCategory(value: string): OrganisationCategory | undefined {
  return lookup(ORGANISATION_CATEGORY_NAMES, value);
}

const STATUS_NAMES: Record<string, OrganisationStatus> = Object.fromEntries(
  (
    [
      ['member', ['成员', '会员', '成员单位', '正式会员', 'член', 'member']],
      [
        'prospective',
        [
          '意向成员',
          '拟加入',
          '候选成员',
          'кандидат',
          'кандидат в члены',
          'prospective',
          'prospective member',
        ],
      ],
      ['other', ['其他', 'другое', 'other']],
    ] as [OrganisationStatus, string[]][]
  ).flatMap(([status, names]) => names.map((n) => [fold(n), status])),
);

export function parseOrganisationStatus(value: string): OrganisationStatus | undefined {
  return lookup(STATUS_NAMES, value);
}

const GENDER_NAMES: Record<string, Gender> = Object.fromEntries(
  (
    [
      ['female', ['女', 'ж', 'жен', 'женский', 'f', 'female', 'woman']],
      ['male', ['男', 'м', 'муж', 'мужской', 'm', 'male', 'man']],
    ] as [Gender, string[]][]
  ).flatMap(([gender, names]) => names.map((n) => [fold(n), gender])),
);

export function parseGender(value: string): Gender | undefined {
  return lookup(GENDER_NAMES, value);
}

/** A totals or footer row: 合计, 总计, Итого, Total … */
export function isTotalsLabel(value: string): boolean {
  return /^(合计|总计|小计|共计|итого|всего|total|subtotal|sum)(?![a-zа-я])/i.test(
    fold(value).replace(/[:：]/g, ''),
  );
}

export const PHONE_PATTERN = /^\+?[\d\s\-()]{5,25}$/;
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

/** Text that a spreadsheet would evaluate is written with a leading apostrophe in CSV; reading takes it off. */
export function unprotectCsvText(value: string): string {
  return /^'[=+\-@]/.test(value) ? value.slice(1) : value;
}

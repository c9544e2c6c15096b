import type {
  AgendaItemFields,
  AgendaItemType,
  ConferenceFields,
  OrganiserFields,
} from '../core/domain/entities';

export const DEMO_CONFERENCE: ConferenceFields = {
  name: {
    zh: '中俄职业教育联盟成立大会',
    ru: 'Учредительное собрание Российско-китайского альянса профессионального образования',
    en: 'Founding Assembly of the China–Russia Vocational Education Alliance',
  },
  venue: {
    zh: '哈尔滨国际会议中心',
    ru: 'Харбинский международный конференц-центр',
    en: 'Harbin International Conference Centre',
  },
  startDate: '2026-12-10',
  endDate: '2026-12-10',
  // The Chinese model charter: the assembly is quorate with 三分之二以上 (at least ⅔) of its members.
  quorum: { kind: 'fraction', numerator: 2, denominator: 3, comparison: '>=' },
};

const organiser = (
  role: OrganiserFields['role'],
  order: number,
  zh: string,
  ru: string,
  en: string,
): OrganiserFields => ({ role, order, name: { zh, ru, en } });

export const DEMO_ORGANISERS: OrganiserFields[] = [
  organiser(
    'guidedBy',
    1,
    '中国职业技术教育学会',
    'Китайское общество профессионально-технического образования',
    'Chinese Society of Vocational and Technical Education',
  ),
  organiser(
    'guidedBy',
    2,
    '黑龙江省教育厅',
    'Департамент образования провинции Хэйлунцзян',
    'Heilongjiang Provincial Department of Education',
  ),
  organiser(
    'hostedBy',
    3,
    '哈尔滨职业技术学院',
    'Харбинский профессионально-технический колледж',
    'Harbin Vocational & Technical College',
  ),
  organiser(
    'hostedBy',
    4,
    '太平洋国立大学',
    'Тихоокеанский государственный университет',
    'Pacific National University',
  ),
  organiser(
    'hostedBy',
    5,
    '中俄职业教育研究院',
    'Российско-китайский институт профессионального образования',
    'China–Russia Institute of Vocational Education',
  ),
];

const item = (
  order: number,
  time: string,
  type: AgendaItemType,
  zh: string,
  ru: string,
  en: string,
  speaker = '',
): AgendaItemFields => ({
  order,
  type,
  startsAt: `2026-12-10T${time}`,
  speaker,
  title: { zh, ru, en },
});

export const DEMO_AGENDA: AgendaItemFields[] = [
  item(1, '09:00', 'speech', '开幕致辞', 'Вступительное слово', 'Opening address', '刘申'),
  item(2, '09:15', 'videoAddress', '视频致辞', 'Видеообращение', 'Video address', 'Ковалевский Андрей'),
  item(3, '09:30', 'ceremony', '联盟成立仪式', 'Церемония учреждения альянса', 'Founding ceremony'),
  item(
    4,
    '09:50',
    'report',
    '筹备工作报告',
    'Доклад о подготовительной работе',
    'Report on the preparatory work',
    '赵永生',
  ),
  item(
    5,
    '10:20',
    'vote',
    '审议并表决联盟章程',
    'Обсуждение и голосование по уставу альянса',
    'Review of and vote on the alliance charter',
  ),
  item(6, '10:50', 'election', '选举第一届理事会', 'Выборы первого совета', 'Election of the first council'),
  item(
    7,
    '11:20',
    'election',
    '选举理事长、执行理事长、副理事长、秘书长',
    'Выборы председателя, исполнительного председателя, заместителей председателя и генерального секретаря',
    'Election of the chairman, executive chairman, vice chairmen and secretary-general',
  ),
  item(
    8,
    '11:45',
    'ceremony',
    '成立专家委员会',
    'Создание экспертного комитета',
    'Setting-up of the expert committee',
  ),
  item(9, '14:00', 'seminarSession', '主旨报告', 'Пленарные доклады', 'Keynote reports'),
  item(10, '15:30', 'seminarSession', '专题报告', 'Тематические доклады', 'Special reports'),
  item(11, '16:30', 'seminarSession', '高端对话', 'Диалог на высоком уровне', 'High-level dialogue'),
];

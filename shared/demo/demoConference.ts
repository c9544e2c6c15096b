import type {
  AgendaItemFields,
  AttendeeCategory,
  AttendeeFields,
  Organisation,
  OrganisationCategory,
  OrganisationFields,
  OrganiserFields,
} from '../core/domain/entities';
import type { PlannedEvent } from '../core/domain/events';
import * as commands from '../core/domain/commands';
import { BLANK_ATTENDEE, BLANK_ORGANISATION } from '../core/domain/blanks';
import { pick, seededRandom } from './random';
import { chinesePerson, phoneNumber, russianPerson, unique } from './demoPeople';
import { CHINESE_PLACES, POSITIONS_DEPUTY, POSITIONS_LEAD, RUSSIAN_INSTITUTIONS, TRADES } from './pools';
import { DEMO_AGENDA, DEMO_CONFERENCE, DEMO_ORGANISERS } from './demoProgramme';

/** Member organisations of the reference founding assembly, by category, as the reference lists have them. */
export const DEMO_MEMBER_SPLIT: Record<
  Extract<
    OrganisationCategory,
    | 'russianInstitution'
    | 'undergraduateUniversity'
    | 'higherVocationalCollege'
    | 'secondaryVocationalSchool'
    | 'enterpriseOrResearch'
  >,
  number
> = {
  russianInstitution: 5,
  undergraduateUniversity: 2,
  higherVocationalCollege: 83,
  secondaryVocationalSchool: 48,
  enterpriseOrResearch: 15,
};

export interface DemoOptions {
  /** Attendees beyond the reference list, for scale tests of a large congress. */
  extraAttendees?: number;
  seed?: number;
}

function memberOrganisations(random: () => number): OrganisationFields[] {
  const orgs: OrganisationFields[] = [];
  const names = new Set<string>();
  const add = (
    category: OrganisationCategory,
    fields: Pick<OrganisationFields, 'name' | 'region' | 'country'>,
  ) => {
    orgs.push({
      ...BLANK_ORGANISATION,
      ...fields,
      category,
      code: `M${String(orgs.length + 1).padStart(3, '0')}`,
    });
  };
  for (const [zh, ru, en, region] of RUSSIAN_INSTITUTIONS)
    add('russianInstitution', { name: { zh, ru, en }, region, country: 'Россия' });
  add('undergraduateUniversity', {
    name: { zh: '黑龙江大学', ru: 'Хэйлунцзянский университет', en: 'Heilongjiang University' },
    region: '黑龙江',
    country: '中国',
  });
  add('undergraduateUniversity', {
    name: {
      zh: '哈尔滨师范大学',
      ru: 'Харбинский педагогический университет',
      en: 'Harbin Normal University',
    },
    region: '黑龙江',
    country: '中国',
  });
  names.add('黑龙江大学').add('哈尔滨师范大学');
  // Every province gets at least one member, then the rest fall where the alliance is strongest.
  const provinces = [...new Set(CHINESE_PLACES.map((p) => p.province))];
  let provinceTurn = 0;
  const nextPlace = () => {
    const province =
      provinceTurn < provinces.length
        ? provinces[provinceTurn++]!
        : random() < 0.35
          ? '黑龙江'
          : pick(random, provinces);
    return pick(
      random,
      CHINESE_PLACES.filter((p) => p.province === province),
    );
  };
  const institution = (
    category: OrganisationCategory,
    count: number,
    suffix: { zh: string[]; ru: string; en: string },
  ) => {
    for (let i = 0; i < count; i++) {
      const place = nextPlace();
      const { trade, zhSuffix } = unique(
        () => ({ trade: pick(random, TRADES), zhSuffix: pick(random, suffix.zh) }),
        (v) => `${place.zh}${v.trade.zh}${v.zhSuffix}`,
        names,
      );
      add(category, {
        name: {
          zh: `${place.zh}${trade.zh}${zhSuffix}`,
          ru: `${suffix.ru} ${trade.ru} (${place.ru})`,
          en: `${place.en} ${suffix.en.replace('%', trade.en)}`,
        },
        region: place.province,
        country: '中国',
      });
    }
  };
  // The host college comes first among the colleges (M008): its staff and interpreters run the desks.
  add('higherVocationalCollege', {
    name: {
      zh: '哈尔滨职业技术学院',
      ru: 'Харбинский профессионально-технический колледж',
      en: 'Harbin Vocational & Technical College',
    },
    region: '黑龙江',
    country: '中国',
  });
  names.add('哈尔滨职业技术学院');
  institution('higherVocationalCollege', DEMO_MEMBER_SPLIT.higherVocationalCollege - 1, {
    zh: ['职业技术学院', '职业学院'],
    ru: 'Профессионально-технический колледж',
    en: '% Vocational and Technical College',
  });
  institution('secondaryVocationalSchool', DEMO_MEMBER_SPLIT.secondaryVocationalSchool, {
    zh: ['学校', '职业中等专业学校', '技工学校'],
    ru: 'Профессиональное училище',
    en: '% Vocational School',
  });
  institution('enterpriseOrResearch', DEMO_MEMBER_SPLIT.enterpriseOrResearch - 1, {
    zh: ['有限公司', '科技有限公司', '研究院'],
    ru: 'Компания',
    en: '% Company',
  });
  add('enterpriseOrResearch', {
    name: {
      zh: '中俄职业教育研究院',
      ru: 'Российско-китайский институт профессионального образования',
      en: 'China–Russia Institute of Vocational Education',
    },
    region: '黑龙江',
    country: '中国',
  });
  return orgs;
}

function otherOrganisations(): OrganisationFields[] {
  const other = (
    code: string,
    category: OrganisationCategory,
    zh: string,
    ru: string,
    en: string,
    status: OrganisationFields['status'],
  ): OrganisationFields => ({
    ...BLANK_ORGANISATION,
    code,
    category,
    status,
    votingRight: false,
    weight: 0,
    name: { zh, ru, en },
    region: '黑龙江',
    country: '中国',
  });
  return [
    other(
      'G001',
      'publicBody',
      '黑龙江省教育厅',
      'Департамент образования провинции Хэйлунцзян',
      'Heilongjiang Provincial Department of Education',
      'other',
    ),
    other('G002', 'media', '央广网', 'Национальное радио Китая (онлайн)', 'CNR News', 'other'),
    other(
      'P001',
      'overseasInstitution',
      '新西伯利亚国立技术大学',
      'Новосибирский государственный технический университет',
      'Novosibirsk State Technical University',
      'prospective',
    ),
    other(
      'P002',
      'overseasInstitution',
      '伊尔库茨克国立交通大学',
      'Иркутский государственный университет путей сообщения',
      'Irkutsk State Transport University',
      'prospective',
    ),
  ];
}

/** The named persons of the reference event, who tests and staff look for by name. */
const NAMED_PERSONS: { person: Partial<AttendeeFields>; orgCode: string; delegate: boolean }[] = [
  {
    person: {
      familyNameZh: '科瓦列夫斯基',
      givenNameZh: '安德烈',
      familyNameCyr: 'Ковалевский',
      givenNameCyr: 'Андрей',
      gender: 'male',
      position: '副校长',
    },
    orgCode: 'M001',
    delegate: true,
  },
  {
    person: { familyNameZh: '刘', givenNameZh: '申', position: '党委书记、院长' },
    orgCode: 'M008',
    delegate: true,
  },
  {
    person: { familyNameZh: '赵', givenNameZh: '永生', position: '副校长' },
    orgCode: 'M008',
    delegate: false,
  },
  { person: { familyNameZh: '欧阳', givenNameZh: '珺', position: '院长' }, orgCode: 'M009', delegate: true },
  { person: { familyNameZh: '司马', givenNameZh: '堃', position: '校长' }, orgCode: 'M010', delegate: true },
];

/**
 * The reference founding assembly as the events that create it: the conference,
 * its organisers and agenda, 153 member organisations, ~210 attendees, and the delegate links.
 */
export function planDemoConference(options: DemoOptions = {}): {
  conferenceId: string;
  events: PlannedEvent[];
} {
  const random = seededRandom(options.seed ?? 20261129);
  const created = commands.createConference(DEMO_CONFERENCE);
  if (!created.ok) throw new Error('demo conference is invalid');
  const conferenceId = created.entityId;
  const events: PlannedEvent[] = [...created.events];
  const push = (result: commands.CommandResult): string => {
    if (!result.ok) throw new Error(`demo data is invalid: ${JSON.stringify(result.errors)}`);
    events.push(...result.events);
    return result.entityId;
  };
  DEMO_ORGANISERS.forEach((o: OrganiserFields) => push(commands.saveOrganiser(conferenceId, o)));
  DEMO_AGENDA.forEach((a: AgendaItemFields) => push(commands.saveAgendaItem(conferenceId, a)));

  const orgFields = [...memberOrganisations(random), ...otherOrganisations()];
  const orgs = new Map<string, Organisation>();
  for (const fields of orgFields) {
    const id = push(commands.createOrganisation(conferenceId, fields, { organisations: [], members: [] }));
    orgs.set(fields.code, {
      ...fields,
      id,
      conferenceId,
      version: '',
      createdAt: '',
      updatedAt: '',
      deletedAt: null,
    });
  }

  let lastCode: string | undefined;
  const taken = new Set<string>();
  const delegates = new Map<string, { delegateId: string | null; substituteId: string | null }>();
  const addPerson = (
    orgCode: string,
    person: Partial<AttendeeFields>,
    category: AttendeeCategory,
    role: 'delegate' | 'substitute' | null,
  ): void => {
    const org = orgs.get(orgCode)!;
    const code = commands.attendeeCodeAfter(lastCode);
    lastCode = code;
    const russian = org.category === 'russianInstitution';
    const fields: AttendeeFields = {
      ...BLANK_ATTENDEE,
      phone: phoneNumber(random, russian),
      ...person,
      category,
      organisationId: org.id,
      code,
    };
    const id = push(
      commands.createAttendee(conferenceId, fields, {
        organisation: org,
        nextCode: code,
        codeTaken: () => false,
        representing: [],
      }),
    );
    if (role) {
      const link = delegates.get(org.id) ?? { delegateId: null, substituteId: null };
      link[role === 'delegate' ? 'delegateId' : 'substituteId'] = id;
      delegates.set(org.id, link);
    }
  };
  for (const named of NAMED_PERSONS) {
    taken.add(
      (named.person.familyNameCyr ?? '') + (named.person.givenNameCyr ?? '') ||
        `${named.person.familyNameZh}${named.person.givenNameZh}`,
    );
    addPerson(named.orgCode, named.person, 'delegate', named.delegate ? 'delegate' : 'substitute');
  }
  const members = orgFields.filter((o) => o.status === 'member');
  // 135 of the 153 members send someone; the first is their voting delegate, some send a second person.
  const attending = members.filter((o, i) => i < 5 || random() < 0.885).slice(0, 135);
  for (const org of attending) {
    const link = delegates.get(orgs.get(org.code)!.id);
    const russian = org.category === 'russianInstitution';
    const make = () => (russian ? russianPerson(random, taken) : chinesePerson(random, taken));
    if (!link?.delegateId)
      addPerson(org.code, { ...make(), position: pick(random, POSITIONS_LEAD) }, 'delegate', 'delegate');
    if (random() < 0.38 && !link?.substituteId)
      addPerson(org.code, { ...make(), position: pick(random, POSITIONS_DEPUTY) }, 'delegate', 'substitute');
  }
  addPerson('G001', { ...chinesePerson(random, taken), position: '二级巡视员' }, 'guest', null);
  addPerson('G001', { ...chinesePerson(random, taken), position: '处长' }, 'speaker', null);
  for (let i = 0; i < 6; i++)
    addPerson('G002', { ...chinesePerson(random, taken), position: '记者' }, 'press', null);
  for (let i = 0; i < 8; i++)
    addPerson('M008', { ...chinesePerson(random, taken), position: '会务组' }, 'staff', null);
  for (let i = 0; i < 4; i++)
    addPerson('M008', { ...chinesePerson(random, taken), position: '俄语翻译' }, 'interpreter', null);
  addPerson('P001', { ...russianPerson(random, taken), position: 'проректор' }, 'observer', null);
  addPerson('P002', { ...russianPerson(random, taken), position: 'декан' }, 'observer', null);

  const extra = options.extraAttendees ?? 0;
  const memberOrgs = [...orgs.values()].filter((o) => o.status === 'member');
  for (let i = 0; i < extra; i++) {
    const org = pick(random, memberOrgs);
    const person =
      org.category === 'russianInstitution'
        ? russianPerson(random, new Set())
        : chinesePerson(random, new Set());
    addPerson(
      org.code,
      { ...person, position: pick(random, POSITIONS_DEPUTY) },
      random() < 0.9 ? 'delegate' : 'observer',
      null,
    );
  }

  for (const [orgId, link] of delegates) {
    events.push({
      conferenceId,
      entityId: orgId,
      payload: { kind: 'organisation', op: 'updated', patch: link },
    });
  }
  return { conferenceId, events };
}

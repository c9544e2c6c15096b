import { describe, expect, it } from 'vitest';
import { AttendeeSearchIndex } from './searchIndex';
import { attendeeSearchKeys, organisationSearchKeys } from './searchKeys';
import { foldSearchText, withoutToneNumbers } from './searchText';
import { latinVariants } from '../names/romanisationVariants';
import { BLANK_ATTENDEE, BLANK_ORGANISATION } from '../domain/blanks';
import type { Attendee, AttendeeFields, Organisation } from '../domain/entities';
import { deriveLatinName } from '../names/latinName';

const meta = { conferenceId: 'c', version: '', createdAt: '', updatedAt: '', deletedAt: null };
let n = 0;
function person(fields: Partial<AttendeeFields>, organisationId: string | null = null): Attendee {
  n++;
  const base = {
    ...BLANK_ATTENDEE,
    ...fields,
    organisationId,
    code: fields.code ?? `A${String(n).padStart(5, '0')}`,
  };
  return { ...base, ...(fields.familyNameLatin ? {} : deriveLatinName(base)), id: `p${n}`, ...meta };
}
const harbin: Organisation = {
  ...BLANK_ORGANISATION,
  id: 'o1',
  code: 'M008',
  name: {
    zh: '哈尔滨职业技术学院',
    ru: 'Харбинский профессионально-технический колледж',
    en: 'Harbin Vocational & Technical College',
  },
  ...meta,
};
const pacific: Organisation = {
  ...BLANK_ORGANISATION,
  id: 'o2',
  code: 'M002',
  name: {
    zh: '太平洋国立大学',
    ru: 'Тихоокеанский государственный университет',
    en: 'Pacific National University',
  },
  ...meta,
};

// Names as they stand in the reference lists (../shared/fixtures), plus rare characters and double family names.
const zhao = person({ familyNameZh: '赵', givenNameZh: '永生' }, 'o1');
const liu = person({ familyNameZh: '刘', givenNameZh: '申' }, 'o1');
const kovalevsky = person(
  {
    familyNameZh: '科瓦列夫斯基',
    givenNameZh: '安德烈',
    familyNameCyr: 'Ковалевский',
    givenNameCyr: 'Андрей',
  },
  'o2',
);
const ivanova = person(
  {
    familyNameZh: '伊万诺夫',
    givenNameZh: '娜塔莉亚',
    familyNameCyr: 'Иванова',
    givenNameCyr: 'Наталья',
    patronymicCyr: 'Ивановна',
  },
  'o2',
);
const fyodorov = person({ familyNameCyr: 'Фёдоров', givenNameCyr: 'Алексей' }, 'o2');
const ouyang = person({ familyNameZh: '欧阳', givenNameZh: '珺' }, 'o1');
const sima = person({ familyNameZh: '司马', givenNameZh: '堃' }, 'o1');
const zhangZhe = person({ familyNameZh: '张', givenNameZh: '喆' }, 'o1');
const liuYan = person({ familyNameZh: '刘', givenNameZh: '龑' }, null);
const zhaoYong = person({ familyNameZh: '赵', givenNameZh: '勇' }, 'o1');
const lv = person({ familyNameZh: '吕', givenNameZh: '雨' }, null);
const everyone = [zhao, liu, kovalevsky, ivanova, fyodorov, ouyang, sima, zhangZhe, liuYan, zhaoYong, lv];
const index = new AttendeeSearchIndex(everyone, [harbin, pacific]);
const ids = (query: string) => index.search(query).map((h) => h.attendeeId);
const first = (query: string) => index.search(query)[0]?.attendeeId;

describe('search text', () => {
  it('folds width, case, ё, tone marks and spacing', () => {
    expect(foldSearchText('Zhào Yǒng-shēng')).toBe('zhaoyongsheng');
    expect(foldSearchText('ＡＢＣ　12')).toBe('abc12');
    expect(foldSearchText('Фёдоров')).toBe('федоров');
    expect(foldSearchText('科瓦列夫斯基·安德烈')).toBe('科瓦列夫斯基安德烈');
    expect(foldSearchText('Lǚ')).toBe('lv');
    expect(withoutToneNumbers('zhao4yong3sheng1')).toBe('zhaoyongsheng');
    expect(withoutToneNumbers('a00012')).toBe('a00012');
  });

  it('gives the common Latin spellings of Russian names', () => {
    expect(latinVariants('Ковалевский')).toEqual(
      expect.arrayContaining(['kovalevskii', 'kovalevskiy', 'kovalevsky', 'kovalevskij']),
    );
    expect(latinVariants('Наталья')).toEqual(expect.arrayContaining(['natalia', 'natalya']));
    expect(latinVariants('Фёдоров')).toEqual(expect.arrayContaining(['fedorov', 'fyodorov']));
  });

  it('keys a person by every spelling', () => {
    const keys = attendeeSearchKeys(zhao);
    expect(keys).toEqual(
      expect.arrayContaining(['赵永生', 'zhaoyongsheng', 'yongsheng', 'zys', zhao.code.toLowerCase()]),
    );
    expect(attendeeSearchKeys(ouyang)).toEqual(expect.arrayContaining(['欧阳珺', 'ouyangjun', 'oyj']));
    expect(attendeeSearchKeys(sima)).toEqual(expect.arrayContaining(['司马堃', 'simakun', 'smk']));
    expect(organisationSearchKeys(harbin)).toEqual([
      '哈尔滨职业技术学院',
      'харбинскийпрофессиональнотехническийколледж',
      'harbinvocational&technicalcollege',
      'm008',
    ]);
  });
});

describe('the desk search', () => {
  it('finds by hanzi, any part of it', () => {
    expect(ids('永生')).toEqual([zhao.id]);
    expect(first('赵永生')).toBe(zhao.id);
    expect(ids('珺')).toEqual([ouyang.id]);
    expect(ids('堃')).toEqual([sima.id]);
    expect(ids('喆')).toEqual([zhangZhe.id]);
    expect(ids('龑')).toEqual([liuYan.id]);
    expect(first('欧阳')).toBe(ouyang.id);
  });

  it('finds by pinyin with or without spaces and tones, and by initials', () => {
    expect(first('zhaoyongsheng')).toBe(zhao.id);
    expect(first('zhao yong')).toBe(zhaoYong.id);
    expect(ids('zhao yong')).toEqual([zhaoYong.id, zhao.id]);
    expect(first('Zhào Yǒngshēng')).toBe(zhao.id);
    expect(first('zhao4yong3sheng1')).toBe(zhao.id);
    expect(ids('zys')).toEqual([zhao.id]);
    expect(first('ouyang')).toBe(ouyang.id);
    expect(first('simakun')).toBe(sima.id);
    expect(first('lvyu')).toBe(lv.id);
    expect(first('lǚ yǔ')).toBe(lv.id);
  });

  it(
    'finds Russians by a Cyrillic fragment (ё = е), ' +
      'every common Latin spelling, and the Chinese transcription',
    () => {
      expect(ids('Ковалев')).toEqual([kovalevsky.id]);
      expect(first('Федоров')).toBe(fyodorov.id);
      expect(first('Фёдоров')).toBe(fyodorov.id);
      for (const spelling of ['Kovalevsky', 'Kovalevskiy', 'Kovalevskij', 'kovalevskii', 'Andrei Kovalevsky'])
        expect(first(spelling), spelling).toBe(kovalevsky.id);
      expect(first('Natalya')).toBe(ivanova.id);
      expect(first('Fyodorov')).toBe(fyodorov.id);
      expect(first('科瓦列夫')).toBe(kovalevsky.id);
      expect(first('Ивановна')).toBe(ivanova.id);
    },
  );

  it('finds by code and by organisation', () => {
    expect(ids(kovalevsky.code)).toEqual([kovalevsky.id]);
    expect(ids(kovalevsky.code.toLowerCase())).toEqual([kovalevsky.id]);
    expect(index.findByCode(kovalevsky.code)).toBe(kovalevsky.id);
    expect(index.findByCode('A99999')).toBeUndefined();
    expect(ids('太平洋').sort()).toEqual([kovalevsky.id, ivanova.id, fyodorov.id].sort());
    expect(ids('Pacific National').length).toBe(3);
  });

  it('ranks exact above prefix above substring, the person’s names above the organisation’s', () => {
    // 刘 is the whole family name of two people: both rank as prefix matches, in code order.
    expect(index.search('刘').map((h) => [h.attendeeId, h.rank])).toEqual([
      [liu.id, 5],
      [liuYan.id, 5],
    ]);
    expect(index.search('刘申')[0]).toEqual({ attendeeId: liu.id, rank: 6 });
    // "sheng" is inside zhaoyongsheng: a substring match.
    expect(index.search('sheng')[0]).toEqual({ attendeeId: zhao.id, rank: 4 });
    // 哈尔滨 only names an organisation: its people rank below anyone matched by name.
    expect(index.search('哈尔滨').every((h) => h.rank === 2)).toBe(true);
  });

  it('narrows as the desk types, with the same results as a fresh search', () => {
    const fresh = new AttendeeSearchIndex(everyone, [harbin, pacific]);
    for (const prefix of ['k', 'ko', 'kov', 'kova', 'koval']) index.search(prefix);
    expect(index.search('kovalevsky')).toEqual(fresh.search('kovalevsky'));
    expect(index.search('z')).toEqual(fresh.search('z'));
  });

  it('leaves out people who were removed', () => {
    const gone = { ...zhao, deletedAt: 'x' };
    expect(new AttendeeSearchIndex([gone], [harbin]).search('zhao')).toEqual([]);
  });
});

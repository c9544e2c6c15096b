import type { AttendeeFields } from '../core/domain/entities';
import { pick } from './random';
import { CHINESE_GIVEN_CHARS, CHINESE_SURNAMES, RUSSIAN_FAMILY_NAMES, RUSSIAN_GIVEN_NAMES } from './pools';

/** The people of the demo event: names drawn from the pools, never the same twice, and phone numbers. */
/** A value drawn again until its key is not taken yet; the key is then taken. */
export function unique<T>(make: () => T, key: (value: T) => string, taken: Set<string>): T {
  for (;;) {
    const value = make();
    if (!taken.has(key(value))) {
      taken.add(key(value));
      return value;
    }
  }
}

export function chinesePerson(
  random: () => number,
  taken: Set<string>,
): Pick<AttendeeFields, 'familyNameZh' | 'givenNameZh'> {
  return unique(
    () => {
      const family =
        random() < 0.06
          ? pick(random, CHINESE_SURNAMES.slice(-5))
          : pick(random, CHINESE_SURNAMES.slice(0, -5));
      const length = family.length === 2 || random() < 0.3 ? 1 : 2;
      let given = '';
      for (let i = 0; i < length; i++) given += pick(random, CHINESE_GIVEN_CHARS);
      return { familyNameZh: family, givenNameZh: given };
    },
    (p) => p.familyNameZh + p.givenNameZh,
    taken,
  );
}

export function russianPerson(
  random: () => number,
  taken: Set<string>,
): Pick<
  AttendeeFields,
  'familyNameZh' | 'givenNameZh' | 'familyNameCyr' | 'givenNameCyr' | 'patronymicCyr' | 'gender'
> {
  return unique(
    () => {
      const family = pick(random, RUSSIAN_FAMILY_NAMES);
      const given = pick(random, RUSSIAN_GIVEN_NAMES);
      return {
        familyNameCyr: given.female ? family.familyFemale : family.familyMale,
        givenNameCyr: given.cyr,
        patronymicCyr: given.patronymic,
        familyNameZh: given.female ? family.familyZhFemale : family.familyZh,
        givenNameZh: given.zh,
        gender: given.female ? 'female' : 'male',
      } as const;
    },
    (p) => p.familyNameCyr + p.givenNameCyr,
    taken,
  );
}

export function phoneNumber(random: () => number, russian: boolean): string {
  const digits = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 10)).join('');
  return russian
    ? `+7 914 ${digits(3)}-${digits(2)}-${digits(2)}`
    : `1${pick(random, ['3', '5', '8'])}${digits(9)}`;
}

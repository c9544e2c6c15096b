import { pinyin } from 'pinyin-pro';
import type { Attendee, Organisation } from '../domain/entities';
import { latinVariants } from '../names/romanisationVariants';
import { foldSearchText } from './searchText';

function pinyinOf(text: string, surname: boolean): string[] {
  if (!text) return [];
  return pinyin(text, {
    toneType: 'none',
    type: 'array',
    surname: surname ? 'head' : 'off',
    v: true,
    nonZh: 'removed',
  }).filter(Boolean);
}

function initialsOf(syllables: string[]): string {
  return syllables.map((s) => s[0] ?? '').join('');
}

/**
 * Every spelling someone at the desk may type for a person: 赵永生, zhaoyongsheng, yongsheng,
 * zys; Ковалевский Андрей, kovalevskii / kovalevskiy / kovalevsky / kovalevskij, andrei; the
 * Chinese transcription 科瓦列夫斯基·安德烈 and its pinyin; the Latin form as typed; the code.
 */
export function attendeeSearchKeys(attendee: Attendee): string[] {
  const keys = new Set<string>();
  const add = (text: string) => {
    const folded = foldSearchText(text);
    if (folded) keys.add(folded);
  };
  const {
    familyNameZh: fz,
    givenNameZh: gz,
    familyNameCyr: fc,
    givenNameCyr: gc,
    patronymicCyr: pc,
    familyNameLatin: fl,
    givenNameLatin: gl,
  } = attendee;
  if (fz || gz) {
    add(fz + gz);
    add(gz);
    const family = pinyinOf(fz, true);
    const given = pinyinOf(gz, false);
    add(family.join('') + given.join(''));
    add(given.join(''));
    add(given.join('') + family.join(''));
    add(initialsOf([...family, ...given]));
  }
  if (fc || gc) {
    add(fc + gc + pc);
    add(gc + fc);
    add(gc);
    add(pc);
    for (const family of latinVariants(fc)) {
      add(family);
      for (const given of latinVariants(gc)) {
        add(family + given);
        add(given + family);
      }
    }
    for (const given of latinVariants(gc)) add(given);
  }
  if (fl || gl) {
    add(fl + gl);
    add(gl + fl);
    add(gl);
  }
  add(attendee.code);
  return [...keys];
}

/** An organisation is found by any of its names or its code. */
export function organisationSearchKeys(organisation: Organisation): string[] {
  return [
    ...new Set(
      [organisation.name.zh, organisation.name.ru, organisation.name.en, organisation.code]
        .map(foldSearchText)
        .filter(Boolean),
    ),
  ];
}

import { describe, expect, it } from 'vitest';
import { candidatesFromCodes } from './electionSetup';
import { demoRecords } from './testing/demoRecords';

const { organisations, attendees } = demoRecords();

function candidateNamed(code: string) {
  const parsed = candidatesFromCodes(code, 'person', organisations, attendees, 'candidates');
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  return parsed.candidates[0]!.name;
}

function chineseAttendeeCode(): string {
  const chinese = attendees.find((a) => !a.familyNameCyr && a.familyNameZh && a.familyNameLatin);
  return chinese!.code;
}

describe('a candidate’s name on the papers', () => {
  it('writes a Russian in Cyrillic, keeps the “·” in Chinese, and puts the Latin family name first', () => {
    expect(candidateNamed('A00006')).toEqual({
      zh: '索科洛夫·安德烈',
      ru: 'Соколов Андрей Андреевич',
      en: 'Sokolov Andrei',
    });
  });

  it('writes a Chinese person in hanzi and the Latin family name first, as the register does', () => {
    const code = chineseAttendeeCode();
    const person = attendees.find((a) => a.code === code)!;
    const name = candidateNamed(code);
    expect(name.zh).toBe(`${person.familyNameZh}${person.givenNameZh}`);
    expect(name.en).toBe(`${person.familyNameLatin} ${person.givenNameLatin}`);
  });

  it('names an organisation’s candidate by its delegate the same way', () => {
    const parsed = candidatesFromCodes('M001', 'organisation', organisations, attendees, 'candidates');
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    const delegate = attendees.find((a) => a.id === parsed.candidates[0]!.attendeeId)!;
    expect(parsed.candidates[0]!.name.en.startsWith(delegate.familyNameLatin)).toBe(true);
  });
});

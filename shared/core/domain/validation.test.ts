import { describe, expect, it } from 'vitest';
import { BLANK_ATTENDEE, BLANK_CONFERENCE, BLANK_ORGANISATION } from './blanks';
import {
  agendaItemFieldsSchema,
  attendeeFieldsSchema,
  conferenceFieldsSchema,
  organisationFieldsSchema,
  parseFields,
  type FieldError,
} from './validation';

const organisation = (over: object) =>
  parseFields(organisationFieldsSchema, { ...BLANK_ORGANISATION, code: 'M001', ...over });
const conference = (over: object) => parseFields(conferenceFieldsSchema, { ...BLANK_CONFERENCE, ...over });
const errorsOf = (result: { ok: true } | { ok: false; errors: FieldError[] }) =>
  result.ok ? [] : result.errors;

describe('checking fields', () => {
  it('accepts valid fields, trimming the texts', () => {
    const result = organisation({
      code: '  M001 ',
      name: { zh: ' 哈职院 ', ru: '', en: '' },
      contactEmail: ' liu@example.cn ',
      contactPhone: '+7 914 318-50-59',
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.code).toBe('M001');
    expect(result.value.name.zh).toBe('哈职院');
    expect(result.value.contactEmail).toBe('liu@example.cn');
  });

  it('names the field and gives the UI string for each problem', () => {
    expect(errorsOf(organisation({ code: ' ' }))).toEqual([
      { field: 'code', message: 'errors.codeRequired' },
    ]);
    expect(errorsOf(organisation({ code: 'x'.repeat(41) }))).toEqual([
      { field: 'code', message: 'errors.tooLong' },
    ]);
    expect(errorsOf(organisation({ weight: -1 }))).toEqual([
      { field: 'weight', message: 'errors.weightNegative' },
    ]);
    expect(errorsOf(organisation({ weight: 1001 }))).toEqual([
      { field: 'weight', message: 'errors.weightTooLarge' },
    ]);
    expect(errorsOf(organisation({ weight: Number.NaN }))).toEqual([
      { field: 'weight', message: 'errors.weightNumber' },
    ]);
    expect(errorsOf(organisation({ contactEmail: 'liu@' }))).toEqual([
      { field: 'contactEmail', message: 'errors.emailFormat' },
    ]);
    expect(errorsOf(organisation({ contactPhone: '12' }))).toEqual([
      { field: 'contactPhone', message: 'errors.phoneFormat' },
    ]);
  });

  it('names a nested field by its path, and gives one error per field, in order', () => {
    const result = organisation({
      code: '',
      name: { zh: 'x'.repeat(501), ru: '', en: '' },
      weight: -1,
      contactEmail: 'nope',
    });
    expect(errorsOf(result)).toEqual([
      { field: 'code', message: 'errors.codeRequired' },
      { field: 'name.zh', message: 'errors.tooLong' },
      { field: 'weight', message: 'errors.weightNegative' },
      { field: 'contactEmail', message: 'errors.emailFormat' },
    ]);
    // 600 characters break both the general and the code's own limit: one error all the same.
    expect(errorsOf(organisation({ code: 'x'.repeat(600) }))).toEqual([
      { field: 'code', message: 'errors.tooLong' },
    ]);
  });

  it('gives the generic message where zod speaks English, and the form for a value that is no object', () => {
    expect(errorsOf(organisation({ category: 'school' }))).toEqual([
      { field: 'category', message: 'errors.invalidValue' },
    ]);
    expect(errorsOf(parseFields(organisationFieldsSchema, null))).toEqual([
      { field: 'form', message: 'errors.invalidValue' },
    ]);
  });

  it('accepts empty dates and e-mails, and refuses dates in another form', () => {
    expect(conference({ startDate: '', endDate: '2026-12-10' }).ok).toBe(true);
    expect(errorsOf(conference({ startDate: '10.12.2026' }))).toEqual([
      { field: 'startDate', message: 'errors.dateFormat' },
    ]);
    const agenda = (startsAt: string) =>
      parseFields(agendaItemFieldsSchema, {
        type: 'speech',
        startsAt,
        title: { zh: '', ru: '', en: '' },
        speaker: '',
        order: 1,
      });
    expect(agenda('2026-12-10T09:00').ok).toBe(true);
    expect(agenda('').ok).toBe(true);
    expect(errorsOf(agenda('2026-12-10 09:00'))).toEqual([
      { field: 'startsAt', message: 'errors.dateTimeFormat' },
    ]);
  });

  it('accepts a quorum fraction up to one, and refuses one above it on the numerator', () => {
    const fraction = (numerator: number, denominator: number) => ({
      quorum: { kind: 'fraction', numerator, denominator, comparison: '>=' },
    });
    expect(conference(fraction(2, 3)).ok).toBe(true);
    expect(conference(fraction(1, 1)).ok).toBe(true);
    expect(conference({ quorum: { kind: 'none' } }).ok).toBe(true);
    expect(errorsOf(conference(fraction(3, 2)))).toEqual([
      { field: 'quorum.numerator', message: 'errors.quorumFraction' },
    ]);
    expect(errorsOf(conference(fraction(0, 2)))).toEqual([
      { field: 'quorum.numerator', message: 'errors.quorumFraction' },
    ]);
    expect(conference({ quorum: { kind: 'majority' } }).ok).toBe(false);
  });

  it('checks attendees with the long limit for notes', () => {
    const attendee = (over: object) => parseFields(attendeeFieldsSchema, { ...BLANK_ATTENDEE, ...over });
    expect(attendee({ notes: 'x'.repeat(5000) }).ok).toBe(true);
    expect(errorsOf(attendee({ notes: 'x'.repeat(5001) }))).toEqual([
      { field: 'notes', message: 'errors.tooLong' },
    ]);
    expect(errorsOf(attendee({ position: 'x'.repeat(501) }))).toEqual([
      { field: 'position', message: 'errors.tooLong' },
    ]);
    expect(errorsOf(attendee({ gender: 'other' }))).toEqual([
      { field: 'gender', message: 'errors.invalidValue' },
    ]);
  });
});

import type { FieldError } from '../../core/domain/validation';
import type { Minutes } from '../../core/domain/entities';
import type { CommandResult } from '../../core/domain/commands';
import { changedFields } from '../../core/domain/commands';
import type { PlannedEvent } from '../../core/domain/events';
import { newId } from '../../core/domain/ids';
import type { Trilingual } from '../../core/domain/entities';
import type { CommitteeMemberFields, FreeSection, MinutesFields } from './minutesTypes';

const TEXT_LIMIT = 20_000;
const hasText = (t: Trilingual) => Boolean(t.zh.trim() || t.ru.trim() || t.en.trim());
const trimmed = (t: Trilingual): Trilingual => ({ zh: t.zh.trim(), ru: t.ru.trim(), en: t.en.trim() });

export function saveCommitteeMember(
  conferenceId: string,
  fields: CommitteeMemberFields,
  current?: CommitteeMemberFields & { id: string },
): CommandResult {
  const value = {
    ...fields,
    name: trimmed(fields.name),
    role: trimmed(fields.role),
    organisation: trimmed(fields.organisation),
  };
  const errors: FieldError[] = [
    ...(hasText(value.name) ? [] : [{ field: 'name', message: 'committee.nameRequired' as const }]),
    ...(hasText(value.role) ? [] : [{ field: 'role', message: 'committee.roleRequired' as const }]),
  ];
  if (errors.length) return { ok: false, errors };
  if (!current) {
    const id = newId();
    return {
      ok: true,
      entityId: id,
      events: [
        {
          conferenceId,
          entityId: id,
          payload: { kind: 'committeeMember', op: 'created', fields: value },
        } as PlannedEvent,
      ],
    };
  }
  const patch = changedFields(
    { name: current.name, role: current.role, organisation: current.organisation, order: current.order },
    value,
  );
  return {
    ok: true,
    entityId: current.id,
    events: Object.keys(patch).length
      ? [
          {
            conferenceId,
            entityId: current.id,
            payload: { kind: 'committeeMember', op: 'updated', patch },
          } as PlannedEvent,
        ]
      : [],
  };
}

function write(conferenceId: string, current: Minutes | undefined, next: MinutesFields): CommandResult {
  if (!current) {
    const id = newId();
    return {
      ok: true,
      entityId: id,
      events: [
        {
          conferenceId,
          entityId: id,
          payload: { kind: 'minutes', op: 'created', fields: next },
        } as PlannedEvent,
      ],
    };
  }
  const patch = changedFields({ paragraphs: current.paragraphs, freeSections: current.freeSections }, next);
  return {
    ok: true,
    entityId: current.id,
    events: Object.keys(patch).length
      ? [
          {
            conferenceId,
            entityId: current.id,
            payload: { kind: 'minutes', op: 'updated', patch },
          } as PlannedEvent,
        ]
      : [],
  };
}

const EMPTY: MinutesFields = { paragraphs: {}, freeSections: [] };

/**
 * The secretary's text of a section, in the languages edited. A text equal to what the record
 * gives, or empty, goes back to following the record.
 */
export function saveMinutesParagraph(
  conferenceId: string,
  current: Minutes | undefined,
  section: string,
  texts: Partial<Trilingual>,
  prefilled: Partial<Trilingual>,
): CommandResult {
  const base = current ?? EMPTY;
  const own: Partial<Trilingual> = { ...(base.paragraphs[section] ?? {}) };
  for (const language of Object.keys(texts) as (keyof Trilingual)[]) {
    const text = (texts[language] ?? '').trim();
    if (text.length > TEXT_LIMIT)
      return {
        ok: false,
        errors: [{ field: `text.${language}`, message: 'minutes.textTooLong', params: { n: TEXT_LIMIT } }],
      };
    if (!text || text === (prefilled[language] ?? '').trim()) delete own[language];
    else own[language] = text;
  }
  const paragraphs = { ...base.paragraphs };
  if (Object.keys(own).length) paragraphs[section] = own;
  else delete paragraphs[section];
  return write(conferenceId, current, { ...base, paragraphs });
}

export function addFreeSection(
  conferenceId: string,
  current: Minutes | undefined,
  section: Omit<FreeSection, 'id'>,
): CommandResult {
  const value = { ...section, title: trimmed(section.title), text: trimmed(section.text) };
  const errors: FieldError[] = [
    ...(hasText(value.title) ? [] : [{ field: 'title', message: 'minutes.sectionTitleRequired' as const }]),
    ...(hasText(value.text) ? [] : [{ field: 'text', message: 'minutes.sectionTextRequired' as const }]),
  ];
  if (errors.length) return { ok: false, errors };
  const base = current ?? EMPTY;
  return write(conferenceId, current, {
    ...base,
    freeSections: [...base.freeSections, { ...value, id: newId() }],
  });
}

export function removeFreeSection(current: Minutes, id: string): CommandResult {
  return write(current.conferenceId, current, {
    ...current,
    freeSections: current.freeSections.filter((s) => s.id !== id),
  });
}

import type { AnyEntity, EntityKind } from '../../core/domain/entities';
import type { MessageKey } from '../../locales';
import { inLanguage } from '../../core/domain/trilingual';
import type { BadgeTemplate } from '../render/badgeTemplates';
import type { QuorumSetting } from '../../rules/counting/quorum';
import type { VoteRule } from '../../rules/counting/tally';
import type { ElectionPost } from '../../rules/elections/electionTypes';
import type { Sitting } from '../../rules/checkin/sittings';
import { candidateWords, quorumWords, voteRuleWords } from './settingWords';
import {
  codeLabel,
  hasMessage,
  isTrilingual,
  list,
  say,
  text,
  time,
  yesNo,
  type HistoryDetail,
  type HistoryLookups,
  type Phrase,
  type Words,
} from './historyWords';

/** What a field's value is read with: the lookups, and the record as the event found and left it. */
export interface FieldContext {
  lookups: HistoryLookups;
  previous: AnyEntity | undefined;
  record: AnyEntity | undefined;
}

type ValueWords = (value: unknown, context: FieldContext) => Words | null;

interface FieldRule {
  /** `fieldNames.<field>` unless the field is named elsewhere. */
  label?: MessageKey;
  value: ValueWords;
  /** A field shown as several details (a badge template part by part, an election post by post). */
  details?: (value: unknown, context: FieldContext) => HistoryDetail[];
}

const typed: ValueWords = (value) => {
  if (typeof value === 'number') return text(String(value));
  if (typeof value !== 'string') return null;
  return value.trim() ? text(value) : say('history.empty');
};
const inOwnLanguage: ValueWords = (value, context) =>
  isTrilingual(value) ? typed(inLanguage(value, context.lookups.language), context) : null;
const flag: ValueWords = (value) => (typeof value === 'boolean' ? yesNo(value) : null);
const coded =
  (words: (code: string) => Words): ValueWords =>
  (value) =>
    typeof value === 'string' ? words(value) : null;
const dated =
  (style: 'date' | 'minute'): ValueWords =>
  (value) =>
    typeof value !== 'string' ? null : value ? time(value, style) : say('history.empty');

/** A record named by its id: its name as the screens show it, never the id. */
const named =
  (lookup: (lookups: HistoryLookups, id: string) => string | undefined): ValueWords =>
  (value, context) => {
    if (value === null || value === '') return say('history.none');
    if (typeof value !== 'string') return null;
    const name = lookup(context.lookups, value);
    return name ? text(name) : say('history.unknownRecord');
  };
const organisation = named((lookups, id) => lookups.organisationName(id));
const person = named((lookups, id) => lookups.attendeeName(id));
const election = named((lookups, id) => lookups.electionTitle(id));

/** Many people: the first dozen by name, then how many more. */
const SHOWN_PEOPLE = 12;
const people: ValueWords = (value, context) => {
  if (!Array.isArray(value)) return null;
  if (value.length === 0) return say('history.none');
  const names = value.slice(0, SHOWN_PEOPLE).map((id) => person(id, context) ?? say('history.unknownRecord'));
  const more = value.length - SHOWN_PEOPLE;
  return list(more > 0 ? [...names, say('history.andMore', { count: more })] : names);
};

/** A file kept in the record as a data URL: it changed, and what it is called, never its bytes. */
const documentFile: ValueWords = (value, context) => {
  if (typeof value !== 'string') return null;
  if (!value) return say('history.none');
  const name = context.record && 'documentName' in context.record ? context.record.documentName : '';
  return name ? say('history.document', { name }) : say('history.documentUnnamed');
};

const TEMPLATE_PARTS: [keyof BadgeTemplate, MessageKey, (value: never) => Words][] = [
  ['preset', 'badges.stock', (v: string) => codeLabel(`badgePresets.${v}`, v)],
  ['header', 'badges.header', (v: string) => codeLabel(`badges.header_${v}`, v)],
  ['secondLine', 'badges.secondLine', (v: string) => codeLabel(`badges.secondLine_${v}`, v)],
  ['organisation', 'badges.organisation', (v: string) => codeLabel(`badges.organisation_${v}`, v)],
  ['position', 'badges.position', yesNo],
  ['qr', 'badges.qr', yesNo],
  ['roleBand', 'badges.roleBand', yesNo],
  ['nameSize', 'badges.nameSize', (v: number) => text(String(v))],
  ['logo', 'fieldNames.logo', (v: string) => say(v ? 'history.image' : 'history.none')],
];

/** The parts of the badge template the event changed, each as the badges screen labels it. */
function templateDetails(value: unknown, context: FieldContext): HistoryDetail[] {
  if (typeof value !== 'object' || value === null) return [];
  const template = value as BadgeTemplate;
  const previous =
    context.previous && 'badgeTemplate' in context.previous ? context.previous.badgeTemplate : undefined;
  return TEMPLATE_PARTS.filter(
    ([part]) => template[part] !== undefined && template[part] !== previous?.[part],
  ).map(([part, label, words]) => ({ label: say(label), value: words(template[part] as never) }));
}

function postDetails(value: unknown, context: FieldContext): HistoryDetail[] {
  if (!Array.isArray(value)) return [];
  return (value as ElectionPost[]).map((post, index) => ({
    label: say('elections.postN', { n: index + 1 }),
    value: say('history.post', {
      title: inLanguage(post.title, context.lookups.language),
      seats: say('elections.seatsValue', { n: post.seats }),
      candidates: list(post.candidates.map((c) => candidateWords(c, context.lookups.language))),
    }),
  }));
}

const sittingName = (sitting: Sitting | undefined, context: FieldContext): Words => {
  const name = sitting ? inLanguage(sitting.name, context.lookups.language) : '';
  return name ? text(name) : say('sittings.main');
};
const sittings: ValueWords = (value, context) =>
  Array.isArray(value) ? list((value as Sitting[]).map((s) => sittingName(s, context))) : null;
const assemblySitting: ValueWords = (value, context) => {
  const known = context.record && 'sittings' in context.record ? (context.record.sittings ?? []) : [];
  return sittingName(
    known.find((s) => s.id === value),
    context,
  );
};

const NAMES: Record<string, FieldRule> = Object.fromEntries(
  [
    'code',
    'familyNameZh',
    'givenNameZh',
    'familyNameCyr',
    'givenNameCyr',
    'patronymicCyr',
    'familyNameLatin',
    'givenNameLatin',
  ].map((field) => [field, { value: typed }]),
);

const ATTENDEE: Record<string, FieldRule> = {
  ...NAMES,
  latinEdited: { value: flag },
  organisationId: { value: organisation },
  position: { value: typed },
  gender: { value: coded((v) => (v ? codeLabel(`genders.${v}`, v) : say('genders.unknown'))) },
  category: { value: coded((v) => codeLabel(`attendeeCategories.${v}`, v)) },
  phone: { value: typed },
  email: { value: typed },
  notes: { value: typed },
};

const ORGANISATION: Record<string, FieldRule> = {
  code: { value: typed },
  name: { value: inOwnLanguage },
  category: { value: coded((v) => codeLabel(`organisationCategories.${v}`, v)) },
  region: { value: typed },
  country: { value: typed },
  status: { value: coded((v) => codeLabel(`organisationStatuses.${v}`, v)) },
  votingRight: { value: flag },
  weight: { value: typed },
  contactName: { value: typed },
  contactPhone: { value: typed },
  contactEmail: { value: typed },
  delegateId: { value: person },
  substituteId: { value: person },
};

const CONFERENCE: Record<string, FieldRule> = {
  name: { value: inOwnLanguage },
  venue: { value: inOwnLanguage },
  startDate: { value: dated('date') },
  endDate: { value: dated('date') },
  quorum: { value: (v) => quorumWords(v as QuorumSetting) },
  badgeTemplate: { value: () => null, details: templateDetails },
  sittings: { label: 'sittings.title', value: sittings },
  assemblySittingId: { value: assemblySitting },
  chineseTranscription: { value: coded((v) => codeLabel(`setup.chineseTranscription_${v}`, v)) },
};

const VOTE: Record<string, FieldRule> = {
  title: { value: inOwnLanguage },
  text: { value: inOwnLanguage },
  documentName: { value: typed },
  document: { value: documentFile },
  body: { value: coded((v) => codeLabel(`votes.body_${v}`, v)) },
  voterIds: { value: people },
  preset: { value: coded((v) => codeLabel(`votePresets.${v}`, v)) },
  rule: { value: (v) => voteRuleWords(v as VoteRule) },
  options: { value: coded((v) => codeLabel(`votes.options_${v}`, v)) },
  procedure: { value: coded((v) => codeLabel(`votes.procedure_${v}`, v)) },
};

const ELECTION: Record<string, FieldRule> = {
  title: { value: inOwnLanguage },
  body: { value: coded((v) => codeLabel(`elections.body_${v}`, v)) },
  councilElectionId: { label: 'elections.councilFrom', value: election },
  voterIds: { value: people },
  quorum: { value: (v) => quorumWords(v as QuorumSetting) },
  posts: { label: 'fieldNames.posts', value: () => null, details: postDetails },
  round: { value: typed },
  parentElectionId: { label: 'elections.followsRound', value: election },
  serials: { label: 'elections.serials', value: flag },
  counting: { label: 'elections.counting', value: coded((v) => codeLabel(`elections.counting_${v}`, v)) },
  doubleEntry: { label: 'elections.doubleEntry', value: flag },
};

/** The register fields each kind shows; the rest (status, counts, seals) its facts tell in words. */
const FIELD_RULES: Partial<Record<EntityKind, Record<string, FieldRule>>> = {
  attendee: ATTENDEE,
  organisation: ORGANISATION,
  conference: CONFERENCE,
  organiser: {
    role: { value: coded((v) => codeLabel(`organiserRoles.${v}`, v)) },
    name: { value: inOwnLanguage },
    order: { value: typed },
  },
  agendaItem: {
    type: { value: coded((v) => codeLabel(`agendaTypes.${v}`, v)) },
    startsAt: { value: dated('minute') },
    title: { value: inOwnLanguage },
    speaker: { value: typed },
    order: { value: typed },
  },
  committeeMember: {
    name: { value: inOwnLanguage },
    role: { value: inOwnLanguage },
    organisation: { label: 'fieldNames.organisationId', value: inOwnLanguage },
    order: { value: typed },
  },
  vote: VOTE,
  election: ELECTION,
  ballotEntry: { spoilt: { label: 'elections.spoilt', value: flag } },
};

function ruleOf(kind: EntityKind, field: string): FieldRule | undefined {
  return FIELD_RULES[kind]?.[field];
}

/** The field's label, or null for a field the history does not show. */
export function fieldLabel(kind: EntityKind, field: string): Phrase | null {
  const rule = ruleOf(kind, field);
  if (!rule) return null;
  const key = rule.label ?? `fieldNames.${field}`;
  return hasMessage(key) ? say(key) : null;
}

/** The details a field's value is shown as: one, several, or none for a value it cannot read. */
export function fieldDetails(
  kind: EntityKind,
  field: string,
  value: unknown,
  context: FieldContext,
): HistoryDetail[] {
  const rule = ruleOf(kind, field);
  const label = fieldLabel(kind, field);
  if (!rule || !label) return [];
  if (rule.details) return rule.details(value, context);
  const words = rule.value(value, context);
  return words ? [{ label, value: words }] : [];
}

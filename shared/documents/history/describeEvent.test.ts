import { describe, expect, it } from 'vitest';
import { BLANK_ATTENDEE, BLANK_CONFERENCE, BLANK_ORGANISATION } from '../../core/domain/blanks';
import {
  createAttendee,
  createConference,
  createOrganisation,
  updateAttendee,
  updateConference,
} from '../../core/domain/commands';
import * as entities from '../../core/domain/entities';
import type { Attendee, Conference, Vote } from '../../core/domain/entities';
import type { DomainEvent } from '../../core/domain/events';
import { MemoryLog, type StampOptions } from '../../core/domain/testing/memoryLog';
import { translatorFor, type Language } from '../../locales';
import { checkIn, markLeft, undoLastAction } from '../../rules/checkin/checkInCommands';
import { ruleSummary } from '../../rules/counting/explain';
import { RULE_PRESETS } from '../../rules/counting/presets';
import { blankVote } from '../../rules/votes/blankVote';
import {
  closeVote,
  createVote,
  openVote,
  recordCounts,
  reopenVote,
  sealVote,
} from '../../rules/votes/voteCommands';
import { saveBadgeTemplate } from '../badges/badgeTemplateCommand';
import { DEFAULT_TEMPLATE } from '../render/badgeTemplates';
import { authorOf, describeEvent, describeHistory, deviceNamesOf } from './describeEvent';
import { historyLookups, type HistoryRows } from './historyLookups';
import { voteRuleWords } from './settingWords';
import { spellWords } from './spellWords';
import { spell } from './testing/spell';

const HARBIN = {
  zh: '哈尔滨职业技术学院',
  ru: 'Харбинский политехнический колледж',
  en: 'Harbin Vocational College',
};
const at = (minute: number) => new Date(Date.UTC(2026, 11, 10, 2, minute)).toISOString();

/** A small assembly made by the commands the screens run, on one laptop named Desk 1. */
function assembly(stamp: StampOptions = { deviceId: 'laptop-1', actor: 'Desk 1' }) {
  const log = new MemoryLog({ ...stamp, at: (n) => at(n) });
  const conferenceId = log.apply(
    createConference({ ...BLANK_CONFERENCE, name: { zh: '年会', ru: 'Собрание', en: 'Assembly' } }),
  );
  const organisation = (code: string, name: entities.Trilingual) =>
    log.apply(
      createOrganisation(
        conferenceId,
        { ...BLANK_ORGANISATION, code, name },
        { organisations: [], members: [] },
      ),
    );
  const harbin = organisation('M001', HARBIN);
  const other = organisation('M002', {
    zh: '天津职业大学',
    ru: 'Тяньцзиньский университет',
    en: 'Tianjin University',
  });
  const li = log.apply(
    createAttendee(
      conferenceId,
      { ...BLANK_ATTENDEE, familyNameZh: '李', givenNameZh: '娜', organisationId: harbin, gender: 'male' },
      {
        organisation: log.row('organisation', harbin),
        nextCode: 'A00001',
        codeTaken: () => false,
        representing: [],
      },
    ),
  );
  const rows = (): HistoryRows => ({
    organisations: log.all('organisation'),
    attendees: log.all('attendee'),
    elections: log.all('election'),
  });
  const historyOf = (id: string, language: Language = 'en', devices?: ReadonlyMap<string, string>) =>
    describeHistory(
      log.events.filter((e) => e.entityId === id),
      historyLookups(language, rows()),
      devices,
    );
  return { log, conferenceId, harbin, other, li, historyOf };
}

const desk = (minute: number) => ({ desk: 'Desk 1', now: at(minute) });

function vote(a: ReturnType<typeof assembly>) {
  const { log } = a;
  const id = log.apply(
    createVote(a.conferenceId, { ...blankVote(), title: { zh: '章程', ru: 'Устав', en: 'Charter' } }),
  );
  const row = () => log.row('vote', id)!;
  const hall = { entitled: 153, present: 135, at: at(30) };
  log.apply(openVote(row(), hall));
  log.apply(recordCounts(row(), { yes: 122, no: 8, abstain: 4, invalid: 1 }, { issued: 135, returned: 135 }));
  log.apply(closeVote(row(), hall));
  log.apply(sealVote(row(), '', ['李娜', '王伟'], 'Desk 1', at(40)));
  return { id, row };
}

const last = <T>(items: readonly T[]): T => items[items.length - 1]!;

/** An attendee's fields, as the form edits them. */
const pick = (attendee: Attendee): entities.AttendeeFields => {
  const {
    id: _id,
    conferenceId: _c,
    version: _v,
    createdAt: _a,
    updatedAt: _u,
    deletedAt: _d,
    ...fields
  } = attendee;
  return fields;
};

describe('an attendee’s history', () => {
  it('tells a check-in with its desk and time, and how the person was found', () => {
    const a = assembly();
    a.log.apply(checkIn(a.log.row('attendee', a.li), undefined, 'scan', desk(1)));
    const { line } = last(a.historyOf(a.li));
    expect(line.sentence).toEqual({
      key: 'history.checkedIn',
      params: { desk: { text: 'Desk 1' }, time: { time: at(1), style: 'clock' } },
    });
    expect(line.details).toEqual([
      { label: { key: 'fieldNames.method' }, value: { key: 'checkin.method_scan' } },
    ]);
  });

  it('tells a leaving, and the undoing of it with the presence it restores', () => {
    const a = assembly();
    const person = () => a.log.row('attendee', a.li)!;
    const attendance = () => a.log.row('attendance', a.li);
    a.log.apply(checkIn(person(), undefined, 'search', desk(1)));
    a.log.apply(markLeft(person(), attendance(), desk(20)));
    a.log.apply(undoLastAction(person(), attendance(), desk(21)));
    const [, , leaving, undo] = a.historyOf(a.li).map((entry) => entry.line.sentence);
    expect(leaving).toEqual({
      key: 'history.left',
      params: { desk: { text: 'Desk 1' }, time: { time: at(20), style: 'clock' } },
    });
    expect(undo).toEqual({
      key: 'history.undone',
      params: { desk: { text: 'Desk 1' }, presence: { key: 'checkin.presence_present' } },
    });
  });

  it('names a desk known only by its device as that device is named now', () => {
    const a = assembly({ deviceId: 'dev-7', actor: 'dev-7' });
    a.log.apply(checkIn(a.log.row('attendee', a.li), undefined, 'scan', { desk: 'dev-7', now: at(1) }));
    const unnamed = last(a.historyOf(a.li));
    // Never named: a laptop, by the end of its id, never the raw id.
    expect(unnamed.line.sentence.params?.desk).toEqual({ key: 'history.laptop', params: { id: 'ev-7' } });
    const named = last(a.historyOf(a.li, 'en', new Map([['dev-7', 'Desk 7']])));
    expect(named.line.sentence.params?.desk).toEqual({ text: 'Desk 7' });
    expect(named.author).toEqual({ key: 'history.byActor', params: { actor: { text: 'Desk 7' } } });
  });

  it('reads the fact from the payload, whatever type an older event was stored under', () => {
    const a = assembly();
    a.log.apply(checkIn(a.log.row('attendee', a.li), undefined, 'scan', desk(1)));
    const event = last(a.log.events);
    const older = { ...event, type: 'attendance.created' } as DomainEvent;
    const lookups = historyLookups('en', { organisations: [], attendees: [], elections: [] });
    expect(describeEvent(older, { lookups }).sentence.key).toBe('history.checkedIn');
  });

  it('names the organisation a person moves to, never its id', () => {
    const a = assembly();
    const current = a.log.row('attendee', a.li)!;
    a.log.apply(
      updateAttendee(
        current,
        { ...pick(current), organisationId: a.other },
        {
          organisation: a.log.row('organisation', a.other),
          nextCode: '',
          codeTaken: () => false,
          representing: [],
        },
      ),
    );
    const { line } = last(a.historyOf(a.li));
    expect(line.sentence).toEqual({
      key: 'history.changed',
      params: { fields: { list: [{ key: 'fieldNames.organisationId' }] } },
    });
    expect(line.details).toEqual([
      { label: { key: 'fieldNames.organisationId' }, value: { text: 'Tianjin University' } },
    ]);
    const inChinese = last(a.historyOf(a.li, 'zh-CN')).line;
    expect(spell(inChinese, 'zh-CN')).toEqual(['修改：单位', '单位: 天津职业大学']);
  });

  it('shows a gender by its label', () => {
    const a = assembly();
    const current = a.log.row('attendee', a.li)!;
    const organisation = a.log.row('organisation', a.harbin);
    const context = { organisation, nextCode: '', codeTaken: () => false, representing: [] };
    a.log.apply(
      updateAttendee(current, { ...pick(current), gender: 'female', phone: '13800000000' }, context),
    );
    const { line } = last(a.historyOf(a.li));
    expect(line.details).toEqual([
      { label: { key: 'fieldNames.gender' }, value: { key: 'genders.female' } },
      { label: { key: 'fieldNames.phone' }, value: { text: '13800000000' } },
    ]);
    expect(spell(line, 'ru')[0]).toBe('Изменено: Пол, Телефон');
  });

  it('registers a person with the organisation’s name, the gender and category labels', () => {
    const a = assembly();
    const { line } = a.historyOf(a.li)[0]!;
    expect(line.sentence).toEqual({ key: 'history.registered' });
    expect(line.details).toEqual(
      expect.arrayContaining([
        { label: { key: 'fieldNames.organisationId' }, value: { text: HARBIN.en } },
        { label: { key: 'fieldNames.gender' }, value: { key: 'genders.male' } },
        { label: { key: 'fieldNames.category' }, value: { key: 'attendeeCategories.delegate' } },
      ]),
    );
  });
});

describe('a vote’s history', () => {
  it('tells the opening with the hall as it was, and the counts as recorded', () => {
    const a = assembly();
    const { id } = vote(a);
    const [, opened, counted] = a.historyOf(id).map((entry) => entry.line.sentence);
    expect(opened).toEqual({ key: 'history.voteOpened', params: { present: 135, entitled: 153 } });
    expect(counted).toEqual({
      key: 'history.countsRecorded',
      params: { figures: { key: 'votes.figuresValue', params: { yes: 122, no: 8, abstain: 4, invalid: 1 } } },
    });
  });

  it('tells the seal: the tellers, the outcome with its figures, a short fingerprint; the whole one below', () => {
    const a = assembly();
    const { id, row } = vote(a);
    const { line } = last(a.historyOf(id));
    const fingerprint = row().seals[0]!.fingerprint;
    expect(line.sentence).toEqual({
      key: 'history.sealed',
      params: {
        tellers: { list: [{ text: '李娜' }, { text: '王伟' }] },
        outcome: {
          key: 'history.outcome',
          params: {
            outcome: { key: 'votes.outcome_adopted' },
            figures: { key: 'votes.figuresValue', params: { yes: 122, no: 8, abstain: 4, invalid: 1 } },
          },
        },
        fingerprint: `${fingerprint.slice(0, 8)}…`,
      },
    });
    expect(line.details).toEqual([{ label: { key: 'votes.fingerprint' }, value: { text: fingerprint } }]);
    expect(spell(line, 'en')[0]).toBe(
      `Sealed by 李娜, 王伟: Adopted (yes 122, no 8, abstain 4, invalid 1), fingerprint ${fingerprint.slice(0, 8)}…`,
    );
    expect(spell(line, 'zh-CN')[0]).toBe(
      `由 李娜、王伟 封存：通过（赞成 122，反对 8，弃权 4，无效 1），指纹 ${fingerprint.slice(0, 8)}…`,
    );
  });

  it('tells a reopening by who reopened and why', () => {
    const a = assembly();
    const { id, row } = vote(a);
    a.log.apply(reopenVote(row(), 'One yes paper was counted as no.', '王伟', 'Desk 1', at(50)));
    const { line } = last(a.historyOf(id));
    expect(line.sentence).toEqual({
      key: 'history.reopened',
      params: { name: { text: '王伟' }, reason: 'One yes paper was counted as no.' },
    });
    expect(spell(line, 'ru')[0]).toBe('Открыто повторно (王伟): «One yes paper was counted as no.»');
  });

  it('says each preset rule as the vote screen does', () => {
    const t = translatorFor('en');
    const speaker = { translate: t, time: (iso: string) => iso };
    for (const rule of Object.values(RULE_PRESETS))
      expect(spellWords(voteRuleWords(rule as Vote['rule']), speaker)).toBe(
        ruleSummary(rule as Vote['rule'], t),
      );
  });
});

describe('the setup’s history', () => {
  function conferenceChanged(change: (conference: Conference) => ReturnType<typeof updateConference>) {
    const a = assembly();
    a.log.apply(change(a.log.row('conference', a.conferenceId)!));
    return { a, line: last(a.historyOf(a.conferenceId)).line };
  }

  it('says a quorum as the setup screen names it, or as its rule when it has no name', () => {
    const gtHalf = { kind: 'fraction', numerator: 1, denominator: 2, comparison: '>' } as const;
    const { a, line } = conferenceChanged((c) => updateConference(c, { ...c, quorum: gtHalf }));
    expect(line.details).toEqual([
      { label: { key: 'fieldNames.quorum' }, value: { key: 'quorumPresets.gtHalf' } },
    ]);
    const conference = a.log.row('conference', a.conferenceId)!;
    a.log.apply(
      updateConference(conference, { ...conference, quorum: { ...gtHalf, numerator: 3, denominator: 5 } }),
    );
    expect(last(a.historyOf(a.conferenceId)).line.details[0]!.value).toEqual({
      key: 'checkin.ruleMoreThan',
      params: { fraction: '3/5' },
    });
  });

  it('shows the badge template by its labels, and later only the parts that changed', () => {
    const { a, line } = conferenceChanged((c) => saveBadgeTemplate(c, DEFAULT_TEMPLATE));
    expect(line.sentence).toEqual({
      key: 'history.changed',
      params: { fields: { list: [{ key: 'fieldNames.badgeTemplate' }] } },
    });
    expect(line.details).toContainEqual({
      label: { key: 'badges.stock' },
      value: { key: 'badgePresets.a4Four90x130' },
    });
    expect(line.details).toContainEqual({
      label: { key: 'fieldNames.logo' },
      value: { key: 'history.none' },
    });
    const conference = a.log.row('conference', a.conferenceId)!;
    a.log.apply(saveBadgeTemplate(conference, { ...DEFAULT_TEMPLATE, header: 'ru' }));
    expect(last(a.historyOf(a.conferenceId)).line.details).toEqual([
      { label: { key: 'badges.header' }, value: { key: 'badges.header_ru' } },
    ]);
  });
});

describe('who made a change', () => {
  const event = (deviceId: string, actor: string) => ({ deviceId, actor }) as DomainEvent;

  it('is the desk’s name, with the device only when it goes by another', () => {
    const names = deviceNamesOf([event('dev-1', 'Desk 1'), event('dev-2', 'dev-2')]);
    expect(authorOf(event('dev-1', 'Desk 1'), names)).toEqual({
      key: 'history.byActor',
      params: { actor: { text: 'Desk 1' } },
    });
    // Written before the desk was named: the device's later name stands for it.
    expect(authorOf(event('dev-1', 'dev-1'), names)).toEqual({
      key: 'history.byActor',
      params: { actor: { text: 'Desk 1' } },
    });
    expect(authorOf(event('dev-1', 'Stand-in'), names)).toEqual({
      key: 'history.by',
      params: { actor: { text: 'Stand-in' }, device: { text: 'Desk 1' } },
    });
    // A device never named is a laptop told by the end of its id, never the raw id.
    expect(authorOf(event('dev-2', 'dev-2'), names)).toEqual({
      key: 'history.byActor',
      params: { actor: { key: 'history.laptop', params: { id: 'dev-2'.slice(-4) } } },
    });
  });
});

import { describe, expect, it } from 'vitest';
import type { BallotEntry, Election } from '../../core/domain/entities';
import { translatorFor } from '../../locales';
import { blankElection } from './electionSetup';
import {
  ballotPaperContent,
  candidateCell,
  candidateLabel,
  electionHeading,
  electionSheetContent,
  instructionText,
  postExplanation,
  seatRuleText,
} from './electionTexts';
import type { Candidate, ElectionPost } from './electionTypes';
import { tallyElection, type PostResult } from './tallyElection';

const en = translatorFor('en');
const zh = translatorFor('zh-CN');
const ru = translatorFor('ru');

const harbin = { zh: '哈尔滨职业技术学院', ru: 'Харбинский колледж', en: 'Harbin College' };
const liu = { zh: '刘申', ru: 'Лю Шэнь', en: 'Liu Shen' };
const none = { zh: '', ru: '', en: '' };
const person = (id: string, name = liu, organisationName = none): Candidate => ({
  id,
  kind: 'person',
  organisationId: null,
  attendeeId: id,
  name,
  organisationName,
});
const organisation = (id: string, organisationName: typeof harbin, name = none): Candidate => ({
  id,
  kind: 'organisation',
  organisationId: id,
  attendeeId: name === none ? null : `${id}-rep`,
  name,
  organisationName,
});

const chair: ElectionPost = {
  id: 'chair',
  sourcePostId: null,
  title: { zh: '理事长', ru: 'Председатель', en: 'Chairman' },
  seats: 1,
  candidates: [person('a', liu, harbin), person('b', { zh: '王伟', ru: 'Ван Вэй', en: 'Wang Wei' })],
  method: 'yesNoAbstain',
  maxMarks: 1,
  minMarks: 0,
  rule: { kind: 'majority', base: 'cast', numerator: 1, denominator: 2, comparison: '>' },
  tieRule: 'runoff',
};
const council: ElectionPost = {
  id: 'council',
  sourcePostId: null,
  title: { zh: '理事单位', ru: 'Члены совета', en: 'Council' },
  seats: 2,
  candidates: [
    organisation('x', harbin, liu),
    organisation('y', { zh: '太平洋大学', ru: 'Тихоокеанский университет', en: 'Pacific University' }),
    organisation('z', { zh: '中俄研究院', ru: 'Институт', en: 'Institute' }),
  ],
  method: 'markUpTo',
  maxMarks: 2,
  minMarks: 0,
  rule: { kind: 'relative' },
  tieRule: 'lots',
};
const lots = [{ postId: 'council', winnerIds: ['z'], drawnBy: 'Li Na', at: '2026-12-10T03:10:00.000Z' }];
// Chairman: a 3 for, 1 against, 1 abstains; b against on every paper.
// Council: x 3, y 2, z 2 — lots for the second seat.
const papers = ['1', '1', '1', '2', '3'].map((mark, i) => ({
  paper: i + 1,
  marks: { chair: `${mark}2`, council: ['110', '101', '100', '011', '000'][i]! },
}));
const result = tallyElection({
  quorum: { kind: 'none' },
  electorate: { entitled: 6, present: 5 },
  posts: [chair, council],
  issued: 5,
  papers,
  lots,
});
const meta = { id: 'e1', conferenceId: 'c', version: '', createdAt: '', updatedAt: '', deletedAt: null };
const election: Election = {
  ...blankElection(),
  ...meta,
  title: { zh: '理事会选举', ru: 'Выборы совета', en: 'Election of the council' },
  posts: [chair, council],
  lots,
};

describe('candidate names', () => {
  it('on screen: a person with their organisation, an organisation with its representative', () => {
    expect(candidateLabel(chair.candidates[0]!, 'en', en)).toBe('Liu Shen (Harbin College)');
    expect(candidateLabel(chair.candidates[1]!, 'en', en)).toBe('Wang Wei');
    expect(candidateLabel(council.candidates[0]!, 'en', en)).toBe('Harbin College (represented by Liu Shen)');
    expect(candidateLabel(council.candidates[0]!, 'zh-CN', zh)).toBe('哈尔滨职业技术学院（代表：刘申）');
    expect(candidateLabel(council.candidates[1]!, 'ru', ru)).toBe('Тихоокеанский университет');
  });

  it('on paper: the name on its own line, then the organisation or the representative', () => {
    expect(candidateCell(chair.candidates[0]!, 'ru', ru)).toBe('Лю Шэнь\nХарбинский колледж');
    expect(candidateCell(chair.candidates[1]!, 'zh-CN', zh)).toBe('王伟');
    expect(candidateCell(council.candidates[0]!, 'ru', ru)).toBe(
      'Харбинский колледж\nпредставитель: Лю Шэнь',
    );
    expect(candidateCell(council.candidates[2]!, 'en', en)).toBe('Institute');
  });

  it('fall back to another language where one is missing', () => {
    const latinOnly = person('c', { zh: '', ru: '', en: 'Ivan Petrov' }, { zh: '', ru: '', en: 'Pacific' });
    expect(candidateLabel(latinOnly, 'ru', ru)).toBe('Ivan Petrov (Pacific)');
  });
});

describe('seat rules and instructions', () => {
  it('word the rule with the usual fraction signs, or the fraction as typed', () => {
    expect(seatRuleText({ rule: { kind: 'relative' } }, en)).toBe('the most votes');
    expect(seatRuleText(chair, en)).toBe('more than ½ of the ballots cast');
    const twoThirds = {
      kind: 'majority',
      base: 'present',
      numerator: 2,
      denominator: 3,
      comparison: '>=',
    } as const;
    expect(seatRuleText({ rule: twoThirds }, en)).toBe('at least ⅔ of the voters present');
    expect(seatRuleText({ rule: twoThirds }, zh)).toBe('到会投票人的⅔以上');
    expect(seatRuleText({ rule: { ...twoThirds, numerator: 3, denominator: 5 } }, ru)).toBe(
      'не менее 3/5 присутствующих',
    );
  });

  it('tell the voter what the method asks, the limit and the minimum', () => {
    expect(instructionText(chair, en)).toBe(
      'Mark one box per candidate: for, against or abstain. Vote for no more than 1; a paper with more is invalid.',
    );
    expect(instructionText({ ...council, minMarks: 1 }, en)).toBe(
      'Mark no more than 2; a paper with more is invalid. Mark at least 1.',
    );
  });
});

describe('why the seats went as they did', () => {
  it('names the rule and the votes it took', () => {
    expect(postExplanation(chair, result.posts[0]!, election, result.outcome, 'en', en)).toEqual([
      'Chairman: 1 of 1 seats filled.',
      'A candidate needed more than ½ of the ballots cast (5): 3 votes.',
    ]);
  });

  it('names the tied and who the lots chose', () => {
    expect(postExplanation(council, result.posts[1]!, election, result.outcome, 'en', en)).toEqual([
      'Council: 2 of 2 seats filled.',
      'The candidates with the most votes take the seats.',
      'Tie for the last 1 seat(s): Pacific University; Institute had 2 votes each; ' +
        'lots drawn by Li Na chose Institute.',
    ]);
  });

  const seated = (seats: Partial<PostResult['seats']>): PostResult => ({
    ...result.posts[1]!,
    seats: { ...result.posts[1]!.seats, elected: ['x'], ...seats },
  });

  it('says when lots are still to be drawn, or a runoff decides', () => {
    const pending = seated({ tie: { candidateIds: ['y', 'z'], seats: 1, resolution: 'pending' } });
    expect(postExplanation(council, pending, { lots: [] }, 'decided', 'en', en)[2]).toBe(
      'Tie for the last 1 seat(s): Pacific University; Institute have 2 votes each. ' +
        'The rule says lots decide: record the drawing.',
    );
    const runoff = seated({ tie: { candidateIds: ['y', 'z'], seats: 1, resolution: 'runoff' } });
    expect(postExplanation(council, runoff, { lots: [] }, 'decided', 'en', en)).toHaveLength(3);
  });

  it('says a seat left vacant by a tie once, without calling it unfilled as well', () => {
    const vacant = seated({ tie: { candidateIds: ['y', 'z'], seats: 1, resolution: 'vacant' }, unfilled: 1 });
    const lines = postExplanation(council, vacant, { lots: [] }, 'decided', 'en', en);
    expect(lines).toHaveLength(3);
    expect(lines[2]).toContain('the seat stays vacant');
  });

  it('says how many seats no one reached the majority for', () => {
    const short = {
      ...result.posts[0]!,
      seats: { ...result.posts[0]!.seats, elected: [], qualified: [], unfilled: 1 },
    };
    expect(postExplanation(chair, short, election, 'decided', 'en', en)).toEqual([
      'Chairman: 0 of 1 seats filled.',
      'A candidate needed more than ½ of the ballots cast (5): 3 votes.',
      '1 seat(s) not filled: fewer candidates reached the majority. A further round can fill them.',
    ]);
  });

  it('says only that no one is elected when the round is not quorate or does not add up', () => {
    expect(postExplanation(chair, result.posts[0]!, election, 'notQuorate', 'en', en)).toEqual([
      'Not quorate: no one is elected in this round.',
    ]);
    expect(postExplanation(chair, result.posts[0]!, election, 'inconsistent', 'en', en)).toEqual([
      'The count does not add up: no one is elected until it is corrected.',
    ]);
  });
});

describe('the heading of a round', () => {
  it('gives the title in Chinese and Russian, and the round after the first', () => {
    expect(electionHeading(election, zh, ru)).toEqual(['理事会选举 / Выборы совета']);
    expect(electionHeading({ ...election, round: 2 }, zh, ru)).toEqual([
      '理事会选举 / Выборы совета',
      '第 2 轮 / тур 2',
    ]);
    expect(electionHeading({ title: { zh: '', ru: '', en: 'Council' }, round: 1 }, zh, ru)).toEqual([
      'Council',
    ]);
  });
});

describe('the ballot paper', () => {
  const paper = ballotPaperContent(election, '成立大会', zh, ru);

  it('lists each post with its seats, its instruction, the candidates and a box per figure', () => {
    expect(paper.eventName).toBe('成立大会');
    expect(paper.posts.map((p) => p.title)).toEqual([
      '理事长 / Председатель · 应选 1 名 / мест: 1',
      '理事单位 / Члены совета · 应选 2 名 / мест: 2',
    ]);
    expect(paper.posts[0]!.instruction).toBe(`${instructionText(chair, zh)} ${instructionText(chair, ru)}`);
    expect(paper.posts[0]!.columns.map((c) => c.header)).toEqual([
      '№',
      '候选人',
      'Кандидат',
      '赞成\nЗа',
      '反对\nПротив',
      '弃权\nВоздерж.',
    ]);
    expect(paper.posts[1]!.columns.map((c) => c.header).slice(3)).toEqual(['划选\nОтметка']);
    expect(paper.posts[1]!.rows[0]).toEqual([
      '1',
      '哈尔滨职业技术学院\n代表：刘申',
      'Харбинский колледж\nпредставитель: Лю Шэнь',
      { box: true },
    ]);
    expect(paper.posts[0]!.rows.map((r) => r.length)).toEqual([6, 6]);
  });

  it('fills the width of the paper exactly, whatever the method', () => {
    for (const post of paper.posts) expect(post.columns.reduce((s, c) => s + c.width, 0)).toBeCloseTo(1, 10);
  });
});

describe('the result sheet of a round', () => {
  const closedAt = '2026-12-10T03:00:00.000Z';
  const entry = (paper: number, updatedAt: string, deletedAt: string | null = null) =>
    ({ paper, updatedAt, deletedAt }) as BallotEntry;
  const sealed: Election = {
    ...election,
    quorum: { kind: 'fraction', numerator: 2, denominator: 3, comparison: '>=' },
    counting: 'ballots',
    doubleEntry: true,
    opened: { entitled: 6, present: 5, at: '2026-12-10T02:00:00.000Z' },
    closed: { entitled: 6, present: 5, at: closedAt },
    note: 'one paper torn',
    seals: [{ fingerprint: 'f'.repeat(64), at: '2026-12-10T03:20:00.000Z', by: 'desk 1' }],
    reopenings: [{ reason: 'paper 3 misread', at: '2026-12-10T03:30:00.000Z', by: 'desk 1', name: 'Li Na' }],
  };
  const sheet = electionSheetContent(sealed, result, '成立大会', '', zh, ru, [
    entry(4, '2026-12-10T03:05:00.000Z'),
    entry(2, '2026-12-10T02:30:00.000Z', '2026-12-10T03:06:00.000Z'),
    entry(1, '2026-12-10T02:30:00.000Z'),
    entry(4, '2026-12-10T03:07:00.000Z'),
  ]);
  const row = (label: string) => sheet.rows.find((r) => r.label === label)?.value;

  it('gives the setting, the snapshots, the papers and how they were counted', () => {
    expect(row('计票 / Подсчёт')).toBe(
      '逐张录入 / по бюллетеням · 两名计票人双人录入 / Двойной ввод двумя членами счётной комиссии',
    );
    expect(row('大会法定人数 / Кворум собрания')).toBe(
      `2/3 以上 / не менее 2/3 · 达到法定人数 / кворум есть`,
    );
    expect(row('开始时 / При открытии')).toBe('应到 6，实到 5 / присутствуют 5 из 6');
    expect(row('选票 / Бюллетени')).toBe('发出 5，收回 5 / выдано 5, возвращено 5');
    expect(row('理事单位 / Члены совета')).toBe(
      '有效 4，空白 1，无效 0（多选 0） / действительных 4, чистых 1, недействительных 0 (с лишними отметками 0)' +
        ' · 得票最多 / наибольшее число голосов',
    );
    expect(row('抽签 / Жеребьёвка')).toBe('2026-12-10 03:10 · Li Na');
    expect(row('计票人说明 / Примечание счётной комиссии')).toBe('one paper torn');
    expect(row('重新开启 / Открыто повторно')).toBe('2026-12-10 03:30 · Li Na: paper 3 misread');
    expect(row('接续轮次 / Продолжение тура')).toBeUndefined();
  });

  it('names the papers entered, corrected or removed after the close, once each, in order', () => {
    expect(row('结束后更正 / Исправлено после закрытия')).toBe(
      '第 2, 4 张选票在结束后录入、更正或删除 / бюллетени 2, 4 введены, исправлены или удалены после закрытия',
    );
    const open = electionSheetContent({ ...sealed, closed: null }, result, '', '', zh, ru, [
      entry(4, '2026-12-10T03:05:00.000Z'),
    ]);
    expect(open.rows.some((r) => r.label === '结束后更正 / Исправлено после закрытия')).toBe(false);
  });

  it('counts the figures a correction of the totals changed', () => {
    const before = {
      returned: 5,
      posts: { chair: { blank: 0, invalid: 0, candidates: [{ yes: 3, no: 1, abstain: 1 }] } },
    };
    const after = {
      returned: 6,
      posts: { chair: { blank: 1, invalid: 0, candidates: [{ yes: 3, no: 1, abstain: 1 }] } },
    };
    const corrected = electionSheetContent(
      { ...sealed, corrections: [{ at: '2026-12-10T03:15:00.000Z', by: 'desk 2', before, after }] },
      result,
      '',
      '',
      zh,
      ru,
    );
    expect(corrected.rows.find((r) => r.value.startsWith('2026-12-10 03:15'))?.value).toBe(
      '2026-12-10 03:15 · desk 2: 合计已更正：改动 2 个数字（收回选票 5 → 6） / ' +
        'итоги исправлены: изменено чисел — 2 (возвращено бюллетеней 5 → 6)',
    );
  });

  it('says which round it follows', () => {
    const runoff = electionSheetContent({ ...sealed, round: 2 }, result, '', '理事会选举', zh, ru);
    expect(runoff.rows[0]).toEqual({
      label: '接续轮次 / Продолжение тура',
      value: '理事会选举',
    });
  });

  it('tables the votes per candidate with the elected marked, and explains each post in both languages', () => {
    const [chairTable, councilTable] = sheet.tables!;
    expect(chairTable!.rows.map((r) => r.slice(3))).toEqual([
      ['3', '1', '1', '当选 / избран'],
      ['0', '5', '0', ''],
    ]);
    expect(councilTable!.rows.map((r) => r.slice(3))).toEqual([
      ['3', '当选 / избран'],
      ['2', '票数相等 / равенство голосов'],
      ['2', '抽签当选 / избран по жребию'],
    ]);
    for (const table of sheet.tables!)
      expect(table.columns.reduce((s, c) => s + c.width, 0)).toBeCloseTo(1, 10);
    expect(sheet.explanations).toHaveLength(4);
    expect(sheet.explanations[3]).toBe(
      postExplanation(council, result.posts[1]!, sealed, 'decided', 'ru', ru).join(' '),
    );
  });

  it('ends with each seal’s fingerprint and the signatures of three tellers and the chair', () => {
    expect(sheet.fingerprints).toEqual([
      { label: '指纹（SHA-256） / Отпечаток (SHA-256) 1 · 2026-12-10 03:20 · desk 1', value: 'f'.repeat(64) },
    ]);
    expect(sheet.signatures).toEqual([
      '计票人 / Член счётной комиссии',
      '计票人 / Член счётной комиссии',
      '计票人 / Член счётной комиссии',
      '主持人 / Председатель',
    ]);
  });
});

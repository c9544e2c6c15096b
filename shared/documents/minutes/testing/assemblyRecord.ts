import type { Election } from '../../../core/domain/entities';
import type { CommandResult } from '../../../core/domain/commands';
import { commitOf, type Commit } from '../../../core/domain/events';
import { encodeHlc } from '../../../core/domain/hlc';
import { planDemoConference } from '../../../demo/demoConference';
import { MemoryLog } from '../../../core/domain/testing/memoryLog';
import { checkIn } from '../../../rules/checkin/checkInCommands';
import { closeVote, createVote, openVote, recordCounts, sealVote } from '../../../rules/votes/voteCommands';
import { RULE_PRESETS } from '../../../rules/counting/presets';
import { blankVote } from '../../../rules/votes/blankVote';
import * as elections from '../../../rules/elections/electionCommands';
import { blankElection, blankPost, candidatesFromCodes } from '../../../rules/elections/electionSetup';
import { councilMembers, electionElectorate, votersOf } from '../../../rules/elections/electionElectorate';
import { saveCommitteeMember } from '../minutesCommands';
import type { MinutesRecord } from '../minutesRecord';

/**
 * The demo assembly at the end of the day, made by the same commands the screens run: everyone
 * checked in, the charter adopted, the council elected (nine organisations), the officers elected
 * by the council with a tie for the last vice-chairman seat decided by a runoff, an expert committee.
 */
export function endOfDayRecord(): MinutesRecord {
  return endOfDayLog().record;
}

/** The same day as the log of commits the event store would hold (one per command). */
export function endOfDayLog(): { record: MinutesRecord; commits: Commit[] } {
  // Stamped as one laptop would: a real clock, one second per event from 01:00 UTC.
  const log = new MemoryLog({
    deviceId: 'laptop-1',
    actor: 'desk 1',
    id: (n) => `E${String(n).padStart(7, '0')}`,
    at: (n) => new Date(Date.UTC(2026, 11, 10, 1, 0, n)).toISOString(),
    hlc: (_n, at) => encodeHlc({ wall: Date.parse(at), counter: 0, node: 'laptop-1' }),
  });
  const commits: Commit[] = [];
  const apply = (result: CommandResult): string => {
    const { entityId, events } = log.applyStamped(result);
    if (events.length) commits.push(commitOf(events));
    return entityId;
  };
  const { conferenceId, events } = planDemoConference();
  apply({ ok: true, entityId: conferenceId, events });
  const attendees = () => log.all('attendee');
  const organisations = () => log.all('organisation');
  for (const a of attendees())
    apply(checkIn(a, undefined, 'scan', { desk: 'desk 1', now: '2026-12-10T01:30:00.000Z' }));
  const snapshotOf = (election: Election) => {
    const council =
      election.body === 'council'
        ? councilMembers(
            log
              .all('election')
              .filter(
                (e) => e.id === election.councilElectionId || e.rootElectionId === election.councilElectionId,
              ),
            log.all('ballotEntry'),
            log.all('ballotIssue'),
          )
        : [];
    const voters = votersOf(election, organisations(), council);
    return {
      voters,
      snapshot: {
        ...electionElectorate(election, voters, attendees(), organisations(), log.all('attendance')),
        at: '2026-12-10T02:00:00.000Z',
      },
    };
  };

  // The charter.
  const voteId = apply(
    createVote(conferenceId, {
      ...blankVote(),
      title: { zh: '审议并表决联盟章程', ru: 'Голосование по уставу альянса', en: 'Adoption of the charter' },
    }),
  );
  const present = { entitled: 153, present: 135, at: '2026-12-10T01:45:00.000Z' };
  apply(openVote(log.row('vote', voteId)!, present));
  apply(
    recordCounts(
      log.row('vote', voteId)!,
      { yes: 122, no: 8, abstain: 4, invalid: 1 },
      { issued: 135, returned: 135 },
    ),
  );
  apply(closeVote(log.row('vote', voteId)!, present));
  apply(sealVote(log.row('vote', voteId)!, '', ['李娜', '王伟'], 'tellers', '2026-12-10T02:00:00.000Z'));

  const run = (
    fields: Parameters<typeof elections.createElection>[1] | string,
    paperMarks: (i: number) => Record<string, string>,
    papers: number,
  ) => {
    const id = typeof fields === 'string' ? fields : apply(elections.createElection(conferenceId, fields));
    const election = () => log.row('election', id)!;
    const { voters, snapshot } = snapshotOf(election());
    apply(elections.openElection(election(), snapshot));
    const seats = new Set<string>();
    for (const voter of voters) {
      if (seats.has(voter.seatId) || seats.size >= papers) continue;
      seats.add(voter.seatId);
      apply(
        elections.issueBallot(election(), voter.attendeeId, 'desk 2', {
          voters,
          present: () => true,
          issues: log.all('ballotIssue'),
        }),
      );
    }
    for (let i = 0; i < papers; i++)
      apply(
        elections.enterBallot(
          election(),
          { paper: i + 1, teller: 1, marks: paperMarks(i), spoilt: false, weight: 1 },
          log.all('ballotEntry'),
        ),
      );
    apply(elections.closeElection(election(), snapshot));
    const issued = log.all('ballotIssue').filter((x) => x.electionId === id).length;
    apply(
      elections.sealElection(
        election(),
        '',
        ['李娜'],
        'tellers',
        '2026-12-10T03:00:00.000Z',
        log.all('ballotEntry'),
        issued,
      ),
    );
    return election;
  };
  const codes = (text: string, kind: 'organisation' | 'person') => {
    const parsed = candidatesFromCodes(text, kind, organisations(), attendees(), 'candidates');
    if (!parsed.ok) throw new Error(parsed.error.message);
    return parsed.candidates;
  };
  const members = organisations()
    .filter((o) => o.status === 'member' && o.delegateId)
    .sort((a, b) => (a.code < b.code ? -1 : 1))
    .slice(0, 9);
  const councilPost = {
    ...blankPost(),
    id: 'council-post',
    title: { zh: '理事单位', ru: 'Члены совета', en: 'Council members' },
    seats: 9,
    maxMarks: 9,
    candidates: codes(members.map((o) => o.code).join(' '), 'organisation'),
  };
  const council = run(
    {
      ...blankElection(),
      title: { zh: '理事会选举', ru: 'Выборы совета', en: 'Election of the council' },
      quorum: RULE_PRESETS.cnCharterResolution.quorum,
      posts: [councilPost],
    },
    (i) => ({ 'council-post': i === 0 ? '111111112' : '111111111' }),
    120,
  );

  const persons = members.map((o) => attendees().find((a) => a.id === o.delegateId)!.code);
  const post = (
    id: string,
    zh: string,
    ru: string,
    en: string,
    seats: number,
    who: string[],
    method: 'yesNoAbstain' | 'markUpTo' = 'yesNoAbstain',
  ) => ({
    ...blankPost(),
    id,
    title: { zh, ru, en },
    seats,
    maxMarks: seats,
    method,
    candidates: codes(who.join(' '), 'person'),
  });
  const officers = run(
    {
      ...blankElection(),
      title: { zh: '理事长、副理事长、秘书长选举', ru: 'Выборы руководства', en: 'Election of the officers' },
      body: 'council',
      councilElectionId: council().id,
      quorum: RULE_PRESETS.cnCouncilDecision.quorum,
      posts: [
        post('chair', '理事长', 'Председатель', 'Chairman', 1, [persons[1]!]),
        post('executive', '执行理事长', 'Исполнительный председатель', 'Executive chairman', 1, [
          persons[0]!,
        ]),
        post(
          'vice',
          '副理事长',
          'Заместители председателя',
          'Vice chairmen',
          2,
          persons.slice(2, 5),
          'markUpTo',
        ),
        post('secretary', '秘书长', 'Генеральный секретарь', 'Secretary-general', 1, [persons[5]!]),
      ],
    },
    (i) => ({ chair: '1', executive: '1', vice: i < 4 ? '110' : i < 8 ? '101' : '011', secretary: '1' }),
    9,
  );
  const runoffId = apply(elections.createNextRound(officers(), 'vice', 'runoff', log.all('ballotEntry'), 9));
  const runoffPost = log.row('election', runoffId)!.posts[0]!.id;
  run(runoffId, (i) => ({ [runoffPost]: i < 5 ? '10' : '01' }), 9);

  apply(
    saveCommitteeMember(conferenceId, {
      name: { zh: '王建国', ru: 'Ван Цзяньго', en: 'Wang Jianguo' },
      role: {
        zh: '专家委员会主任',
        ru: 'Председатель экспертного комитета',
        en: 'Chair of the expert committee',
      },
      organisation: {
        zh: '中俄职业教育研究院',
        ru: 'Российско-китайский институт профессионального образования',
        en: 'China–Russia Institute of Vocational Education',
      },
      order: 1,
    }),
  );
  apply(
    saveCommitteeMember(conferenceId, {
      name: { zh: '', ru: 'Смирнова Ирина Петровна', en: 'Irina Smirnova' },
      role: { zh: '委员', ru: 'Член комитета', en: 'Member' },
      organisation: { zh: '', ru: 'Тихоокеанский государственный университет', en: '' },
      order: 2,
    }),
  );

  const record: MinutesRecord = {
    conference: log.row('conference', conferenceId)!,
    organisers: log.all('organiser'),
    agenda: log.all('agendaItem'),
    organisations: organisations(),
    attendees: attendees(),
    attendance: log.all('attendance'),
    votes: log.all('vote'),
    elections: log.all('election').filter((e) => !e.deletedAt),
    papers: log.all('ballotEntry'),
    issues: log.all('ballotIssue'),
    committee: log.all('committeeMember'),
    minutes: undefined,
  };
  return { record, commits };
}

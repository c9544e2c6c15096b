import type { Attendee, Election, Organisation } from '../../../core/domain/entities';
import { replayEvents } from '../../../core/domain/reducers';
import { planDemoConference } from '../../../demo/demoConference';
import { blankElection, blankPost, candidatesFromCodes } from '../electionSetup';
import { stampAll } from '../../../core/domain/testing/memoryLog';

/** The demo event's organisations and attendees as records (for tests and benchmarks of elections). */
export function demoRecords(): { organisations: Organisation[]; attendees: Attendee[] } {
  const { events } = planDemoConference();
  const stamped = stampAll(events, { at: () => '2026-12-10T08:00:00.000Z' });
  const rows = [...replayEvents(stamped).values()];
  return {
    organisations: rows.filter((r): r is Organisation => 'votingRight' in r),
    attendees: rows.filter((r): r is Attendee => 'familyNameZh' in r),
  };
}

/** A council election with all 153 member organisations as candidates (yes / no / abstain each). */
export function demoCouncilElection(): Election {
  const { organisations, attendees } = demoRecords();
  const codes = organisations
    .filter((o) => o.status === 'member')
    .map((o) => o.code)
    .join(' ');
  const parsed = candidatesFromCodes(codes, 'organisation', organisations, attendees, 'candidates');
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  const seats = parsed.candidates.length;
  return {
    ...blankElection(),
    id: 'council',
    conferenceId: 'demo',
    version: '',
    createdAt: '',
    updatedAt: '',
    deletedAt: null,
    title: { zh: '理事会选举', ru: 'Выборы совета альянса', en: 'Election of the council' },
    serials: true,
    posts: [
      {
        ...blankPost(),
        id: 'council-post',
        title: { zh: '理事单位', ru: 'Члены совета', en: 'Council members' },
        seats,
        maxMarks: seats,
        candidates: parsed.candidates,
      },
    ],
  };
}

import { describe, expect, it } from 'vitest';
import { DEMO_MEMBER_SPLIT, planDemoConference } from './demoConference';
import { replayEvents } from '../core/domain/reducers';
import type { Attendee, Organisation } from '../core/domain/entities';
import { stampAll } from '../core/domain/testing/memoryLog';

function demoRows() {
  const rows = [
    ...replayEvents(
      stampAll(planDemoConference().events, {
        deviceId: 't',
        actor: 't',
        at: () => '2026-01-01T00:00:00.000Z',
      }),
    ).values(),
  ];
  const organisations = rows.filter((r): r is Organisation => 'votingRight' in r);
  const attendees = rows.filter((r): r is Attendee => 'givenNameZh' in r);
  return { organisations, attendees };
}

describe('the demo event', () => {
  it('has the 153 member organisations of the reference event, split 5/2/83/48/15 by category', () => {
    const { organisations } = demoRows();
    const members = organisations.filter((o) => o.status === 'member');
    expect(members).toHaveLength(153);
    const byCategory: Record<string, number> = {};
    for (const o of members) byCategory[o.category] = (byCategory[o.category] ?? 0) + 1;
    expect(byCategory).toEqual(DEMO_MEMBER_SPLIT);
    const chineseProvinces = new Set(members.filter((o) => o.country === '中国').map((o) => o.region));
    expect(chineseProvinces.size).toBe(22);
    expect(new Set(organisations.map((o) => o.code)).size).toBe(organisations.length);
  });

  it('has about 210 attendees from more than 130 organisations, each member represented by its delegate', () => {
    const { organisations, attendees } = demoRows();
    expect(attendees.length).toBeGreaterThanOrEqual(200);
    expect(attendees.length).toBeLessThanOrEqual(225);
    expect(new Set(attendees.map((a) => a.organisationId)).size).toBeGreaterThan(130);
    const withDelegate = organisations.filter((o) => o.delegateId);
    expect(withDelegate.length).toBeGreaterThan(130);
    for (const org of withDelegate) {
      const delegate = attendees.find((a) => a.id === org.delegateId);
      expect(delegate?.organisationId).toBe(org.id);
    }
  });

  it('holds the named persons with their derived Latin forms', () => {
    const { attendees } = demoRows();
    const andrei = attendees.find((a) => a.familyNameCyr === 'Ковалевский' && a.givenNameCyr === 'Андрей');
    expect(andrei).toMatchObject({
      familyNameZh: '科瓦列夫斯基',
      familyNameLatin: 'Kovalevskii',
      givenNameLatin: 'Andrei',
    });
    expect(attendees.find((a) => a.familyNameZh === '欧阳' && a.givenNameZh === '珺')).toMatchObject({
      familyNameLatin: 'Ouyang',
      givenNameLatin: 'Jun',
    });
    expect(attendees.find((a) => a.familyNameZh === '赵' && a.givenNameZh === '永生')).toMatchObject({
      familyNameLatin: 'Zhao',
      givenNameLatin: 'Yongsheng',
    });
  });

  it('is the same on every run (ids aside)', () => {
    const strip = (events: ReturnType<typeof planDemoConference>['events']) =>
      JSON.stringify(events.map((e) => e.payload)).replace(/"[0-9A-HJKMNP-TV-Z]{26}"/g, '"ID"');
    expect(strip(planDemoConference().events)).toBe(strip(planDemoConference().events));
  });

  it('adds attendees for scale tests', () => {
    const { events } = planDemoConference({ extraAttendees: 1000 });
    expect(events.filter((e) => e.payload.kind === 'attendee').length).toBeGreaterThan(1200);
  });
});

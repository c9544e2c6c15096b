import { describe, expect, it } from 'vitest';
import type { BallotIssue } from '../../core/domain/entities';
import { doubleBallotId, doubleBallots } from './doubleBallots';

const issue = (id: string, seatId: string, desk: string, deletedAt: string | null = null): BallotIssue => ({
  id,
  conferenceId: 'c',
  electionId: 'e1',
  voterId: `voter-${seatId}`,
  seatId,
  desk,
  version: '',
  createdAt: `2026-12-10T10:0${id.length}:00Z`,
  updatedAt: '',
  deletedAt,
});

describe('doubleBallots', () => {
  it('makes one conflict per seat issued twice, each choice keeping one issue and withdrawing the other', () => {
    const events = doubleBallots(
      [issue('b2', 's1', 'Desk 2'), issue('a1', 's1', 'Desk 4'), issue('c3', 's2', 'Desk 2')],
      [],
    );
    expect(events).toHaveLength(1);
    const [found] = events;
    expect(found!.entityId).toBe(doubleBallotId('e1', 's1'));
    const fields = (
      found!.payload as unknown as {
        fields: {
          recordId: string;
          choices: { params: { value: string }; events: { entityId: string }[] }[];
        };
      }
    ).fields;
    expect(fields.recordId).toBe('e1');
    expect(fields.choices.map((c) => c.params.value)).toEqual(['Desk 4', 'Desk 2']);
    expect(fields.choices[0]!.events.map((e) => e.entityId)).toEqual(['b2']);
    expect(fields.choices[1]!.events.map((e) => e.entityId)).toEqual(['a1']);
  });

  it('finds the same conflict, with the same id, whatever order the issues came in', () => {
    const one = doubleBallots([issue('a1', 's1', 'Desk 4'), issue('b2', 's1', 'Desk 2')], []);
    const other = doubleBallots([issue('b2', 's1', 'Desk 2'), issue('a1', 's1', 'Desk 4')], []);
    expect(other).toEqual(one);
  });

  it('records nothing already recorded, and nothing for a withdrawn issue', () => {
    const issues = [issue('a1', 's1', 'Desk 4'), issue('b2', 's1', 'Desk 2')];
    expect(doubleBallots(issues, [{ id: doubleBallotId('e1', 's1') }])).toEqual([]);
    expect(doubleBallots([issues[0]!, issue('b2', 's1', 'Desk 2', '2026-12-10T11:00:00Z')], [])).toEqual([]);
  });
});

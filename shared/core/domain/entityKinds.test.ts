import { describe, expect, it } from 'vitest';
import { ENTITY_KINDS, PAGED_KINDS, TABLE_KINDS, isPagedKind } from './entityKinds';

describe('the kinds of record', () => {
  it('keep the register and its attendance in pages, every other kind a record each', () => {
    // A kind changing storage would leave its rows where the new code does not look: a migration.
    expect(PAGED_KINDS).toEqual(['organisation', 'attendee', 'attendance', 'badgePrint']);
    expect(TABLE_KINDS).toContain('vote');
    expect(isPagedKind('attendee')).toBe(true);
    expect(isPagedKind('ballotEntry')).toBe(false);
  });

  it('are each stored one way, and all of them are listed', () => {
    expect([...PAGED_KINDS, ...TABLE_KINDS].sort()).toEqual([...ENTITY_KINDS].sort());
    expect(new Set(ENTITY_KINDS).size).toBe(15);
  });
});

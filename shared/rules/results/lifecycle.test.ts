import { describe, expect, it } from 'vitest';
import type { CommandResult } from '../../core/domain/commands';
import {
  allows,
  fingerprintToBe,
  openRecord,
  reopenRecord,
  sealRecord,
  tellerNames,
  type CountedRecord,
  type LifecycleKind,
  type LifecyclePatch,
} from './lifecycle';

interface Sample extends CountedRecord {
  problems: number;
  pendingTie: boolean;
}

const sample = (over: Partial<Sample> = {}): Sample => ({
  status: 'closed',
  note: '',
  opened: null,
  closed: null,
  seals: [],
  reopenings: [],
  problems: 0,
  pendingTie: false,
  ...over,
});

const patchOf = (result: CommandResult): LifecyclePatch | undefined =>
  result.ok ? (result.events[0] as unknown as { patch: LifecyclePatch }).patch : undefined;

const kind: LifecycleKind<Sample, { salt: string }> = {
  codes: {
    notDraft: 'votes.notDraft',
    notCounting: 'votes.notCounting',
    notClosed: 'votes.notClosed',
    notSealed: 'votes.notSealed',
    problemsBlockSeal: 'votes.problemsBlockSeal',
    reasonRequired: 'votes.reasonRequired',
  },
  problems: (record) => record.problems,
  fingerprint: (record, { salt }) => `${salt}:${record.note}`,
  update: (_, patch) => ({ ok: true, entityId: 'x', events: [{ patch } as never] }),
  sealedFigures: ({ problems }) => ({ problems }),
  openCheck: (_, snapshot) => (snapshot.entitled === 0 ? 'elections.noElectorate' : null),
  sealCheck: (record) => (record.pendingTie ? 'elections.drawPending' : null),
};
const context = { salt: 's' };
const seal = (record: Sample, over: Partial<Parameters<typeof sealRecord>[3]> = {}) =>
  sealRecord(kind, record, context, {
    note: '',
    tellers: ['李娜'],
    by: 'Desk 1',
    at: 'T',
    openConflicts: 0,
    ...over,
  });

describe('the counted-result lifecycle', () => {
  it('lets each step start only from its statuses', () => {
    expect(allows('draft', 'open')).toBe(true);
    expect(allows('counting', 'open')).toBe(false);
    expect(allows('closed', 'correct')).toBe(true);
    expect(allows('closed', 'close')).toBe(false);
    expect(allows('sealed', 'reopen')).toBe(true);
    expect(allows('closed', 'reopen')).toBe(false);
  });

  it('opens with the snapshot, unless the kind refuses it', () => {
    const snapshot = { at: 'T', entitled: 3, present: 2 };
    expect(patchOf(openRecord(kind, sample({ status: 'draft' }), snapshot))).toEqual({
      status: 'open',
      opened: snapshot,
    });
    expect(openRecord(kind, sample({ status: 'draft' }), { ...snapshot, entitled: 0 })).toEqual({
      ok: false,
      errors: [{ field: 'form', message: 'elections.noElectorate' }],
    });
    expect(openRecord(kind, sample({ status: 'open' }), snapshot)).toMatchObject({
      errors: [{ message: 'votes.notDraft' }],
    });
  });

  it('checks a seal in order: status, conflicts, tellers, problems without a note, then the kind', () => {
    expect(seal(sample({ status: 'counting' }))).toMatchObject({ errors: [{ message: 'votes.notClosed' }] });
    expect(seal(sample(), { openConflicts: 2, tellers: [] })).toMatchObject({
      errors: [{ message: 'archive.conflictsBlockSeal', params: { n: 2 } }],
    });
    expect(seal(sample({ problems: 1 }), { tellers: [' '] })).toMatchObject({
      errors: [{ field: 'tellers', message: 'votes.tellersRequired' }],
    });
    expect(seal(sample({ problems: 2, pendingTie: true }))).toMatchObject({
      errors: [{ field: 'note', message: 'votes.problemsBlockSeal', params: { n: 2 } }],
    });
    expect(seal(sample({ pendingTie: true }))).toMatchObject({
      errors: [{ message: 'elections.drawPending' }],
    });
    expect(seal(sample({ problems: 1 }), { note: 'x'.repeat(2001) })).toMatchObject({
      errors: [{ field: 'note', message: 'errors.tooLong' }],
    });
  });

  it('writes the figures it sealed into the seal, so that a replay restores them', () => {
    expect(patchOf(seal(sample({ problems: 3 }), { note: 'why' }))).toMatchObject({ problems: 3 });
  });

  it('keeps a note only while there is a problem it explains, and fingerprints the record with it', () => {
    expect(patchOf(seal(sample(), { note: 'forgotten' }))).toEqual({
      problems: 0,
      status: 'sealed',
      note: '',
      seals: [{ fingerprint: 's:', at: 'T', by: 'Desk 1', tellers: ['李娜'] }],
    });
    expect(patchOf(seal(sample({ problems: 1 }), { note: ' two papers stuck together ' }))?.note).toBe(
      'two papers stuck together',
    );
    expect(fingerprintToBe(kind, sample({ problems: 1 }), context, ' why ')).toBe('s:why');
    expect(fingerprintToBe(kind, sample(), context, ' why ')).toBe('s:');
  });

  it('reopens only a sealed result, with a reason and a name within bounds', () => {
    const sealed = sample({ status: 'sealed', seals: [{ fingerprint: 'f1', at: 'T', by: 'Desk 1' }] });
    const input = { reason: ' recount ', name: ' 王伟 ', by: 'Desk 2', at: 'T2' };
    expect(patchOf(reopenRecord(kind, sealed, input))).toEqual({
      status: 'counting',
      reopenings: [{ reason: 'recount', at: 'T2', by: 'Desk 2', name: '王伟', fingerprint: 'f1' }],
    });
    expect(reopenRecord(kind, sample(), input)).toMatchObject({ errors: [{ message: 'votes.notSealed' }] });
    expect(reopenRecord(kind, sealed, { ...input, reason: '' })).toMatchObject({
      errors: [{ field: 'reason', message: 'votes.reasonRequired' }],
    });
    expect(reopenRecord(kind, sealed, { ...input, name: 'n'.repeat(101) })).toMatchObject({
      errors: [{ field: 'name', message: 'errors.tooLong' }],
    });
  });

  it('reads the tellers as typed, in any script’s separators', () => {
    expect(tellerNames('李娜，王伟、 Ivanov; Petrova\nSmith')).toEqual([
      '李娜',
      '王伟',
      'Ivanov',
      'Petrova',
      'Smith',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { BackupScheduler } from './backupScheduler';
import type { DomainEvent } from '../../../shared/core/domain/events';

const event = (kind: string, op: string, body: object) =>
  ({ payload: { kind, op, ...body } }) as unknown as DomainEvent;
const checkIn = [event('attendance', 'created', { fields: {} })];
const seal = [event('vote', 'updated', { patch: { status: 'sealed' } })];

describe('the backup schedule', () => {
  it('writes at once after a seal, and once for many commits that arrive together', async () => {
    const writes: string[] = [];
    const scheduler = new BackupScheduler(async (reason) => void writes.push(reason));
    for (let i = 0; i < 200; i++) scheduler.changed(i === 5 ? seal : checkIn);
    await scheduler.idle();
    expect(writes).toEqual(['seal']);
  });

  it('writes at the interval only while something changed', async () => {
    const writes: string[] = [];
    const scheduler = new BackupScheduler(async (reason) => void writes.push(reason));
    scheduler.tick();
    await scheduler.idle();
    expect(writes).toEqual([]);
    scheduler.changed(checkIn);
    scheduler.tick();
    await scheduler.idle();
    scheduler.tick();
    await scheduler.idle();
    expect(writes).toEqual(['interval']);
  });

  it('tries again at the next interval after a failed write', async () => {
    const writes: string[] = [];
    let fail = true;
    const scheduler = new BackupScheduler(async (reason) => {
      if (fail) {
        fail = false;
        throw new Error('the stick was pulled out');
      }
      writes.push(reason);
    });
    scheduler.changed(seal);
    await scheduler.idle();
    scheduler.tick();
    await scheduler.idle();
    expect(writes).toEqual(['interval']);
  });
});

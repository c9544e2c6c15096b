import { describe, expect, it } from 'vitest';
import { LateValue, OrderedQueue } from './orderedQueue';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the ordered queue', () => {
  it('runs each task once, in order, even when an earlier one takes longer', async () => {
    const done: number[] = [];
    const queue = new OrderedQueue(() => undefined);
    const runs = [30, 1, 10, 0, 5].map((ms, i) =>
      queue.push(async () => {
        await tick(ms);
        done.push(i);
      }),
    );
    await Promise.all(runs);
    expect(done).toEqual([0, 1, 2, 3, 4]);
  });

  it('goes on after a task that fails, and reports the failure', async () => {
    const errors: unknown[] = [];
    const done: string[] = [];
    const queue = new OrderedQueue((e) => errors.push(e));
    void queue.push(() => {
      throw new Error('disk full');
    });
    await queue.push(() => {
      done.push('next');
    });
    expect(done).toEqual(['next']);
    expect(errors).toHaveLength(1);
  });

  it('holds tasks until the value they need is there', async () => {
    const register = new LateValue<string>();
    const seen: string[] = [];
    const waiting = register.get().then((v) => seen.push(v));
    await tick(1);
    expect(seen).toEqual([]);
    register.set('loaded');
    await waiting;
    expect(seen).toEqual(['loaded']);
    expect(await register.get()).toBe('loaded');
  });
});

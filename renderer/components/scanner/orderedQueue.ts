/**
 * Runs tasks one after another, in the order they were given, each exactly once — a scan made
 * while the previous check-in is still being written waits for it, and a task that fails does
 * not stop the ones after it.
 */
export class OrderedQueue {
  private tail: Promise<void> = Promise.resolve();

  constructor(private readonly onError: (error: unknown) => void) {}

  push(task: () => Promise<void> | void): Promise<void> {
    const run = this.tail.then(task).catch(this.onError);
    this.tail = run;
    return run;
  }
}

/** A value that arrives later (the register, still loading): tasks wait for it rather than being dropped. */
export class LateValue<T> {
  private value: T | null = null;
  private waiters: ((value: T) => void)[] = [];

  set(value: T | null): void {
    this.value = value;
    if (value === null) return;
    for (const wake of this.waiters.splice(0)) wake(value);
  }

  get(): Promise<T> {
    return this.value !== null
      ? Promise.resolve(this.value)
      : new Promise((resolve) => this.waiters.push(resolve));
  }
}

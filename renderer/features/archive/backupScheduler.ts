import { backupReason } from '../../../shared/codecs/archive/backupPolicy';
import type { DomainEvent } from '../../../shared/core/domain/events';
import type { BackupRequest } from '../../../shared/ipc';

type Reason = BackupRequest['reason'];

/**
 * When to write a backup: at once after an import, a seal or a reopening, at each interval while
 * something changed, and never twice for what one write covers (a merge brings hundreds of commits).
 */
export class BackupScheduler {
  private dirty = false;
  private queued: Reason | null = null;
  private chain: Promise<void> = Promise.resolve();

  constructor(private readonly write: (reason: Reason) => Promise<void>) {}

  /** A commit of the event was written. */
  changed(events: readonly DomainEvent[]): void {
    this.dirty = true;
    const reason = backupReason(events);
    if (reason) this.request(reason);
  }

  /** The interval has passed (and the event is being left). */
  tick(): void {
    if (this.dirty) this.request('interval');
  }

  request(reason: Reason): void {
    if (this.queued) return;
    this.queued = reason;
    this.chain = this.chain
      .then(async () => {
        const why = this.queued ?? reason;
        this.queued = null;
        this.dirty = false;
        await this.write(why);
      })
      .catch((error: unknown) => {
        // Not written: the next interval tries again.
        this.dirty = true;
        console.error('backup failed', error);
      });
  }

  /** Resolves when the writes asked for so far are done. */
  idle(): Promise<void> {
    return this.chain;
  }
}

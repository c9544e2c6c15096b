import type { DomainEvent } from '../../core/domain/events';

/**
 * Whether a change calls for a backup at once rather than at the next interval: an import, a
 * result sealed, a result reopened — the moments whose loss would cost the most.
 */
export function backupReason(events: readonly DomainEvent[]): 'import' | 'seal' | 'reopen' | null {
  for (const event of events) {
    const p = event.payload;
    if (p.kind === 'importBatch' && p.op === 'created') return 'import';
    if ((p.kind === 'vote' || p.kind === 'election') && p.op === 'updated') {
      const patch = p.patch as { status?: string; reopenings?: unknown };
      if (patch.status === 'sealed') return 'seal';
      if (patch.reopenings) return 'reopen';
    }
  }
  return null;
}

import type { CommandResult } from '../../shared/core/domain/commands';
import { recordPrints } from '../../shared/documents/badges/badgePrints';
import { saveBadgeTemplate } from '../../shared/documents/badges/badgeTemplateCommand';
import type { BadgeTemplate } from '../../shared/documents/render/badgeTemplates';
import type { EventStore } from './eventStore';
import { readAllRows } from './projectionPages';

/** Records a print run: one event per badge, in one commit. */
export function recordBadgePrints(
  store: EventStore,
  conferenceId: string,
  attendeeIds: readonly string[],
  preset: string,
): Promise<CommandResult> {
  return store.run(async () => {
    const previous = new Map((await readAllRows(store.db, 'badgePrint', conferenceId)).map((p) => [p.id, p]));
    return recordPrints(conferenceId, attendeeIds, previous, preset, new Date().toISOString());
  });
}

/** Saves the event's badge template (an event when it changed). */
export function saveBadgeTemplateAction(
  store: EventStore,
  conferenceId: string,
  template: BadgeTemplate,
): Promise<CommandResult> {
  return store.run(async () => {
    const current = await store.db.conferences.get(conferenceId);
    return current
      ? saveBadgeTemplate(current, template)
      : { ok: false, errors: [{ field: 'form', message: 'errors.recordMissing' }] };
  });
}

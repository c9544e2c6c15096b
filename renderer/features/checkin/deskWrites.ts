import type { AttendanceFields, Attendee, CheckInMethod } from '../../../shared/core/domain/entities';
import type { CommandResult } from '../../../shared/core/domain/commands';
import { aboutPerson } from '../../app/names';
import type { EventStore } from '../../db/eventStore';
import { markTiming } from '../../app/timing';
import { recordCheckIn, recordLeft, undoCheckIn } from '../../db/checkInActions';
import type { DeskOutcomes } from './useDeskOutcome';
import type { DeskQueue } from './useDeskQueue';

/** The first event's record as the command wrote it: how a check-in went (arrived, or back in the hall). */
function lastAction(result: CommandResult): string | undefined {
  const payload = result.ok ? result.events[0]?.payload : undefined;
  if (!payload || payload.kind !== 'attendance') return undefined;
  const fields = (
    payload.op === 'created' ? payload.fields : payload.op === 'updated' ? payload.patch : {}
  ) as Partial<AttendanceFields>;
  return fields.lastAction;
}

/** A person as the desk's sentences name them (their id when the register does not have them). */
export const personIn = (people: ReadonlyMap<string, Attendee>, id: string) => {
  const person = people.get(id);
  return person ? aboutPerson(person) : { name: id };
};

/**
 * What the desk writes at its sitting, each answered on screen: a check-in (run inside a task of the
 * queue), and an undo or a "left the hall" (each queued as a task of its own).
 */
export function deskWrites(
  store: EventStore,
  conferenceId: string,
  sittingId: string,
  { register, enqueue }: DeskQueue,
  { announce, report }: DeskOutcomes,
) {
  const checkIn = async (id: string, method: CheckInMethod, people: ReadonlyMap<string, Attendee>) => {
    markTiming('checkin:start');
    let result: CommandResult;
    try {
      result = await recordCheckIn(store, conferenceId, id, method, sittingId, people.get(id));
      markTiming('checkin:written');
    } catch (error) {
      // A check-in that could not be saved must be seen at the desk, never lost quietly.
      console.error('check-in failed', error);
      return announce('error', 'checkin.saveFailed', {
        ...personIn(people, id),
        message: error instanceof Error ? error.message : String(error),
      });
    }
    report(
      result,
      personIn(people, id),
      lastAction(result) === 'returned' ? 'checkin.doneReturned' : 'checkin.done',
    );
  };

  const undo = (id: string) =>
    enqueue(async () =>
      report(
        await undoCheckIn(store, conferenceId, id, sittingId),
        personIn((await register.current.get()).byId, id),
        'checkin.doneUndo',
      ),
    );

  const markLeft = (id: string) =>
    enqueue(async () =>
      report(
        await recordLeft(store, conferenceId, id, sittingId),
        personIn((await register.current.get()).byId, id),
        'checkin.doneLeft',
      ),
    );

  return { checkIn, undo, markLeft };
}

export type CheckIn = ReturnType<typeof deskWrites>['checkIn'];

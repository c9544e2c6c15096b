import type { CommandResult } from '../../../shared/core/domain/commands';
import type { MessageKey } from '../../../shared/locales';
import { ballotClaimId, checkInClaimId } from '../../../shared/codecs/venue/venueDocs';
import type { EventStore } from '../eventStore';
import { claimAtHost } from './hostApi';
import { venueNetwork } from './venueNetwork';

/**
 * Claims a thing through the host before the desk writes it, while the host answers: a second
 * desk claiming the same gets the first desk's name and time and writes nothing. With no host to
 * ask the desk goes ahead; what two desks then write apart is counted once or becomes a conflict.
 */
/** Whether the event's host answers now: only then is there anyone to claim from. */
export function onVenueNetwork(conferenceId: string): boolean {
  return venueNetwork.stateOf(conferenceId)?.status.state === 'connected';
}

async function claim(
  store: EventStore,
  conferenceId: string,
  claimId: string,
  desk: string,
  refusal: MessageKey,
): Promise<CommandResult | null> {
  const state = venueNetwork.stateOf(conferenceId);
  if (!state || state.status.state !== 'connected') return null;
  const started = performance.now();
  const answer = await claimAtHost(state.link, claimId, {
    deviceId: store.deviceId,
    desk,
    at: new Date().toISOString(),
  });
  // What the round trip to the host adds to a check-in, for the benchmarks.
  performance.measure('plenum:venue:claim', { start: started, end: performance.now() });
  if (answer.kind !== 'held') return null;
  return {
    ok: false,
    errors: [{ field: 'form', message: refusal, params: { time: answer.at, desk: answer.desk } }],
  };
}

export function claimCheckIn(
  store: EventStore,
  conferenceId: string,
  attendanceId: string,
  attendanceVersion: string,
  desk: string,
): Promise<CommandResult | null> {
  return claim(store, conferenceId, checkInClaimId(attendanceId, attendanceVersion), desk, 'checkin.already');
}

export function claimBallot(
  store: EventStore,
  conferenceId: string,
  electionId: string,
  seatId: string,
  desk: string,
): Promise<CommandResult | null> {
  return claim(store, conferenceId, ballotClaimId(electionId, seatId), desk, 'elections.alreadyIssued');
}

// What the tests of the venue network build on: a sealed vote's commits, and the documents other
// than commits that an event's database holds (laptops, claims). Used by shared/codecs/venue and by
// the host's tests in cli/host.
import type { Commit } from '../../../core/domain/events';
import { blankVote } from '../../../rules/votes/blankVote';
import { closeVote, createVote, openVote, recordCounts, sealVote } from '../../../rules/votes/voteCommands';
import { TestClock, TestLaptop } from '../../archive/testing/laptops';
import { checkInClaimId, laptopDocId } from '../venueDocs';

const HALL = { entitled: 100, present: 100, at: '2026-12-01T08:00:00.000Z' };

export interface SealedVoteOptions {
  /** The event of the vote; conf-1 unless told. */
  event?: string;
  /** Where the laptop's clock starts; 1 December 2026, 08:00 UTC unless told. */
  start?: number;
}

/**
 * A vote made, opened, counted, closed and sealed on one laptop: five commits in that order, the
 * third the counts and the fifth the seal (the tellers' facts).
 */
export function sealedVoteOn(
  device: string,
  { event = 'conf-1', start = Date.UTC(2026, 11, 1, 8) }: SealedVoteOptions = {},
): Commit[] {
  const laptop = new TestLaptop(device, new TestClock(start));
  const [created] = laptop.run(
    createVote(event, { ...blankVote(), title: { zh: '章程', ru: 'Устав', en: 'Charter' } }),
  );
  const id = created!.entityId;
  laptop.run(openVote(laptop.row('vote', id), HALL));
  laptop.run(
    recordCounts(
      laptop.row('vote', id),
      { yes: 60, no: 40, abstain: 0, invalid: 0 },
      { issued: 100, returned: 100 },
    ),
  );
  laptop.run(closeVote(laptop.row('vote', id), HALL));
  laptop.run(sealVote(laptop.row('vote', id), '', ['李娜'], device, 'T'));
  return laptop.commits;
}

/** The five commits of sealedVoteOn by name. */
export function sealedVoteSteps(device: string, options?: SealedVoteOptions) {
  const [create, open, counts, close, seal] = sealedVoteOn(device, options);
  return { create: create!, open: open!, counts: counts!, close: close!, seal: seal! };
}

/** A laptop document, laptop:<device id>, as the host writes one when a laptop pairs. */
export const laptopDoc = (deviceId: string, role: string, revokedAt: string | null = null) => ({
  _id: laptopDocId(deviceId),
  deviceId,
  name: deviceId,
  role,
  pairedAt: 'T',
  revokedAt,
});

/** A desk's claim on a person's first check-in, as the desks write it. */
export const checkInClaim = {
  _id: checkInClaimId('att-1', ''),
  deviceId: 'desk-1',
  desk: 'Desk 1',
  at: '2026-12-01T08:00:00Z',
};

import type {
  AnyEntity,
  Attendance,
  BadgePrint,
  BallotEntry,
  BallotIssue,
  Conflict,
  Election,
  Vote,
} from '../../core/domain/entities';
import type { DomainEvent } from '../../core/domain/events';
import type { FactType } from '../../core/domain/facts';
import { inLanguage } from '../../core/domain/trilingual';
import { candidateWords, figuresWords, outcomeWords, shortFingerprint } from './settingWords';
import {
  codeLabel,
  deviceWords,
  list,
  say,
  text,
  time,
  type HistoryDetail,
  type HistoryLine,
  type HistoryLookups,
  type Words,
} from './historyWords';

/** What a fact is told from: the event, the record before and after it, the names around it. */
export interface FactContext {
  event: DomainEvent;
  previous: AnyEntity | undefined;
  record: AnyEntity | undefined;
  lookups: HistoryLookups;
  /** The name each device goes by (see deviceNamesOf). */
  deviceNames: ReadonlyMap<string, string>;
}

type FactWords = (context: FactContext) => HistoryLine;

const line = (sentence: HistoryLine['sentence'], details: HistoryDetail[] = []): HistoryLine => ({
  sentence,
  details,
});

// The record a fact is about has the fact's kind: factOf() names facts from the payload's kind.
const recordOf = <T>(context: FactContext): Partial<T> => (context.record ?? {}) as Partial<T>;

/** The desk named in the record, else the device that wrote the event, by the name it goes by. */
function deskOf(context: FactContext, desk: string | undefined): Words {
  const named = desk || context.event.deviceId;
  return deviceWords(named, context.deviceNames);
}

const clock = (iso: string | undefined, context: FactContext): Words =>
  time(iso || context.event.at, 'clock');

function presence(key: 'history.checkedIn' | 'history.returned'): FactWords {
  return (context) => {
    const attendance = recordOf<Attendance>(context);
    const details = attendance.method
      ? [
          {
            label: say('fieldNames.method'),
            value: codeLabel(`checkin.method_${attendance.method}`, attendance.method),
          },
        ]
      : [];
    return line(
      say(key, { desk: deskOf(context, attendance.desk), time: clock(attendance.checkedInAt, context) }),
      details,
    );
  };
}

const left: FactWords = (context) => {
  const attendance = recordOf<Attendance>(context);
  return line(
    say('history.left', { desk: deskOf(context, attendance.desk), time: clock(attendance.leftAt, context) }),
  );
};

const undone: FactWords = (context) => {
  const attendance = recordOf<Attendance>(context);
  const status = attendance.status ?? 'absent';
  return line(
    say('history.undone', {
      desk: deskOf(context, attendance.desk),
      presence: codeLabel(`checkin.presence_${status}`, status),
    }),
  );
};

const badgePrinted: FactWords = (context) => {
  const print = recordOf<BadgePrint>(context);
  const preset = print.preset ?? '';
  return line(
    say('history.badgePrinted', {
      count: print.count ?? 1,
      stock: codeLabel(`badgePresets.${preset}`, preset),
    }),
  );
};

function nameOf(context: FactContext, id: string | undefined): Words {
  const name = id ? (context.lookups.attendeeName(id) ?? context.lookups.organisationName(id)) : undefined;
  return name ? text(name) : say('history.unknownRecord');
}

function ballot(key: 'history.ballotIssued' | 'history.ballotWithdrawn'): FactWords {
  return (context) => {
    const issue = recordOf<BallotIssue>(context);
    return line(say(key, { name: nameOf(context, issue.voterId), desk: deskOf(context, issue.desk) }));
  };
}

function paper(key: 'history.paperEntered' | 'history.paperCorrected' | 'history.paperRemoved'): FactWords {
  return (context) => {
    const entry = recordOf<BallotEntry>(context);
    return line(say(key, { paper: entry.paper ?? 0, teller: entry.teller ?? 1 }));
  };
}

const SNAPSHOT_KEYS = {
  vote: { opened: 'history.voteOpened', closed: 'history.voteClosed' },
  election: { opened: 'history.electionOpened', closed: 'history.electionClosed' },
} as const;

/** The opening or the close, with the hall as it was snapshotted then. */
function snapshot(moment: 'opened' | 'closed'): FactWords {
  return (context) => {
    const taken = recordOf<Vote | Election>(context)[moment];
    const kind = context.event.payload.kind === 'election' ? 'election' : 'vote';
    return line(
      say(SNAPSHOT_KEYS[kind][moment], { present: taken?.present ?? 0, entitled: taken?.entitled ?? 0 }),
    );
  };
}

const countsRecorded: FactWords = (context) => {
  if (context.event.payload.kind === 'election') {
    const election = recordOf<Election>(context);
    return line(say('history.totalsRecorded', { returned: election.totals?.returned ?? 0 }));
  }
  const vote = recordOf<Vote>(context);
  if (!vote.counts || !vote.procedure) return line(say('history.op_updated'));
  return line(say('history.countsRecorded', { figures: figuresWords(vote as Vote, vote.counts) }));
};

const countsCorrected: FactWords = (context) => {
  if (context.event.payload.kind === 'election') {
    const correction = recordOf<Election>(context).corrections?.at(-1);
    return line(
      say('history.totalsCorrected', {
        before: correction?.before?.returned ?? 0,
        after: correction?.after.returned ?? 0,
      }),
    );
  }
  const vote = recordOf<Vote>(context);
  const correction = vote.corrections?.at(-1);
  if (!correction || !vote.procedure) return line(say('history.op_updated'));
  return line(
    say('history.countsCorrected', {
      before: figuresWords(vote as Vote, correction.before.counts),
      after: figuresWords(vote as Vote, correction.after.counts),
    }),
  );
};

const rollCallRecorded: FactWords = (context) => {
  const earlier = (context.previous as Vote | undefined)?.rollCall ?? [];
  const entry = recordOf<Vote>(context).rollCall?.find(
    (e) => !earlier.some((x) => x.voterId === e.voterId && x.choice === e.choice),
  );
  if (!entry) return line(say('history.op_updated'));
  return line(
    say('history.rollCallRecorded', {
      name: nameOf(context, entry.voterId),
      choice: codeLabel(`votes.choice_${entry.choice}`, entry.choice),
    }),
  );
};

const lotsDrawn: FactWords = (context) => {
  const election = recordOf<Election>(context);
  const drawing = election.lots?.at(-1);
  const post = election.posts?.find((p) => p.id === drawing?.postId);
  if (!drawing || !post) return line(say('history.op_updated'));
  const language = context.lookups.language;
  const winners = drawing.winnerIds
    .map((id) => post.candidates.find((c) => c.id === id))
    .map((c) => (c ? candidateWords(c, language) : say('history.unknownRecord')));
  return line(
    say('history.lotsDrawn', {
      name: drawing.drawnBy,
      post: inLanguage(post.title, language),
      winners: list(winners),
    }),
  );
};

const sealed: FactWords = (context) => {
  const counted = recordOf<Vote | Election>(context);
  const seal = counted.seals?.at(-1);
  if (!seal) return line(say('history.op_updated'));
  const tellers = seal.tellers?.length ? list(seal.tellers.map(text)) : deskOf(context, seal.by);
  const fingerprint = shortFingerprint(seal.fingerprint);
  const details: HistoryDetail[] = [{ label: say('votes.fingerprint'), value: text(seal.fingerprint) }];
  if (counted.note) details.push({ label: say('votes.noteLabel'), value: text(counted.note) });
  // An election's outcome needs its papers, which are records of their own: its seal names the tellers.
  if (context.event.payload.kind === 'election' || !('rule' in counted))
    return line(say('history.sealedElection', { tellers, fingerprint }), details);
  return line(
    say('history.sealed', { tellers, outcome: outcomeWords(counted as Vote), fingerprint }),
    details,
  );
};

const reopened: FactWords = (context) => {
  const reopening = recordOf<Vote | Election>(context).reopenings?.at(-1);
  if (!reopening) return line(say('history.op_updated'));
  return line(
    say('history.reopened', {
      name: reopening.name ? text(reopening.name) : deskOf(context, reopening.by),
      reason: reopening.reason,
    }),
  );
};

const conflictFound: FactWords = (context) => {
  const subject = recordOf<Conflict>(context).subject;
  return line(
    subject
      ? say('history.conflictFound', { subject: say(subject.key, subject.params) })
      : say('history.op_created'),
  );
};

const conflictDecided: FactWords = (context) => {
  const conflict = recordOf<Conflict>(context);
  const choice = conflict.resolvedWith === null ? undefined : conflict.choices?.[conflict.resolvedWith ?? -1];
  return line(
    choice
      ? say('history.conflictDecided', { choice: say(choice.key, choice.params) })
      : say('history.op_updated'),
  );
};

/** Every fact of the log, told as a sentence. */
export const FACT_WORDS: Record<FactType, FactWords> = {
  'attendee.checkedIn': presence('history.checkedIn'),
  'attendee.returned': presence('history.returned'),
  'attendee.left': left,
  'attendee.checkInUndone': undone,
  'badge.printed': badgePrinted,
  'ballot.issued': ballot('history.ballotIssued'),
  'ballot.withdrawn': ballot('history.ballotWithdrawn'),
  'paper.entered': paper('history.paperEntered'),
  'paper.corrected': paper('history.paperCorrected'),
  'paper.removed': paper('history.paperRemoved'),
  'counts.recorded': countsRecorded,
  'counts.corrected': countsCorrected,
  'rollCall.recorded': rollCallRecorded,
  'lots.drawn': lotsDrawn,
  'vote.opened': snapshot('opened'),
  'vote.closed': snapshot('closed'),
  'election.opened': snapshot('opened'),
  'election.closed': snapshot('closed'),
  'result.sealed': sealed,
  'result.reopened': reopened,
  'conflict.found': conflictFound,
  'conflict.decided': conflictDecided,
};

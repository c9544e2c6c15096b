import type { Commit } from '../../core/domain/events';
import { commitProblem } from '../archive/commitChecks';
import { mislabelledFact } from '../archive/upcast';
import type { ArchiveProblem } from '../archive/archiveFormat';
import { isVenueRole, type Roster, type VenueRole } from './roles';

/**
 * The event's database on the venue network holds three kinds of document:
 * - a commit of the log, `_id` = the commit's id, never changed once written (a grow-only set);
 * - a claim, `claim:…`, made through the host while it is reachable: CouchDB's revision check
 *   answers a second claim of the same thing with a conflict (409), so one voter gets one ballot;
 * - a laptop, `laptop:<device id>`, written by the host alone: the roster of roles.
 */
export const CLAIM_PREFIX = 'claim:';
export const LAPTOP_PREFIX = 'laptop:';

/** A CouchDB database name (lower case letters, digits, `_$()+-/`, starting with a letter). */
export function databaseName(conferenceId: string): string {
  return `plenum-${conferenceId.toLowerCase().replace(/[^a-z0-9_-]/g, '_')}`;
}

export type CommitDoc = Commit & { _id: string; _rev?: string };

/** A copy with every object's keys in code-unit order: the same JSON for the same value, however it was read. */
export function canonical<T>(value: T): T {
  if (Array.isArray(value)) return value.map(canonical) as T;
  if (typeof value !== 'object' || value === null) return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort())
    sorted[key] = canonical((value as Record<string, unknown>)[key]);
  return sorted as T;
}

/**
 * The document of a commit. PouchDB's revision is a hash of the document's JSON, so the keys are
 * put in one order: a commit that reached a laptop through an archive (read back in another key
 * order) is the same document, with the same revision, as the laptop that made it wrote.
 */
export function commitDoc(commit: Commit): CommitDoc {
  return canonical({ _id: commit.id, ...commit });
}

/** Whether two copies of a commit say the same, whatever the order of their keys. */
export function sameCommit(a: Commit, b: Commit): boolean {
  const fields = (c: Commit) =>
    JSON.stringify(canonical([c.id, c.conferenceId, c.hlc, c.entityIds, c.events]));
  return fields(a) === fields(b);
}

export const isClaimDoc = (id: string) => id.startsWith(CLAIM_PREFIX);
export const isLaptopDoc = (id: string) => id.startsWith(LAPTOP_PREFIX);
export const isCommitDocId = (id: string) => !id.startsWith('_') && !isClaimDoc(id) && !isLaptopDoc(id);

export type ReadCommitDoc = { ok: true; commit: Commit } | { ok: false; problem: ArchiveProblem };

/** A commit document from another laptop, checked as an archive's line is, with its `_id` its commit's. */
export function readCommitDoc(doc: unknown, conferenceId: string, now: number): ReadCommitDoc {
  if (typeof doc !== 'object' || doc === null)
    return { ok: false, problem: { code: 'badLine', line: 1, detail: 'not an object' } };
  const { _id, _rev, _revisions, ...fields } = doc as Record<string, unknown>;
  void _rev;
  void _revisions;
  const problem = commitProblem(fields, conferenceId, now);
  if (problem) return { ok: false, problem };
  const commit = fields as unknown as Commit;
  // The roles are judged by each event's type: a type that is not what its payload records is refused.
  const mislabelled = mislabelledFact([commit]);
  if (mislabelled) return { ok: false, problem: mislabelled };
  if (_id !== commit.id)
    return { ok: false, problem: { code: 'badLine', line: 1, detail: '_id is not the commit id' } };
  return { ok: true, commit };
}

export interface LaptopDoc {
  _id: string;
  _rev?: string;
  deviceId: string;
  name: string;
  role: VenueRole;
  pairedAt: string;
  revokedAt: string | null;
}

export const laptopDocId = (deviceId: string) => `${LAPTOP_PREFIX}${deviceId}`;

/** The roster from the laptop documents; one that does not read is left out (it grants nothing). */
export function rosterOf(docs: readonly unknown[]): Roster {
  const roster = new Map<string, { role: VenueRole; revoked: boolean }>();
  for (const doc of docs) {
    const laptop = doc as Partial<LaptopDoc> | null;
    if (!laptop || typeof laptop.deviceId !== 'string' || !isVenueRole(laptop.role)) continue;
    if (laptop._id !== laptopDocId(laptop.deviceId)) continue;
    roster.set(laptop.deviceId, { role: laptop.role, revoked: Boolean(laptop.revokedAt) });
  }
  return roster;
}

export interface ClaimDoc {
  _id: string;
  _rev?: string;
  deviceId: string;
  desk: string;
  at: string;
}

/** Two desks that know the same state of a person's attendance claim the same id: the second is refused. */
export const checkInClaimId = (attendanceId: string, version: string) =>
  `${CLAIM_PREFIX}checkin:${attendanceId}:${version || 'first'}`;

/** One ballot per voting seat and election round. */
export const ballotClaimId = (electionId: string, seatId: string) =>
  `${CLAIM_PREFIX}ballot:${electionId}:${seatId}`;

const CLAIM_ID = /^claim:(checkin|ballot):[^\s]{1,300}$/;

export function readClaimDoc(doc: unknown): ClaimDoc | null {
  const claim = doc as Partial<ClaimDoc> | null;
  if (!claim || typeof claim._id !== 'string' || !CLAIM_ID.test(claim._id)) return null;
  const text = (value: unknown) => typeof value === 'string' && value.length > 0 && value.length <= 200;
  if (!text(claim.deviceId) || !text(claim.desk) || !text(claim.at)) return null;
  return claim as ClaimDoc;
}

import type { ServerResponse } from 'node:http';
import { maySend, refusedByRole } from '../../shared/codecs/venue/roles';
import {
  databaseName,
  isCommitDocId,
  LAPTOP_PREFIX,
  readClaimDoc,
  readCommitDoc,
  rosterOf,
  sameCommit,
  type ClaimDoc,
} from '../../shared/codecs/venue/venueDocs';
import type { Commit } from '../../shared/core/domain/events';
import type { JoinedLaptop } from './hostState';
import { send } from './requestBody';

const MAX_DOCS_PER_REQUEST = 10_000;

type DocResult = { id: string; error: 'forbidden'; reason: string };

async function roster(db: PouchDB.Database) {
  const laptops = await db.allDocs({
    startkey: LAPTOP_PREFIX,
    endkey: `${LAPTOP_PREFIX}\uffff`,
    include_docs: true,
  });
  return rosterOf(laptops.rows.map((row) => row.doc));
}

/**
 * Why one document may not be written, or null. A commit must read as an archive's line does,
 * belong to this event, be sent by a role that may send it, carry tellers' facts only from
 * tellers' laptops, and never change a commit already here: the log only grows.
 */
async function refusal(
  db: PouchDB.Database,
  database: string,
  doc: unknown,
  laptop: JoinedLaptop | null,
  now: number,
  known: Awaited<ReturnType<typeof roster>>,
): Promise<string | null> {
  const id = (doc as { _id?: unknown } | null)?._id;
  if (typeof id !== 'string' || !isCommitDocId(id)) return 'Only commits of the log are written this way.';
  if ((doc as { _deleted?: unknown })._deleted) return 'A commit is never deleted.';
  const read = readCommitDoc(doc, '', 0);
  const conferenceId = read.ok
    ? read.commit.conferenceId
    : String((doc as { conferenceId?: unknown }).conferenceId);
  if (databaseName(conferenceId) !== database) return 'A commit of another event.';
  const checked = readCommitDoc(doc, conferenceId, now);
  if (!checked.ok) return `Not a commit: ${checked.problem.code}.`;
  if (laptop && !maySend(laptop.role, checked.commit))
    return 'Tellers’ facts come only from tellers’ laptops.';
  const byRole = refusedByRole(checked.commit, known);
  if (byRole) return `${byRole.type} was recorded on a laptop that is not the tellers’.`;
  const existing = await db.get<Commit>(id).catch(() => null);
  if (existing && !sameCommit(existing, checked.commit)) return 'A commit already written is never changed.';
  return null;
}

export async function writeBulkDocs(
  db: PouchDB.Database,
  database: string,
  body: unknown,
  laptop: JoinedLaptop | null,
  now: number,
  res: ServerResponse,
): Promise<void> {
  const asked = body as { docs?: unknown; new_edits?: unknown } | undefined;
  if (!asked || !Array.isArray(asked.docs) || asked.docs.length > MAX_DOCS_PER_REQUEST)
    return send(res, 400, { error: 'bad_request', reason: 'docs' });
  const known = await roster(db);
  const refused: DocResult[] = [];
  const accepted: PouchDB.Doc[] = [];
  for (const doc of asked.docs) {
    const reason = await refusal(db, database, doc, laptop, now, known);
    const id = String((doc as { _id?: unknown } | null)?._id ?? '');
    if (reason) refused.push({ id, error: 'forbidden', reason });
    else accepted.push(doc as PouchDB.Doc);
  }
  const newEdits = asked.new_edits !== false;
  const written = accepted.length ? await db.bulkDocs(accepted, { new_edits: newEdits }) : [];
  send(res, 201, [...(newEdits ? written : written.filter((r) => 'error' in r)), ...refused]);
}

/** A claim is made once: the second desk's is answered 409 with who holds it, unless it is its own. */
export async function writeClaim(
  db: PouchDB.Database,
  id: string,
  body: unknown,
  laptop: JoinedLaptop,
  res: ServerResponse,
): Promise<void> {
  const claim = readClaimDoc({ ...(body as object), _id: id });
  if (!claim || claim.deviceId !== laptop.deviceId || '_rev' in (body as object))
    return send(res, 400, { error: 'bad_request', reason: 'Not a claim of this laptop.' });
  const { _id, deviceId, desk, at } = claim;
  try {
    const written = await db.put({ _id, deviceId, desk, at });
    return send(res, 201, { ok: true, id, rev: written.rev });
  } catch (error) {
    if ((error as { status?: number }).status !== 409) throw error;
    const holder = await db.get<ClaimDoc>(id);
    if (holder.deviceId === laptop.deviceId) return send(res, 200, { ok: true, id, rev: holder._rev });
    return send(res, 409, { error: 'conflict', holder: { desk: holder.desk, at: holder.at } });
  }
}

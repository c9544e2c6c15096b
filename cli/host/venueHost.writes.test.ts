import { describe, expect, it } from 'vitest';
import type { VenueRole } from '../../shared/codecs/venue/roles';
import { laptopDoc } from '../../shared/codecs/venue/testing/venueFixtures';
import { checkInClaimId, commitDoc, databaseName } from '../../shared/codecs/venue/venueDocs';
import type { Commit } from '../../shared/core/domain/events';
import { sealedVoteOn, useTestHost } from './testing/hostFixture';

const EVENT = 'conf-1';
const DB = databaseName(EVENT);
const venue = useTestHost(EVENT);

/** A laptop of the event joined with a role: its token, and requests made with it. */
async function joined(role: VenueRole, deviceId: string) {
  const laptop = await venue.join(role, deviceId);
  const push = async (docs: unknown[], newEdits = false) => {
    const res = await laptop.ask(`/${DB}/_bulk_docs`, 'POST', { docs, new_edits: newEdits });
    return {
      status: res.status,
      results: (await res.json()) as { id: string; error?: string; ok?: boolean }[],
    };
  };
  return { ...laptop, push };
}

/** A commit document as PouchDB's replication sends it (new_edits: false): with its revision. */
const replicated = (commit: Commit, rev = '1-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa') => ({
  ...commitDoc(commit),
  _rev: rev,
  _revisions: { start: Number(rev.split('-')[0]), ids: [rev.slice(rev.indexOf('-') + 1)] },
});

const forbidden = (results: { id: string; error?: string }[]) =>
  results.filter((r) => r.error === 'forbidden').map((r) => r.id);

describe("tellers' facts on the host", () => {
  it("refuses a desk's seal and counts, one document at a time, and keeps the rest", async () => {
    const desk = await joined('desk', 'desk-1');
    const commits = sealedVoteOn('desk-1');
    const { status, results } = await desk.push(commits.map((c) => replicated(c)));
    expect(status).toBe(201);
    expect(forbidden(results)).toEqual([commits[2]!.id, commits[4]!.id]);
    expect((await desk.ask(`/${DB}/${commits[4]!.id}`)).status).toBe(404);
    expect((await desk.ask(`/${DB}/${commits[2]!.id}`)).status).toBe(404);
    expect((await desk.ask(`/${DB}/${commits[0]!.id}`)).status).toBe(200);
  });

  it("accepts the same from the tellers' laptop", async () => {
    const tellers = await joined('tellers', 'tellers-1');
    const commits = sealedVoteOn('tellers-1');
    const { status, results } = await tellers.push(commits.map((c) => replicated(c)));
    expect(status).toBe(201);
    expect(results).toEqual([]);
    const seal = (await (await tellers.ask(`/${DB}/${commits[4]!.id}`)).json()) as Commit;
    expect(seal.events[0]!.type).toBe('result.sealed');
    expect(seal.events).toEqual(commits[4]!.events);
  });

  it("refuses a tellers' fact a desk relays or forges, even one made on the tellers' laptop", async () => {
    await joined('tellers', 'tellers-1');
    const desk = await joined('desk', 'desk-1');
    const seal = sealedVoteOn('tellers-1')[4]!;
    expect(forbidden((await desk.push([replicated(seal)])).results)).toEqual([seal.id]);
    const secretariat = await joined('secretariat', 'sec-1');
    expect(forbidden((await secretariat.push([replicated(seal)])).results)).toEqual([seal.id]);
  });

  it("refuses from the tellers' laptop a seal recorded on a laptop that is not the tellers'", async () => {
    const tellers = await joined('tellers', 'tellers-1');
    await joined('desk', 'desk-1');
    for (const device of ['desk-1', 'never-joined']) {
      const seal = sealedVoteOn(device)[4]!;
      expect(forbidden((await tellers.push([replicated(seal)])).results), device).toEqual([seal.id]);
    }
  });

  it('refuses a seal from a desk that labels it as register data', async () => {
    const desk = await joined('desk', 'desk-1');
    const seal = sealedVoteOn('desk-1')[4]!;
    const relabelled = { ...seal, events: seal.events.map((e) => ({ ...e, type: 'vote.updated' as never })) };
    expect(forbidden((await desk.push([replicated(relabelled)])).results)).toEqual([seal.id]);
  });
});

describe('the log only grows', () => {
  it('refuses a change to a commit already written, and keeps the first', async () => {
    const tellers = await joined('tellers', 'tellers-1');
    const counts = sealedVoteOn('tellers-1')[2]!;
    expect((await tellers.push([replicated(counts)])).results).toEqual([]);
    const changed: Commit = {
      ...counts,
      events: counts.events.map((e) =>
        e.payload.op === 'updated'
          ? { ...e, payload: { ...e.payload, patch: { ...e.payload.patch, counts: { yes: 99 } } } }
          : e,
      ),
    };
    const asNewRevision = replicated(changed, '2-bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb');
    expect(forbidden((await tellers.push([asNewRevision])).results)).toEqual([counts.id]);
    expect(
      forbidden((await tellers.push([replicated(changed, '1-cccccccccccccccccccccccccccccccc')])).results),
    ).toEqual([counts.id]);
    const { _rev } = (await (await tellers.ask(`/${DB}/${counts.id}`)).json()) as { _rev: string };
    expect(forbidden((await tellers.push([{ ...commitDoc(changed), _rev }], true)).results)).toEqual([
      counts.id,
    ]);
    const stored = (await (await tellers.ask(`/${DB}/${counts.id}`)).json()) as Commit;
    expect(stored.events).toEqual(counts.events);
  });

  it('takes the same commit again without complaint, and never deletes one', async () => {
    const desk = await joined('desk', 'desk-1');
    const created = sealedVoteOn('desk-1')[0]!;
    expect((await desk.push([replicated(created)])).results).toEqual([]);
    expect((await desk.push([replicated(created)])).results).toEqual([]);
    const { _rev } = (await (await desk.ask(`/${DB}/${created.id}`)).json()) as { _rev: string };
    const deleted = { ...commitDoc(created), _rev, _deleted: true };
    expect(forbidden((await desk.push([deleted], true)).results)).toEqual([created.id]);
    expect((await desk.ask(`/${DB}/${created.id}`, 'DELETE')).status).toBe(403);
    expect((await desk.ask(`/${DB}/${created.id}`)).status).toBe(200);
  });

  it('writes through _bulk_docs only commits of this event', async () => {
    const desk = await joined('desk', 'desk-1');
    const [created] = sealedVoteOn('desk-1');
    const otherEvent = {
      ...created!,
      conferenceId: 'conf-2',
      events: created!.events.map((e) => ({ ...e, conferenceId: 'conf-2' })),
    };
    const docs = [
      laptopDoc('desk-1', 'tellers'),
      { _id: 'claim:checkin:a:first', deviceId: 'desk-1', desk: 'x', at: 'T' },
      { _id: '_design/evil', validate_doc_update: 'function(){}' },
      { _id: 'junk', a: 1 },
      { ...commitDoc(created!), _id: 'not-its-id' },
      commitDoc(otherEvent),
    ];
    const { results } = await desk.push(docs, true);
    expect(forbidden(results).sort()).toEqual(docs.map((d) => d._id).sort());
    const laptop = (await (await desk.ask(`/${DB}/laptop:desk-1`)).json()) as { role: string };
    expect(laptop.role).toBe('desk');
    expect((await desk.push([{ nothing: true }], true)).results).toEqual([
      { id: '', error: 'forbidden', reason: expect.any(String) },
    ]);
    expect((await desk.ask(`/${DB}/_bulk_docs`, 'POST', { docs: 'x' })).status).toBe(400);
  });
});

describe('claims', () => {
  const claimId = checkInClaimId('attendance-1', '');
  const path = `/${DB}/${encodeURIComponent(claimId)}`;

  it('grants a claim once: a second desk is told who holds it; the holder asking again is granted', async () => {
    const a = await joined('desk', 'desk-a');
    const b = await joined('desk', 'desk-b');
    const first = await a.ask(path, 'PUT', {
      deviceId: 'desk-a',
      desk: 'Desk A',
      at: '2026-12-01T09:00:00.000Z',
    });
    expect(first.status).toBe(201);
    const second = await b.ask(path, 'PUT', {
      deviceId: 'desk-b',
      desk: 'Desk B',
      at: '2026-12-01T09:00:01.000Z',
    });
    expect(second.status).toBe(409);
    expect(await second.json()).toEqual({
      error: 'conflict',
      holder: { desk: 'Desk A', at: '2026-12-01T09:00:00.000Z' },
    });
    const again = await a.ask(path, 'PUT', {
      deviceId: 'desk-a',
      desk: 'Desk A',
      at: '2026-12-01T09:05:00.000Z',
    });
    expect(again.status).toBe(200);
    const stored = (await (await b.ask(path)).json()) as { deviceId: string; at: string };
    expect(stored).toMatchObject({ deviceId: 'desk-a', at: '2026-12-01T09:00:00.000Z' });
  });

  it('takes the same claim posted to _claim, as the desks send it, with the id in the body', async () => {
    const a = await joined('desk', 'desk-a');
    const b = await joined('desk', 'desk-b');
    const claim = (deviceId: string, desk: string) => ({ id: claimId, deviceId, desk, at: 'T' });
    expect((await a.ask(`/${DB}/_claim`, 'POST', claim('desk-a', 'Desk A'))).status).toBe(201);
    const second = await b.ask(`/${DB}/_claim`, 'POST', claim('desk-b', 'Desk B'));
    expect(second.status).toBe(409);
    expect(await second.json()).toMatchObject({ holder: { desk: 'Desk A' } });
    expect(
      (await a.ask(`/${DB}/_claim`, 'POST', { ...claim('desk-a', 'A'), id: 'claim:seal:v' })).status,
    ).toBe(400);
  });

  it("refuses a claim in another laptop's name, one with a revision, or of another kind", async () => {
    const a = await joined('desk', 'desk-a');
    const claim = { deviceId: 'desk-a', desk: 'Desk A', at: 'T' };
    expect((await a.ask(path, 'PUT', { ...claim, deviceId: 'desk-b' })).status).toBe(400);
    expect((await a.ask(path, 'PUT', { ...claim, _rev: '1-x' })).status).toBe(400);
    expect((await a.ask(`/${DB}/claim:seal:v-1`, 'PUT', claim)).status).toBe(400);
    expect((await a.ask(path)).status).toBe(404);
  });
});

describe('checkpoints and design documents', () => {
  it('stores a checkpoint under its own _local id whatever the body names, and runs no code', async () => {
    const desk = await joined('desk', 'desk-1');
    const roleBefore = ((await (await desk.ask(`/${DB}/laptop:desk-1`)).json()) as { role: string }).role;
    const forged = { _id: 'laptop:desk-1', deviceId: 'desk-1', role: 'tellers', last_seq: 3 };
    expect((await desk.ask(`/${DB}/_local/checkpoint-1`, 'PUT', forged)).status).toBe(201);
    const laptop = (await (await desk.ask(`/${DB}/laptop:desk-1`)).json()) as { role: string };
    expect(laptop.role).toBe(roleBefore);
    const checkpoint = (await (await desk.ask(`/${DB}/_local/checkpoint-1`)).json()) as { last_seq: number };
    expect(checkpoint.last_seq).toBe(3);
    expect(
      (await desk.ask(`/${DB}/_design%2Fevil`, 'PUT', { filters: { f: 'function () {}' } })).status,
    ).toBe(403);
    expect((await desk.ask(`/${DB}/_changes?filter=evil/f`)).status).toBe(403);
  });
});

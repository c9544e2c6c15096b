import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePairing } from '../../shared/codecs/venue/pairing';
import { databaseName, laptopDocId } from '../../shared/codecs/venue/venueDocs';
import { codeIn, useTestHost } from './testing/hostFixture';

const EVENT = 'CONF-1';
const DB = databaseName(EVENT);
const venue = useTestHost(EVENT);
const { request: ask, pair } = venue;

/** A pairing code made with this token, for a laptop of this role and event. */
const mint = (token: string, json: { role: string; conferenceId?: string; eventName?: string }) =>
  ask('/_plenum/codes', { method: 'POST', token, json });

/** The first laptop brings its event and becomes its secretariat; it makes a code for each other laptop. */
async function secretariatAndDesk() {
  const first = await pair(codeIn(venue.host.pairingText('secretariat', null)), 'sec-1', EVENT);
  const minted = await mint(first.body.token, { role: 'desk', conferenceId: EVENT });
  const { text } = (await minted.json()) as { text: string };
  const desk = await pair(codeIn(text), 'desk-1', 'IGNORED');
  return { secretariat: first.body.token, desk: desk.body.token };
}

describe('the venue host lets in only laptops that joined', () => {
  it('answers a request without a token, or with a wrong one, 401 and no data', async () => {
    const { desk } = await secretariatAndDesk();
    expect((await ask(`/${DB}/${laptopDocId('desk-1')}`, { token: desk })).status).toBe(200);
    for (const token of [undefined, 'x'.repeat(43), venue.host.adminToken.slice(1)]) {
      for (const pathname of [
        `/${DB}/_all_docs?include_docs=true`,
        `/${DB}/_changes`,
        `/${DB}/laptop:desk-1`,
        '/_plenum/laptops',
      ]) {
        const response = await ask(pathname, { token });
        const body = await response.text();
        expect(response.status, pathname).toBe(401);
        expect(Object.keys(JSON.parse(body) as object).sort()).toEqual(['error', 'reason']);
        expect(body).not.toContain('desk-1');
      }
    }
    expect((await ask('/', { headers: { Authorization: `Basic ${btoa('admin:admin')}` } })).status).toBe(401);
  });

  it('lets a pairing code in once: the second laptop with the same code is refused', async () => {
    const code = codeIn(venue.host.pairingText('desk', EVENT));
    const first = await pair(code, 'desk-1');
    expect(first).toMatchObject({ status: 200, body: { role: 'desk', database: DB } });
    expect(first.body.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await pair(code, 'desk-2')).status).toBe(401);
    expect((await pair(code, 'desk-1')).status).toBe(401);
    expect(venue.host.state.laptopsOf(DB).map((l) => l.deviceId)).toEqual(['desk-1']);
  });

  it('keeps the event of the code, whatever event the laptop names', async () => {
    const joined = await pair(codeIn(venue.host.pairingText('desk', EVENT)), 'desk-1', 'OTHER');
    expect(joined.body.database).toBe(DB);
    const hello = await ask('/_plenum/hello', { token: joined.body.token });
    expect(await hello.json()).toEqual({ role: 'desk', database: DB, name: 'Laptop desk-1' });
  });

  it('refuses a pairing without device or name, before the code is spent', async () => {
    const code = codeIn(venue.host.pairingText('desk', EVENT));
    const response = await ask('/_plenum/pair', { method: 'POST', json: { code, name: 'x' } });
    expect(response.status).toBe(400);
    expect((await pair(code, 'desk-1')).status).toBe(200);
  });

  it('keeps the first code when the laptop did not say which event it brings', async () => {
    const code = codeIn(venue.host.pairingText('secretariat', null));
    expect((await pair(code, 'sec-1')).status).toBe(400);
    expect((await pair(code, 'sec-1', EVENT)).status).toBe(200);
  });

  it('lets a first laptop’s code bring a new event, never open one that others joined', async () => {
    expect((await pair(codeIn(venue.host.pairingText('secretariat', null)), 'sec-1', EVENT)).status).toBe(
      200,
    );
    expect((await pair(codeIn(venue.host.pairingText('secretariat', null)), 'sec-1', EVENT)).status).toBe(
      200,
    );
    expect((await pair(codeIn(venue.host.pairingText('secretariat', null)), 'intruder', EVENT)).status).toBe(
      403,
    );
  });

  it('keeps each laptop to its own event', async () => {
    const { desk } = await secretariatAndDesk();
    const other = databaseName('CONF-2');
    expect((await ask(`/${other}/_all_docs`, { token: desk })).status).toBe(403);
    expect(
      (await ask(`/${other}/_bulk_docs`, { method: 'POST', token: desk, json: { docs: [] } })).status,
    ).toBe(403);
    expect((await ask(`/${DB}/_all_docs`, { token: desk })).status).toBe(200);
  });

  it('refuses what the host does not serve, even to a joined laptop', async () => {
    const { desk } = await secretariatAndDesk();
    for (const [method, pathname] of [
      ['GET', '/_all_dbs'],
      ['GET', `/${DB}/_design/x`],
      ['DELETE', `/${DB}/laptop:desk-1`],
      ['PUT', `/${DB}/laptop:desk-1`],
      ['DELETE', `/${DB}`],
    ] as const)
      expect(
        (
          await ask(pathname, {
            method,
            token: desk,
            json: method === 'PUT' ? { role: 'tellers' } : undefined,
          })
        ).status,
        pathname,
      ).toBe(403);
    const laptop = (await (await ask(`/${DB}/laptop:desk-1`, { token: desk })).json()) as {
      role: string;
    };
    expect(laptop.role).toBe('desk');
  });
});

describe('the secretariat adds and revokes laptops', () => {
  it('makes a code for a desk of its event; a desk may not', async () => {
    const { secretariat, desk } = await secretariatAndDesk();
    const made = await mint(secretariat, { role: 'tellers', conferenceId: EVENT, eventName: 'Congress' });
    expect(made.status).toBe(200);
    const read = parsePairing(((await made.json()) as { text: string }).text);
    expect(read).toMatchObject({
      ok: true,
      pairing: {
        role: 'tellers',
        event: EVENT,
        eventName: 'Congress',
        fingerprint: venue.host.fingerprint,
        urls: venue.host.urls,
      },
    });
    expect((await mint(desk, { role: 'desk', conferenceId: EVENT })).status).toBe(403);
    expect((await mint(secretariat, { role: 'desk', conferenceId: 'CONF-2' })).status).toBe(403);
    expect((await mint(secretariat, { role: 'desk' })).status).toBe(403);
    expect((await mint(secretariat, { role: 'root', conferenceId: EVENT })).status).toBe(400);
  });

  it('lists the laptops without their tokens’ hashes', async () => {
    const { secretariat } = await secretariatAndDesk();
    const response = await ask('/_plenum/laptops', { token: secretariat });
    const body = await response.text();
    expect(body).not.toContain('tokenSha256');
    const { laptops } = JSON.parse(body) as {
      laptops: { deviceId: string; role: string; lastSeen: string | null }[];
    };
    expect(laptops.map((l) => [l.deviceId, l.role])).toEqual([
      ['sec-1', 'secretariat'],
      ['desk-1', 'desk'],
    ]);
    expect(laptops[0]!.lastSeen).not.toBeNull();
  });

  it('revokes a laptop: its token is refused from then on, and its laptop document says so', async () => {
    const { secretariat, desk } = await secretariatAndDesk();
    expect((await ask('/_plenum/laptops/sec-1/revoke', { method: 'POST', token: desk })).status).toBe(403);
    const revoked = await ask('/_plenum/laptops/desk-1/revoke', { method: 'POST', token: secretariat });
    expect(revoked.status).toBe(200);
    expect((await ask('/_plenum/hello', { token: desk })).status).toBe(401);
    expect((await ask(`/${DB}/_changes`, { token: desk })).status).toBe(401);
    const doc = (await (
      await ask(`/${DB}/${laptopDocId('desk-1')}`, { token: secretariat })
    ).json()) as Record<string, unknown>;
    expect(doc).toMatchObject({ _id: 'laptop:desk-1', deviceId: 'desk-1', role: 'desk' });
    expect(typeof doc.revokedAt).toBe('string');
    expect(JSON.parse(readFileSync(path.join(venue.dir, 'laptops.json'), 'utf8'))[1].revokedAt).toBe(
      doc.revokedAt,
    );
    expect((await ask('/_plenum/laptops/nobody/revoke', { method: 'POST', token: secretariat })).status).toBe(
      404,
    );
  });

  it('lets the host’s admin token make a code for any event and revoke a laptop of it', async () => {
    const made = await mint(venue.host.adminToken, { role: 'tellers', conferenceId: 'CONF-9' });
    const { text } = (await made.json()) as { text: string };
    const tellers = await pair(codeIn(text), 'tellers-1');
    expect(tellers.body).toMatchObject({ role: 'tellers', database: databaseName('CONF-9') });
    const revoked = await ask(`/_plenum/laptops/tellers-1/revoke?database=${databaseName('CONF-9')}`, {
      method: 'POST',
      token: venue.host.adminToken,
    });
    expect(revoked.status).toBe(200);
    expect((await ask('/_plenum/hello', { token: tellers.body.token })).status).toBe(401);
  });
});

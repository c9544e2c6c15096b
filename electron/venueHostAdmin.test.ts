import { afterAll, describe, expect, it } from 'vitest';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startHost, type RunningHost } from '../cli/host/venueHost';
import { hostCertificate } from '../cli/host/tls';
import { databaseName } from '../shared/codecs/venue/venueDocs';
import { adminRequest, hostLikeOf } from './venueHostAdmin';

const EVENT = '01M8K92FGGJ8272XBQWCSN4SEY';
const DATABASE = databaseName(EVENT);
const running: RunningHost[] = [];

async function aHost() {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'plenum-venue-admin-'));
  const host = await startHost({ dataDir, port: 0, bind: '127.0.0.1' });
  running.push(host);
  const { cert } = await hostCertificate(dataDir);
  return { host, cert, adapted: hostLikeOf(host, cert) };
}

afterAll(async () => {
  await Promise.all(running.map((host) => host.close()));
});

describe('the running host, as the utility process uses it', () => {
  it('lists the laptops of an event without their tokens’ hashes', async () => {
    const { host, adapted } = await aHost();
    host.state.join({
      deviceId: 'dev-desk01',
      name: 'Desk 1',
      role: 'desk',
      database: DATABASE,
      pairedAt: '2026-12-10T08:00:00.000Z',
    });
    expect(adapted.laptopsOf(DATABASE)).toEqual([
      {
        deviceId: 'dev-desk01',
        name: 'Desk 1',
        role: 'desk',
        database: DATABASE,
        pairedAt: '2026-12-10T08:00:00.000Z',
        revokedAt: null,
      },
    ]);
    expect(adapted.laptopsOf('plenum-other')).toEqual([]);
    expect(adapted.pairingText('secretariat', EVENT, 'Assembly')).toMatch(/^PLENUM-PAIR:/);
  });

  it('revokes a laptop through the host’s admin route, so the roster in the event’s database says so', async () => {
    const { host, cert, adapted } = await aHost();
    const token = host.state.join({
      deviceId: 'dev-desk01',
      name: 'Desk 1',
      role: 'desk',
      database: DATABASE,
      pairedAt: '2026-12-10T08:00:00.000Z',
    });
    expect(await adapted.revoke(DATABASE, 'dev-desk01')).toBe(true);
    expect(host.state.laptopOfToken(token)).toBeNull();
    expect(adapted.laptopsOf(DATABASE)[0]!.revokedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    const roster = await adminRequest(host, cert, 'GET', `/${DATABASE}/laptop:dev-desk01`);
    expect(roster.status).toBe(200);
    expect(JSON.parse(roster.body)).toMatchObject({ deviceId: 'dev-desk01', role: 'desk' });
    expect(JSON.parse(roster.body).revokedAt).toBe(adapted.laptopsOf(DATABASE)[0]!.revokedAt);
    expect(await adapted.revoke(DATABASE, 'dev-unknown')).toBe(false);
  });

  it('sends the admin token only to a server showing the host’s own certificate', async () => {
    const { host } = await aHost();
    const { cert: otherCert } = await aHost();
    await expect(adminRequest(host, otherCert, 'GET', '/_plenum/hello')).rejects.toThrow();
    const impostor = { ...host, fingerprint: 'f'.repeat(64) };
    const { cert } = await hostCertificate(host.state.dataDir);
    await expect(adminRequest(impostor, cert, 'GET', '/_plenum/hello')).rejects.toThrow(
      'Not the venue host’s certificate.',
    );
    const hello = await adminRequest(host, cert, 'GET', '/_plenum/hello');
    expect([hello.status, JSON.parse(hello.body)]).toEqual([200, { admin: true }]);
  });
});

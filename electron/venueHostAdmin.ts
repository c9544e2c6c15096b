import https from 'node:https';
import type { PeerCertificate } from 'node:tls';
import type { RunningHost } from '../cli/host/venueHost';
import type { HostLike } from './venueHostMessages';

const ADMIN_TIMEOUT_MS = 10_000;

type AdminHost = Pick<RunningHost, 'port' | 'adminToken' | 'fingerprint'>;

/**
 * The running host as the utility process uses it. A revocation goes through the host's own admin
 * route, as a secretariat laptop's would, because the route also updates the laptop's document in
 * the event's database: the roster every laptop replicates.
 */
export function hostLikeOf(running: RunningHost, certificatePem: string): HostLike {
  return {
    port: running.port,
    urls: running.urls,
    fingerprint: running.fingerprint,
    pairingText: (role, conferenceId, eventName) => running.pairingText(role, conferenceId, eventName),
    laptopsOf: (database) =>
      running.state.laptopsOf(database).map(({ tokenSha256: _hash, ...shown }) => shown),
    revoke: async (database, deviceId) => {
      const path =
        `/_plenum/laptops/${encodeURIComponent(deviceId)}/revoke` +
        `?database=${encodeURIComponent(database)}`;
      const { status, body } = await adminRequest(running, certificatePem, 'POST', path);
      if (status === 200) return true;
      if (status === 404) return false;
      throw new Error(`The venue host refused the revocation (${status}): ${body.slice(0, 200)}`);
    },
    close: () => running.close(),
  };
}

const hexOf = (peer: PeerCertificate) => peer.fingerprint256.replace(/:/g, '').toLowerCase();

/**
 * A request to the host on this laptop's loopback, with the admin token. The certificate is
 * self-signed and names no address, so it is trusted as its own authority and then held to the
 * host's fingerprint: the token goes to that host or nowhere.
 */
export function adminRequest(
  host: AdminHost,
  certificatePem: string,
  method: string,
  path: string,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = https.request(
      {
        host: '127.0.0.1',
        port: host.port,
        method,
        path,
        headers: { authorization: `Bearer ${host.adminToken}`, 'content-length': 0 },
        ca: certificatePem,
        checkServerIdentity: (_name, peer) =>
          hexOf(peer) === host.fingerprint ? undefined : new Error('Not the venue host’s certificate.'),
        agent: false,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
        );
        response.on('error', reject);
      },
    );
    request.setTimeout(ADMIN_TIMEOUT_MS, () => request.destroy(new Error('The venue host did not answer.')));
    request.on('error', reject);
    request.end();
  });
}

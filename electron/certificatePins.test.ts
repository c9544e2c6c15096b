import { describe, expect, it } from 'vitest';
import { createHash, X509Certificate } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fingerprintOf, hostCertificate } from '../cli/host/tls';
import {
  CHROMIUM_DECIDES,
  hexOfChromiumFingerprint,
  installCertificatePins,
  pinVerdict,
  REFUSE,
  TRUST,
  type VerifyingSession,
} from './certificatePins';

/** What Electron hands the verify proc: `sha256/` and the base64 of SHA-256 over the certificate's DER. */
const chromiumFingerprint = (certPem: string) =>
  `sha256/${createHash('sha256').update(new X509Certificate(certPem).raw).digest('base64')}`;

async function twoHostCertificates() {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'plenum-pins-'));
  return Promise.all(
    ['a', 'b'].map(async (name) => {
      await fs.mkdir(path.join(root, name));
      return hostCertificate(path.join(root, name));
    }),
  );
}

const certificates = twoHostCertificates();

describe('a certificate’s fingerprint as Electron gives it', () => {
  it('reads as the hex fingerprint the host’s pairing code carries', async () => {
    const [host] = await certificates;
    const electronSays = chromiumFingerprint(host!.cert);
    expect(electronSays).toMatch(/^sha256\/[A-Za-z0-9+/]{43}=$/);
    expect(hexOfChromiumFingerprint(electronSays)).toBe(host!.fingerprint);
    expect(hexOfChromiumFingerprint(electronSays)).toBe(fingerprintOf(host!.cert));
    expect(hexOfChromiumFingerprint(electronSays)).toBe(
      new X509Certificate(host!.cert).fingerprint256.replace(/:/g, '').toLowerCase(),
    );
  });

  it('is nothing when it is not a SHA-256 fingerprint', () => {
    const sha1 = `sha1/${Buffer.alloc(20, 7).toString('base64')}`;
    for (const text of [
      '',
      sha1,
      'sha256/',
      `sha256/${Buffer.alloc(31).toString('base64')}`,
      'ab'.repeat(32),
    ])
      expect(hexOfChromiumFingerprint(text), text).toBeNull();
  });
});

describe('the verdict on a server’s certificate', () => {
  it('trusts a paired host’s own certificate, refuses another there, and leaves other hosts to Chromium', async () => {
    const [host, other] = await certificates;
    const pins = new Map([['192.168.1.20', host!.fingerprint]]);
    const verdict = (hostname: string, certPem: string) =>
      pinVerdict({ hostname, certificateFingerprint: chromiumFingerprint(certPem) }, pins);
    expect(verdict('192.168.1.20', host!.cert)).toBe(TRUST);
    expect(verdict('192.168.1.20', other!.cert)).toBe(REFUSE);
    expect(verdict('192.168.1.21', host!.cert)).toBe(CHROMIUM_DECIDES);
    expect(verdict('example.org', other!.cert)).toBe(CHROMIUM_DECIDES);
    expect([TRUST, REFUSE, CHROMIUM_DECIDES]).toEqual([0, -2, -3]);
  });

  it('refuses a pinned host whose fingerprint does not read, and knows a host however it is spelt', async () => {
    const [host] = await certificates;
    const pins = new Map([
      ['venue-host.local', host!.fingerprint],
      ['fe80::1', host!.fingerprint],
    ]);
    const fingerprint = chromiumFingerprint(host!.cert);
    expect(pinVerdict({ hostname: 'venue-host.local', certificateFingerprint: 'garbage' }, pins)).toBe(
      REFUSE,
    );
    expect(pinVerdict({ hostname: 'Venue-Host.LOCAL.', certificateFingerprint: fingerprint }, pins)).toBe(
      TRUST,
    );
    expect(pinVerdict({ hostname: '[fe80::1]', certificateFingerprint: fingerprint }, pins)).toBe(TRUST);
  });
});

describe('installing the pins', () => {
  it('answers each verification from the pins as they are at that moment', async () => {
    const [host] = await certificates;
    let proc: Parameters<VerifyingSession['setCertificateVerifyProc']>[0] | undefined;
    const pins = new Map<string, string>();
    installCertificatePins({ setCertificateVerifyProc: (given) => (proc = given) }, () => pins);
    const verify = () =>
      new Promise<number>((resolve) =>
        proc!(
          { hostname: '10.0.0.5', certificate: { fingerprint: chromiumFingerprint(host!.cert) } },
          resolve,
        ),
      );
    expect(await verify()).toBe(CHROMIUM_DECIDES);
    pins.set('10.0.0.5', host!.fingerprint);
    expect(await verify()).toBe(TRUST);
    pins.set('10.0.0.5', 'f'.repeat(64));
    expect(await verify()).toBe(REFUSE);
  });
});

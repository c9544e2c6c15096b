/**
 * The venue hosts' certificates are self-signed, for addresses on the venue network: Chromium
 * would refuse them. A host this laptop paired with is trusted by the fingerprint its pairing
 * code carried, and by nothing else; every other address is left to Chromium as before.
 */

/** The answers of Electron's certificate verify proc. */
export const TRUST = 0;
export const REFUSE = -2;
export const CHROMIUM_DECIDES = -3;
export type PinVerdict = typeof TRUST | typeof REFUSE | typeof CHROMIUM_DECIDES;

/**
 * Pinned hosts: host name → SHA-256 of the certificate's DER in lower-case hex. By host name
 * alone, because that is all Electron tells the verify proc of the address (no port).
 */
export type Pins = ReadonlyMap<string, string>;

/** A host name as both a URL and Chromium may spell it: `[::1]` and `::1`, `Host.` and `host`. */
export function hostKey(hostname: string): string {
  return hostname
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1')
    .replace(/\.$/, '');
}

/** Electron gives a certificate's fingerprint as `sha256/<base64 of the digest>`; this is its hex. */
export function hexOfChromiumFingerprint(fingerprint: string): string | null {
  const match = /^sha256\/([A-Za-z0-9+/]{43}=)$/.exec(fingerprint);
  if (!match) return null;
  const digest = Buffer.from(match[1]!, 'base64');
  return digest.length === 32 ? digest.toString('hex') : null;
}

export function pinVerdict(
  request: { hostname: string; certificateFingerprint: string },
  pins: Pins,
): PinVerdict {
  const pinned = pins.get(hostKey(request.hostname));
  if (pinned === undefined) return CHROMIUM_DECIDES;
  return hexOfChromiumFingerprint(request.certificateFingerprint) === pinned ? TRUST : REFUSE;
}

/** What the install needs of Electron's Session, so it runs in tests without Electron. */
export interface VerifyingSession {
  setCertificateVerifyProc(
    proc: (
      request: { hostname: string; certificate: { fingerprint: string } },
      callback: (verdict: number) => void,
    ) => void,
  ): void;
}

/** `pins` is read at every verification, so a host pinned later is trusted from then on. */
export function installCertificatePins(session: VerifyingSession, pins: () => Pins): void {
  session.setCertificateVerifyProc((request, callback) =>
    callback(
      pinVerdict(
        { hostname: request.hostname, certificateFingerprint: request.certificate.fingerprint },
        pins(),
      ),
    ),
  );
}

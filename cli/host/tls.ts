import { X509Certificate } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generate } from 'selfsigned';

export interface HostCertificate {
  key: string;
  cert: string;
  /** SHA-256 of the certificate's DER, lower-case hex: what the pairing code carries and laptops pin. */
  fingerprint: string;
}

export function fingerprintOf(certPem: string): string {
  return new X509Certificate(certPem).fingerprint256.replace(/:/g, '').toLowerCase();
}

/** The host's self-signed certificate, made once and kept in its data folder so that pins survive a restart. */
export async function hostCertificate(dataDir: string): Promise<HostCertificate> {
  const keyFile = path.join(dataDir, 'tls-key.pem');
  const certFile = path.join(dataDir, 'tls-cert.pem');
  if (!existsSync(keyFile) || !existsSync(certFile)) {
    const notAfter = new Date();
    notAfter.setFullYear(notAfter.getFullYear() + 5);
    const pems = await generate([{ name: 'commonName', value: 'Plenum venue host' }], {
      keyType: 'ec',
      algorithm: 'sha256',
      notAfterDate: notAfter,
    });
    writeFileSync(keyFile, pems.private, { mode: 0o600 });
    writeFileSync(certFile, pems.cert);
  }
  const cert = readFileSync(certFile, 'utf8');
  return { key: readFileSync(keyFile, 'utf8'), cert, fingerprint: fingerprintOf(cert) };
}

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import QRCode from 'qrcode';
import type { Translate } from '../../shared/locales';
import { startHost, type RunningHost } from './venueHost';

export interface HostArgs {
  dataDir: string;
  port: number;
  bind: string;
}

const PORT = /^\d{1,5}$/;

/** The arguments of `plenum host`, or the name of the option that is wrong. */
export function hostArgs(args: string[]): HostArgs | { wrong: string } {
  const value = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const dataDir = value('--data');
  const port = value('--port') ?? '6984';
  const bind = value('--bind') ?? '0.0.0.0';
  if (!dataDir || dataDir.startsWith('--')) return { wrong: '--data' };
  if (!PORT.test(port) || Number(port) > 65_535) return { wrong: '--port' };
  if (!/^[0-9a-fA-F.:]{2,45}$/.test(bind)) return { wrong: '--bind' };
  return { dataDir: path.resolve(dataDir), port: Number(port), bind };
}

/** What the host says when it starts: where it is, its certificate, and the first laptop's code. */
export async function hostBanner(host: RunningHost, t: Translate): Promise<string> {
  const text = host.pairingText('secretariat', null);
  const qr = await QRCode.toString(text, { type: 'utf8', errorCorrectionLevel: 'M' });
  return [
    t('venue.cli_listening', { urls: host.urls.join(', ') }),
    t('venue.cli_fingerprint', { fingerprint: host.fingerprint }),
    '',
    t('venue.cli_firstCode'),
    qr,
    text,
    '',
    t('venue.cli_stop'),
  ].join('\n');
}

/** Runs the venue host until the process is stopped (Ctrl+C or SIGTERM). */
export async function runHost(args: HostArgs, t: Translate, out: (text: string) => void): Promise<number> {
  const host = await startHost({ dataDir: args.dataDir, port: args.port, bind: args.bind });
  writeFileSync(
    path.join(args.dataDir, 'host.json'),
    JSON.stringify(
      { port: host.port, urls: host.urls, fingerprint: host.fingerprint, pid: process.pid },
      null,
      2,
    ),
  );
  out(await hostBanner(host, t));
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await host.close();
  return 0;
}

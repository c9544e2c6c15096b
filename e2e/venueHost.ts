import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The headless venue host as staff run it (`plenum host`), on the loopback, for a test. */
export interface TestHost {
  dataDir: string;
  port: number;
  url: string;
  /** The pairing text the host printed for the first laptop. */
  firstCode: string;
  process: ChildProcess;
}

export async function startTestHost(dataDir = mkdtempSync(path.join(tmpdir(), 'plenum-host-')), port = 0) {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'cli/plenum.ts',
      'host',
      '--data',
      dataDir,
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const firstCode = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const code = /PLENUM-PAIR:\S+/.exec(output);
      if (code && output.includes('Ctrl+C')) resolve(code[0]);
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (status) => reject(new Error(`the host stopped (${status}): ${output}`)));
  });
  const started = JSON.parse(readFileSync(path.join(dataDir, 'host.json'), 'utf8')) as { port: number };
  const host: TestHost = {
    dataDir,
    port: started.port,
    url: `https://127.0.0.1:${started.port}`,
    firstCode,
    process: child,
  };
  return host;
}

/** Stops the host as Ctrl+C does, and waits until it has. */
export async function stopTestHost(host: TestHost): Promise<void> {
  if (host.process.exitCode !== null) return;
  const exited = new Promise((resolve) => host.process.once('exit', resolve));
  host.process.kill('SIGTERM');
  await exited;
}

export const adminToken = (host: TestHost) =>
  readFileSync(path.join(host.dataDir, 'admin-token'), 'utf8').trim();

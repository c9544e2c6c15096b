import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hostArgs } from './hostCommand';

describe('plenum host arguments', () => {
  it('needs a data folder and takes port 6984 on every address by default', () => {
    expect(hostArgs(['--data', 'venue'])).toEqual({
      dataDir: path.resolve('venue'),
      port: 6984,
      bind: '0.0.0.0',
    });
    expect(hostArgs(['--port', '7000', '--bind', '127.0.0.1', '--data', '/srv/plenum'])).toEqual({
      dataDir: '/srv/plenum',
      port: 7000,
      bind: '127.0.0.1',
    });
    expect(hostArgs(['--data', '/d', '--bind', '::1'])).toMatchObject({ bind: '::1' });
  });

  it('names the option that is wrong', () => {
    expect(hostArgs([])).toEqual({ wrong: '--data' });
    expect(hostArgs(['--data'])).toEqual({ wrong: '--data' });
    expect(hostArgs(['--data', '--port', '1'])).toEqual({ wrong: '--data' });
    for (const port of ['65536', '-1', 'http', '1e3', ''])
      expect(hostArgs(['--data', 'd', '--port', port]), port).toEqual({ wrong: '--port' });
    for (const bind of ['localhost', 'example.org', '1', '0.0.0.0; rm -rf /'])
      expect(hostArgs(['--data', 'd', '--bind', bind]), bind).toEqual({ wrong: '--bind' });
  });
});

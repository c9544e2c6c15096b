import { describe, expect, it } from 'vitest';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { BackupFolders } from './backups';

const EVENT = '01M8K92FGGJ8272XBQWCSN4SEY';

describe('backup folders', () => {
  it(
    'write whole files to user data and the second folder, ' +
      'list them newest first, and read back only backups',
    async () => {
      const root = await fs.mkdtemp(path.join(os.tmpdir(), 'plenum-backups-'));
      const folders = new BackupFolders(path.join(root, 'user-data'));
      await folders.setSecond(path.join(root, 'usb'));
      await folders.write(EVENT, new Uint8Array([1, 2, 3]), new Date('2026-12-10T08:00:00Z'));
      const list = await folders.write(EVENT, new Uint8Array([4, 5]), new Date('2026-12-10T08:05:00Z'));
      expect(list.map((f) => [path.basename(f.folder), f.name, f.bytes])).toEqual([
        ['backups', `plenum-${EVENT}-20261210T080500000Z.zip`, 2],
        ['usb', `plenum-${EVENT}-20261210T080500000Z.zip`, 2],
        ['backups', `plenum-${EVENT}-20261210T080000000Z.zip`, 3],
        ['usb', `plenum-${EVENT}-20261210T080000000Z.zip`, 3],
      ]);
      expect((await fs.readdir(path.join(root, 'usb'))).some((n) => n.endsWith('.part'))).toBe(false);
      expect(await folders.isBackup(list[0]!.path)).toBe(true);
      expect(await folders.isBackup(path.join(root, 'user-data', 'backup-settings.json'))).toBe(false);
      expect(
        await folders.isBackup(path.join(root, 'usb', '..', 'user-data', 'backups', list[0]!.name)),
      ).toBe(true);
      expect(await folders.isBackup(path.join(root, 'elsewhere', list[0]!.name))).toBe(false);
    },
  );

  it('keep writing to user data when the second folder is gone', async () => {
    const root = await fs.mkdtemp(path.join(os.tmpdir(), 'plenum-backups-'));
    const folders = new BackupFolders(path.join(root, 'user-data'));
    await fs.writeFile(path.join(root, 'not-a-folder'), 'x');
    await folders.setSecond(path.join(root, 'not-a-folder'));
    const list = await folders.write(EVENT, new Uint8Array([1]), new Date('2026-12-10T09:00:00Z'));
    expect(list.map((f) => path.basename(f.folder))).toEqual(['backups']);
  });
});

import { describe, expect, it } from 'vitest';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { BackupFolders } from './backups';

const EVENT = '01M8K92FGGJ8272XBQWCSN4SEY';
const OTHER = '01M8K92FGGJ8272XBQWCSN4SEZ';
const at = (time: string) => new Date(`2026-12-10T${time}Z`);
const tempRoot = () => fs.mkdtemp(path.join(os.tmpdir(), 'plenum-backups-'));

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

  it('keep each folder’s backups under the cap by deleting the oldest, never the one just written', async () => {
    const root = await tempRoot();
    const folders = new BackupFolders(path.join(root, 'user-data'), { capBytes: 10 });
    await folders.setSecond(path.join(root, 'usb'));
    await fs.mkdir(path.join(root, 'usb'));
    await fs.writeFile(path.join(root, 'usb', 'holiday.zip'), new Uint8Array(100));
    await folders.write(OTHER, new Uint8Array(4), at('08:00:00'));
    await folders.write(EVENT, new Uint8Array(4), at('08:05:00'));
    let list = await folders.write(OTHER, new Uint8Array(4), at('08:10:00'));
    const names = (folder: string) =>
      list.filter((f) => path.basename(f.folder) === folder).map((f) => f.name);
    for (const folder of ['backups', 'usb'])
      expect(names(folder)).toEqual([
        `plenum-${OTHER}-20261210T081000000Z.zip`,
        `plenum-${EVENT}-20261210T080500000Z.zip`,
      ]);
    list = await folders.write(EVENT, new Uint8Array(11), at('08:15:00'));
    for (const folder of ['backups', 'usb'])
      expect(names(folder)).toEqual([`plenum-${EVENT}-20261210T081500000Z.zip`]);
    expect(await fs.readdir(path.join(root, 'usb'))).toContain('holiday.zip');
  });

  it('tell of every backup written, in each folder', async () => {
    const root = await tempRoot();
    const written: string[] = [];
    const folders = new BackupFolders(path.join(root, 'user-data'), {
      onWritten: (file) => void written.push(file),
    });
    await folders.setSecond(path.join(root, 'usb'));
    const list = await folders.write(EVENT, new Uint8Array([1]), at('09:00:00'));
    expect(written).toEqual(list.map((f) => f.path));
  });

  it('read back a backup by its real path, and refuse a link inside a backup folder to a file outside', async () => {
    const root = await tempRoot();
    const folders = new BackupFolders(path.join(root, 'user-data'));
    await fs.mkdir(path.join(root, 'stick'));
    await fs.symlink(path.join(root, 'stick'), path.join(root, 'usb'));
    await folders.setSecond(path.join(root, 'usb'));
    const [backup] = await folders.write(EVENT, new Uint8Array([7, 8]), at('10:00:00'));
    expect(Array.from(await folders.read(backup!.path))).toEqual([7, 8]);
    expect(Array.from(await folders.read(path.join(root, 'stick', backup!.name)))).toEqual([7, 8]);

    await fs.writeFile(path.join(root, 'secret.zip'), 'secret');
    const lure = path.join(root, 'user-data', 'backups', `plenum-${EVENT}-20261210T110000000Z.zip`);
    await fs.symlink(path.join(root, 'secret.zip'), lure);
    expect(await folders.isBackup(lure)).toBe(false);
    await expect(folders.read(lure)).rejects.toThrow('not a backup of this app');

    const outside = path.join(root, 'elsewhere');
    await fs.mkdir(outside);
    await fs.writeFile(path.join(outside, backup!.name), 'not ours');
    const linkedBackup = path.join(root, 'usb', `plenum-${EVENT}-20261210T120000000Z.zip`);
    await fs.symlink(path.join(outside, backup!.name), linkedBackup);
    await expect(folders.read(linkedBackup)).rejects.toThrow('not a backup of this app');
  });
});

import fs from 'node:fs/promises';
import path from 'node:path';
import type { BackupFile } from '../shared/ipc';
import { BACKUP_PATTERN, backupName, DEFAULT_ROTATION, filesToDelete } from './backupRotation';

/** Where backups go: the user-data folder always, and a second folder (a USB stick) when chosen. */
export class BackupFolders {
  constructor(private readonly userData: string) {}

  get primary(): string {
    return path.join(this.userData, 'backups');
  }

  private get settingsFile(): string {
    return path.join(this.userData, 'backup-settings.json');
  }

  async second(): Promise<string | null> {
    try {
      const stored = JSON.parse(await fs.readFile(this.settingsFile, 'utf8')) as { secondFolder?: unknown };
      return typeof stored.secondFolder === 'string' ? stored.secondFolder : null;
    } catch {
      return null;
    }
  }

  async setSecond(folder: string | null): Promise<void> {
    await fs.mkdir(this.userData, { recursive: true });
    await fs.writeFile(this.settingsFile, JSON.stringify({ secondFolder: folder }), 'utf8');
  }

  async all(): Promise<string[]> {
    const second = await this.second();
    return second ? [this.primary, second] : [this.primary];
  }

  /**
   * Writes the archive to every folder (to a temporary name first, then renamed: a backup is whole
   * or absent), then applies the rotation. A second folder that is gone (the stick pulled out) is
   * skipped; the user-data copy is always written.
   */
  async write(conferenceId: string, bytes: Uint8Array, now = new Date()): Promise<BackupFile[]> {
    const name = backupName(conferenceId, now);
    for (const [i, folder] of (await this.all()).entries()) {
      try {
        await fs.mkdir(folder, { recursive: true });
        const target = path.join(folder, name);
        await fs.writeFile(`${target}.part`, bytes);
        await fs.rename(`${target}.part`, target);
        for (const doomed of filesToDelete(await fs.readdir(folder), DEFAULT_ROTATION))
          await fs.rm(path.join(folder, doomed), { force: true });
      } catch (error) {
        if (i === 0) throw error;
      }
    }
    return this.list();
  }

  async list(): Promise<BackupFile[]> {
    const files: BackupFile[] = [];
    for (const folder of await this.all()) {
      let names: string[];
      try {
        names = await fs.readdir(folder);
      } catch {
        continue;
      }
      for (const name of names.filter((n) => BACKUP_PATTERN.test(n))) {
        const stat = await fs.stat(path.join(folder, name));
        files.push({
          name,
          folder,
          path: path.join(folder, name),
          bytes: stat.size,
          written: stat.mtime.toISOString(),
        });
      }
    }
    return files.sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
  }

  /** Only a backup file inside one of the backup folders can be read back. */
  async isBackup(file: string): Promise<boolean> {
    const resolved = path.resolve(file);
    if (!BACKUP_PATTERN.test(path.basename(resolved))) return false;
    return (await this.all()).some((folder) => path.dirname(resolved) === path.resolve(folder));
  }
}

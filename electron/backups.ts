import fs from 'node:fs/promises';
import path from 'node:path';
import type { BackupFile } from '../shared/ipc';
import {
  BACKUP_PATTERN,
  backupName,
  DEFAULT_ROTATION,
  filesOverCap,
  filesToDelete,
  type SizedFile,
} from './backupRotation';

export const NOT_A_BACKUP = 'not a backup of this app';

/**
 * The most one folder's backups may take. Per folder, because each is a disk of its own (the user's,
 * a USB stick) holding the same backups. Rotation bounds their number per event, not the number of
 * events nor an archive's size (attachments): without a cap, a long-used desk could fill the user's
 * disk or the stick. 2 GiB still holds dozens of copies of a large event and fits any stick sold today.
 */
export const DEFAULT_BACKUP_CAP_BYTES = 2 * 1024 ** 3;

export interface BackupFolderOptions {
  capBytes?: number;
  /** Told the path of every backup written, e.g. so the page may later show it in its folder. */
  onWritten?: (file: string) => Promise<void> | void;
}

/** Where backups go: the user-data folder always, and a second folder (a USB stick) when chosen. */
export class BackupFolders {
  private readonly capBytes: number;
  private readonly onWritten: BackupFolderOptions['onWritten'];

  constructor(
    private readonly userData: string,
    options: BackupFolderOptions = {},
  ) {
    this.capBytes = options.capBytes ?? DEFAULT_BACKUP_CAP_BYTES;
    this.onWritten = options.onWritten;
  }

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
   * Writes the archive to every folder, then applies the rotation and the size cap. A second folder
   * that is gone (the stick pulled out) is skipped; the user-data copy is always written.
   */
  async write(conferenceId: string, bytes: Uint8Array, now = new Date()): Promise<BackupFile[]> {
    const name = backupName(conferenceId, now);
    for (const [i, folder] of (await this.all()).entries()) {
      try {
        await this.writeInto(folder, name, bytes);
      } catch (error) {
        if (i === 0) throw error;
      }
    }
    return this.list();
  }

  /** To a temporary name first, then renamed: a backup is whole or absent. */
  private async writeInto(folder: string, name: string, bytes: Uint8Array): Promise<void> {
    await fs.mkdir(folder, { recursive: true });
    const target = path.join(folder, name);
    await fs.writeFile(`${target}.part`, bytes);
    await fs.rename(`${target}.part`, target);
    await this.onWritten?.(target);
    await removeFiles(folder, filesToDelete(await fs.readdir(folder), DEFAULT_ROTATION));
    await removeFiles(folder, filesOverCap(await sizedBackups(folder), this.capBytes, name));
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
    return (await this.backupRealPath(file)) !== null;
  }

  /** Reads the file found by its real path, so that a link repointed after the check is not followed. */
  async read(file: string): Promise<Uint8Array> {
    const realPath = await this.backupRealPath(file);
    if (realPath === null) throw new Error(NOT_A_BACKUP);
    return new Uint8Array(await fs.readFile(realPath));
  }

  /**
   * The file's real path when it is a backup directly inside a backup folder (both resolved, so
   * that neither `..` nor a link inside a backup folder pointing elsewhere gets out), else null.
   */
  private async backupRealPath(file: string): Promise<string | null> {
    const realPath = await realPathOrNull(file);
    if (realPath === null || !BACKUP_PATTERN.test(path.basename(realPath))) return null;
    for (const folder of await this.all())
      if (path.dirname(realPath) === (await realPathOrNull(folder))) return realPath;
    return null;
  }
}

async function realPathOrNull(file: string): Promise<string | null> {
  try {
    return await fs.realpath(file);
  } catch {
    return null;
  }
}

async function removeFiles(folder: string, names: readonly string[]): Promise<void> {
  for (const name of names) await fs.rm(path.join(folder, name), { force: true });
}

/** A folder's backups with their size on disk (a link counts as itself, not as what it points to). */
async function sizedBackups(folder: string): Promise<SizedFile[]> {
  const names = (await fs.readdir(folder)).filter((name) => BACKUP_PATTERN.test(name));
  return Promise.all(
    names.map(async (name) => ({ name, bytes: (await fs.lstat(path.join(folder, name))).size })),
  );
}

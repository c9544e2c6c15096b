import fs from 'node:fs/promises';

export const NOT_SAVED_BY_APP = 'not a file this app saved';

/**
 * The files this app wrote since it started, by real path: the only ones the page may have opened
 * or shown. Comparing real paths means a symlink, a `..` or a saved file since replaced by a link
 * leads to the same file the app wrote or to nothing.
 */
export class SavedFiles {
  private readonly realPaths = new Set<string>();

  async remember(file: string): Promise<void> {
    this.realPaths.add(await fs.realpath(file));
  }

  async isSaved(file: string): Promise<boolean> {
    return (await this.savedRealPath(file)) !== null;
  }

  /**
   * The real path of a saved file, to act on instead of the given one: a link repointed after
   * the check cannot redirect the action.
   */
  async requireSaved(file: string): Promise<string> {
    const realPath = await this.savedRealPath(file);
    if (realPath === null) throw new Error(NOT_SAVED_BY_APP);
    return realPath;
  }

  private async savedRealPath(file: string): Promise<string | null> {
    try {
      const realPath = await fs.realpath(file);
      return this.realPaths.has(realPath) ? realPath : null;
    } catch {
      return null;
    }
  }
}

/** What the file handlers need of Electron's `shell`, so that they run in tests without Electron. */
export interface ShellLike {
  openPath(path: string): Promise<string>;
  showItemInFolder(path: string): void;
}

/**
 * The page names files by path; only those this app saved are opened or shown, so that a compromised
 * page cannot have the system open or reveal anything else.
 */
export function savedFileHandlers(savedFiles: SavedFiles, shell: ShellLike) {
  return {
    async openInViewer(file: string): Promise<void> {
      const error = await shell.openPath(await savedFiles.requireSaved(file));
      if (error) throw new Error(error);
    },
    async showInFolder(file: string): Promise<void> {
      shell.showItemInFolder(await savedFiles.requireSaved(file));
    },
  };
}

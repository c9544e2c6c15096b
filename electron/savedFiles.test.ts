import { describe, expect, it } from 'vitest';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { savedFileHandlers, SavedFiles } from './savedFiles';

async function folderWithSavedPdf() {
  const root = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'plenum-saved-')));
  const saved = path.join(root, 'exports', 'badges.pdf');
  const other = path.join(root, 'exports', 'other.pdf');
  await fs.mkdir(path.dirname(saved));
  await fs.writeFile(saved, 'saved');
  await fs.writeFile(other, 'not saved');
  const files = new SavedFiles();
  await files.remember(saved);
  return { root, saved, other, files };
}

describe('the files this app saved', () => {
  it('accept the saved file, also by a path through `..`, and nothing else', async () => {
    const { root, saved, other, files } = await folderWithSavedPdf();
    expect(await files.isSaved(saved)).toBe(true);
    expect(await files.isSaved(path.join(root, 'exports', '..', 'exports', 'badges.pdf'))).toBe(true);
    expect(await files.isSaved(other)).toBe(false);
    expect(await files.isSaved(path.join(root, 'exports'))).toBe(false);
    expect(await files.isSaved(path.join(root, 'exports', 'missing.pdf'))).toBe(false);
  });

  it('refuse a link to a file the app did not save, and a saved path since replaced by a link', async () => {
    const { root, saved, other, files } = await folderWithSavedPdf();
    const link = path.join(root, 'exports', 'link.pdf');
    await fs.symlink(other, link);
    expect(await files.isSaved(link)).toBe(false);
    await fs.rm(saved);
    await fs.symlink(other, saved);
    expect(await files.isSaved(saved)).toBe(false);
  });

  it('forget a saved file once it is deleted', async () => {
    const { saved, files } = await folderWithSavedPdf();
    await fs.rm(saved);
    expect(await files.isSaved(saved)).toBe(false);
  });

  it('give the real path to act on, not the link that led to it, and refuse the rest plainly', async () => {
    const { root, saved, other, files } = await folderWithSavedPdf();
    const link = path.join(root, 'link-to-saved.pdf');
    await fs.symlink(saved, link);
    await expect(files.requireSaved(link)).resolves.toBe(saved);
    await expect(files.requireSaved(other)).rejects.toThrow('not a file this app saved');
  });

  it('remember a path given through a linked folder by its real path', async () => {
    const { root, saved } = await folderWithSavedPdf();
    const linkedFolder = path.join(root, 'linked');
    await fs.symlink(path.join(root, 'exports'), linkedFolder);
    const files = new SavedFiles();
    await files.remember(path.join(linkedFolder, 'badges.pdf'));
    expect(await files.isSaved(saved)).toBe(true);
    expect(await files.isSaved(path.join(linkedFolder, 'other.pdf'))).toBe(false);
  });

  it('let the page open or show in its folder only a saved file, and never hand another to the system', async () => {
    const { root, saved, other, files } = await folderWithSavedPdf();
    const opened: string[] = [];
    const shown: string[] = [];
    const shell = {
      openPath: async (file: string) => {
        opened.push(file);
        return '';
      },
      showItemInFolder: (file: string) => void shown.push(file),
    };
    const handlers = savedFileHandlers(files, shell);
    const viaDotDot = path.join(root, 'exports', '..', 'exports', 'badges.pdf');
    await handlers.openInViewer(viaDotDot);
    await handlers.showInFolder(viaDotDot);
    for (const refused of [other, path.join(root, 'exports'), path.join(root, 'missing.pdf')]) {
      await expect(handlers.openInViewer(refused)).rejects.toThrow('not a file this app saved');
      await expect(handlers.showInFolder(refused)).rejects.toThrow('not a file this app saved');
    }
    expect(opened).toEqual([saved]);
    expect(shown).toEqual([saved]);
  });

  it('report the system’s failure to open a saved file', async () => {
    const { saved, files } = await folderWithSavedPdf();
    const shell = { openPath: async () => 'no application for .pdf', showItemInFolder: () => {} };
    await expect(savedFileHandlers(files, shell).openInViewer(saved)).rejects.toThrow(
      'no application for .pdf',
    );
  });
});

import type { PlenumApi } from '../../shared/ipc';
import type { Platform } from './platform';

/** The desktop host: `window.plenum`, with the few methods the UI uses in its own shape adapted. */
export function electronPlatform(api: PlenumApi): Platform {
  const {
    appInfo,
    saveFile,
    openFile,
    writeBackup,
    listBackups,
    readBackup,
    chooseBackupFolder,
    ...passedThrough
  } = api;
  return {
    ...passedThrough,
    kind: 'electron',
    saveFile: async (suggestedName, bytes, filters) =>
      (await saveFile({ suggestedName, bytes, filters })).path,
    openFile: async (filters) => {
      const file = await openFile({ filters });
      return file ? { name: file.name, bytes: file.bytes } : null;
    },
    backups: { write: writeBackup, list: listBackups, read: readBackup, chooseFolder: chooseBackupFolder },
  };
}

import type { PlenumApi } from '../../shared/ipc';
import type { Platform } from './platform';

export function electronPlatform(api: PlenumApi): Platform {
  return {
    kind: 'electron',
    deviceId: () => api.deviceId(),
    saveFile: async (suggestedName, bytes, filters) =>
      (await api.saveFile({ suggestedName, bytes, filters })).path,
    openFile: async (filters) => {
      const file = await api.openFile({ filters });
      return file ? { name: file.name, bytes: file.bytes } : null;
    },
    showInFolder: (path) => api.showInFolder(path),
    openInViewer: (path) => api.openInViewer(path),
    setMenuLanguage: (language) => api.setMenuLanguage(language),
    openSecondWindow: (hashPath) => api.openSecondWindow(hashPath),
    backups: {
      write: (request) => api.writeBackup(request),
      list: () => api.listBackups(),
      read: (path) => api.readBackup(path),
      chooseFolder: () => api.chooseBackupFolder(),
    },
    onMenuCommand: (listener) => api.onMenuCommand(listener),
  };
}

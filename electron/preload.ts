import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { IPC_CHANNELS, type MenuCommand, type PlenumApi } from '../shared/ipc';

// The only bridge between the page and Node: typed by the contract, ipcRenderer itself stays here.
const api = {
  appInfo: () => ipcRenderer.invoke(IPC_CHANNELS.appInfo),
  deviceId: () => ipcRenderer.invoke(IPC_CHANNELS.deviceId),
  saveFile: (request) => ipcRenderer.invoke(IPC_CHANNELS.saveFile, request),
  openFile: (request) => ipcRenderer.invoke(IPC_CHANNELS.openFile, request),
  showInFolder: (path) => ipcRenderer.invoke(IPC_CHANNELS.showInFolder, path),
  openInViewer: (path) => ipcRenderer.invoke(IPC_CHANNELS.openInViewer, path),
  setMenuLanguage: (language) => ipcRenderer.invoke(IPC_CHANNELS.setMenuLanguage, language),
  openSecondWindow: (hashPath) => ipcRenderer.invoke(IPC_CHANNELS.openSecondWindow, hashPath),
  writeBackup: (request) => ipcRenderer.invoke(IPC_CHANNELS.writeBackup, request),
  listBackups: () => ipcRenderer.invoke(IPC_CHANNELS.listBackups),
  readBackup: (path) => ipcRenderer.invoke(IPC_CHANNELS.readBackup, path),
  chooseBackupFolder: () => ipcRenderer.invoke(IPC_CHANNELS.chooseBackupFolder),
  onMenuCommand: (listener) => {
    const handler = (_event: IpcRendererEvent, command: MenuCommand) => listener(command);
    ipcRenderer.on(IPC_CHANNELS.menuCommand, handler);
    return () => ipcRenderer.removeListener(IPC_CHANNELS.menuCommand, handler);
  },
} satisfies PlenumApi;

contextBridge.exposeInMainWorld('plenum', api);

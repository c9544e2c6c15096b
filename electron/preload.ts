import { contextBridge, ipcRenderer } from 'electron';
import { buildPlenumApi } from './ipcBridge';

// The only bridge between the page and Node, derived from the contract (shared/ipc/contract.ts).
contextBridge.exposeInMainWorld('plenum', buildPlenumApi(ipcRenderer));

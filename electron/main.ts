import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  session,
  shell,
  type IpcMainInvokeEvent,
} from 'electron';
import { createSecureWindow, hardenSession } from './windowSecurity';
import fs from 'node:fs/promises';
import path from 'node:path';
import { APP_HOST, APP_SCHEME, IPC_CHANNELS, type AppInfo, type MenuCommand } from '../shared/ipc';
import { CONTENT_SECURITY_POLICY, mimeTypeFor, resolveAppPath } from './protocolPath';
import {
  backupPathSchema,
  backupRequestSchema,
  isTrustedSender,
  openFileRequestSchema,
  openInViewerSchema,
  saveFileRequestSchema,
  secondWindowPathSchema,
  showInFolderSchema,
} from './ipcValidation';
import { BackupFolders } from './backups';
import { loadOrCreateDeviceId } from './deviceId';
import { buildMenuTemplate } from './menu';
import { MENU_LANGUAGES, menuLanguageFor, type MenuLanguage } from './menuStrings';

const RENDERER_DIR = path.join(__dirname, '..', 'dist');
const START_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

// The renderer lives at app://plenum/ (never file://): IndexedDB belongs to the origin, and the
// scheme must be privileged before the app is ready for storage and fetch to work there.
protocol.registerSchemesAsPrivileged([
  {
    scheme: APP_SCHEME,
    privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: false, stream: true },
  },
]);

let mainWindow: BrowserWindow | null = null;
let menuLanguage: MenuLanguage = 'en';

function sendMenuCommand(command: MenuCommand): void {
  if (command.type === 'language' && (MENU_LANGUAGES as readonly string[]).includes(command.language)) {
    menuLanguage = command.language as MenuLanguage;
    installMenu();
  }
  mainWindow?.webContents.send(IPC_CHANNELS.menuCommand, command);
}

function installMenu(): void {
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(buildMenuTemplate(menuLanguage, sendMenuCommand, process.platform === 'darwin')),
  );
}

function serveRenderer(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const filePath = resolveAppPath(RENDERER_DIR, request.url, APP_HOST);
    if (!filePath) return new Response('Not found', { status: 404 });
    try {
      const body = await fs.readFile(filePath);
      return new Response(body, {
        headers: {
          'content-type': mimeTypeFor(filePath),
          'content-security-policy': CONTENT_SECURITY_POLICY,
          'x-content-type-options': 'nosniff',
        },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}

function guard<A extends unknown[], R>(handler: (...args: A) => R) {
  return (event: IpcMainInvokeEvent, ...args: A): R => {
    if (!isTrustedSender(event.senderFrame?.url)) throw new Error('IPC refused: untrusted sender');
    return handler(...args);
  };
}

function registerIpc(deviceId: string, backups: BackupFolders): void {
  ipcMain.handle(
    IPC_CHANNELS.appInfo,
    guard((): AppInfo => ({
      name: app.getName(),
      version: app.getVersion(),
      platform: process.platform,
      electron: process.versions.electron ?? '',
      chrome: process.versions.chrome ?? '',
    })),
  );
  ipcMain.handle(
    IPC_CHANNELS.deviceId,
    guard(() => deviceId),
  );
  ipcMain.handle(
    IPC_CHANNELS.saveFile,
    guard(async (raw: unknown) => {
      const request = saveFileRequestSchema.parse(raw);
      const choice = await dialog.showSaveDialog(mainWindow!, {
        defaultPath: request.suggestedName,
        filters: request.filters,
      });
      if (choice.canceled || !choice.filePath) return { path: null };
      await fs.writeFile(choice.filePath, request.bytes);
      return { path: choice.filePath };
    }),
  );
  ipcMain.handle(
    IPC_CHANNELS.openFile,
    guard(async (raw: unknown) => {
      const request = openFileRequestSchema.parse(raw);
      const choice = await dialog.showOpenDialog(mainWindow!, {
        properties: ['openFile'],
        filters: request.filters,
      });
      const filePath = choice.filePaths[0];
      if (choice.canceled || !filePath) return null;
      return {
        name: path.basename(filePath),
        path: filePath,
        bytes: new Uint8Array(await fs.readFile(filePath)),
      };
    }),
  );
  ipcMain.handle(
    IPC_CHANNELS.showInFolder,
    guard((raw: unknown) => {
      shell.showItemInFolder(showInFolderSchema.parse(raw));
    }),
  );
  ipcMain.handle(
    IPC_CHANNELS.openInViewer,
    guard(async (raw: unknown) => {
      const error = await shell.openPath(openInViewerSchema.parse(raw));
      if (error) throw new Error(error);
    }),
  );
  ipcMain.handle(
    IPC_CHANNELS.openSecondWindow,
    guard((raw: unknown) => openSecondWindow(secondWindowPathSchema.parse(raw))),
  );
  ipcMain.handle(
    IPC_CHANNELS.writeBackup,
    guard(async (raw: unknown) => {
      const request = backupRequestSchema.parse(raw);
      return backups.write(request.conferenceId, request.bytes);
    }),
  );
  ipcMain.handle(
    IPC_CHANNELS.listBackups,
    guard(() => backups.list()),
  );
  ipcMain.handle(
    IPC_CHANNELS.readBackup,
    guard(async (raw: unknown) => {
      const file = backupPathSchema.parse(raw);
      if (!(await backups.isBackup(file))) throw new Error('not a backup of this app');
      return new Uint8Array(await fs.readFile(file));
    }),
  );
  ipcMain.handle(
    IPC_CHANNELS.chooseBackupFolder,
    guard(async () => {
      const choice = await dialog.showOpenDialog(mainWindow!, {
        properties: ['openDirectory', 'createDirectory'],
      });
      const folder = choice.filePaths[0];
      if (choice.canceled || !folder) return null;
      await backups.setSecond(folder);
      return folder;
    }),
  );
  ipcMain.handle(
    IPC_CHANNELS.setMenuLanguage,
    guard((raw: unknown) => {
      if (
        typeof raw === 'string' &&
        (MENU_LANGUAGES as readonly string[]).includes(raw) &&
        raw !== menuLanguage
      ) {
        menuLanguage = raw as MenuLanguage;
        installMenu();
      }
    }),
  );
}

const PRELOAD = path.join(__dirname, 'preload.cjs');

/** The hall's projector: a second window, full screen on the screen it is moved to, same security. */
function openSecondWindow(hashPath: string): void {
  const window = createSecureWindow(
    { width: 1280, height: 800, title: 'Plenum', autoHideMenuBar: true },
    PRELOAD,
  );
  void window.loadURL(`${START_URL}${hashPath}`);
}

function createWindow(): void {
  mainWindow = createSecureWindow(
    { width: 1400, height: 900, minWidth: 960, minHeight: 640, title: 'Plenum', show: false },
    PRELOAD,
  );
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  void mainWindow.loadURL(START_URL);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
  void app.whenReady().then(() => {
    menuLanguage = menuLanguageFor(app.getLocale());
    hardenSession(session.defaultSession);
    serveRenderer();
    registerIpc(loadOrCreateDeviceId(app.getPath('userData')), new BackupFolders(app.getPath('userData')));
    installMenu();
    createWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow();
    });
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}

import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import { createSecureWindow, hardenSession } from './windowSecurity';
import fs from 'node:fs/promises';
import path from 'node:path';
import {
  APP_HOST,
  APP_SCHEME,
  type AppInfo,
  type MenuCommand,
  type OpenedFile,
  type OpenFileRequest,
  type SaveFileRequest,
  type SaveFileResult,
} from '../shared/ipc';
import { CONTENT_SECURITY_POLICY, mimeTypeFor, resolveAppPath } from './protocolPath';
import { registerHandlers, sendEvent, type IpcHandlers } from './ipcRegistry';
import { BackupFolders } from './backups';
import { savedFileHandlers, SavedFiles } from './savedFiles';
import { loadOrCreateDeviceId } from './deviceId';
import { buildMenuTemplate } from './menu';
import { MENU_LANGUAGES, menuLanguageFor, type MenuLanguage } from './menuStrings';
import { installCertificatePins } from './certificatePins';
import { PinnedHosts } from './venuePins';
import { stopOnQuit, VenueHost } from './venueHost';
import { forkVenueHostProcess } from './venueHostFork';
import { venueHandlers } from './venueIpc';

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
  if (mainWindow) sendEvent(mainWindow.webContents, 'menuCommand', command);
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

function appInfo(): AppInfo {
  return {
    name: app.getName(),
    version: app.getVersion(),
    platform: process.platform,
    electron: process.versions.electron ?? '',
    chrome: process.versions.chrome ?? '',
  };
}

async function saveChosenFile(savedFiles: SavedFiles, request: SaveFileRequest): Promise<SaveFileResult> {
  const choice = await dialog.showSaveDialog(mainWindow!, {
    defaultPath: request.suggestedName,
    filters: request.filters,
  });
  if (choice.canceled || !choice.filePath) return { path: null };
  await fs.writeFile(choice.filePath, request.bytes);
  await savedFiles.remember(choice.filePath);
  return { path: choice.filePath };
}

async function readChosenFile(request: OpenFileRequest): Promise<OpenedFile | null> {
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
}

async function chooseBackupFolder(backups: BackupFolders): Promise<string | null> {
  const choice = await dialog.showOpenDialog(mainWindow!, {
    properties: ['openDirectory', 'createDirectory'],
  });
  const folder = choice.filePaths[0];
  if (choice.canceled || !folder) return null;
  await backups.setSecond(folder);
  return folder;
}

function setMenuLanguage(language: string): void {
  if ((MENU_LANGUAGES as readonly string[]).includes(language) && language !== menuLanguage) {
    menuLanguage = language as MenuLanguage;
    installMenu();
  }
}

/** The main process's side of every contract method; the registry checks sender, arguments and result. */
function ipcHandlers(
  deviceId: string,
  backups: BackupFolders,
  savedFiles: SavedFiles,
  venue: ReturnType<typeof venueHandlers>,
): IpcHandlers {
  return {
    ...venue,
    appInfo,
    deviceId: () => deviceId,
    saveFile: (request) => saveChosenFile(savedFiles, request),
    openFile: readChosenFile,
    ...savedFileHandlers(savedFiles, shell),
    openSecondWindow,
    setMenuLanguage,
    writeBackup: (request) => backups.write(request.conferenceId, request.bytes),
    listBackups: () => backups.list(),
    readBackup: (file) => backups.read(file),
    chooseBackupFolder: () => chooseBackupFolder(backups),
  };
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
    const userData = app.getPath('userData');
    const savedFiles = new SavedFiles();
    const backups = new BackupFolders(userData, { onWritten: (file) => savedFiles.remember(file) });
    const pins = new PinnedHosts(userData);
    installCertificatePins(session.defaultSession, () => pins.current);
    const venueHost = new VenueHost({
      fork: forkVenueHostProcess,
      dataDir: path.join(userData, 'venue-host'),
    });
    stopOnQuit(app, venueHost);
    const venue = venueHandlers(venueHost, pins, session.defaultSession);
    registerHandlers(ipcMain, ipcHandlers(loadOrCreateDeviceId(userData), backups, savedFiles, venue));
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

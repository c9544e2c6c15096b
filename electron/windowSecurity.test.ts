import { describe, expect, it, vi } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from './protocolPath';

// The Electron binary cannot run here: BrowserWindow is replaced by a recorder of what it is given.
const made: {
  options: Record<string, unknown>;
  handlers: Map<string, (event: { preventDefault: () => void }, url: string) => void>;
  openHandler?: () => unknown;
}[] = [];
vi.mock('electron', () => ({
  BrowserWindow: class {
    webContents;
    constructor(options: Record<string, unknown>) {
      const record: (typeof made)[number] = { options, handlers: new Map() };
      made.push(record);
      this.webContents = {
        on: (name: string, handler: (event: { preventDefault: () => void }, url: string) => void) =>
          record.handlers.set(name, handler),
        setWindowOpenHandler: (handler: () => unknown) => (record.openHandler = handler),
      };
    }
  },
}));

describe('the desktop window’s security', async () => {
  const { createSecureWindow, hardenSession } = await import('./windowSecurity');

  it('isolates and sandboxes the page, without Node, with web security on', () => {
    createSecureWindow({ width: 1400, height: 900 }, '/app/preload.cjs');
    const prefs = made.at(-1)!.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(made.at(-1)!.options.width).toBe(1400);
  });

  it('blocks navigation away from the app and every window the page would open', () => {
    createSecureWindow({}, '/app/preload.cjs');
    const window = made.at(-1)!;
    for (const name of ['will-navigate', 'will-redirect']) {
      const away = { preventDefault: vi.fn() };
      window.handlers.get(name)!(away, 'https://evil.example/');
      expect(away.preventDefault, name).toHaveBeenCalled();
      const home = { preventDefault: vi.fn() };
      window.handlers.get(name)!(home, 'app://plenum/index.html#/events');
      expect(home.preventDefault, name).not.toHaveBeenCalled();
    }
    expect(window.openHandler!()).toEqual({ action: 'deny' });
  });

  it('refuses every permission request', () => {
    let request:
      ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | undefined;
    let check: (() => boolean) | undefined;
    hardenSession({
      setPermissionRequestHandler: (h: typeof request) => (request = h),
      setPermissionCheckHandler: (h: typeof check) => (check = h),
    } as never);
    const callback = vi.fn();
    request!(null, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(check!()).toBe(false);
  });

  it('serves the page with a policy that loads nothing from outside, no eval, and connects only over HTTPS', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|\*/);
    // The venue host is the one place outside the page it reaches, over HTTPS (its certificate pinned).
    const outside = CONTENT_SECURITY_POLICY.split('; ').filter((directive) => /https?:/.test(directive));
    expect(outside).toEqual(["connect-src 'self' https:"]);
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    const html = readFileSync(path.resolve(__dirname, '../renderer/index.html'), 'utf8');
    expect(html).toContain(`content="${CONTENT_SECURITY_POLICY.replace("; frame-ancestors 'none'", '')}"`);
  });

  it('creates windows only through the secure factory, and handles IPC only through the checked registry', () => {
    const main = readFileSync(path.resolve(__dirname, 'main.ts'), 'utf8');
    expect(main).not.toMatch(/new BrowserWindow\(/);
    // The registry checks every call's sender, arguments and result (ipcRegistry.test.ts).
    expect(main).toMatch(/registerHandlers\(ipcMain,/);
    const sources = readdirSync(__dirname).filter(
      (file) => /(?<!\.test)\.ts$/.test(file) && file !== 'ipcRegistry.ts',
    );
    for (const file of sources) {
      const source = readFileSync(path.resolve(__dirname, file), 'utf8');
      expect(source, file).not.toMatch(/ipcMain\s*\.\s*(handle|handleOnce|on|once|addListener)\b/);
    }
  });
});

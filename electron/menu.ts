import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/ipc';
import { LANGUAGE_NAMES, MENU_LANGUAGES, MENU_STRINGS, type MenuLanguage } from './menuStrings';

/** The application menu: file actions, language, about. Pure, so it can be tested without Electron. */
export function buildMenuTemplate(
  language: MenuLanguage,
  send: (command: MenuCommand) => void,
  isMac: boolean,
): MenuItemConstructorOptions[] {
  const t = MENU_STRINGS[language];
  return [
    {
      label: t.file,
      submenu: [
        { label: t.home, accelerator: 'CmdOrCtrl+Shift+H', click: () => send({ type: 'home' }) },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit', label: t.quit },
      ],
    },
    { label: t.edit, role: 'editMenu' },
    {
      label: t.view,
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    {
      label: t.language,
      submenu: MENU_LANGUAGES.map((code) => ({
        label: LANGUAGE_NAMES[code],
        type: 'radio' as const,
        checked: code === language,
        click: () => send({ type: 'language', language: code }),
      })),
    },
    { label: t.help, submenu: [{ label: t.about, click: () => send({ type: 'about' }) }] },
  ];
}

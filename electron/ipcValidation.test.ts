import { describe, expect, it } from 'vitest';
import {
  backupRequestSchema,
  openFileRequestSchema,
  openInViewerSchema,
  saveFileRequestSchema,
  secondWindowPathSchema,
  showInFolderSchema,
} from '../shared/ipc';
import { isAllowedNavigation, isTrustedSender } from './ipcValidation';
import { buildMenuTemplate } from './menu';
import { menuLanguageFor, MENU_LANGUAGES, MENU_STRINGS } from './menuStrings';

describe('IPC argument validation', () => {
  const valid = {
    suggestedName: '参会人员.xlsx',
    bytes: new Uint8Array([1, 2, 3]),
    filters: [{ name: 'Excel', extensions: ['xlsx'] }],
  };

  it('accepts a file name with bytes and filters', () => {
    expect(saveFileRequestSchema.safeParse(valid).success).toBe(true);
    expect(openFileRequestSchema.safeParse({ filters: valid.filters }).success).toBe(true);
  });

  it('refuses a path instead of a name, missing bytes, and strange extensions', () => {
    expect(saveFileRequestSchema.safeParse({ ...valid, suggestedName: '../../.bashrc' }).success).toBe(false);
    expect(saveFileRequestSchema.safeParse({ ...valid, suggestedName: 'C:\\x.txt' }).success).toBe(false);
    expect(saveFileRequestSchema.safeParse({ ...valid, suggestedName: '' }).success).toBe(false);
    expect(saveFileRequestSchema.safeParse({ ...valid, bytes: 'hello' }).success).toBe(false);
    expect(
      saveFileRequestSchema.safeParse({ ...valid, filters: [{ name: 'x', extensions: ['x; rm -rf'] }] })
        .success,
    ).toBe(false);
    expect(openFileRequestSchema.safeParse({}).success).toBe(false);
    expect(showInFolderSchema.safeParse(42).success).toBe(false);
    expect(openInViewerSchema.safeParse('/home/desk/badges-2026-12-10.pdf').success).toBe(true);
    expect(openInViewerSchema.safeParse('/tmp/evil.exe').success).toBe(false);
    expect(
      secondWindowPathSchema.safeParse(
        '#/events/01M8K92FGGJ8272XBQWCSN4SEY/announce/01M8K92FGGJ8272XBQWCSN4SEZ',
      ).success,
    ).toBe(true);
    expect(
      secondWindowPathSchema.safeParse(
        '#/events/01M8K92FGGJ8272XBQWCSN4SEY/announceElection/01M8K92FGGJ8272XBQWCSN4SEZ',
      ).success,
    ).toBe(true);
    expect(
      secondWindowPathSchema.safeParse(
        '#/events/01M8K92FGGJ8272XBQWCSN4SEY/announceOther/01M8K92FGGJ8272XBQWCSN4SEZ',
      ).success,
    ).toBe(false);
    expect(secondWindowPathSchema.safeParse('https://evil.example/').success).toBe(false);
    expect(secondWindowPathSchema.safeParse('#/events/x/setup').success).toBe(false);
    expect(openInViewerSchema.safeParse('C:\\Users\\x\\run.bat').success).toBe(false);
  });
});

describe('sender and navigation checks', () => {
  it('trust only the app scheme and host', () => {
    expect(isTrustedSender('app://plenum/index.html')).toBe(true);
    expect(isTrustedSender('app://other/index.html')).toBe(false);
    expect(isTrustedSender('https://plenum/index.html')).toBe(false);
    expect(isTrustedSender('file:///opt/plenum/dist/index.html')).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
    expect(isTrustedSender('::')).toBe(false);
    expect(isAllowedNavigation('https://example.com/')).toBe(false);
    expect(isAllowedNavigation('app://plenum/#/events')).toBe(true);
  });
});

describe('application menu', () => {
  it('follows the system locale and offers every language, the current one checked', () => {
    expect(menuLanguageFor('zh-TW')).toBe('zh-CN');
    expect(menuLanguageFor('ru-RU')).toBe('ru');
    expect(menuLanguageFor('de')).toBe('en');
    const sent: unknown[] = [];
    const template = buildMenuTemplate('ru', (c) => sent.push(c), false);
    expect(template.map((m) => m.label)).toEqual(['Файл', 'Правка', 'Вид', 'Язык', 'Справка']);
    const languages = template[3]!.submenu as { checked: boolean; click: () => void }[];
    expect(languages.map((l) => l.checked)).toEqual([false, true, false]);
    languages[0]!.click();
    expect(sent).toEqual([{ type: 'language', language: 'zh-CN' }]);
  });

  it('has every menu string in every language', () => {
    const keys = Object.keys(MENU_STRINGS.en).sort();
    for (const language of MENU_LANGUAGES) {
      expect(Object.keys(MENU_STRINGS[language]).sort()).toEqual(keys);
      for (const value of Object.values(MENU_STRINGS[language])) expect(value.trim()).not.toBe('');
    }
  });

  it('takes a backup only as a zip of an event', () => {
    const zip = new Uint8Array([0x50, 0x4b, 3, 4]);
    expect(
      backupRequestSchema.safeParse({
        conferenceId: '01M8K92FGGJ8272XBQWCSN4SEY',
        bytes: zip,
        reason: 'seal',
      }).success,
    ).toBe(true);
    expect(
      backupRequestSchema.safeParse({ conferenceId: '../etc', bytes: zip, reason: 'seal' }).success,
    ).toBe(false);
    expect(
      backupRequestSchema.safeParse({
        conferenceId: '01M8K92FGGJ8272XBQWCSN4SEY',
        bytes: new Uint8Array([1, 2]),
        reason: 'seal',
      }).success,
    ).toBe(false);
    expect(
      backupRequestSchema.safeParse({
        conferenceId: '01M8K92FGGJ8272XBQWCSN4SEY',
        bytes: zip,
        reason: 'whenever',
      }).success,
    ).toBe(false);
  });
});

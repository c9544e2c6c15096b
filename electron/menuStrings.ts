export const MENU_LANGUAGES = ['zh-CN', 'ru', 'en'] as const;
export type MenuLanguage = (typeof MENU_LANGUAGES)[number];

export interface MenuStrings {
  file: string;
  home: string;
  quit: string;
  edit: string;
  view: string;
  language: string;
  help: string;
  about: string;
}

export const MENU_STRINGS: Record<MenuLanguage, MenuStrings> = {
  'zh-CN': {
    file: '文件',
    home: '活动列表',
    quit: '退出',
    edit: '编辑',
    view: '视图',
    language: '语言',
    help: '帮助',
    about: '关于 Plenum',
  },
  ru: {
    file: 'Файл',
    home: 'Список мероприятий',
    quit: 'Выход',
    edit: 'Правка',
    view: 'Вид',
    language: 'Язык',
    help: 'Справка',
    about: 'О программе Plenum',
  },
  en: {
    file: 'File',
    home: 'Events',
    quit: 'Quit',
    edit: 'Edit',
    view: 'View',
    language: 'Language',
    help: 'Help',
    about: 'About Plenum',
  },
};

/** The language names, each in its own language, as the language menu shows them. */
export const LANGUAGE_NAMES: Record<MenuLanguage, string> = { 'zh-CN': '中文', ru: 'Русский', en: 'English' };

export function menuLanguageFor(locale: string): MenuLanguage {
  if (locale.toLowerCase().startsWith('zh')) return 'zh-CN';
  if (locale.toLowerCase().startsWith('ru')) return 'ru';
  return 'en';
}

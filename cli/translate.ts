import { en } from '../renderer/app/locales/en';
import { ru } from '../renderer/app/locales/ru';
import { zhCN } from '../renderer/app/locales/zh-CN';

export type CliLanguage = 'en' | 'ru' | 'zh-CN';
const MESSAGES = { en, ru, 'zh-CN': zhCN } as const;

/** The UI's own strings, so the command line says what the screens say. */
export function translator(
  language: CliLanguage,
): (key: string, params?: Record<string, string | number>) => string {
  return (key, params = {}) => {
    const [namespace, name] = key.split('.') as [string, string];
    const table = MESSAGES[language] as unknown as Record<string, Record<string, string>>;
    const text = table[namespace]?.[name] ?? key;
    return text.replace(/\{\{(\w+)\}\}/g, (_, p: string) => String(params[p] ?? ''));
  };
}

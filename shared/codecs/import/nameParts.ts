import { containsHan } from '../../core/names/pinyin';
import { containsCyrillic } from '../../core/names/russianRomanisation';

/** Two-character Chinese family names; any other Han name has a one-character family name. */
const COMPOUND_SURNAMES = new Set([
  '欧阳',
  '司马',
  '诸葛',
  '上官',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '长孙',
  '宇文',
  '司徒',
  '夏侯',
  '轩辕',
  '令狐',
  '端木',
  '独孤',
  '南宫',
  '西门',
  '百里',
  '呼延',
  '闻人',
  '澹台',
  '公冶',
  '太史',
  '申屠',
  '钟离',
  '濮阳',
  '单于',
  '司空',
  '万俟',
  '赫连',
  '左丘',
  '东郭',
]);

const TRANSCRIPTION_DOT = /\s*[·•・‧∙.]\s*/;

export interface SplitName {
  family: string;
  given: string;
  patronymic?: string;
}

/**
 * 赵永生 → 赵 / 永生; 欧阳珺 → 欧阳 / 珺; a transcribed foreign name keeps the order it is written in,
 * family name first as lists write it: 科瓦列夫斯基·安德烈 → 科瓦列夫斯基 / 安德烈.
 */
export function splitChineseName(full: string): SplitName {
  const text = full.replace(/\s+/g, '');
  if (TRANSCRIPTION_DOT.test(text)) {
    const [family, ...rest] = text.split(TRANSCRIPTION_DOT).filter(Boolean);
    return { family: family ?? '', given: rest.join('·') };
  }
  const chars = [...text];
  const familyLength =
    chars.length > 2 && COMPOUND_SURNAMES.has(chars.slice(0, 2).join(''))
      ? 2
      : chars.length === 2 && COMPOUND_SURNAMES.has(text)
        ? 2
        : 1;
  return { family: chars.slice(0, familyLength).join(''), given: chars.slice(familyLength).join('') };
}

/** Russian lists write Фамилия Имя Отчество. */
export function splitCyrillicName(full: string): SplitName {
  const [family = '', given = '', ...rest] = full.trim().split(/\s+/);
  return { family, given, patronymic: rest.join(' ') };
}

/** "KOVALEVSKY Andrei" and "Kovalevsky, Andrei" are family-first; "Andrei Kovalevsky" is given-first. */
export function splitLatinName(full: string): SplitName {
  const text = full.trim();
  if (text.includes(',')) {
    const [family = '', given = ''] = text.split(',').map((s) => s.trim());
    return { family, given };
  }
  const tokens = text.split(/\s+/);
  if (tokens.length === 1) return { family: tokens[0] ?? '', given: '' };
  const first = tokens[0]!;
  if (first.length > 1 && first === first.toUpperCase() && /[A-Z]/.test(first))
    return { family: first, given: tokens.slice(1).join(' ') };
  return { family: tokens[tokens.length - 1]!, given: tokens.slice(0, -1).join(' ') };
}

export type NameScript = 'han' | 'cyrillic' | 'latin';

export function nameScript(text: string): NameScript {
  if (containsHan(text)) return 'han';
  if (containsCyrillic(text)) return 'cyrillic';
  return 'latin';
}

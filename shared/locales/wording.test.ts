import { describe, expect, it } from 'vitest';
import { en } from './en';
import { ru } from './ru';
import { zhCN } from './zh-CN';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]): [string, string][] => {
    const full = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'string' ? [[full, value]] : flatten(value, full);
  });
}

// A placeholder is neither Chinese nor Latin: what it stands next to decides.
const withoutPlaceholders = (text: string) => text.replace(/\{\{[^}]*\}\}|\{\w+\}/g, '§');

const CHINESE_BEFORE = /[\p{Script=Han}\u3000-\u303f\uff01-\uff5e“”‘’…]\s*$/u;
const CHINESE_AFTER = /^\s*[\p{Script=Han}“‘（《]/u;

/** Each ASCII `;`, `,` or `:` written against Chinese text, with what stands around it. */
function asciiPunctuationInChinese(text: string): string[] {
  const plain = withoutPlaceholders(text);
  const found: string[] = [];
  for (const match of plain.matchAll(/[;,:]/g)) {
    const before = plain.slice(0, match.index);
    const after = plain.slice(match.index + 1);
    if (CHINESE_BEFORE.test(before) || CHINESE_AFTER.test(after))
      found.push(plain.slice(Math.max(0, match.index - 6), match.index + 7));
  }
  return found;
}

/** A letter k standing alone where a number belongs: "最多选 k 名", "up to k candidates". */
function literalK(text: string): string[] {
  return [...withoutPlaceholders(text).matchAll(/(?<![\p{L}\p{N}_])k(?![\p{L}\p{N}_])/gu)].map((m) =>
    withoutPlaceholders(text).slice(Math.max(0, m.index - 6), m.index + 7),
  );
}

describe('the wording checks', () => {
  it('find ASCII punctuation inside a Chinese sentence, and nowhere else', () => {
    expect(asciiPunctuationInChinese('已达法定人数：到会 12；需 7')).toEqual([]);
    expect(asciiPunctuationInChinese('到会 12; 需 7')).toHaveLength(1);
    expect(asciiPunctuationInChinese('赞成 3, 反对 2')).toHaveLength(1);
    expect(asciiPunctuationInChinese('{{post}}: 请填写名称')).toHaveLength(1);
    expect(asciiPunctuationInChinese('汉字,拼音')).toHaveLength(1);
    expect(asciiPunctuationInChinese('{{time}} 起，18:50 开始')).toEqual([]);
    expect(asciiPunctuationInChinese('运行 plenum verify --a:b, --c')).toEqual([]);
    expect(asciiPunctuationInChinese('SHA-256: {{value}}')).toEqual([]);
    expect(asciiPunctuationInChinese('{{a}}, {{b}}')).toEqual([]);
    expect(asciiPunctuationInChinese('共 {{count, number}} 人')).toEqual([]);
  });

  it('find a letter k used as a number, and no k inside a word', () => {
    expect(literalK('最多选 k 名')).toHaveLength(1);
    expect(literalK('mark up to k candidates')).toHaveLength(1);
    expect(literalK('не более k кандидатов')).toHaveLength(1);
    expect(literalK('最多选 {{k}} 名')).toEqual([]);
    expect(literalK('keep 1 kB, okay')).toEqual([]);
  });
});

describe('the strings of every language', () => {
  it('write Chinese sentences with full-width punctuation', () => {
    const wrong = flatten(zhCN).flatMap(([key, text]) =>
      asciiPunctuationInChinese(text).map((where) => `${key}: ${where}`),
    );
    expect(wrong).toEqual([]);
  });

  it('put the number itself where a count goes, never a letter k', () => {
    const wrong = Object.entries({ en, ru, 'zh-CN': zhCN }).flatMap(([language, strings]) =>
      flatten(strings).flatMap(([key, text]) =>
        literalK(text).map((where) => `${language} ${key}: ${where}`),
      ),
    );
    expect(wrong).toEqual([]);
  });
});

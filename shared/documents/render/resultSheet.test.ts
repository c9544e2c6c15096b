import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { renderResultSheet } from './resultSheet';
import { nodeFontBytes } from '../../../cli/nodeFonts';

describe('the result sheet', () => {
  it(
    'is a valid PDF with subset fonts, the figures, ' +
      'both explanations, the fingerprint and signature lines',
    async () => {
      const pdf = await renderResultSheet(
        {
          eventName: '中俄职业教育联盟成立大会',
          title: ['审议并表决联盟章程', 'Голосование по уставу альянса'],
          rows: [{ label: '票数 / Голоса', value: '赞成 118，反对 8 / за 118, против 8' }],
          explanations: [
            '通过：到会的 131 人中赞成 118；须到会人数的⅔以上（88）。',
            'Принято: «за» — 118 из 131 присутствующих; требовалось не менее ⅔ присутствующих (88).',
          ],
          fingerprints: [
            { label: 'SHA-256 1', value: 'a'.repeat(64) },
            { label: 'SHA-256 2', value: 'b'.repeat(64) },
          ],
          proof: [
            '核对方法：上方指纹由所记录的结果计算得出。',
            'Как проверить этот результат: отпечаток выше.',
          ],
          signatures: ['计票人 / Член счётной комиссии', '主持人 / Председатель'],
        },
        nodeFontBytes(),
      );
      const dir = mkdtempSync(path.join(tmpdir(), 'plenum-sheet-'));
      const file = path.join(dir, 'sheet.pdf');
      writeFileSync(file, pdf);
      expect(execFileSync('qpdf', ['--check', file], { encoding: 'utf8' })).toContain(
        'No syntax or stream encoding errors',
      );
      for (const line of execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2))
        expect(line).toMatch(/^[A-Z]{6}\+Noto/);
      const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      for (const expected of [
        '审议并表决联盟章程',
        '赞成 118',
        'за 118',
        'a'.repeat(64),
        'b'.repeat(64),
        'Председатель',
        '须到会人数的⅔以上（88）',
        '核对方法：上方指纹由所记录的结果计算得出。',
        'Как проверить этот результат',
      ])
        expect(text, expected).toContain(expected);
    },
    60_000,
  );
});

import { describe, expect, it } from 'vitest';
import { nodeFontBytes } from '../../../cli/nodeFonts';
import { estimatedWidthAtOne, fitColumns, headerWords, longestWordWidth } from './columnFit';
import { FlowDocument, measureWith } from './flowDocument';

const flow = await FlowDocument.create(nodeFontBytes(), 'test', []);
const bold = measureWith(flow.fonts, 'bold');

describe('columns fitted to their headers', () => {
  it('split a header into the words a line may not break inside', () => {
    expect(headerWords('弃权\nВоздерж.')).toEqual(['弃权', 'Воздерж.']);
    expect(headerWords('Член совета (представитель)')).toEqual(['Член', 'совета', '(представитель)']);
  });

  it('measure a header by its longest word', () => {
    expect(longestWordWidth('赞成\nЗа', bold, 9)).toBeCloseTo(bold('赞成') * 9);
    expect(longestWordWidth('', bold, 9)).toBe(0);
  });

  it('widen a narrow column to its minimum, taking the room from those with some to spare', () => {
    const fitted = fitColumns(
      [{ width: 0.5 }, { width: 0.3 }, { width: 0.1 }, { width: 0.1 }],
      [100, 100, 150, 50],
      1000,
    );
    const widths = fitted.map((c) => c.width * 1000);
    expect(widths[2]).toBeCloseTo(150);
    expect(widths[3]).toBeCloseTo(100 - (50 * 50) / 650);
    expect(widths[0]).toBeCloseTo(500 - (400 * 50) / 650);
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(1000);
    widths.forEach((w, i) => expect(w).toBeGreaterThanOrEqual([100, 100, 150, 50][i]! - 1e-9));
  });

  it('leave the shares as they are when every column fits, or when the minimums cannot all fit', () => {
    const columns = [{ width: 0.5 }, { width: 0.5 }];
    expect(fitColumns(columns, [100, 100], 1000)).toEqual(columns);
    expect(fitColumns(columns, [600, 600], 1000)).toEqual(columns);
  });

  it('estimate a word no narrower than the shipped bold face sets it, letter by letter', () => {
    const alphabet =
      'АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя' +
      'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.,:;()«»№/-–—% 候选人赞成反对弃权（）：';
    for (const char of alphabet) expect(estimatedWidthAtOne(char), char).toBeGreaterThanOrEqual(bold(char));
    expect(estimatedWidthAtOne('Воздерж.')).toBeGreaterThanOrEqual(bold('Воздерж.'));
  });
});

import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { QR_QUIET_ZONE, qrRuns, type QrRuns } from './qr';

const dir = mkdtempSync(path.join(tmpdir(), 'plenum-qr-'));

/** The code drawn as a binary PGM, `scale` pixels a module, with the quiet zone around it. */
function pgm({ size, runs }: QrRuns, scale = 6): Buffer {
  const side = (size + 2 * QR_QUIET_ZONE) * scale;
  const pixels = Buffer.alloc(side * side, 255);
  for (const [x, y, length] of runs)
    for (let dy = 0; dy < scale; dy++) {
      const row = ((y + QR_QUIET_ZONE) * scale + dy) * side;
      pixels.fill(0, row + (x + QR_QUIET_ZONE) * scale, row + (x + QR_QUIET_ZONE + length) * scale);
    }
  return Buffer.concat([Buffer.from(`P5\n${side} ${side}\n255\n`, 'latin1'), pixels]);
}

function decode(code: QrRuns, name: string): string {
  const file = path.join(dir, `${name}.pgm`);
  writeFileSync(file, pgm(code));
  return execFileSync('zbarimg', ['--quiet', '--raw', file], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }).trim();
}

/** The modules as rows of 0/1, from the runs. */
function grid({ size, runs }: QrRuns): number[][] {
  const rows = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  for (const [x, y, length] of runs) for (let i = 0; i < length; i++) rows[y]![x + i] = 1;
  return rows;
}

describe('QR codes as runs of dark modules', () => {
  it('decode to the text, whether digits, capitals and digits, or any text', () => {
    for (const [text, name] of [
      ['0123456789', 'numeric'],
      ['A00001', 'alphanumeric'],
      ['PLN1:c0de-xyz', 'byte'],
    ] as const)
      expect(decode(qrRuns(text), name), text).toBe(text);
  });

  it('use the smallest version the mode allows', () => {
    // 21 modules (version 1) hold 34 digits or 20 capitals at level M, but only 14 bytes.
    expect(qrRuns('1'.repeat(34)).size).toBe(21);
    expect(qrRuns('A'.repeat(20)).size).toBe(21);
    expect(qrRuns('a'.repeat(20)).size).toBe(25);
  });

  it('are runs that stay inside the code, never touch or overlap, row by row', () => {
    const { size, runs } = qrRuns('A00001');
    for (let i = 0; i < runs.length; i++) {
      const [x, y, length] = runs[i]!;
      expect(length).toBeGreaterThan(0);
      expect(x + length).toBeLessThanOrEqual(size);
      expect(y).toBeLessThan(size);
      const next = runs[i + 1];
      // Two runs on a row are separated by at least one light module.
      if (next && next[1] === y) expect(next[0]).toBeGreaterThan(x + length);
      if (next) expect(next[1]).toBeGreaterThanOrEqual(y);
    }
  });

  it('have the three finder patterns in their corners', () => {
    const code = qrRuns('A00001');
    const rows = grid(code);
    const n = code.size;
    const finder = ['1111111', '1000001', '1011101', '1011101', '1011101', '1000001', '1111111'];
    for (const [left, top] of [
      [0, 0],
      [n - 7, 0],
      [0, n - 7],
    ] as [number, number][])
      expect(rows.slice(top, top + 7).map((r) => r.slice(left, left + 7).join(''))).toEqual(finder);
    expect(code.runs[0]).toEqual([0, 0, 7]);
  });
});

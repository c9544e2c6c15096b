import { describe, expect, it } from 'vitest';
import {
  asLatinKeys,
  badgePayload,
  checkCharacter,
  endsWithPayloadPrefix,
  readBadgePayload,
} from './badgePayload';

describe('the badge payload', () => {
  it('wraps the code in the prefix and a check character, and reads back', () => {
    const payload = badgePayload('A00012');
    expect(payload).toMatch(/^PLN-A00012-[0-9A-Z]$/);
    expect(readBadgePayload(payload)).toEqual({ kind: 'badge', code: 'A00012' });
  });

  it('finds the badge after whatever was typed before it', () => {
    expect(readBadgePayload(`zhao${badgePayload('A00007')}`)).toEqual({ kind: 'badge', code: 'A00007' });
    expect(readBadgePayload(`${badgePayload('A00001')}${badgePayload('A00002')}`)).toEqual({
      kind: 'badge',
      code: 'A00002',
    });
  });

  it('takes any one wrong character or two swapped neighbours as damaged, never as another person', () => {
    const code = 'A00123';
    const check = checkCharacter(code);
    for (let i = 0; i < code.length; i++) {
      for (const other of '0123456789ABCZ') {
        if (other === code[i]) continue;
        const wrong = code.slice(0, i) + other + code.slice(i + 1);
        expect(readBadgePayload(`PLN-${wrong}-${check}`)?.kind, wrong).toBe('damaged');
      }
    }
    const swapped = 'A01023';
    expect(readBadgePayload(`PLN-${swapped}-${check}`)?.kind).toBe('damaged');
  });

  it('is not fooled by text without the prefix, and names a cut-off read as damaged', () => {
    expect(readBadgePayload('A00012')).toBeNull();
    expect(readBadgePayload('zhao yongsheng')).toBeNull();
    expect(readBadgePayload('PLN-A000')).toEqual({ kind: 'damaged', text: 'A000' });
  });

  it('reads a scan typed through a Russian keyboard layout', () => {
    const payload = badgePayload('A00012');
    const russian = [...payload]
      .map((c) => {
        const i = 'QWERTYUIOPASDFGHJKLZXCVBNM'.indexOf(c);
        return i >= 0 ? 'ЙЦУКЕНГШЩЗФЫВАПРОЛДЯЧСМИТЬ'[i] : c;
      })
      .join('');
    expect(russian.startsWith('ЗДТ-Ф')).toBe(true);
    expect(asLatinKeys('ЗДТ-Ф00012')).toBe('PLN-A00012');
    expect(readBadgePayload(russian)).toEqual({ kind: 'badge', code: 'A00012' });
  });

  it('knows when a scan has begun', () => {
    expect(endsWithPayloadPrefix('zhaoPLN-')).toBe(true);
    expect(endsWithPayloadPrefix('здт-')).toBe(true);
    expect(endsWithPayloadPrefix('PLN')).toBe(false);
  });
});

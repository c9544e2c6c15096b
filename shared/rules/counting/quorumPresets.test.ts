import { describe, expect, it } from 'vitest';
import { QUORUM_PRESETS, quorumPresetOf } from './quorum';

describe('the quorum presets', () => {
  it('names a setting by its values, whatever the order of its keys', () => {
    expect(quorumPresetOf({ comparison: '>', denominator: 2, numerator: 1, kind: 'fraction' })).toBe(
      'gtHalf',
    );
    expect(quorumPresetOf({ kind: 'none' })).toBe('none');
    expect(quorumPresetOf({ kind: 'fraction', numerator: 3, denominator: 5, comparison: '>=' })).toBeNull();
    for (const [key, setting] of Object.entries(QUORUM_PRESETS)) expect(quorumPresetOf(setting)).toBe(key);
  });
});
